//! Weight penalties: L2 (weight decay, chapter 6.4.2) and L1. Biases are not penalised.

use crate::error::{Allowed, Error, Quantity, Result};
use crate::real::{Matrix, Real};
use serde::{Deserialize, Serialize};

/// Largest accepted regularisation rate `λ`.
pub const MAX_RATE: f64 = 10.0;

crate::choice! {
    /// Which penalty is added to the loss.
    pub enum Penalty: Regularisation {
        /// No penalty.
        None,
        /// `λ Σ |W|`, gradient `λ·sign(W)`: pushes weights to exactly 0.
        L1,
        /// `½ λ Σ W²`, gradient `λ·W`: weight decay.
        L2,
    }
}

/// A penalty and its rate `λ`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Regularization {
    /// Which penalty.
    pub penalty: Penalty,
    /// `λ ≥ 0`.
    pub rate: f64,
}

impl Default for Regularization {
    fn default() -> Self {
        Self { penalty: Penalty::None, rate: 0.0 }
    }
}

impl Regularization {
    /// A checked penalty: `λ` must be finite and within `0..=MAX_RATE`.
    pub fn new(penalty: Penalty, rate: f64) -> Result<Self> {
        if !(rate.is_finite() && (0.0..=MAX_RATE).contains(&rate)) {
            return Err(Error::OutOfRange {
                what: Quantity::RegularisationRate,
                got: rate.to_string(),
                allowed: Allowed::Real { low: 0.0, high: MAX_RATE },
            });
        }
        Ok(Self { penalty, rate })
    }

    fn active(&self) -> bool {
        self.penalty != Penalty::None && self.rate > 0.0
    }

    /// The penalty's contribution to the loss for one weight matrix.
    pub fn loss<T: Real>(&self, w: &Matrix<T>) -> T {
        if !self.active() {
            return T::zero();
        }
        let rate = T::of(self.rate);
        match self.penalty {
            Penalty::None => T::zero(),
            Penalty::L1 => rate * w.as_slice().iter().fold(T::zero(), |s, &v| s + v.abs()),
            Penalty::L2 => T::of(0.5) * rate * w.as_slice().iter().fold(T::zero(), |s, &v| s + v * v),
        }
    }

    /// Adds the penalty's gradient to `dw`.
    pub fn add_gradient<T: Real>(&self, w: &Matrix<T>, dw: &mut Matrix<T>) {
        if !self.active() {
            return;
        }
        let rate = T::of(self.rate);
        let zero = T::zero();
        for (d, &v) in dw.as_mut_slice().iter_mut().zip(w.as_slice()) {
            *d += match self.penalty {
                Penalty::None => zero,
                Penalty::L1 if v > zero => rate,
                Penalty::L1 if v < zero => -rate,
                Penalty::L1 => zero,
                Penalty::L2 => rate * v,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn penalties_by_hand() {
        let w = Matrix::from_row_slice(1, 3, &[1.0_f64, -2.0, 0.0]);
        let l2 = Regularization::new(Penalty::L2, 0.1).unwrap();
        assert!((l2.loss(&w) - 0.25).abs() < 1e-12);
        let mut dw = Matrix::zeros(1, 3);
        l2.add_gradient(&w, &mut dw);
        assert_eq!(dw, Matrix::from_row_slice(1, 3, &[0.1, -0.2, 0.0]));
        let l1 = Regularization::new(Penalty::L1, 0.5).unwrap();
        assert_eq!(l1.loss(&w), 1.5);
        let mut dw = Matrix::zeros(1, 3);
        l1.add_gradient(&w, &mut dw);
        assert_eq!(dw, Matrix::from_row_slice(1, 3, &[0.5, -0.5, 0.0]));
    }

    #[test]
    fn rejects_bad_rates() {
        assert!(Regularization::new(Penalty::L2, -0.1).is_err());
        assert!(Regularization::new(Penalty::L2, f64::NAN).is_err());
        assert!(Regularization::new(Penalty::L1, 11.0).unwrap_err().to_string().contains("from 0 to 10"));
    }
}
