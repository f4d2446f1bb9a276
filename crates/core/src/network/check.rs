//! Gradients by central difference, and the gradient check that compares them with backprop.

use super::Network;
use crate::gradient::{relative_error, CENTRAL_DIFFERENCE_H};
use crate::real::{Matrix, Real};
use serde::Serialize;

/// The largest disagreement between backprop and the central difference for one parameter.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParameterCheck {
    /// The parameter's name (`W1`, `b1`, …).
    pub name: String,
    /// `max over elements of |a − n| / max(|a| + |n|, floor)` (see [`relative_error`]).
    pub max_relative_error: f64,
}

impl<T: Real> Network<T> {
    /// `∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h` for every parameter element `θ`, with
    /// `h = 1e-4`: `2·P` full forward passes for `P` parameters (backprop needs one forward and
    /// one backward). Returned in the order `W1, b1, W2, …`; the parameters are left unchanged.
    pub fn numerical_gradient(&mut self, x: &Matrix<T>, t: &Matrix<T>) -> Vec<Matrix<T>> {
        let h = T::of(CENTRAL_DIFFERENCE_H);
        let count = self.params_and_grads().count();
        (0..count)
            .map(|p| {
                let mut grad = self.parameter_mut(p).clone();
                for i in 0..grad.len() {
                    let original = self.parameter_mut(p)[i];
                    self.parameter_mut(p)[i] = original + h;
                    let plus = self.loss(x, t);
                    self.parameter_mut(p)[i] = original - h;
                    let minus = self.loss(x, t);
                    self.parameter_mut(p)[i] = original;
                    grad[i] = (plus - minus) / (h + h);
                }
                grad
            })
            .collect()
    }

    /// Compares backprop's gradient with the numerical one on `(x, t)` and returns the largest
    /// relative error per parameter. Run it in `f64` (see [`Network::cast`]): in `f32` the
    /// central difference itself is only good to about 1e-3.
    pub fn gradient_check(&mut self, x: &Matrix<T>, t: &Matrix<T>) -> Vec<ParameterCheck> {
        let numeric = self.numerical_gradient(x, t);
        self.gradient(x, t);
        let names = self.parameter_names();
        let analytic: Vec<Matrix<T>> = self.params_and_grads().map(|(_, g)| g.clone()).collect();
        names
            .into_iter()
            .zip(analytic.iter().zip(&numeric))
            .map(|(name, (a, n))| {
                let errors = a.iter().zip(n.iter()).map(|(&a, &n)| relative_error(a.to_f64(), n.to_f64()));
                ParameterCheck { name, max_relative_error: errors.fold(0.0, f64::max) }
            })
            .collect()
    }

    fn parameter_mut(&mut self, index: usize) -> &mut Matrix<T> {
        let affine = self.affines_mut().nth(index / 2).expect("parameter index within the network");
        if index % 2 == 0 {
            &mut affine.w
        } else {
            &mut affine.b
        }
    }
}
