//! How a command ends badly, and writing its lines to stdout without panicking.

use asaku_core::error::quote;
use clap::error::{ContextKind, ContextValue};
use clap::Parser;
use serde::Serialize;
use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;

/// Why a command stopped without finishing its work.
#[derive(Debug)]
pub enum Failure {
    /// Input the engine or the command refuses: a sentence saying what is wrong and what is
    /// allowed. Exit code 2, like clap's own usage errors.
    Input(String),
    /// The command ran but its check failed, or stdout could not be written. Exit code 1.
    Failed(String),
}

impl Failure {
    /// Prints the sentence on stderr and gives the exit code.
    pub fn report(self) -> ExitCode {
        let (message, code) = match self {
            Failure::Input(message) => (message, 2),
            Failure::Failed(message) => (message, 1),
        };
        eprintln!("error: {message}");
        ExitCode::from(code)
    }
}

impl From<asaku_core::Error> for Failure {
    /// Every engine error comes from what the user asked for.
    fn from(error: asaku_core::Error) -> Self {
        Failure::Input(error.to_string())
    }
}

/// The command line parsed into `P`; on a usage error, clap's message with every value it
/// repeats from the command line shortened and escaped by [`quote`] (a 100 KB argument or a
/// control character is not printed back as it is), and clap's exit code.
pub fn parsed<P: Parser>() -> P {
    P::try_parse().unwrap_or_else(|error| {
        let repeated =
            [ContextKind::InvalidValue, ContextKind::InvalidArg].map(|kind| match error.get(kind) {
                Some(ContextValue::String(text)) => text.clone(),
                _ => String::new(),
            });
        if repeated.iter().all(|text| quote(text) == *text) {
            error.exit()
        }
        let message = repeated
            .iter()
            .fold(error.render().to_string(), |message, text| message.replace(text.as_str(), &quote(text)));
        eprint!("{message}");
        std::process::exit(error.exit_code())
    })
}

/// What the command functions return.
pub type Outcome = Result<(), Failure>;

/// Writes one line of text to stdout.
pub fn line(text: impl Display) -> Outcome {
    writeln!(io::stdout().lock(), "{text}").map_err(unwritable)
}

/// Writes `value` as one line of JSON to stdout.
pub fn json_line(value: &impl Serialize) -> Outcome {
    let text =
        serde_json::to_string(value).map_err(|e| Failure::Failed(format!("cannot encode JSON: {e}")))?;
    line(text)
}

fn unwritable(error: io::Error) -> Failure {
    Failure::Failed(format!("cannot write to standard output: {error}"))
}
