//! Tools the commands need: check whether each is present at the right version, install it if not.

use crate::cmd::Cmd;

/// A tool, how to recognise the right version of it, and how to install it without prompts.
#[derive(Debug, Clone, Copy)]
pub struct Tool {
    /// The name shown in the log, e.g. `rustfmt`.
    pub name: &'static str,
    /// A command that prints the tool's version, e.g. `cargo fmt --version`.
    pub version_check: Cmd,
    /// Text the check's standard output must contain, e.g. `trunk 0.21.14` to pin a version.
    pub expect: &'static str,
    /// Commands that install the tool, run in order; they must be safe to run again.
    pub install: &'static [Cmd],
}

/// Makes sure `tool` is present: skips it when the version check passes, installs it otherwise,
/// then checks again so a broken install fails here and not three steps later.
pub fn ensure_tool(tool: &Tool) -> Result<(), String> {
    if let Some(version) = present(tool) {
        println!("{}: present ({version})", tool.name);
        return Ok(());
    }
    println!("{}: missing or not `{}`, installing", tool.name, tool.expect);
    for cmd in tool.install {
        cmd.run().map_err(|e| format!("installing {}: {e}", tool.name))?;
    }
    match present(tool) {
        Some(version) => {
            println!("{}: installed ({version})", tool.name);
            Ok(())
        }
        None => Err(format!(
            "{} was installed, but `{}` still does not print `{}`",
            tool.name, tool.version_check, tool.expect
        )),
    }
}

/// The first line of the version check's output, if the check runs and shows `tool.expect`.
fn present(tool: &Tool) -> Option<String> {
    let stdout = tool.version_check.stdout()?;
    stdout.contains(tool.expect).then(|| first_line(&stdout).to_string())
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
        Tool { name: "cargo", version_check: Cmd::new("cargo", &["--version"]), expect, install: &[] }
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
        assert!(error.contains("`cargo --version` still does not print `cargo 0.0.1`"));
    }

    /// Only the first line of a version check is logged.
    #[test]
    fn the_log_shows_the_first_line() {
        assert_eq!(first_line("rustfmt 1.9.0-stable\nmore\n"), "rustfmt 1.9.0-stable");
        assert_eq!(first_line(""), "");
    }
}
