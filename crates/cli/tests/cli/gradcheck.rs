//! `asaku gradcheck`: backprop agrees with the central difference for every output and loss.

use crate::common::asaku;

#[test]
fn passes_for_every_output() {
    for args in [
        &["--output", "sigmoid"][..],
        &["--output", "softmax", "--data", "spiral3"][..],
        &["--output", "tanh", "--activation", "gelu"][..],
        &["--output", "identity", "--data", "bumps", "--reg", "l2", "--reg-rate", "0.1"][..],
    ] {
        let run = asaku(&[&["gradcheck"], args].concat());
        assert_eq!(run.code, Some(0), "{args:?}: {}{}", run.stdout, run.stderr);
        let checks: Vec<&str> = run.stdout.lines().filter(|l| l.contains("max relative error")).collect();
        let names: Vec<&str> = checks.iter().map(|l| l.split_whitespace().next().unwrap()).collect();
        assert_eq!(names, ["W1", "b1", "W2", "b2", "W3", "b3"], "{args:?}");
        assert!(checks.iter().all(|l| l.ends_with("ok")), "{args:?}: {}", run.stdout);
        assert!(run.stdout.contains("on 10 training examples (f64)"), "{}", run.stdout);
        assert!(run.stdout.ends_with("passed: every parameter within 1e-4\n"), "{}", run.stdout);
    }
}

#[test]
fn a_tolerance_nothing_meets_fails_with_exit_code_one() {
    let run = asaku(&["gradcheck", "--data", "gate-xor", "--examples", "50", "--tolerance", "1e-30"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.contains("on 4 training examples"), "all four gate points: {}", run.stdout);
    assert!(run.stderr.contains("gradient check failed: W1"), "{}", run.stderr);
    assert!(run.stderr.contains("over the tolerance 1e-30"), "{}", run.stderr);
}

#[test]
fn a_tolerance_must_be_positive() {
    let run = asaku(&["gradcheck", "--tolerance", "0"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("--tolerance is 0, but it must be a finite number above 0"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_large_network_is_checked_on_a_sample_and_says_so() {
    let run = asaku(&["gradcheck", "--layers", "1024,1024"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("a random sample of at most 31 elements of each parameter: all 1053697 would take 2107394 forward passes"),
        "{}",
        run.stdout
    );
    let checks: Vec<&str> = run.stdout.lines().filter(|l| l.contains("max relative error")).collect();
    assert_eq!(checks.len(), 6, "{}", run.stdout);
    assert!(
        checks[2].starts_with("W2") && checks[2].ends_with(" in 31 of 1048576 elements  ok"),
        "{}",
        checks[2]
    );
    assert!(
        checks[5].starts_with("b3") && !checks[5].contains(" of "),
        "one bias, checked whole: {}",
        checks[5]
    );
    assert!(run.stdout.ends_with("passed: every sampled element within 1e-4\n"), "{}", run.stdout);
}

#[test]
fn no_hidden_layer_is_written_none() {
    let run = asaku(&["gradcheck", "--layers", "none"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("checking 2-1 network"), "{}", run.stdout);
}
