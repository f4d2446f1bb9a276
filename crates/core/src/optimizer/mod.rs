//! Chapter 6 optimizers. Each sees only (parameter, gradient) pairs and keeps its own state per
//! pair, by position; the state can be reset, and an optimizer can be swapped mid-training.

mod rules;
#[cfg(test)]
mod tests;

use crate::error::{Allowed, Error, Quantity, Result};
use crate::real::{Matrix, Real};

/// `μ` of Momentum and Nesterov.
pub const MOMENTUM: f64 = 0.9;
/// Decay rate `ρ` of RMSprop's running average of `g²`.
pub const RMSPROP_DECAY: f64 = 0.99;
/// Adam's `β₁` (first moment) and `β₂` (second moment).
pub const ADAM_BETAS: (f64, f64) = (0.9, 0.999);
/// The `ε` that keeps AdaGrad, RMSprop and Adam from dividing by 0 (the book's `1e-7`).
pub const EPSILON: f64 = 1e-7;
/// Largest accepted learning rate.
pub const MAX_LEARNING_RATE: f64 = 100.0;

crate::choice! {
    /// Which update rule.
    pub enum OptimizerKind: Optimizer {
        /// `W ← W − lr·g`.
        Sgd,
        /// `v ← μv − lr·g`, `W ← W + v`.
        Momentum,
        /// The book's Nesterov form (its repository's current code): first the weights move with
        /// the velocity from before this step, `W ← W + μ²v − (1 + μ)·lr·g`, then the velocity
        /// is updated, `v ← μv − lr·g`.
        Nesterov,
        /// `h ← h + g²`, `W ← W − lr·g / (√h + ε)`.
        Adagrad,
        /// `h ← ρh + (1 − ρ)g²`, `W ← W − lr·g / (√h + ε)`.
        Rmsprop,
        /// `m ← m + (1 − β₁)(g − m)`, `v ← v + (1 − β₂)(g² − v)`,
        /// `W ← W − lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + ε)`.
        Adam,
    }
}

/// Checks a learning rate: finite and in `(0, MAX_LEARNING_RATE]`.
pub fn check_learning_rate(lr: f64) -> Result<f64> {
    if lr.is_finite() && lr > 0.0 && lr <= MAX_LEARNING_RATE {
        return Ok(lr);
    }
    Err(Error::OutOfRange {
        what: Quantity::LearningRate,
        got: lr.to_string(),
        allowed: Allowed::AboveZero { high: MAX_LEARNING_RATE },
    })
}

/// An update rule with its learning rate and its per-parameter state.
#[derive(Clone, Debug)]
pub struct Optimizer<T: Real> {
    kind: OptimizerKind,
    lr: f64,
    /// Per parameter: the first state matrix (`v`, `h` or `m`) and, for Adam, the second (`v`).
    state: Vec<[Matrix<T>; 2]>,
    /// Adam's step counter `t`.
    steps: u64,
}

impl<T: Real> Optimizer<T> {
    /// A fresh optimizer (empty state).
    pub fn new(kind: OptimizerKind, lr: f64) -> Result<Self> {
        Ok(Self { kind, lr: check_learning_rate(lr)?, state: Vec::new(), steps: 0 })
    }

    /// Which rule.
    pub fn kind(&self) -> OptimizerKind {
        self.kind
    }

    /// The learning rate.
    pub fn learning_rate(&self) -> f64 {
        self.lr
    }

    /// Changes the learning rate, keeping the state.
    pub fn set_learning_rate(&mut self, lr: f64) -> Result<()> {
        self.lr = check_learning_rate(lr)?;
        Ok(())
    }

    /// The per-parameter state (the first matrix `v`, `h` or `m`, the second Adam's `v`; empty
    /// before the first update) and the count of updates `t`.
    pub fn state(&self) -> (&[[Matrix<T>; 2]], u64) {
        (&self.state, self.steps)
    }

    /// Puts back a state given by [`Optimizer::state`]. The caller checks that its shapes are
    /// those of the parameters (an update panics otherwise).
    pub fn set_state(&mut self, state: Vec<[Matrix<T>; 2]>, steps: u64) {
        (self.state, self.steps) = (state, steps);
    }

    /// Forgets velocities and running averages, as if just created.
    pub fn reset(&mut self) {
        self.state.clear();
        self.steps = 0;
    }

    /// Applies one update to every (parameter, gradient) pair, in the same order every call.
    pub fn update<'a>(&mut self, pairs: impl Iterator<Item = (&'a mut Matrix<T>, &'a Matrix<T>)>) {
        self.steps += 1;
        for (i, (w, g)) in pairs.enumerate() {
            if self.state.len() <= i {
                self.state.push([Matrix::zeros(w.nrows(), w.ncols()), Matrix::zeros(w.nrows(), w.ncols())]);
            }
            let [s1, s2] = &mut self.state[i];
            assert_eq!(s1.shape(), w.shape(), "optimizer state no longer matches parameter {i}: reset it");
            rules::apply(self.kind, T::of(self.lr), self.steps, w, g, s1, s2);
        }
    }
}
