//! The project's commands, run as `cargo xtask <command>` from anywhere in the repository.
//!
//! - `cargo xtask test`: installs what is missing, then checks formatting, lints and runs every test:
//!   native, wasm in headless Chromium, and end-to-end on the built page. The README tells people to
//!   run it and `.ci/run` runs it in CI.
//! - `cargo xtask serve [--address A] [--port N]`: installs what is missing, then serves the
//!   playground with `trunk serve`, rebuilding on every change (default `http://127.0.0.1:8080/`).
//!
//! A command is an ordered list of [`step::Step`]s (see [`tasks`]); the first failing step stops
//! the run with a non-zero exit and a message naming the step and the command line that failed.

mod cmd;
mod step;
mod tasks;
mod tool;
mod tools;

use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;

/// The usage text: one line per command.
const USAGE: &str = "usage: cargo xtask <command>

  test                               install what is missing, then check formatting, lint and run
                                     every test (native, wasm in Chromium, end-to-end on dist/)
  serve [--address A] [--port N]     install what is missing, then serve the playground
                                     (default http://127.0.0.1:8080/), rebuilding on changes";

/// Exit code for a usage error.
const EXIT_USAGE: u8 = 2;

/// Where `cargo xtask serve` listens unless told otherwise: loopback only.
const DEFAULT_SERVE: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 8080);

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    /// `cargo xtask test`.
    Test,
    /// `cargo xtask serve`, on this address and port.
    Serve(SocketAddr),
    /// `cargo xtask help`, `-h` or `--help`.
    Help,
}

/// Reads the arguments after the program name; `None` means "print usage and fail".
fn parse(args: &[String]) -> Option<Command> {
    let (first, rest) = args.split_first()?;
    match (first.as_str(), rest) {
        ("test", []) => Some(Command::Test),
        ("serve", options) => parse_serve(options).map(Command::Serve),
        ("help" | "-h" | "--help", []) => Some(Command::Help),
        _ => None,
    }
}

/// Reads `serve`'s options, `--address A` (an IP address) and `--port N`, in any order.
fn parse_serve(options: &[String]) -> Option<SocketAddr> {
    let mut at = DEFAULT_SERVE;
    for pair in options.chunks(2) {
        match pair {
            [flag, value] if flag == "--address" => at.set_ip(value.parse().ok()?),
            [flag, value] if flag == "--port" => at.set_port(value.parse().ok()?),
            _ => return None,
        }
    }
    Some(at)
}

/// Parses the arguments, runs the command and turns the outcome into the process's exit code.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (name, steps) = match parse(&args) {
        Some(Command::Test) => ("test", tasks::TEST.to_vec()),
        Some(Command::Serve(at)) => ("serve", tasks::serve(at)),
        Some(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        None => {
            if !args.is_empty() {
                eprintln!("xtask: cannot read `{}`\n", args.join(" "));
            }
            eprintln!("{USAGE}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match step::run_all(name, &steps) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask {name} FAILED: {message}");
            ExitCode::FAILURE
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

    /// Each command word maps to its command; `serve` alone listens on the default address.
    #[test]
    fn known_commands_parse() {
        assert_eq!(parse(&args(&["test"])), Some(Command::Test));
        assert_eq!(parse(&args(&["serve"])), Some(Command::Serve(DEFAULT_SERVE)));
        assert_eq!(parse(&args(&["--help"])), Some(Command::Help));
    }

    /// `serve` takes an address and a port, in either order.
    #[test]
    fn serve_options_parse() {
        let at = |text: &str| Some(Command::Serve(text.parse().unwrap()));
        assert_eq!(parse(&args(&["serve", "--port", "9000"])), at("127.0.0.1:9000"));
        assert_eq!(parse(&args(&["serve", "--port", "9000", "--address", "0.0.0.0"])), at("0.0.0.0:9000"));
        assert_eq!(parse(&args(&["serve", "--address", "::1"])), at("[::1]:8080"));
    }

    /// Anything else means "print usage".
    #[test]
    fn missing_unknown_or_extra_arguments_are_usage_errors() {
        for bad in
            [&[][..], &["nope"], &["test", "extra"], &["serve", "--port"], &["serve", "--port", "http"]]
        {
            assert_eq!(parse(&args(bad)), None, "{bad:?}");
        }
        assert_eq!(parse(&args(&["serve", "--address", "localhost"])), None);
    }
}
