//! The steps of each command, in the order they run. To add a step, add a line here.

use crate::cmd::Cmd;
use crate::step::{Action, Step};
use crate::tool::Tool;

/// rustfmt, for `cargo fmt`; a rustup component of the active toolchain.
const RUSTFMT: Tool = Tool {
    name: "rustfmt",
    version_check: Cmd::new("cargo", &["fmt", "--version"]),
    expect: "rustfmt",
    install: &[Cmd::new("rustup", &["component", "add", "rustfmt"])],
};

/// clippy, for `cargo clippy`; a rustup component of the active toolchain.
const CLIPPY: Tool = Tool {
    name: "clippy",
    version_check: Cmd::new("cargo", &["clippy", "--version"]),
    expect: "clippy",
    install: &[Cmd::new("rustup", &["component", "add", "clippy"])],
};

/// A step that runs one command.
const fn run(name: &'static str, program: &'static str, args: &'static [&'static str]) -> Step {
    Step { name, action: Action::Run(Cmd::new(program, args)) }
}

/// `cargo xtask test`: what the README tells people to run and what CI runs.
pub const TEST: &[Step] = &[
    Step { name: "ensure rustfmt and clippy", action: Action::Ensure(&[RUSTFMT, CLIPPY]) },
    run("check formatting", "cargo", &["fmt", "--all", "--check"]),
    run(
        "lint (clippy, warnings are errors)",
        "cargo",
        &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"],
    ),
    // `--all-targets` builds the criterion benches in test mode and runs each once: benches can't rot.
    run(
        "test (lib, bins, tests, examples, benches once)",
        "cargo",
        &["test", "--workspace", "--all-targets"],
    ),
    run("doc tests", "cargo", &["test", "--workspace", "--doc"]),
];

/// Unit tests for the step lists.
#[cfg(test)]
mod tests {
    use super::*;

    /// A failure message names its step, so names must tell steps apart.
    #[test]
    fn step_names_are_unique() {
        for (i, a) in TEST.iter().enumerate() {
            assert!(TEST[i + 1..].iter().all(|b| b.name != a.name), "two steps are called \"{}\"", a.name);
        }
    }
}
