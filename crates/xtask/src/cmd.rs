//! External commands: how to write one down, run it from the repository root, and report failure.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A command line known at compile time, e.g. `cargo fmt --all --check`.
#[derive(Debug, Clone, Copy)]
pub struct Cmd {
    /// The program; `cargo` means the cargo running this xtask (see [`Cmd::command`]).
    pub program: &'static str,
    /// The arguments, passed as they are (no shell).
    pub args: &'static [&'static str],
}

impl Cmd {
    /// A command line: `Cmd::new("cargo", &["fmt", "--all", "--check"])`.
    pub const fn new(program: &'static str, args: &'static [&'static str]) -> Self {
        Cmd { program, args }
    }

    /// A `std` command in the repository root with no standard input, so nothing can prompt.
    ///
    /// `cargo` resolves to `$CARGO` (set by `cargo run`), so nested builds use the same toolchain.
    fn command(&self) -> Command {
        let program = match (self.program, std::env::var_os("CARGO")) {
            ("cargo", Some(cargo)) => cargo,
            _ => self.program.into(),
        };
        let mut command = Command::new(program);
        command.args(self.args).current_dir(repo_root()).stdin(Stdio::null());
        command
    }

    /// Runs the command with its output shown; `Err` names the command line and why it failed.
    pub fn run(&self) -> Result<(), String> {
        println!("$ {self}");
        let status = self.command().status().map_err(|e| format!("could not start `{self}`: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{self}` failed ({status})"))
        }
    }

    /// Runs the command quietly and returns its standard output if it exits successfully.
    pub fn stdout(&self) -> Option<String> {
        let output = self.command().stderr(Stdio::null()).output().ok()?;
        output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

impl fmt::Display for Cmd {
    /// The command line as one would type it in a shell, quoting arguments that need it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&quote(self.program))?;
        for arg in self.args {
            write!(f, " {}", quote(arg))?;
        }
        Ok(())
    }
}

/// `word` as a POSIX shell would need it: unchanged when plain, otherwise in single quotes.
fn quote(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The repository root: two levels above this crate's manifest (`crates/xtask`).
pub fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.ancestors().nth(2).expect("crates/xtask sits two levels below the repository root").to_path_buf()
}

/// Unit tests for command lines.
#[cfg(test)]
mod tests {
    use super::*;

    /// Plain arguments print as typed.
    #[test]
    fn display_is_the_command_line() {
        let cmd = Cmd::new("cargo", &["clippy", "--", "-D", "warnings"]);
        assert_eq!(cmd.to_string(), "cargo clippy -- -D warnings");
    }

    /// Spaces, quotes and empty arguments are single-quoted so the line can be pasted into a shell.
    #[test]
    fn display_quotes_what_a_shell_would_split() {
        let cmd = Cmd::new("echo", &["two words", "it's", ""]);
        assert_eq!(cmd.to_string(), r"echo 'two words' 'it'\''s' ''");
    }

    /// Commands run where the workspace `Cargo.toml` is.
    #[test]
    fn repo_root_holds_the_workspace_manifest() {
        assert!(repo_root().join("Cargo.toml").is_file());
        assert!(repo_root().join("crates/xtask").is_dir());
    }
}
