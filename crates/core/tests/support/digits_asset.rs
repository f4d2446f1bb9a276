//! Builds the real digits asset for a test, as trunk's hook builds it into dist/: runs
//! `www/build/digits.mjs` (needs Node and `npm ci --prefix www`) into cargo's temporary folder.
//! Shared by the core's and the CLI's tests (the CLI's include this file by its path).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes `digits.bin.gz` into `<CARGO_TARGET_TMPDIR>/<folder>` from the repository at `root`
/// and returns its path; panics, saying what to run, when the script fails.
pub fn build_digits_asset(root: &Path, tmp: &Path, folder: &str) -> PathBuf {
    let out = tmp.join(folder);
    let status = Command::new("node")
        .arg("www/build/digits.mjs")
        .current_dir(root)
        .env("TRUNK_SOURCE_DIR", root)
        .env("TRUNK_STAGING_DIR", &out)
        .status()
        .expect("node runs (the digits asset is built with Node)");
    assert!(status.success(), "www/build/digits.mjs failed: is `npm ci --prefix www` done?");
    out.join("digits.bin.gz")
}
