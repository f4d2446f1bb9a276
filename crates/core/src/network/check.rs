//! Gradients by central difference, and the gradient check that compares them with backprop.

use super::Network;
use crate::gradient::{relative_error, CENTRAL_DIFFERENCE_H};
use crate::real::{Matrix, Real};
use crate::Rng;
use serde::Serialize;

/// The largest disagreement between backprop and the central difference for one parameter.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParameterCheck {
    /// The parameter's name (`W1`, `b1`, …).
    pub name: String,
    /// How many of its elements were compared.
    pub checked: usize,
    /// How many elements it has.
    pub elements: usize,
    /// `max over compared elements of |a − n| / max(|a| + |n|, floor)` (see [`relative_error`]).
    pub max_relative_error: f64,
}

impl<T: Real> Network<T> {
    /// `∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h` for every parameter element `θ`, with
    /// `h = 1e-4`: `2·P` full forward passes for `P` parameters (backprop needs one forward and
    /// one backward). Returned in the order `W1, b1, W2, …`; the parameters are left unchanged.
    pub fn numerical_gradient(&mut self, x: &Matrix<T>, t: &Matrix<T>) -> Vec<Matrix<T>> {
        let count = self.params_and_grads().count();
        (0..count)
            .map(|p| {
                let mut grad = self.parameter_mut(p).clone();
                for i in 0..grad.len() {
                    grad[i] = self.central_difference(x, t, p, i);
                }
                grad
            })
            .collect()
    }

    /// Compares backprop's gradient with the numerical one on `(x, t)` and returns the largest
    /// relative error per parameter. Run it in `f64` (see [`Network::cast`]): in `f32` the
    /// central difference itself is only good to about 1e-3.
    pub fn gradient_check(&mut self, x: &Matrix<T>, t: &Matrix<T>) -> Vec<ParameterCheck> {
        let all = self.params_and_grads().map(|(w, _)| (0..w.len()).collect()).collect::<Vec<_>>();
        self.gradient_check_at(x, t, &all)
    }

    /// [`Network::gradient_check`] on at most `per_parameter` elements of each parameter, drawn
    /// at random from `rng` without repeats: `2·S` forward passes for `S` elements in all,
    /// instead of `2·P`, for networks too large to check whole.
    pub fn gradient_check_sample(
        &mut self,
        x: &Matrix<T>,
        t: &Matrix<T>,
        per_parameter: usize,
        rng: &mut Rng,
    ) -> Vec<ParameterCheck> {
        let lengths: Vec<usize> = self.params_and_grads().map(|(w, _)| w.len()).collect();
        let sample = lengths
            .into_iter()
            .map(|len| {
                let mut picked = rand::seq::index::sample(rng, len, per_parameter.min(len)).into_vec();
                picked.sort_unstable();
                picked
            })
            .collect::<Vec<_>>();
        self.gradient_check_at(x, t, &sample)
    }

    /// The check on the elements listed per parameter (`elements[p]` for parameter `p`).
    fn gradient_check_at(
        &mut self,
        x: &Matrix<T>,
        t: &Matrix<T>,
        elements: &[Vec<usize>],
    ) -> Vec<ParameterCheck> {
        let numeric: Vec<Vec<T>> = elements
            .iter()
            .enumerate()
            .map(|(p, picked)| picked.iter().map(|&i| self.central_difference(x, t, p, i)).collect())
            .collect();
        self.gradient(x, t);
        let names = self.parameter_names();
        let grads = self.params_and_grads().map(|(_, g)| g);
        names
            .into_iter()
            .zip(grads)
            .zip(elements.iter().zip(&numeric))
            .map(|((name, a), (picked, n))| {
                let errors = picked.iter().zip(n).map(|(&i, &n)| relative_error(a[i].to_f64(), n.to_f64()));
                let max_relative_error = errors.fold(0.0, f64::max);
                ParameterCheck { name, checked: picked.len(), elements: a.len(), max_relative_error }
            })
            .collect()
    }

    /// `(L(θ + h) − L(θ − h)) / 2h` for element `i` of parameter `p`, which is left unchanged.
    fn central_difference(&mut self, x: &Matrix<T>, t: &Matrix<T>, p: usize, i: usize) -> T {
        let h = T::of(CENTRAL_DIFFERENCE_H);
        let original = self.parameter_mut(p)[i];
        self.parameter_mut(p)[i] = original + h;
        let plus = self.loss(x, t);
        self.parameter_mut(p)[i] = original - h;
        let minus = self.loss(x, t);
        self.parameter_mut(p)[i] = original;
        (plus - minus) / (h + h)
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
