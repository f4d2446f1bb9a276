//! A multi-layer network (chapters 4–5): an ordered list of layers ending in an output with its
//! loss; batched forward, loss, gradients by backprop, and by central difference for checking.

mod check;
mod display;
mod eval;
mod init;
mod layer;
pub mod regularization;
pub mod spec;
#[cfg(test)]
mod tests;

pub use check::ParameterCheck;
pub use eval::{accuracy, correct, Evaluation, Evaluator};
pub use layer::Layer;
pub use regularization::{Penalty, Regularization};
pub use spec::{parse_hidden, Init, NetworkSpec};

use crate::error::Result;
use crate::functions::Activation;
use crate::layers::{ActivationLayer, Affine, Input, WithLoss};
use crate::real::{cast_matrix, Matrix, Real};
use crate::Rng;

/// A network `x → Affine → h → … → Affine → output + loss`. It owns every parameter and lends
/// (parameter, gradient) pairs to an optimizer.
#[derive(Clone, Debug)]
pub struct Network<T: Real> {
    spec: NetworkSpec,
    layers: Vec<Layer<T>>,
    last: WithLoss<T>,
    /// The weight penalty added to the loss and its gradient.
    pub regularization: Regularization,
}

impl<T: Real> Network<T> {
    /// A network for `spec` with weights drawn by its initialiser from `rng`.
    pub fn new(spec: NetworkSpec, rng: &mut Rng) -> Result<Self> {
        spec.validate()?;
        let affines = spec.widths().windows(2).map(|p| init::affine(spec.init, p[0], p[1], rng)).collect();
        Ok(Self::from_affines(spec, affines))
    }

    /// A network for `spec` with the given affine layers (one per pair of adjacent widths).
    ///
    /// # Panics
    /// If the layers do not match the spec's widths (a bug in the caller).
    pub fn from_affines(spec: NetworkSpec, affines: Vec<Affine<T>>) -> Self {
        let shapes: Vec<(usize, usize)> = affines.iter().map(|a| a.w.shape()).collect();
        let expected: Vec<(usize, usize)> = spec.widths().windows(2).map(|p| (p[0], p[1])).collect();
        assert_eq!(shapes, expected, "Network::from_affines: layers do not match the spec");
        let hidden = affines.len() - 1;
        let mut layers = Vec::with_capacity(2 * affines.len());
        for (i, mut affine) in affines.into_iter().enumerate() {
            affine.needs_dx = i > 0;
            layers.push(Layer::Affine(affine));
            if i < hidden {
                layers.push(Layer::Activation(ActivationLayer::new(spec.activation)));
            }
        }
        let last = WithLoss::new(spec.output);
        Self { spec, layers, last, regularization: Regularization::default() }
    }

    /// The same network in another precision (e.g. `f32` → `f64` for a gradient check).
    pub fn cast<U: Real>(&self) -> Network<U> {
        let affines = self.affines().map(|a| Affine::new(cast_matrix(&a.w), cast_matrix(&a.b))).collect();
        let mut network = Network::from_affines(self.spec.clone(), affines);
        network.regularization = self.regularization;
        network
    }

    /// What this network is.
    pub fn spec(&self) -> &NetworkSpec {
        &self.spec
    }

    /// The layers in order (the output and loss excluded).
    pub fn layers(&self) -> &[Layer<T>] {
        &self.layers
    }

    /// The affine layers in order, first hidden layer first.
    pub fn affines(&self) -> impl Iterator<Item = &Affine<T>> {
        self.layers.iter().filter_map(|l| match l {
            Layer::Affine(a) => Some(a),
            Layer::Activation(_) => None,
        })
    }

    /// The affine layers, mutably (to edit a weight).
    pub fn affines_mut(&mut self) -> impl Iterator<Item = &mut Affine<T>> {
        self.layers.iter_mut().filter_map(|l| match l {
            Layer::Affine(a) => Some(a),
            Layer::Activation(_) => None,
        })
    }

    /// Changes every hidden layer's activation, keeping all weights.
    pub fn set_activation(&mut self, activation: Activation) {
        self.spec.activation = activation;
        for layer in &mut self.layers {
            if let Layer::Activation(h) = layer {
                h.activation = activation;
            }
        }
    }

    /// `y`, the network's output for a batch `x` (after softmax/sigmoid/tanh/identity). Here and
    /// below, `x` is a dense batch or its sparse rows ([`Input`]).
    pub fn predict<'x>(&mut self, x: impl Into<Input<'x, T>>) -> &Matrix<T> {
        let scores = forward(&mut self.layers, x.into());
        self.last.predict(scores)
    }

    /// The loss `L = data loss + penalty` on a batch `(x, t)`.
    pub fn loss<'x>(&mut self, x: impl Into<Input<'x, T>>, t: &Matrix<T>) -> T {
        let data = self.data_loss(x.into(), t);
        data + self.penalty()
    }

    /// The data loss alone (the output's loss, no penalty) on a batch `(x, t)`.
    fn data_loss(&mut self, x: Input<'_, T>, t: &Matrix<T>) -> T {
        let scores = forward(&mut self.layers, x);
        self.last.forward(scores, t)
    }

    /// Backprop: computes every `dW`, `db` for the batch `(x, t)` and returns the loss
    /// `L = data loss + penalty`.
    pub fn gradient<'x>(&mut self, x: impl Into<Input<'x, T>>, t: &Matrix<T>) -> T {
        self.backprop(x, t).total()
    }

    /// Backprop as [`Network::gradient`], returning the data loss and the penalty apart (the
    /// data loss is what an epoch's evaluation measures).
    pub fn backprop<'x>(&mut self, x: impl Into<Input<'x, T>>, t: &Matrix<T>) -> LossParts<T> {
        let x = x.into();
        let data = self.data_loss(x, t);
        self.last.backward(t);
        for i in (0..self.layers.len()).rev() {
            let (head, tail) = self.layers.split_at_mut(i + 1);
            let dout = tail.first().map_or(self.last.input_gradient(), Layer::input_gradient);
            let (layer, before) = head.split_last_mut().expect("i + 1 ≥ 1 layers");
            layer.backward(before.last().map_or(x, |h| Input::Dense(h.output())), dout);
        }
        let regularization = self.regularization;
        for affine in self.affines_mut() {
            regularization.add_gradient(&affine.w, &mut affine.dw);
        }
        LossParts { data, penalty: self.penalty() }
    }

    /// The weight penalty of the current weights (`λ Σ |W|` or `½ λ Σ W²`; 0 without one).
    pub fn penalty(&self) -> T {
        self.affines().fold(T::zero(), |s, a| s + self.regularization.loss(&a.w))
    }

    /// Every (parameter, gradient) pair in the order `W1, b1, W2, b2, …`, for an optimizer.
    pub fn params_and_grads(&mut self) -> impl Iterator<Item = (&mut Matrix<T>, &Matrix<T>)> {
        self.affines_mut().flat_map(|a| [(&mut a.w, &a.dw), (&mut a.b, &a.db)])
    }

    /// The parameters' names in the order of [`Network::params_and_grads`]: `W1, b1, W2, …`.
    pub fn parameter_names(&self) -> Vec<String> {
        (1..=self.affines().count()).flat_map(|i| [format!("W{i}"), format!("b{i}")]).collect()
    }

    /// True when every weight and bias is finite.
    pub fn is_finite(&self) -> bool {
        self.affines().all(|a| crate::real::all_finite(&a.w) && crate::real::all_finite(&a.b))
    }
}

/// The two parts of a batch's loss `L = data + penalty`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LossParts<T: Real> {
    /// The output's loss (cross-entropy or sum of squared error), averaged over the batch.
    pub data: T,
    /// The weight penalty (0 without regularisation).
    pub penalty: T,
}

impl<T: Real> LossParts<T> {
    /// `L = data + penalty`, the loss the gradient is of.
    pub fn total(&self) -> T {
        self.data + self.penalty
    }
}

/// Runs `x` through every layer and returns the last one's output (the scores).
fn forward<'a, T: Real>(layers: &'a mut [Layer<T>], x: Input<'_, T>) -> &'a Matrix<T> {
    let (first, rest) = layers.split_first_mut().expect("a network has at least one affine layer");
    let mut h = first.forward(x);
    for layer in rest {
        h = layer.forward(h);
    }
    h
}
