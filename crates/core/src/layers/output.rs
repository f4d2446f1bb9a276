//! The output function paired with its loss (chapter 5.6.3): the last layer of a network.
//!
//! Each pairing is chosen so the gradient of the loss with respect to the scores `x` (the
//! last affine output) is simple: `dx = (y − t)/N` for softmax + cross-entropy (the book's
//! `SoftmaxWithLoss`), sigmoid + binary cross-entropy (`SigmoidWithLoss`) and identity + sum
//! of squared error (`IdentityWithLoss`); tanh + sum of squared error adds the factor `1 − y²`.

use crate::choice::Choice;
use crate::functions::activation::sigmoid;
use crate::functions::output::{log_sum_exp_rows, softmax_rows};
use crate::linalg::ensure_shape;
use crate::real::{Matrix, Real};

crate::choice! {
    /// Which output function and loss end the network.
    pub enum Output: Output {
        /// One output, `y = σ(x)`, binary cross-entropy; targets 0/1. The book's `SigmoidWithLoss`.
        Sigmoid,
        /// K ≥ 2 outputs, `y = softmax(x)`, cross-entropy; one-hot targets. `SoftmaxWithLoss`.
        Softmax,
        /// One output, `y = tanh x`, sum of squared error; targets −1/+1 (as TensorFlow Playground).
        Tanh,
        /// Outputs `y = x`, sum of squared error; real targets (regression). `IdentityWithLoss`.
        Identity,
    }
}

impl Output {
    /// The loss this output is trained with, as a name for reports.
    pub fn loss_name(self) -> &'static str {
        match self {
            Self::Sigmoid | Self::Softmax => "cross-entropy",
            Self::Tanh | Self::Identity => "sum-squared-error",
        }
    }

    /// True when the output classifies (accuracy is defined), false for regression.
    pub fn is_classifier(self) -> bool {
        !matches!(self, Self::Identity)
    }

    /// `y = output(x)` for a batch of scores.
    pub fn predict_to<T: Real>(self, x: &Matrix<T>, y: &mut Matrix<T>) {
        ensure_shape(y, x.nrows(), x.ncols());
        match self {
            Self::Softmax => softmax_rows(x, y),
            Self::Sigmoid => {
                y.as_mut_slice().iter_mut().zip(x.as_slice()).for_each(|(yi, &xi)| *yi = sigmoid(xi))
            }
            Self::Tanh => {
                y.as_mut_slice().iter_mut().zip(x.as_slice()).for_each(|(yi, &xi)| *yi = xi.tanh_fast())
            }
            Self::Identity => y.copy_from(x),
        }
    }

    /// The batch loss from the scores `x` (before the output function) and targets `t`:
    /// - softmax: `L = (1/N) Σₙ (Σₖ tₙₖ·lse(xₙ) − Σₖ tₙₖ xₙₖ)`, `lse(x) = ln Σ eˣ`;
    /// - sigmoid: `L = (1/N) Σ (max(x, 0) − x·t + ln(1 + e^−|x|))`;
    /// - tanh / identity: `L = (1/N) · ½ Σ (y − t)²`.
    ///
    /// Computed from scores, cross-entropy is exact and finite for any finite score.
    pub fn loss<T: Real>(self, x: &Matrix<T>, t: &Matrix<T>) -> T {
        assert_eq!(x.shape(), t.shape(), "{}: scores and targets differ in shape", self.name());
        let n = T::of(x.nrows() as f64);
        let half = T::of(0.5);
        let sum =
            match self {
                Self::Softmax => {
                    let (rows, xs, ts) = (x.nrows(), x.as_slice(), t.as_slice());
                    let at = |i: usize, k: usize| k * rows + i;
                    log_sum_exp_rows(x).into_iter().enumerate().fold(T::zero(), |s, (i, lse)| {
                        (0..x.ncols()).fold(s, |s, k| s + ts[at(i, k)] * (lse - xs[at(i, k)]))
                    })
                }
                Self::Sigmoid => x.as_slice().iter().zip(t.as_slice()).fold(T::zero(), |s, (&xi, &ti)| {
                    s + xi.max(T::zero()) - xi * ti + (-xi.abs()).exp_fast().ln_1p_fast()
                }),
                Self::Tanh => x.as_slice().iter().zip(t.as_slice()).fold(T::zero(), |s, (&xi, &ti)| {
                    s + half * (xi.tanh_fast() - ti) * (xi.tanh_fast() - ti)
                }),
                Self::Identity => x
                    .as_slice()
                    .iter()
                    .zip(t.as_slice())
                    .fold(T::zero(), |s, (&xi, &ti)| s + half * (xi - ti) * (xi - ti)),
            };
        sum / n
    }

    /// `dx = ∂L/∂x` given `y = output(x)` and `t`: `(y − t)/N`, times `1 − y²` for tanh.
    pub fn gradient_to<T: Real>(self, y: &Matrix<T>, t: &Matrix<T>, dx: &mut Matrix<T>) {
        ensure_shape(dx, y.nrows(), y.ncols());
        let n = T::of(y.nrows() as f64);
        for (d, (&yi, &ti)) in dx.as_mut_slice().iter_mut().zip(y.as_slice().iter().zip(t.as_slice())) {
            let g = (yi - ti) / n;
            *d = if self == Self::Tanh { g * (T::one() - yi * yi) } else { g };
        }
    }
}

/// The stateful last layer: remembers `y` from forward to give `dx` in backward.
#[derive(Clone, Debug)]
pub struct WithLoss<T: Real> {
    /// Which output and loss.
    pub output: Output,
    y: Matrix<T>,
    dx: Matrix<T>,
}

impl<T: Real> WithLoss<T> {
    /// The loss layer for `output`.
    pub fn new(output: Output) -> Self {
        Self { output, y: Matrix::zeros(0, 0), dx: Matrix::zeros(0, 0) }
    }

    /// Computes, keeps and returns `y = output(x)` (no loss: for predictions).
    pub fn predict(&mut self, x: &Matrix<T>) -> &Matrix<T> {
        self.output.predict_to(x, &mut self.y);
        &self.y
    }

    /// Computes and keeps `y = output(x)`; returns the batch loss `L(x, t)`.
    pub fn forward(&mut self, x: &Matrix<T>, t: &Matrix<T>) -> T {
        self.output.predict_to(x, &mut self.y);
        self.output.loss(x, t)
    }

    /// `dx = ∂L/∂x` for the last forward.
    pub fn backward(&mut self, t: &Matrix<T>) -> &Matrix<T> {
        self.output.gradient_to(&self.y, t, &mut self.dx);
        &self.dx
    }

    /// The last `dx = ∂L/∂x`.
    pub fn input_gradient(&self) -> &Matrix<T> {
        &self.dx
    }

    /// The last prediction `y`.
    pub fn output(&self) -> &Matrix<T> {
        &self.y
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gradient::relative_error;
    use strum::IntoEnumIterator;

    fn targets(output: Output) -> Matrix<f64> {
        match output {
            Output::Softmax => Matrix::from_row_slice(2, 3, &[0.0, 1.0, 0.0, 0.0, 0.0, 1.0]),
            Output::Sigmoid => Matrix::from_row_slice(2, 3, &[1.0, 0.0, 1.0, 0.0, 1.0, 1.0]),
            Output::Tanh => Matrix::from_row_slice(2, 3, &[1.0, -1.0, 1.0, -1.0, 1.0, 1.0]),
            Output::Identity => Matrix::from_row_slice(2, 3, &[0.5, -1.2, 2.0, 0.1, 0.0, -0.3]),
        }
    }

    #[test]
    fn every_loss_layer_passes_the_gradient_check() {
        let x = Matrix::from_row_slice(2, 3, &[0.3, -1.2, 2.0, 0.7, 0.1, -0.4]);
        for output in Output::iter() {
            let t = targets(output);
            let mut layer = WithLoss::new(output);
            layer.forward(&x, &t);
            let dx = layer.backward(&t).clone();
            for i in 0..x.len() {
                let h = crate::gradient::CENTRAL_DIFFERENCE_H;
                let (mut plus, mut minus) = (x.clone(), x.clone());
                plus[i] += h;
                minus[i] -= h;
                let numeric = (output.loss(&plus, &t) - output.loss(&minus, &t)) / (2.0 * h);
                assert!(relative_error(dx[i], numeric) < 1e-6, "{output:?} [{i}]: {} vs {numeric}", dx[i]);
            }
        }
    }

    #[test]
    fn cross_entropy_from_scores_matches_the_book_function() {
        let x = Matrix::from_row_slice(1, 3, &[0.3, 2.9, 4.0]);
        let t = Matrix::from_row_slice(1, 3, &[0.0, 0.0, 1.0]);
        let expected = -(0.736_596_91_f64).ln();
        assert!((Output::Softmax.loss(&x, &t) - expected).abs() < 1e-7);
        let big = Matrix::from_row_slice(1, 3, &[1010.0, 1000.0, 990.0]);
        assert!(Output::Softmax.loss(&big, &t).is_finite());
        let s = Matrix::from_row_slice(1, 1, &[1000.0_f64]);
        assert_eq!(Output::Sigmoid.loss(&s, &Matrix::from_element(1, 1, 1.0)), 0.0);
    }

    #[test]
    fn predictions() {
        let x = Matrix::from_row_slice(1, 1, &[0.0_f64]);
        let mut y = Matrix::zeros(0, 0);
        Output::Sigmoid.predict_to(&x, &mut y);
        assert_eq!(y[0], 0.5);
        Output::Tanh.predict_to(&x, &mut y);
        assert_eq!(y[0], 0.0);
    }
}
