//! The logic-gate data sets of chapter 2: the four corners of the unit square and a truth table,
//! both taken from the perceptron's [`Gate`] and [`GATE_INPUTS`].

use super::dataset::{Dataset, GATE_DOMAIN};
use super::kind::Task;
pub(super) use crate::perceptron::Gate;
use crate::perceptron::GATE_INPUTS;

impl Gate {
    /// The four corners in the order of [`GATE_INPUTS`], labelled by [`Gate::target`]
    /// (class 1 for true, 0 for false).
    pub(super) fn dataset(self) -> Dataset {
        Dataset {
            points: GATE_INPUTS.map(|x| x.map(f64::from)).to_vec(),
            labels: GATE_INPUTS.map(|x| f64::from(self.target(x))).to_vec(),
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
