//! The activation layer `y = h(a)` for any [`Activation`] (chapter 5.5).

use crate::functions::Activation;
use crate::real::{Matrix, Real};

/// Applies an activation element-wise; backward multiplies by its derivative.
///
/// # Shapes
/// `a`, `y`, `dout` and `dx` are all `N×M`.
#[derive(Clone, Debug)]
pub struct ActivationLayer<T: Real> {
    /// Which `h`; may be changed between steps without touching any weight.
    pub activation: Activation,
    y: Matrix<T>,
    dx: Matrix<T>,
}

impl<T: Real> ActivationLayer<T> {
    /// A layer applying `activation`.
    pub fn new(activation: Activation) -> Self {
        Self { activation, y: Matrix::zeros(0, 0), dx: Matrix::zeros(0, 0) }
    }

    /// `y = h(a)`, kept and returned.
    pub fn forward(&mut self, a: &Matrix<T>) -> &Matrix<T> {
        self.activation.apply_to(a, &mut self.y);
        &self.y
    }

    /// Given the `a` that forward saw, returns `dx = dout ⊙ h'(a)`.
    pub fn backward(&mut self, a: &Matrix<T>, dout: &Matrix<T>) -> &Matrix<T> {
        self.activation.backward_to(a, &self.y, dout, &mut self.dx);
        &self.dx
    }

    /// The last output `y`.
    pub fn output(&self) -> &Matrix<T> {
        &self.y
    }

    /// The last `dx`.
    pub fn input_gradient(&self) -> &Matrix<T> {
        &self.dx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relu_layer_masks_negative_inputs_both_ways() {
        // Chapter 5.5.1: the mask passes dout where x > 0 and blocks it elsewhere.
        let mut relu = ActivationLayer::new(Activation::Relu);
        let a = Matrix::from_row_slice(2, 2, &[1.0, -0.5, -2.0, 3.0]);
        assert_eq!(relu.forward(&a), &Matrix::from_row_slice(2, 2, &[1.0, 0.0, 0.0, 3.0]));
        let dx = relu.backward(&a, &Matrix::from_element(2, 2, 2.0));
        assert_eq!(dx, &Matrix::from_row_slice(2, 2, &[2.0, 0.0, 0.0, 2.0]));
    }

    #[test]
    fn sigmoid_layer_uses_y_times_one_minus_y() {
        let mut sigmoid = ActivationLayer::new(Activation::Sigmoid);
        let a = Matrix::from_row_slice(1, 1, &[0.0_f64]);
        sigmoid.forward(&a);
        assert_eq!(sigmoid.backward(&a, &Matrix::from_element(1, 1, 1.0))[0], 0.25);
    }
}
