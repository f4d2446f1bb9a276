//! What can go wrong with input from a user, a URL, a file or the command line.
//!
//! Every part of an [`Error`](enum@Error) is structured: what a value is ([`Quantity`], [`Named`],
//! [`Readable`]), what it may be ([`Allowed`]) and what is wrong with a network, a data set or a
//! text ([`NetworkProblem`], [`DataProblem`], [`ParseProblem`]), each with the values it is
//! about. `Display` gives the English sentence (what the command line prints); the page turns
//! the same parts into sentences of its string table, in the language it is shown in. A value
//! repeated from the input is kept short and escaped by [`quote`] where the error is made.

mod allowed;
mod data;
mod model;
mod network;
mod parse;
mod quote;
mod subject;

pub use allowed::Allowed;
pub use data::{DataProblem, ExampleSet, LabelRule};
pub use model::{shapes, ModelPart, ModelProblem};
pub use network::{NetworkPart, NetworkProblem, OutputNeeds};
pub use parse::{Field, LineProblem, ParseProblem};
pub use quote::{quote, QUOTED_CHARS};
pub use subject::{Named, Quantity, Readable};

use thiserror::Error;

/// A spec, a setting or a data set that the engine cannot use, with a sentence saying what is
/// wrong and what is allowed. Every value reachable from outside is checked into one of these;
/// only bugs panic.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum Error {
    /// A name (activation, loss, optimizer, data set, …) that is not one of the known ones.
    #[error("unknown {what} \"{got}\": use one of {}", .allowed.join(", "))]
    UnknownName {
        /// Which kind of name was expected.
        what: Named,
        /// The text that was given, shortened and escaped by [`quote`].
        got: String,
        /// The allowed names.
        allowed: Vec<&'static str>,
    },
    /// A number outside its allowed range (a learning rate of 0, a batch size of 0, …).
    #[error("{what} is {got}, but it must be {allowed}")]
    OutOfRange {
        /// Which setting.
        what: Quantity,
        /// The value given, as text.
        got: String,
        /// What the value may be.
        allowed: Allowed,
    },
    /// A network shape the engine does not build.
    #[error("invalid network: {0}")]
    InvalidNetwork(NetworkProblem),
    /// A data set the engine cannot train on.
    #[error("invalid data: {0}")]
    InvalidData(DataProblem),
    /// Text that does not parse (a layer list, a line of a points file).
    #[error("cannot read {what}: {problem}")]
    Parse {
        /// What was being read.
        what: Readable,
        /// What is wrong, and where.
        problem: ParseProblem,
    },
    /// A model file that cannot be opened (see [`crate::model`]).
    #[error("cannot open the model file: {0}")]
    InvalidModel(ModelProblem),
}

/// `value` as a sentence shows it: `1e39` and `1e-50` rather than all their digits (a huge or
/// tiny number, NaN and ±inf stay short), other numbers as Rust writes them.
pub fn written(value: f64) -> String {
    if value.is_finite() && value != 0.0 && !(1e-6..1e16).contains(&value.abs()) {
        format!("{value:e}")
    } else {
        value.to_string()
    }
}

/// The engine's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
