//! Running the real `asaku` binary and reading what it printed.

use std::path::PathBuf;
use std::process::{Command, Output};

/// What one run of `asaku` printed, and how it ended.
pub struct Run {
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// The exit code (`None` if killed by a signal).
    pub code: Option<i32>,
}

/// Runs `asaku` with `args` and waits for it.
pub fn asaku(args: &[&str]) -> Run {
    let Output { stdout, stderr, status } =
        Command::new(env!("CARGO_BIN_EXE_asaku")).args(args).output().expect("the asaku binary runs");
    Run {
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
        code: status.code(),
    }
}

/// Writes `text` to a fresh file in the target's temporary folder and returns its path.
pub fn points_file(name: &str, text: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the temporary folder is writable");
    path
}
