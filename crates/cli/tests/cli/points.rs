//! Points files that are huge, or hold huge values: refused early, with a short sentence.

use crate::common::{asaku, points_file, Run};

/// Runs `asaku train --points-file` on a file holding `bytes`, expecting it to be refused.
fn refused(name: &str, bytes: &[u8]) -> Run {
    let path = points_file(name, "");
    std::fs::write(&path, bytes).expect("the temporary folder is writable");
    let run = asaku(&["train", "--points-file", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(2), "{name} should be refused; stderr: {}", run.stderr);
    assert!(run.stdout.is_empty(), "{name} printed {}", run.stdout);
    run
}

/// A 50 MB line (starting with a NUL) comes back as a short, escaped prefix with its length.
#[test]
fn a_huge_line_is_quoted_short_and_escaped() {
    let mut bytes = b"0,0,0\n1,1,\0".to_vec();
    bytes.resize(bytes.len() + 50 * 1024 * 1024, b'7');
    let run = refused("huge-line.csv", &bytes);
    assert!(run.stderr.len() < 300, "{} bytes on stderr", run.stderr.len());
    assert!(run.stderr.contains("line 2: the label is \"\\0777"), "the NUL is escaped: {}", run.stderr);
    assert!(run.stderr.contains("… (52428801 characters)\", which is not a number"), "{}", run.stderr);
}

/// The file is read no further than the first point past the limit: what follows (here bytes
/// that are not UTF-8) is never read.
#[test]
fn a_file_past_the_limit_is_read_no_further() {
    let mut bytes: Vec<u8> = (0..10_001).flat_map(|i| format!("{i},0,{}\n", i % 2).into_bytes()).collect();
    bytes.extend([0xff, 0xfe, b'\n']);
    let run = refused("too-many.csv", &bytes);
    assert!(
        run.stderr.contains("line 10001: there are already 10000 points, the most a data set may have"),
        "{}",
        run.stderr
    );
}

/// ±1e308 are finite, but past the 32-bit floats training uses: the line and the range are named.
#[test]
fn a_coordinate_too_large_names_its_line_and_the_range() {
    let run = refused("huge-values.csv", b"1e308,0,0\n-1e308,1,1\n");
    assert!(
        run.stderr.contains(
            "line 1: x1 is \"1e308\", but it must be a number from -3.4e38 to 3.4e38 (training uses 32-bit floats)"
        ),
        "{}",
        run.stderr
    );
}
