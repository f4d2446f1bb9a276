//! What can go wrong with input from a user, a URL, a file or the command line.

use thiserror::Error;

/// A spec, a setting or a data set that the engine cannot use, with a sentence saying what is
/// wrong and what is allowed. Every value reachable from outside is checked into one of these;
/// only bugs panic.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum Error {
    /// A name (activation, loss, optimizer, data set, …) that is not one of the known ones.
    #[error("unknown {what} \"{got}\": use one of {allowed}")]
    UnknownName {
        /// Which kind of name was expected, e.g. "activation".
        what: &'static str,
        /// The text that was given.
        got: String,
        /// The allowed names, comma-separated.
        allowed: String,
    },
    /// A number outside its allowed range (a learning rate of 0, a batch size of 0, …).
    #[error("{what} is {got}, but it must be {allowed}")]
    OutOfRange {
        /// Which setting.
        what: &'static str,
        /// The value given, as text.
        got: String,
        /// The allowed range, in words.
        allowed: String,
    },
    /// A network shape the engine does not build.
    #[error("invalid network: {0}")]
    InvalidNetwork(String),
    /// A data set the engine cannot train on.
    #[error("invalid data: {0}")]
    InvalidData(String),
    /// Text that does not parse (a layer list, a line of a points file).
    #[error("cannot read {what}: {detail}")]
    Parse {
        /// What was being read.
        what: &'static str,
        /// What is wrong, and where.
        detail: String,
    },
}

/// The engine's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
