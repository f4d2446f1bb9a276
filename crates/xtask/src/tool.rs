//! Tools the commands need: check whether each is present at the right version, install it if not.

use std::fmt;

use crate::cmd::{repo_root, Cmd};

/// A tool, how to recognise the right version of it, and how to install it without prompts.
#[derive(Debug, Clone, Copy)]
pub struct Tool {
    /// The name shown in the log, e.g. `rustfmt`.
    pub name: &'static str,
    /// How to tell that the right version is present.
    pub check: Check,
    /// Commands that install the tool, run in order; they must be safe to run again.
    pub install: &'static [Cmd],
}

/// A test that a tool is present at the right version.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// The command succeeds and its standard output contains the text, e.g. `trunk --version`
    /// printing `trunk 0.21.14` pins that version.
    Prints(Cmd, &'static str),
    /// Both files (paths from the repository root) exist with the same bytes: e.g. a lockfile and
    /// the copy of it that the last install left as a stamp.
    SameFiles(&'static str, &'static str),
}

impl Check {
    /// What the log shows when the check passes (the first line of the version, say); `None` if it fails.
    fn passes(&self) -> Option<String> {
        match self {
            Check::Prints(cmd, expect) => {
                let stdout = cmd.stdout()?;
                stdout.contains(expect).then(|| first_line(&stdout).to_string())
            }
            Check::SameFiles(a, b) => {
                let read = |path: &str| std::fs::read(repo_root().join(path)).ok();
                (read(a)? == read(b)?).then(|| format!("{b} matches {a}"))
            }
        }
    }
}

impl fmt::Display for Check {
    /// What the check expects, for the log: "`trunk --version` prints `trunk 0.21.14`".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Check::Prints(cmd, expect) => write!(f, "`{cmd}` prints `{expect}`"),
            Check::SameFiles(a, b) => write!(f, "`{b}` matches `{a}`"),
        }
    }
}

/// Makes sure `tool` is present: skips it when its check passes, installs it otherwise,
/// then checks again so a broken install fails here and not three steps later.
pub fn ensure_tool(tool: &Tool) -> Result<(), String> {
    if let Some(version) = tool.check.passes() {
        println!("{}: present ({version})", tool.name);
        return Ok(());
    }
    println!("{}: installing, because it is not true that {}", tool.name, tool.check);
    for cmd in tool.install {
        cmd.run().map_err(|e| format!("installing {}: {e}", tool.name))?;
    }
    match tool.check.passes() {
        Some(version) => {
            println!("{}: installed ({version})", tool.name);
            Ok(())
        }
        None => Err(format!("{} was installed, but it is still not true that {}", tool.name, tool.check)),
    }
}

/// The first line of `text`, trimmed; what the log shows as "the version".
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("").trim()
}

/// Unit tests for tool checks.
#[cfg(test)]
mod tests {
    use super::*;

    /// A tool whose check is `cargo --version` and which has no way to install itself.
    fn cargo_showing(expect: &'static str) -> Tool {
        Tool { name: "cargo", check: Check::Prints(Cmd::new("cargo", &["--version"]), expect), install: &[] }
    }

    /// cargo is running these tests, so it is present; with no install commands, `Ok` proves none ran.
    #[test]
    fn a_present_tool_is_not_installed() {
        assert_eq!(ensure_tool(&cargo_showing("cargo ")), Ok(()));
    }

    /// The re-check after installing catches an install that did not bring the expected version.
    #[test]
    fn a_wrong_version_that_install_does_not_fix_is_an_error() {
        let error = ensure_tool(&cargo_showing("cargo 0.0.1")).unwrap_err();
        assert!(error.contains("still not true that `cargo --version` prints `cargo 0.0.1`"), "{error}");
    }

    /// A file matches itself, differs from another file, and a missing file never matches.
    #[test]
    fn same_files_compares_bytes() {
        assert!(Check::SameFiles("Cargo.toml", "Cargo.toml").passes().is_some());
        assert!(Check::SameFiles("Cargo.toml", "Cargo.lock").passes().is_none());
        assert!(Check::SameFiles("Cargo.toml", "no/such/file").passes().is_none());
    }

    /// Only the first line of a version check is logged.
    #[test]
    fn the_log_shows_the_first_line() {
        assert_eq!(first_line("rustfmt 1.9.0-stable\nmore\n"), "rustfmt 1.9.0-stable");
        assert_eq!(first_line(""), "");
    }
}
