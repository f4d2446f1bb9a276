//! What is wrong with a model file (see [`crate::model`]).

use std::fmt;

/// Why a model file cannot be opened, with the values checked.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelProblem {
    /// The text is not JSON, or a field is missing or of the wrong kind.
    Unreadable {
        /// What the JSON reader said, with the line and column.
        detail: String,
    },
    /// The `format` field names another kind of file.
    Format {
        /// The format named (empty when there is none).
        got: String,
    },
    /// A `version` this build does not read.
    Version {
        /// The version in the file.
        got: u64,
        /// The version this build reads and writes.
        reads: u32,
    },
    /// A part of the file that does not fit the rest (a count, a shape, an order).
    Inconsistent {
        /// Which part.
        part: ModelPart,
        /// What it is.
        got: String,
        /// What the rest of the file needs it to be.
        needs: String,
    },
    /// A number that is not a finite 32-bit float where one is needed.
    NotFinite {
        /// Which part.
        part: ModelPart,
    },
}

/// The parts of a model file that are checked against each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelPart {
    /// The network's spec.
    Network,
    /// The weights and biases.
    Weights,
    /// The weights of the last completed epoch.
    EpochWeights,
    /// The optimizer's state (velocities, moments).
    Optimizer,
    /// The order the sampler walks the training points in.
    Order,
    /// The random generator's state.
    Generator,
    /// The step within the epoch.
    Step,
    /// The epoch count.
    Epoch,
    /// The training status.
    Status,
    /// The recorded history.
    History,
}

impl fmt::Display for ModelPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Network => "the network",
            Self::Weights => "the weights",
            Self::EpochWeights => "the weights of the last completed epoch",
            Self::Optimizer => "the optimizer's state",
            Self::Order => "the sampler's order",
            Self::Generator => "the random generator's state",
            Self::Step => "the step within the epoch",
            Self::Epoch => "the epoch",
            Self::Status => "the training status",
            Self::History => "the history",
        })
    }
}

impl fmt::Display for ModelProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable { detail } => write!(f, "it is not a model file's JSON ({detail})"),
            Self::Format { got } => {
                write!(f, "its format is \"{got}\", but a model file's is \"{}\"", crate::model::FORMAT)
            }
            Self::Version { got, reads } => {
                let age = if *got < u64::from(*reads) { "older" } else { "newer" };
                write!(f, "it is version {got}, {age} than this Asaku, which reads version {reads}")
            }
            Self::Inconsistent { part, got, needs } => write!(f, "{part} is {got}, but it must be {needs}"),
            Self::NotFinite { part } => write!(f, "{part}: a number is not a finite 32-bit float"),
        }
    }
}
