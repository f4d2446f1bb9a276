//! The logic-gate data sets of chapter 2: the four corners of the unit square and a truth table.

use super::dataset::{Dataset, GATE_DOMAIN};
use super::kind::Task;

/// A two-input logic gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gate {
    And,
    Or,
    Nand,
    Xor,
}

/// The inputs `(0,0), (1,0), (0,1), (1,1)`, in this order.
const CORNERS: [[f64; 2]; 4] = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]];

impl Gate {
    /// The gate's truth table applied to two bits.
    fn output(self, a: bool, b: bool) -> bool {
        match self {
            Gate::And => a && b,
            Gate::Or => a || b,
            Gate::Nand => !(a && b),
            Gate::Xor => a != b,
        }
    }

    /// The four corners labelled by the gate (class 1 for true, 0 for false).
    pub(super) fn dataset(self) -> Dataset {
        let labels =
            CORNERS.iter().map(|p| f64::from(u8::from(self.output(p[0] == 1.0, p[1] == 1.0)))).collect();
        Dataset {
            points: CORNERS.to_vec(),
            labels,
            task: Task::Classification { classes: 2 },
            domain: GATE_DOMAIN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truth_tables() {
        assert_eq!(Gate::And.dataset().labels, [0.0, 0.0, 0.0, 1.0]);
        assert_eq!(Gate::Or.dataset().labels, [0.0, 1.0, 1.0, 1.0]);
        assert_eq!(Gate::Nand.dataset().labels, [1.0, 1.0, 1.0, 0.0]);
        assert_eq!(Gate::Xor.dataset().labels, [0.0, 1.0, 1.0, 0.0]);
    }

    #[test]
    fn the_four_corners() {
        let set = Gate::Xor.dataset();
        assert_eq!(set.points, [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]);
        assert_eq!(set.domain, GATE_DOMAIN);
    }
}
