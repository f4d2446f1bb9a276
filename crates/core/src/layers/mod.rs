//! Chapter 5: layers with forward and backward passes.
//!
//! Matrix layers follow one rule: `forward(x)` keeps its output, and `backward(x, dout)` is
//! handed back the same `x` (the network keeps every layer's output, so no layer copies its
//! input) and returns `dx = ∂L/∂x`.

pub mod activation;
pub mod affine;
pub mod output;
pub mod scalar;

pub use activation::ActivationLayer;
pub use affine::{Affine, Input};
pub use output::{Output, WithLoss};
