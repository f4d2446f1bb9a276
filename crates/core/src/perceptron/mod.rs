//! Chapter 2: the perceptron, the logic gates one perceptron can draw (and XOR, which needs
//! two layers), and the perceptron learning rule, stepped one example at a time (in `learn`,
//! re-exported here).

mod learn;

pub use learn::{LearnStatus, LearnStep, PerceptronLearner};

use serde::{Deserialize, Serialize};

/// The four inputs of a two-input gate, in the book's order `(0,0), (1,0), (0,1), (1,1)`.
pub const GATE_INPUTS: [[u8; 2]; 4] = [[0, 0], [1, 0], [0, 1], [1, 1]];

/// A perceptron with two inputs, weights `w` and bias `b` (all zero by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Perceptron {
    /// The weights `(w1, w2)`.
    pub w: [f64; 2],
    /// The bias `b`.
    pub b: f64,
}

impl Perceptron {
    /// Fires or not: `1 if w·x + b > 0, else 0` (a sum of exactly 0 gives 0, as in the book).
    pub fn output(&self, x: [f64; 2]) -> u8 {
        let sum = self.w[0] * x[0] + self.w[1] * x[1] + self.b;
        u8::from(sum > 0.0)
    }
}

crate::choice! {
    /// A two-input logic gate from chapter 2.
    pub enum Gate: Gate {
        /// `y = x1 AND x2`.
        And,
        /// `y = x1 OR x2`.
        Or,
        /// `y = NOT (x1 AND x2)`.
        Nand,
        /// `y = x1 XOR x2`: not linearly separable, so no single perceptron draws it.
        Xor,
    }
}

impl Gate {
    /// The book's single perceptron for this gate, or `None` for XOR, which has none.
    pub fn perceptron(self) -> Option<Perceptron> {
        let (w, b) = match self {
            Gate::And => ([0.5, 0.5], -0.7),
            Gate::Or => ([0.5, 0.5], -0.2),
            Gate::Nand => ([-0.5, -0.5], 0.7),
            Gate::Xor => return None,
        };
        Some(Perceptron { w, b })
    }

    /// The gate built from perceptrons: one for AND, OR, NAND; two layers ([`xor_stages`]) for XOR.
    pub fn output(self, x: [u8; 2]) -> u8 {
        match self.perceptron() {
            Some(p) => p.output(x.map(f64::from)),
            None => xor_stages(x).y,
        }
    }

    /// The gate's true answer (any nonzero input counts as 1).
    pub fn target(self, x: [u8; 2]) -> u8 {
        let (x1, x2) = (x[0] != 0, x[1] != 0);
        u8::from(match self {
            Gate::And => x1 && x2,
            Gate::Or => x1 || x2,
            Gate::Nand => !(x1 && x2),
            Gate::Xor => x1 != x2,
        })
    }

    /// Each input of [`GATE_INPUTS`] with the perceptron gate's [`Gate::output`].
    pub fn truth_table(self) -> [([u8; 2], u8); 4] {
        GATE_INPUTS.map(|x| (x, self.output(x)))
    }
}

/// The outputs of every stage of the two-layer XOR perceptron, for drawing its diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct XorStages {
    /// First layer, `s1 = NAND(x1, x2)`.
    pub s1: u8,
    /// First layer, `s2 = OR(x1, x2)`.
    pub s2: u8,
    /// Second layer, `y = AND(s1, s2)`.
    pub y: u8,
}

/// XOR as two layers of perceptrons: `y = AND(NAND(x), OR(x))`.
pub fn xor_stages(x: [u8; 2]) -> XorStages {
    let s1 = Gate::Nand.output(x);
    let s2 = Gate::Or.output(x);
    let y = Gate::And.output([s1, s2]);
    XorStages { s1, s2, y }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::choice::Choice;

    #[test]
    fn gates_match_the_books_tables() {
        let outputs = |gate: Gate| gate.truth_table().map(|(_, y)| y);
        assert_eq!(outputs(Gate::And), [0, 0, 0, 1]);
        assert_eq!(outputs(Gate::Or), [0, 1, 1, 1]);
        assert_eq!(outputs(Gate::Nand), [1, 1, 1, 0]);
        assert_eq!(outputs(Gate::Xor), [0, 1, 1, 0]);
        assert_eq!(Gate::Xor.truth_table()[1], ([1, 0], 1));
        assert_eq!(Gate::Xor.perceptron(), None);
        let stages = xor_stages([1, 1]);
        assert_eq!((stages.s1, stages.s2, stages.y), (0, 1, 0));
        assert_eq!(Gate::parse("nand"), Ok(Gate::Nand));
    }
}
