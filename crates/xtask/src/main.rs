//! The project's commands, run as `cargo xtask <command>` from anywhere in the repository.
//!
//! - `cargo xtask test`: installs what is missing, then checks formatting, lints and runs every test.
//!   The README tells people to run it and `.ci/run` runs it in CI.
//! - `cargo xtask serve`: the browser playground (arrives with the web crate).
//!
//! A command is an ordered list of [`step::Step`]s (see [`tasks`]); the first failing step stops
//! the run with a non-zero exit and a message naming the step and the command line that failed.

mod cmd;
mod step;
mod tasks;
mod tool;

use std::process::ExitCode;

/// The usage text: one line per command.
const USAGE: &str = "usage: cargo xtask <command>

  test    install what is missing, then check formatting, lint and run every test
  serve   serve the browser playground (arrives with the web crate)";

/// Exit code for a usage error or a command that cannot run yet.
const EXIT_USAGE: u8 = 2;

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    /// `cargo xtask test`.
    Test,
    /// `cargo xtask serve`.
    Serve,
    /// `cargo xtask help`, `-h` or `--help`.
    Help,
}

/// Reads the arguments after the program name; `None` means "print usage and fail".
fn parse(args: &[String]) -> Option<Command> {
    match args {
        [one] => match one.as_str() {
            "test" => Some(Command::Test),
            "serve" => Some(Command::Serve),
            "help" | "-h" | "--help" => Some(Command::Help),
            _ => None,
        },
        _ => None,
    }
}

/// Parses the arguments, runs the command and turns the outcome into the process's exit code.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Some(Command::Test) => match step::run_all("test", tasks::TEST) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("\nxtask test FAILED: {message}");
                ExitCode::FAILURE
            }
        },
        Some(Command::Serve) => {
            eprintln!(
                "cargo xtask serve: nothing to serve yet: the browser playground arrives with the \
                 web crate (crates/web)."
            );
            ExitCode::from(EXIT_USAGE)
        }
        Some(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        None => {
            match args.as_slice() {
                [] => {}
                [one] => eprintln!("xtask: unknown command `{one}`\n"),
                _ => eprintln!("xtask: expected one command, got `{}`\n", args.join(" ")),
            }
            eprintln!("{USAGE}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Unit tests for argument parsing.
#[cfg(test)]
mod tests {
    use super::*;

    /// Turns string literals into the owned arguments `parse` takes.
    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Each command word maps to its command.
    #[test]
    fn known_commands_parse() {
        assert_eq!(parse(&args(&["test"])), Some(Command::Test));
        assert_eq!(parse(&args(&["serve"])), Some(Command::Serve));
        assert_eq!(parse(&args(&["--help"])), Some(Command::Help));
    }

    /// Anything but exactly one known word means "print usage".
    #[test]
    fn missing_unknown_or_extra_arguments_are_usage_errors() {
        assert_eq!(parse(&args(&[])), None);
        assert_eq!(parse(&args(&["nope"])), None);
        assert_eq!(parse(&args(&["test", "extra"])), None);
    }
}
