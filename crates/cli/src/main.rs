//! `asaku`: the engine of the Asaku playground from a terminal.
//!
//! - `asaku train`: trains a network, one JSON line per epoch and a summary line (`--data
//!   digits`: the book's handwritten digits).
//! - `asaku predict`: classifies images of handwritten digits (PGM, PNG) with a saved digits model.
//! - `asaku gradcheck`: compares backprop's gradients with numerical ones.
//! - `asaku gates`: the logic gates and the perceptron learning rule of chapter 2.
//! - `asaku bench`: times the engine's benchmark cases.
//!
//! Bad input ends with a sentence on stderr and exit code 2; a failed check with exit code 1.

mod bench;
mod choice;
mod digits;
mod gates;
mod gradcheck;
mod image;
mod model;
mod options;
mod output;
mod points;
mod predict;
mod train;

use clap::{CommandFactory, Parser, Subcommand};
use std::process::ExitCode;

/// What the exit codes mean, shown at the end of `asaku --help`.
const EXIT_CODES: &str = "Exit codes: 0 done (a diverged training run is a result, not an error), \
1 a check failed (gradcheck over its tolerance) or the output could not be written, \
2 bad input (an unknown name, a number out of range, an unreadable points file, model file or image).";

/// Asaku (浅く): small neural networks after 『ゼロから作るDeep Learning』 chapters 2–6, from a
/// terminal, with the same engine as the browser playground.
#[derive(Debug, Parser)]
#[command(name = "asaku", version, after_help = EXIT_CODES)]
struct Cli {
    /// What to do (without one, `asaku` says that a command is needed and lists them).
    #[command(subcommand)]
    command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Train a network; print one JSON line per epoch (epoch 0 is before training), then a
    /// summary line.
    Train(train::TrainCommand),
    /// Classify images of handwritten digits (PGM or PNG) with a saved digits model; print each
    /// image's digit and its ten probabilities.
    Predict(predict::PredictCommand),
    /// Check backprop against the numerical gradient (central difference, in f64) on a few
    /// training examples; exit 1 if any parameter's relative error exceeds the tolerance.
    /// Networks too large to check whole in a few seconds are checked on a random sample of
    /// each parameter's elements, and the output says so.
    Gradcheck(gradcheck::GradcheckCommand),
    /// Print the truth tables of the AND, OR, NAND and XOR perceptrons, or run the perceptron
    /// learning rule on one gate.
    Gates(gates::GatesCommand),
    /// Time the engine's benchmark cases on one thread: median time per iteration and
    /// iterations per second. Build with --release for meaningful figures.
    Bench(bench::BenchCommand),
}

fn main() -> ExitCode {
    let Some(command) = output::parsed::<Cli>().command else {
        return output::Failure::Input(no_command()).report();
    };
    let result = match &command {
        Command::Train(command) => train::run(command),
        Command::Predict(command) => predict::run(command),
        Command::Gradcheck(command) => gradcheck::run(command),
        Command::Gates(command) => gates::run(command),
        Command::Bench(command) => bench::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

/// What a bare `asaku` says: that a command is needed, and each command with the first clause
/// of its help.
fn no_command() -> String {
    let cli = Cli::command();
    let commands: Vec<String> = cli
        .get_subcommands()
        .map(|command| {
            let about = command.get_about().map(ToString::to_string).unwrap_or_default();
            let first = about.split([';', ':']).next().unwrap_or_default();
            format!("  {:<10} {first}", command.get_name())
        })
        .collect();
    format!(
        "asaku needs a command, one of:\n{}\nRun asaku <COMMAND> --help for a command's options.",
        commands.join("\n")
    )
}
