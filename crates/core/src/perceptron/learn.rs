//! The perceptron learning rule of chapter 2, stepped one example at a time so the playground
//! can show each correction.

use super::{Gate, Perceptron, GATE_INPUTS};
use crate::error::{Allowed, Error, Quantity, Result};
use serde::Serialize;

/// How close two pass-end states must be to count as one: sums of `±lr` drift in the last bits.
const CYCLE_TOLERANCE: f64 = 1e-9;

/// Where the perceptron learning rule stands. Passes (epochs) count from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum LearnStatus {
    /// Still making mistakes; more passes may help.
    Learning,
    /// Pass number `epochs` made no mistake: the gate is learned.
    Converged { epochs: usize },
    /// A pass with mistakes ended where an earlier pass ended, so the passes from
    /// `first_epoch` on repeat forever, every `period` passes (XOR does this).
    Cycled { first_epoch: usize, period: usize },
}

/// What one step of [`PerceptronLearner::step`] saw and did.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LearnStep {
    /// Which example (0–3, the order of [`GATE_INPUTS`]).
    pub index: usize,
    /// The example's input.
    pub x: [u8; 2],
    /// The right answer.
    pub t: u8,
    /// The perceptron's answer before any update.
    pub y: u8,
    /// Whether the weights changed (only when `y ≠ t` and still learning).
    pub updated: bool,
    /// The status after this step.
    pub status: LearnStatus,
}

/// The perceptron learning rule on a gate's four examples, one example per step:
/// `w += lr·(t − y)·x`, `b += lr·(t − y)`.
#[derive(Clone, Debug, PartialEq)]
pub struct PerceptronLearner {
    perceptron: Perceptron,
    examples: [([u8; 2], u8); 4],
    lr: f64,
    /// Examples processed while learning: the next is `steps % 4`, passes done `steps / 4`.
    steps: usize,
    /// Mistakes corrected in the current pass.
    mistakes: usize,
    /// The state at every pass end, the starting state first.
    pass_ends: Vec<Perceptron>,
    status: LearnStatus,
}

impl PerceptronLearner {
    /// Starts learning `gate` from `perceptron` with learning rate `lr` (finite, `> 0`).
    pub fn new(gate: Gate, perceptron: Perceptron, lr: f64) -> Result<Self> {
        if !(lr.is_finite() && lr > 0.0) {
            return Err(Error::OutOfRange {
                what: Quantity::LearningRate,
                got: lr.to_string(),
                allowed: Allowed::Positive,
            });
        }
        Ok(Self {
            perceptron,
            examples: GATE_INPUTS.map(|x| (x, gate.target(x))),
            lr,
            steps: 0,
            mistakes: 0,
            pass_ends: vec![perceptron],
            status: LearnStatus::Learning,
        })
    }

    /// The perceptron as learned so far.
    pub fn perceptron(&self) -> Perceptron {
        self.perceptron
    }

    /// Which example the next step looks at (0–3).
    pub fn position(&self) -> usize {
        self.steps % self.examples.len()
    }

    /// How many full passes are done.
    pub fn epochs(&self) -> usize {
        self.steps / self.examples.len()
    }

    /// The current status.
    pub fn status(&self) -> LearnStatus {
        self.status
    }

    /// Looks at one example and, while learning, corrects the perceptron if it is wrong.
    /// Once converged or cycled, changes nothing.
    pub fn step(&mut self) -> LearnStep {
        let index = self.position();
        let (x, t) = self.examples[index];
        let y = self.perceptron.output(x.map(f64::from));
        let updated = self.status == LearnStatus::Learning && y != t;
        if self.status == LearnStatus::Learning {
            self.learn(x, t, y);
        }
        let status = self.status;
        LearnStep { index, x, t, y, updated, status }
    }

    /// Steps until converged, cycled or `max_epochs` passes are done in all.
    pub fn run(&mut self, max_epochs: usize) -> LearnStatus {
        while self.status == LearnStatus::Learning && self.epochs() < max_epochs {
            self.step();
        }
        self.status
    }

    /// If `y ≠ t`: `w += lr·(t − y)·x`, `b += lr·(t − y)`. Closes the pass after its last example.
    fn learn(&mut self, x: [u8; 2], t: u8, y: u8) {
        if y != t {
            let delta = self.lr * (f64::from(t) - f64::from(y));
            self.perceptron.w[0] += delta * f64::from(x[0]);
            self.perceptron.w[1] += delta * f64::from(x[1]);
            self.perceptron.b += delta;
            self.mistakes += 1;
        }
        self.steps += 1;
        if self.position() == 0 {
            self.end_pass();
        }
    }

    /// Converged if the pass had no mistake, cycled if its end state was seen before.
    fn end_pass(&mut self) {
        let epochs = self.epochs();
        let seen = self.pass_ends.iter().position(|p| self.same(p));
        self.status = match (self.mistakes, seen) {
            (0, _) => LearnStatus::Converged { epochs },
            (_, Some(j)) => LearnStatus::Cycled { first_epoch: j + 1, period: epochs - j },
            (_, None) => LearnStatus::Learning,
        };
        self.mistakes = 0;
        self.pass_ends.push(self.perceptron);
    }

    /// Whether `p` is the current state, within [`CYCLE_TOLERANCE`].
    fn same(&self, p: &Perceptron) -> bool {
        let Perceptron { w, b } = self.perceptron;
        let d = [p.w[0] - w[0], p.w[1] - w[1], p.b - b];
        d.iter().all(|d| d.abs() <= CYCLE_TOLERANCE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learner(gate: Gate, lr: f64) -> Result<PerceptronLearner> {
        PerceptronLearner::new(gate, Perceptron::default(), lr)
    }

    fn state(l: &PerceptronLearner) -> ([f64; 2], f64) {
        (l.perceptron().w, l.perceptron().b)
    }

    #[test]
    fn learning_or_follows_the_rule_by_hand() {
        let mut l = learner(Gate::Or, 0.1).unwrap();
        assert!(!l.step().updated); // (0,0): 0 > 0 is false, y = t = 0
        let step = l.step(); // (1,0): y = 0, t = 1
        assert_eq!((step.index, step.x, step.t, step.y), (1, [1, 0], 1, 0));
        assert!(step.updated);
        assert_eq!((state(&l), l.position()), (([0.1, 0.0], 0.1), 2));
        // Passes 2 and 3 fix (0,0) and (0,1); pass 4 is clean.
        assert_eq!(l.run(100), LearnStatus::Converged { epochs: 4 });
        assert_eq!(state(&l), ([0.1, 0.1], 0.0));
    }

    #[test]
    fn learning_converges_on_and_and_or_then_stays_put() {
        for gate in [Gate::And, Gate::Or] {
            let mut l = learner(gate, 0.1).unwrap();
            let status = l.run(100);
            assert!(matches!(status, LearnStatus::Converged { .. }));
            let p = l.perceptron();
            for x in GATE_INPUTS {
                assert_eq!(p.output(x.map(f64::from)), gate.target(x), "{gate:?} at {x:?}");
            }
            let step = l.step();
            assert_eq!((step.updated, step.status), (false, status));
            assert_eq!(l.perceptron(), p);
        }
    }

    #[test]
    fn learning_xor_cycles() {
        let mut l = learner(Gate::Xor, 0.1).unwrap();
        // Passes 2 and 3 both end at w = (0, −0.1), b = 0.1.
        let cycled = LearnStatus::Cycled { first_epoch: 3, period: 1 };
        assert_eq!((l.run(100), l.epochs()), (cycled, 3));
        assert_eq!(state(&l), ([0.0, -0.1], 0.1));
        assert!(!l.step().updated);
        assert_eq!(state(&l), ([0.0, -0.1], 0.1));
    }

    #[test]
    fn a_bad_learning_rate_is_an_error() {
        for lr in [0.0, -0.1, f64::NAN, f64::INFINITY] {
            let err = learner(Gate::And, lr).unwrap_err().to_string();
            assert!(err.starts_with("the learning rate is"), "{err}");
        }
    }
}
