//! One entry of a network's ordered list of layers.

use crate::layers::{ActivationLayer, Affine, Input};
use crate::real::{Matrix, Real};

/// Why an activation never sees sparse rows: they are a network's input, read by its first
/// layer, which is affine.
const SPARSE_AFTER_ACTIVATION: &str = "sparse rows reach only a network's first layer, an affine one";

/// A hidden-path layer: an affine map or an activation. The output function and loss live
/// in the network's last layer ([`crate::layers::WithLoss`]).
#[derive(Clone, Debug)]
pub enum Layer<T: Real> {
    /// `y = x·W + b`.
    Affine(Affine<T>),
    /// `y = h(a)`.
    Activation(ActivationLayer<T>),
}

impl<T: Real> Layer<T> {
    /// Forward pass; the output is kept in the layer. Only an affine layer reads sparse rows
    /// (a network's first layer is always one).
    pub fn forward<'x>(&mut self, x: impl Into<Input<'x, T>>) -> &Matrix<T> {
        match (self, x.into()) {
            (Self::Affine(layer), x) => layer.forward(x),
            (Self::Activation(layer), Input::Dense(x)) => layer.forward(x),
            (Self::Activation(_), Input::Sparse(_)) => unreachable!("{SPARSE_AFTER_ACTIVATION}"),
        }
    }

    /// Backward pass given the forward input `x` and `dout`; returns `dx`.
    pub fn backward<'x>(&mut self, x: impl Into<Input<'x, T>>, dout: &Matrix<T>) -> &Matrix<T> {
        match (self, x.into()) {
            (Self::Affine(layer), x) => layer.backward(x, dout),
            (Self::Activation(layer), Input::Dense(x)) => layer.backward(x, dout),
            (Self::Activation(_), Input::Sparse(_)) => unreachable!("{SPARSE_AFTER_ACTIVATION}"),
        }
    }

    /// The last forward output.
    pub fn output(&self) -> &Matrix<T> {
        match self {
            Self::Affine(layer) => layer.output(),
            Self::Activation(layer) => layer.output(),
        }
    }

    /// The last backward `dx`.
    pub fn input_gradient(&self) -> &Matrix<T> {
        match self {
            Self::Affine(layer) => layer.input_gradient(),
            Self::Activation(layer) => layer.input_gradient(),
        }
    }
}
