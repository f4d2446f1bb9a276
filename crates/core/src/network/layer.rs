//! One entry of a network's ordered list of layers.

use crate::layers::{ActivationLayer, Affine};
use crate::real::{Matrix, Real};

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
    /// Forward pass; the output is kept in the layer.
    pub fn forward(&mut self, x: &Matrix<T>) -> &Matrix<T> {
        match self {
            Self::Affine(layer) => layer.forward(x),
            Self::Activation(layer) => layer.forward(x),
        }
    }

    /// Backward pass given the forward input `x` and `dout`; returns `dx`.
    pub fn backward(&mut self, x: &Matrix<T>, dout: &Matrix<T>) -> &Matrix<T> {
        match self {
            Self::Affine(layer) => layer.backward(x, dout),
            Self::Activation(layer) => layer.backward(x, dout),
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
