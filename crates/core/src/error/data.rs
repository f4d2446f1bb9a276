//! What is wrong with a data set.

use crate::data::{Rect, TargetEncoding, Task};
use std::fmt;

/// Why the engine cannot train on a data set, with the values checked.
#[derive(Clone, Debug, PartialEq)]
pub enum DataProblem {
    /// No point to train on.
    NoTrainingExamples,
    /// ExampleSet whose width does not match the network's.
    Shape {
        /// Which examples.
        which: ExampleSet,
        /// Inputs per example.
        inputs: usize,
        /// Targets per example.
        targets: usize,
        /// The inputs the network takes.
        network_inputs: usize,
        /// The outputs the network gives.
        network_outputs: usize,
    },
    /// Too few points to split into training and test points.
    CannotSplit {
        /// The points there are.
        points: usize,
    },
    /// Not one label per point.
    LabelCount {
        /// The points.
        points: usize,
        /// The labels.
        labels: usize,
    },
    /// An empty or unbounded domain.
    Domain(Rect),
    /// A point with a coordinate that is not a finite number.
    Point {
        /// The point, counted from 1.
        number: usize,
        /// Its first coordinate.
        x1: f64,
        /// Its second coordinate.
        x2: f64,
    },
    /// A label that does not fit the task.
    Label {
        /// The point, counted from 1.
        number: usize,
        /// Its label.
        label: f64,
        /// What a label must be.
        rule: LabelRule,
    },
    /// Targets an encoding cannot hold.
    Targets {
        /// The encoding of the network's output.
        encoding: TargetEncoding,
        /// The data's task.
        task: Task,
    },
}

/// What a label must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelRule {
    /// A finite number.
    Finite,
    /// A whole number from 0 to `high`.
    Class {
        /// The highest class index.
        high: usize,
    },
}

/// The examples trained on or the examples held out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExampleSet {
    /// The training examples.
    Training,
    /// The test examples.
    Test,
}

impl fmt::Display for DataProblem {
    /// The problem in English, as it follows "invalid data: ".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataProblem::NoTrainingExamples => {
                f.write_str("there are no training examples; add at least one point")
            }
            DataProblem::Shape { which, inputs, targets, network_inputs, network_outputs } => write!(
                f,
                "the {which} data has {inputs} inputs and {targets} targets per example, \
                 but the network takes {network_inputs} and gives {network_outputs}"
            ),
            DataProblem::CannotSplit { points } => {
                write!(f, "{points} points cannot be split; a split needs at least 2")
            }
            DataProblem::LabelCount { points, labels } => {
                write!(f, "there are {points} points but {labels} labels; give exactly one label per point")
            }
            DataProblem::Domain(Rect { x_min, x_max, y_min, y_max }) => write!(
                f,
                "the domain [{x_min}, {x_max}] × [{y_min}, {y_max}] is empty or not finite; \
                 it needs finite edges with x_min < x_max and y_min < y_max"
            ),
            DataProblem::Point { number, x1, x2 } => {
                let (x1, x2) = (super::written(*x1), super::written(*x2));
                write!(
                    f,
                    "point {number} is ({x1}, {x2}), but every coordinate must be a finite number \
                     of at most 3.4×10³⁸ in size (training uses 32-bit floats)"
                )
            }
            DataProblem::Label { number, label, rule } => {
                write!(f, "point {number} has label {label}, but {rule}")
            }
            DataProblem::Targets { encoding, task } => {
                write!(
                    f,
                    "{} cannot hold the targets of {}; {}",
                    target(*encoding),
                    data(*task),
                    suited(*task)
                )
            }
        }
    }
}

impl fmt::Display for LabelRule {
    /// The rule in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabelRule::Finite => f.write_str("every label must be a finite number"),
            LabelRule::Class { high } => write!(f, "a class label must be a whole number from 0 to {high}"),
        }
    }
}

impl fmt::Display for ExampleSet {
    /// "training" or "test".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExampleSet::Training => "training",
            ExampleSet::Test => "test",
        })
    }
}

/// An encoding in words, with the output it suits.
fn target(encoding: TargetEncoding) -> String {
    match encoding {
        TargetEncoding::OneHot { classes } => format!("a one-hot target with {classes} columns (softmax)"),
        TargetEncoding::Binary => "a 0/1 target (sigmoid)".to_string(),
        TargetEncoding::Signed => "a −1/+1 target (tanh)".to_string(),
        TargetEncoding::Value => "a value target (identity)".to_string(),
    }
}

/// A task in words.
fn data(task: Task) -> String {
    match task {
        Task::Classification { classes } => format!("{classes}-class data"),
        Task::Regression => "regression data".to_string(),
    }
}

/// Which outputs fit a task.
fn suited(task: Task) -> String {
    match task {
        Task::Classification { classes: 2 } => {
            "two classes suit a sigmoid (0/1), tanh (−1/+1) or 2-column softmax output".to_string()
        }
        Task::Classification { classes } => {
            format!("{classes} classes need a softmax output with at least {classes} columns")
        }
        Task::Regression => "regression needs a single identity (value) output".to_string(),
    }
}
