//! Which data set to draw, and what the network must learn from it.

use super::dataset::{Rect, GATE_DOMAIN, PLAYGROUND_DOMAIN};
use super::gates::Gate;
use super::{regression, shapes};
use crate::Rng;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// The built-in data sets, named as in URLs and on the CLI (`circle`, `gate-xor`, `spiral3`, …).
    pub enum DataKind: DataSet {
        /// A disc of one class inside a ring of the other.
        Circle,
        /// Four quadrants: class 1 where `x1·x2 > 0`, class 0 where `x1·x2 < 0`.
        Xor,
        /// Two Gaussian clouds, one per class, around `(2, 2)` and `(−2, −2)`.
        Gauss,
        /// Two interleaved spiral arms, one per class.
        Spiral,
        /// Two interleaving half-moons.
        Moons,
        /// The four corners of the unit square labelled by `x1 AND x2`.
        GateAnd,
        /// The four corners of the unit square labelled by `x1 OR x2`.
        GateOr,
        /// The four corners of the unit square labelled by `NOT (x1 AND x2)`.
        GateNand,
        /// The four corners of the unit square labelled by `x1 XOR x2`.
        GateXor,
        /// Three interleaved spiral arms, one per class (for a softmax output).
        Spiral3,
        /// Regression on a tilted plane: `t = (x1 + x2) / 12`, so `t ∈ [−1, 1]` on `[−6, 6]²`.
        Plane,
        /// Regression on a sum of fixed Gaussian bumps of both signs, `t ∈ [−1, 1]`.
        Bumps,
    }
}

/// What a data set asks of the network: sort points into classes, or predict a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    /// Each label is a class index `0, 1, …, classes − 1` (stored as `0.0, 1.0, …`).
    Classification {
        /// How many classes there are (at least 2).
        classes: usize,
    },
    /// Each label is a real target, within `[−1, 1]` for the built-in sets.
    Regression,
}

/// How a kind's points are made: the fixed gate table, a sampler per class, or a sampler of
/// (point, target) pairs. Points are clean here; noise is added by the spec.
pub(super) enum Source {
    /// The four corners of the unit square under a logic gate.
    Gate(Gate),
    /// `sample(class, rng)` draws one clean point of the class.
    Classes { classes: usize, sample: fn(usize, &mut Rng) -> [f64; 2] },
    /// `sample(rng)` draws one point and its exact target.
    Regression { sample: fn(&mut Rng) -> ([f64; 2], f64) },
}

impl DataKind {
    /// Where the points come from (the one place that maps a kind to its generator).
    pub(super) fn source(self) -> Source {
        let classes = |classes, sample| Source::Classes { classes, sample };
        match self {
            DataKind::Circle => classes(2, shapes::circle),
            DataKind::Xor => classes(2, shapes::xor),
            DataKind::Gauss => classes(2, shapes::gauss),
            DataKind::Spiral => classes(2, shapes::spiral2),
            DataKind::Moons => classes(2, shapes::moons),
            DataKind::Spiral3 => classes(3, shapes::spiral3),
            DataKind::GateAnd => Source::Gate(Gate::And),
            DataKind::GateOr => Source::Gate(Gate::Or),
            DataKind::GateNand => Source::Gate(Gate::Nand),
            DataKind::GateXor => Source::Gate(Gate::Xor),
            DataKind::Plane => Source::Regression { sample: regression::plane },
            DataKind::Bumps => Source::Regression { sample: regression::bumps },
        }
    }

    /// What the network must learn: how many classes, or a regression.
    pub fn task(self) -> Task {
        match self.source() {
            Source::Gate(_) => Task::Classification { classes: 2 },
            Source::Classes { classes, .. } => Task::Classification { classes },
            Source::Regression { .. } => Task::Regression,
        }
    }

    /// The region the playground shows: `[−0.5, 1.5]²` for gates, `[−6, 6]²` otherwise.
    pub fn domain(self) -> Rect {
        match self.source() {
            Source::Gate(_) => GATE_DOMAIN,
            Source::Classes { .. } | Source::Regression { .. } => PLAYGROUND_DOMAIN,
        }
    }
}

impl Task {
    /// The number of classes, or `None` for a regression.
    pub fn classes(self) -> Option<usize> {
        match self {
            Task::Classification { classes } => Some(classes),
            Task::Regression => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::choice::Choice;

    #[test]
    fn names_round_trip_in_kebab_case() {
        assert_eq!(DataKind::GateNand.name(), "gate-nand");
        assert_eq!(DataKind::parse(" spiral3 ").unwrap(), DataKind::Spiral3);
        assert_eq!(DataKind::names().len(), 12);
    }

    #[test]
    fn unknown_name_lists_the_choices() {
        let err = DataKind::parse("donut").unwrap_err().to_string();
        assert!(err.starts_with("unknown data set \"donut\": use one of circle, xor"));
    }

    #[test]
    fn tasks_match_the_kinds() {
        let two = Task::Classification { classes: 2 };
        assert_eq!(DataKind::Circle.task(), two);
        assert_eq!(DataKind::GateXor.task(), two);
        assert_eq!(DataKind::Spiral3.task().classes(), Some(3));
        assert_eq!(DataKind::Plane.task(), Task::Regression);
        assert_eq!(DataKind::Bumps.task().classes(), None);
    }

    #[test]
    fn gates_have_their_own_domain() {
        assert_eq!(DataKind::GateAnd.domain(), GATE_DOMAIN);
        assert_eq!(DataKind::Moons.domain(), PLAYGROUND_DOMAIN);
        assert_eq!(GATE_DOMAIN.x_min, -0.5);
    }
}
