//! What is wrong with a model file (see [`crate::model`]): one variant per kind of failure,
//! with the facts as fields, so the page can say each in its own language.

use super::written;
use crate::model::DigitsIdentity;
use std::fmt;

/// Why a model file cannot be opened, with the values checked.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelProblem {
    /// The text is not JSON.
    NotJson {
        /// Where the JSON reader stopped (from 1).
        line: usize,
        /// The column there (from 1).
        column: usize,
        /// What the JSON reader said, without its position, quoted by [`super::quote`].
        detail: String,
    },
    /// The text ends before its JSON does (a file cut short).
    Cut {
        /// Where the text ends (from 1).
        line: usize,
        /// The column there.
        column: usize,
    },
    /// JSON, but not laid out as a model file: a field missing, unknown or of the wrong kind.
    Layout {
        /// Where the JSON reader stopped (from 1).
        line: usize,
        /// The column there (from 1).
        column: usize,
        /// What the JSON reader said, without its position, quoted by [`super::quote`].
        detail: String,
    },
    /// The `format` field names another kind of file.
    Format {
        /// The format named (empty when there is none), quoted.
        got: String,
    },
    /// The file has the model format but no whole-number `version`.
    NoVersion,
    /// A `version` this build does not read.
    Version {
        /// The version in the file.
        got: u64,
        /// The oldest version this build reads.
        oldest: u32,
        /// The version this build writes, the newest it reads.
        newest: u32,
    },
    /// The file holds neither a run on the playground's data nor one on the digits, or both.
    NotOneRun,
    /// A run on the handwritten digits opened where a run on the playground's data is needed.
    DigitsRun,
    /// A run on the playground's data opened where a run on the digits is needed.
    PointsRun,
    /// A digits run trained on other images than those at hand.
    OtherDigits {
        /// The images the file names.
        file: DigitsIdentity,
        /// The images at hand.
        here: DigitsIdentity,
    },
    /// The file's network is not the one its settings build.
    Network {
        /// The file's, as `widths, activation, output, initialiser` (e.g. `2-4-1, tanh, sigmoid, xavier`).
        got: String,
        /// The settings', the same way.
        needs: String,
    },
    /// A number beyond a 32-bit float's range (a finite one: NaN and ±inf are kept).
    TooLarge {
        /// Which part.
        part: ModelPart,
        /// The number.
        got: f64,
    },
    /// A matrix whose rows are not all as long as its first.
    Ragged {
        /// Which part.
        part: ModelPart,
        /// The row (from 1).
        row: usize,
        /// Its length.
        length: usize,
        /// The first row's length.
        first: usize,
    },
    /// Matrices of other shapes than the network's.
    Shapes {
        /// Which part.
        part: ModelPart,
        /// The shapes in the file, `(rows, columns)`.
        got: Vec<(usize, usize)>,
        /// The shapes the network needs.
        needs: Vec<(usize, usize)>,
    },
    /// The random generator's state is not 32 hexadecimal digits of an odd number.
    Generator {
        /// The text in the file, quoted.
        got: String,
    },
    /// The step within the epoch is not less than an epoch's steps.
    Step {
        /// The step in the file.
        got: usize,
        /// The steps of an epoch.
        steps: usize,
    },
    /// A diverged status that is not at the saved epoch's start.
    DivergedAt {
        /// The epoch the status names.
        got: usize,
        /// The saved epoch.
        epoch: usize,
    },
    /// More epochs than any run trains.
    Epoch {
        /// The epoch in the file.
        got: usize,
        /// The most accepted.
        most: usize,
    },
    /// The sampler's order is not an order of the training examples.
    Order {
        /// The training examples.
        examples: usize,
    },
    /// The history does not hold one record per epoch from 0 to the saved one.
    HistoryLength {
        /// The records in the file.
        got: usize,
        /// The saved epoch.
        epoch: usize,
    },
    /// The history's newest records are not consecutive epochs ending at the saved one.
    HistoryRecent {
        /// How many there are.
        count: usize,
        /// The most there may be.
        most: usize,
        /// The saved epoch.
        epoch: usize,
    },
    /// The history's older records are not in buckets as a history keeps them.
    HistoryBuckets {
        /// How many buckets there are.
        count: usize,
        /// Their width in epochs.
        width: usize,
        /// The most there may be.
        most: usize,
    },
    /// An accuracy outside 0 to 1, or a best figure that is not finite or not reached yet.
    HistoryFigures {
        /// The saved epoch.
        epoch: usize,
    },
}

/// The matrices of a model file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelPart {
    /// The weights and biases.
    Weights,
    /// The weights of the last completed epoch.
    EpochWeights,
    /// The optimizer's state (velocities, moments).
    Optimizer,
}

impl fmt::Display for ModelPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Weights => "the weights",
            Self::EpochWeights => "the weights of the last completed epoch",
            Self::Optimizer => "the optimizer's state",
        })
    }
}

/// `[2×4, 1×4]`.
pub fn shapes(list: &[(usize, usize)]) -> String {
    let each: Vec<String> = list.iter().map(|(r, c)| format!("{r}×{c}")).collect();
    format!("[{}]", each.join(", "))
}

impl fmt::Display for ModelProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::model::FORMAT;
        match self {
            Self::NotJson { line, column, detail } => {
                write!(f, "it is not JSON: at line {line}, column {column} the JSON reader says \"{detail}\"")
            }
            Self::Cut { line, column } => write!(f, "it is cut short: it ends at line {line}, column {column}"),
            Self::Layout { line, column, detail } => write!(
                f,
                "it is JSON but not laid out as a model file: at line {line}, column {column} the JSON \
                 reader says \"{detail}\""
            ),
            Self::Format { got } => write!(f, "its format is \"{got}\", but a model file's is \"{FORMAT}\""),
            Self::NoVersion => write!(f, "its format is \"{FORMAT}\" but it has no whole-number version"),
            Self::Version { got, oldest, newest } => {
                let age = if *got < u64::from(*oldest) { "older" } else { "newer" };
                write!(f, "it is version {got}, {age} than this Asaku reads (versions {oldest} to {newest})")
            }
            Self::NotOneRun => f.write_str(
                "it must hold either \"settings\" (a run on the playground's data) or \"digits\" \
                 (a run on the handwritten digits), and holds neither or both",
            ),
            Self::DigitsRun => f.write_str("it is a run on the handwritten digits, which the playground does not open"),
            Self::PointsRun => f.write_str("it is a run on the playground's data, not on the handwritten digits"),
            Self::OtherDigits { file, here } => {
                write!(f, "it was trained on other digits ({file}) than these ({here})")
            }
            Self::Network { got, needs } => {
                write!(f, "its network is {got}, but its settings build {needs}")
            }
            Self::TooLarge { part, got } => {
                let max = f32::MAX;
                write!(f, "{part} hold {}, beyond a 32-bit float's range (±{max:e})", written(*got))
            }
            Self::Ragged { part, row, length, first } => write!(
                f,
                "{part} have a row {row} of {length} numbers, but row 1 has {first}: a matrix's rows are all as long"
            ),
            Self::Shapes { part, got, needs } => {
                write!(f, "{part} are matrices of {}, but the network's are {}", shapes(got), shapes(needs))
            }
            Self::Generator { got } => write!(
                f,
                "the random generator's state is \"{got}\", but it must be 32 hexadecimal digits of an odd number"
            ),
            Self::Step { got, steps } => {
                write!(f, "the step within the epoch is {got}, but it must be less than the {steps} steps of an epoch")
            }
            Self::DivergedAt { got, epoch } => {
                write!(f, "the run diverged at epoch {got}, but it is saved at epoch {epoch}: a diverged run stays at its epoch's start")
            }
            Self::Epoch { got, most } => write!(f, "the epoch is {got}, but it must be at most {most}"),
            Self::Order { examples } => write!(
                f,
                "the sampler's order is not an order of the {examples} training examples with a position from 0 to {examples}"
            ),
            Self::HistoryLength { got, epoch } => write!(
                f,
                "the history holds {got} epochs, but it must hold {} (0 to {epoch})",
                epoch.saturating_add(1)
            ),
            Self::HistoryRecent { count, most, epoch } => write!(
                f,
                "the history's newest records are {count}, but they must be 1 to {most} consecutive epochs ending at {epoch}"
            ),
            Self::HistoryBuckets { count, width, most } => write!(
                f,
                "the history's older records are {count} buckets {width} epochs wide, but they must be at most \
                 {most} buckets in order, of a power-of-two width, holding the epochs before the newest records"
            ),
            Self::HistoryFigures { epoch } => write!(
                f,
                "the history holds an accuracy outside 0 to 1, or a best figure that is not a finite number \
                 reached by epoch {epoch}"
            ),
        }
    }
}
