//! The repository stands on its own: a clone from the internet has only what is tracked, so no
//! tracked file may send a maintainer to a folder beside the repository.

use std::path::Path;
use std::process::Command;

/// The repository's root, two levels above this crate.
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().and_then(Path::parent).expect("crates/xtask is two deep")
}

/// Every tracked file's path, relative to the root.
fn tracked_files() -> Vec<String> {
    let out = Command::new("git").arg("ls-files").current_dir(root()).output().expect("git runs");
    assert!(out.status.success(), "git ls-files failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("paths are UTF-8").lines().map(str::to_owned).collect()
}

/// No tracked text file names the workplace's shared notes (written in two pieces here so that this
/// file does not name them either).
#[test]
fn no_tracked_file_points_at_a_folder_outside_the_repository() {
    let outside =
        [["..", "/shared"].concat(), ["shared/", "toolchain.md"].concat(), ["shared/", "design.md"].concat()];
    let files = tracked_files();
    assert!(files.iter().any(|f| f == "README.md"), "the listing has the README: {files:?}");
    let offenders: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(root().join(f)).ok().map(|text| (f, text)))
        .filter(|(_, text)| outside.iter().any(|o| text.contains(o.as_str())))
        .map(|(f, _)| f.clone())
        .collect();
    assert!(offenders.is_empty(), "these files point outside the repository: {offenders:?}");
}
