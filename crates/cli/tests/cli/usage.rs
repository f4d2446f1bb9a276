//! Command lines that ask for nothing, or for nothing useful: a sentence and a non-zero exit.

use crate::common::asaku;

/// A bare `asaku` says that a command is needed and lists them, on stderr, with exit code 2.
#[test]
fn a_bare_asaku_asks_for_a_command() {
    let run = asaku(&[]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.starts_with("error: asaku needs a command, one of:\n"), "{}", run.stderr);
    for command in ["train", "gradcheck", "gates", "bench"] {
        assert!(run.stderr.contains(&format!("\n  {command} ")), "{command}: {}", run.stderr);
    }
}

/// No pass of the learning rule would learn nothing: refused, not "still learning after 0 epochs".
#[test]
fn learning_a_gate_in_zero_epochs_is_refused() {
    let run = asaku(&["gates", "--learn", "and", "--max-epochs", "0"]);
    assert_eq!(run.code, Some(2), "{}", run.stdout);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("--max-epochs is 0, but the rule needs at least 1 pass"), "{}", run.stderr);
}

/// A 100 KB argument clap cannot use is repeated short, with its length.
#[test]
fn a_huge_argument_is_quoted_short() {
    let huge = "1".repeat(100_000);
    for args in [["train", "--points", &huge], ["train", &format!("--{huge}"), "1"]] {
        let run = asaku(&args);
        assert_eq!(run.code, Some(2), "{}", &run.stderr[..200]);
        assert!(run.stderr.len() < 400, "{} bytes on stderr", run.stderr.len());
        assert!(run.stderr.contains("… (100"), "{}", run.stderr);
    }
}
