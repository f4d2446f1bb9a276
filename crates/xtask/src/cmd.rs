//! External commands: how to write one down, run it from the repository root, and report failure.

use std::ffi::OsString;
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
    /// Changes to the environment the command runs in, applied in order.
    pub envs: &'static [Env],
}

/// One change to a command's environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Env {
    /// Set the variable to the value: `Env::Set("CHROMEDRIVER", "/usr/bin/chromedriver")`.
    Set(&'static str, &'static str),
    /// Put this folder, relative to the repository root, first on `PATH`.
    PrependPath(&'static str),
}

impl Cmd {
    /// A command line: `Cmd::new("cargo", &["fmt", "--all", "--check"])`.
    pub const fn new(program: &'static str, args: &'static [&'static str]) -> Self {
        Cmd { program, args, envs: &[] }
    }

    /// The same command line run with these environment changes.
    pub const fn with_envs(self, envs: &'static [Env]) -> Self {
        Cmd { envs, ..self }
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
        for env in self.envs {
            match *env {
                Env::Set(name, value) => command.env(name, value),
                Env::PrependPath(dir) => command.env("PATH", prepend_path(&repo_root().join(dir))),
            };
        }
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
    /// The command line as one would type it in a shell from the repository root, quoting arguments
    /// that need it, e.g. `PATH=www/node_modules/.bin:$PATH trunk build`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for env in self.envs {
            match env {
                Env::Set(name, value) => write!(f, "{name}={} ", quote(value))?,
                Env::PrependPath(dir) => write!(f, "PATH={}:\"$PATH\" ", quote(dir))?,
            }
        }
        f.write_str(&quote(self.program))?;
        for arg in self.args {
            write!(f, " {}", quote(arg))?;
        }
        Ok(())
    }
}

/// `PATH` with `dir` in front, so programs in `dir` win over ones of the same name elsewhere.
fn prepend_path(dir: &Path) -> OsString {
    let rest = std::env::var_os("PATH").unwrap_or_default();
    let dirs = std::iter::once(dir.to_path_buf()).chain(std::env::split_paths(&rest));
    std::env::join_paths(dirs).expect("no folder on PATH contains ':'")
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

    /// Environment changes print before the program, as a shell would take them.
    #[test]
    fn display_shows_the_environment_first() {
        let cmd = Cmd::new("trunk", &["build"]).with_envs(&[Env::Set("A", "x y"), Env::PrependPath("bin")]);
        assert_eq!(cmd.to_string(), r#"A='x y' PATH=bin:"$PATH" trunk build"#);
    }

    /// The command sees the variables set, and the prepended folder first on its `PATH`.
    #[test]
    fn the_environment_reaches_the_command() {
        let envs = &[Env::Set("XTASK_DEMO", "it works"), Env::PrependPath("www/node_modules/.bin")];
        let cmd = Cmd::new("sh", &["-c", "echo \"$XTASK_DEMO\"; echo \"$PATH\""]).with_envs(envs);
        let out = cmd.stdout().expect("sh runs");
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some("it works"));
        let first_dir = lines.next().and_then(|path| path.split(':').next()).map(PathBuf::from);
        assert_eq!(first_dir, Some(repo_root().join("www/node_modules/.bin")));
    }

    /// Commands run where the workspace `Cargo.toml` is.
    #[test]
    fn repo_root_holds_the_workspace_manifest() {
        assert!(repo_root().join("Cargo.toml").is_file());
        assert!(repo_root().join("crates/xtask").is_dir());
    }
}
