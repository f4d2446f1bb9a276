//! Lesson 6's numbers: the gradient of one mini-batch's loss computed twice, by central
//! difference and by backpropagation, and what each costs.
//!
//! The numerical gradient moves each of the `P` parameters by `±h` and runs the whole network
//! forward each time: `∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h`, so `2·P` forward passes. Backprop
//! runs one forward pass and one backward pass, whatever `P` is.

use asaku_core::functions::Activation;
use asaku_core::gradient::relative_error;
use asaku_core::layers::Output;
use asaku_core::network::{Init, Network, NetworkSpec};
use asaku_core::real::{Matrix, Real};
use asaku_core::{rng_from_seed, Result};
use serde::Serialize;

/// The largest relative error at which the two gradients are said to agree (in `f64`; with
/// `h = 1e-4` the central difference's own truncation error stays well below it).
pub const AGREE: f64 = 1e-4;

/// The book's two-layer MNIST network (chapter 4.5): 784 inputs, 50 sigmoid neurons, 10
/// softmax outputs, checked on batches of 100 images.
pub const BOOK_NETWORK: (usize, usize, usize, usize) = (784, 50, 10, 100);

/// Both gradients of one batch's loss, parameter by parameter (`W1, b1, W2, …`).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The parameters' names.
    pub names: Vec<String>,
    /// `∂L/∂θ` by backprop.
    pub backprop: Vec<Matrix<f64>>,
    /// `∂L/∂θ` by central difference.
    pub numerical: Vec<Matrix<f64>>,
    /// The batch's loss `L`.
    pub loss: f64,
}

/// One parameter's line of the gradient check.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParameterRow {
    /// `W1`, `b1`, …
    pub name: String,
    /// Its shape: rows (inputs to the layer, or 1 for a bias) and columns (neurons).
    pub shape: [usize; 2],
    /// `max |a − n|` over its elements.
    pub max_difference: f64,
    /// `max |a − n| / max(|a| + |n|, floor)` over its elements.
    pub max_relative_error: f64,
}

/// One element of a parameter: both gradients and their difference.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ElementRow {
    /// Row and column (from 1, as written `W₁₂`).
    pub at: [usize; 2],
    /// `∂L/∂θ` by backprop.
    pub backprop: f64,
    /// `∂L/∂θ` by central difference.
    pub numerical: f64,
    /// `|a − n|`.
    pub difference: f64,
}

/// Computes both gradients of `L(x, t)` for a copy of `network` (its weights are left as they are).
pub fn compare<T: Real>(network: &Network<T>, x: &Matrix<T>, t: &Matrix<T>) -> Comparison {
    let mut network = network.clone();
    let numerical = network.numerical_gradient(x, t).iter().map(widen).collect();
    let loss = network.gradient(x, t).to_f64();
    let backprop = network.params_and_grads().map(|(_, g)| widen(g)).collect();
    Comparison { names: network.parameter_names(), backprop, numerical, loss }
}

fn widen<T: Real>(m: &Matrix<T>) -> Matrix<f64> {
    m.map(|v| v.to_f64())
}

impl Comparison {
    /// How many weights and biases there are: `P`.
    pub fn parameter_count(&self) -> usize {
        self.backprop.iter().map(|g| g.len()).sum()
    }

    /// The forward passes the central difference needs: two per parameter, `2·P`.
    pub fn numerical_forward_passes(&self) -> usize {
        2 * self.parameter_count()
    }

    /// The gradient check, one line per parameter.
    pub fn parameters(&self) -> Vec<ParameterRow> {
        (0..self.names.len())
            .map(|p| {
                let elements = self.elements(p);
                let max = |f: fn(&ElementRow) -> f64| elements.iter().map(f).fold(0.0, f64::max);
                ParameterRow {
                    name: self.names[p].clone(),
                    shape: [self.backprop[p].nrows(), self.backprop[p].ncols()],
                    max_difference: max(|e| e.difference),
                    max_relative_error: max(|e| relative_error(e.backprop, e.numerical)),
                }
            })
            .collect()
    }

    /// Every element of parameter `p`, row by row.
    pub fn elements(&self, p: usize) -> Vec<ElementRow> {
        let (a, n) = (&self.backprop[p], &self.numerical[p]);
        let at = |i, j| ElementRow {
            at: [i + 1, j + 1],
            backprop: a[(i, j)],
            numerical: n[(i, j)],
            difference: (a[(i, j)] - n[(i, j)]).abs(),
        };
        (0..a.nrows()).flat_map(|i| (0..a.ncols()).map(move |j| at(i, j))).collect()
    }

    /// The largest relative error over all parameters.
    pub fn max_relative_error(&self) -> f64 {
        self.parameters().iter().map(|p| p.max_relative_error).fold(0.0, f64::max)
    }
}

/// The book's MNIST network ([`BOOK_NETWORK`]) with seeded weights and a batch of 100 inputs
/// in `[0, 1]` with one-hot targets, to time one forward pass and one backprop gradient at the
/// book's scale. The inputs are a fixed pattern, not images: timing does not depend on them.
pub fn book_network() -> Result<(Network<f32>, Matrix<f32>, Matrix<f32>)> {
    let (inputs, hidden, outputs, batch) = BOOK_NETWORK;
    let spec = NetworkSpec {
        inputs,
        hidden: vec![hidden],
        activation: Activation::Sigmoid,
        output: Output::Softmax,
        outputs,
        init: Init::Small,
    };
    let network = Network::new(spec, &mut rng_from_seed(1))?;
    let x = Matrix::from_fn(batch, inputs, |i, j| ((i * 31 + j * 17) % 256) as f32 / 255.0);
    let t = Matrix::from_fn(batch, outputs, |i, k| f32::from(u8::from(i % outputs == k)));
    Ok((network, x, t))
}
