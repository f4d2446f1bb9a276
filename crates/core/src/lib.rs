//! # asaku-core
//!
//! The engine of Asaku (浅く), a neural-network playground: the ideas of chapters 2–6 of
//! 『ゼロから作るDeep Learning』 (*Deep Learning from Scratch*) as plain Rust on nalgebra, with
//! no web dependency.
//!
//! ## Vocabulary (used in every module)
//!
//! - One example per row: a batch `x` is `N×D` (N examples, D inputs); targets `t` are `N×K`
//!   (one-hot for softmax, one column for sigmoid/tanh/identity).
//! - An affine layer computes `y = x·W + b` with `W: D×M`, `b: 1×M`.
//! - Gradients are named after what they differentiate: `dw = ∂L/∂W`, `db = ∂L/∂b`,
//!   `dx = ∂L/∂x`; `dout` is the gradient arriving from the layer above.
//! - `lr` is the learning rate; a step is one mini-batch, an epoch is one pass's worth of steps.
//! - Every generator is passed explicitly (`&mut Rng`, seeded): there is no global randomness,
//!   so the same seed gives the same run, bit for bit, on one platform.
//!
//! ## Map (in the book's order)
//!
//! | chapter | module |
//! | --- | --- |
//! | 2 perceptron | [`perceptron`] |
//! | 3 activations, softmax | [`functions`] |
//! | 4 losses, numerical gradient, gradient descent | [`functions::loss`], [`gradient`] |
//! | 5 backprop layers | [`layers`] |
//! | 4–6 networks, optimizers, training | [`network`], [`optimizer`], [`train`] |
//! | data and what the playground draws | [`data`], [`grid`] |
//! | 3.6, 4.5, 5.7 handwritten digits | [`digits`] |
//! | a run saved to a file and opened again | [`model`] |

pub mod bench;
pub mod choice;
pub mod error;
pub mod fastmath;
pub mod functions;
pub mod linalg;
pub mod model;
pub mod network;
pub mod optimizer;
pub mod real;

pub use choice::Choice;
pub use error::{Error, Result};
pub use real::{Matrix, Real};

/// The seeded random generator used everywhere (PCG, 64-bit state, reproducible from its seed).
pub type Rng = rand_pcg::Pcg64Mcg;

/// Makes the generator for a seed.
pub fn rng_from_seed(seed: u64) -> Rng {
    use rand::SeedableRng;
    Rng::seed_from_u64(seed)
}
pub mod data;
pub mod digits;
pub mod gradient;
pub mod grid;
pub mod layers;
pub mod perceptron;
pub mod train;
