//! `asaku gates`: chapter 2's truth tables and the perceptron learning rule.

use crate::common::asaku;

#[test]
fn prints_the_four_tables() {
    let run = asaku(&["gates"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let expected = [
        ("AND: one perceptron, w = (0.5, 0.5), b = -0.7", [0, 0, 0, 1]),
        ("OR: one perceptron, w = (0.5, 0.5), b = -0.2", [0, 1, 1, 1]),
        ("NAND: one perceptron, w = (-0.5, -0.5), b = 0.7", [1, 1, 1, 0]),
    ];
    for (title, outputs) in expected {
        let table: Vec<&str> = run.stdout.lines().skip_while(|l| *l != title).skip(2).take(4).collect();
        let ys: Vec<u8> =
            table.iter().map(|row| row.trim_end().chars().last().unwrap() as u8 - b'0').collect();
        assert_eq!(ys, outputs, "{title}: {table:?}");
    }
    let xor: Vec<&str> =
        run.stdout.lines().skip_while(|l| !l.starts_with("XOR: two layers")).skip(1).take(5).collect();
    assert_eq!(
        xor,
        [
            "  x1 x2 | s1 s2 | y",
            "   0  0 |  1  0 | 0",
            "   1  0 |  1  1 | 1",
            "   0  1 |  1  1 | 1",
            "   1  1 |  0  1 | 0"
        ]
    );
}

#[test]
fn learns_and_but_cycles_on_xor() {
    let run = asaku(&["gates", "--learn", "and", "--lr", "0.1"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run
        .stdout
        .starts_with("learning AND with the perceptron rule, lr 0.1, from w = (0, 0), b = 0\n"));
    assert!(run.stdout.lines().any(|l| l == "epoch 1: w = (0.1, 0.1), b = 0.1"), "{}", run.stdout);
    let outcome = run.stdout.lines().last().unwrap();
    assert!(outcome.starts_with("converged: epoch ") && outcome.ends_with("one perceptron computes AND"));
    let run = asaku(&["gates", "--learn", "xor"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.lines().last().unwrap().contains("XOR cannot be learned by one perceptron"));
}

#[test]
fn learning_options_are_checked() {
    let run = asaku(&["gates", "--learn", "nor"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("unknown gate \"nor\": use one of and, or, nand, xor"), "{}", run.stderr);
    let run = asaku(&["gates", "--learn", "or", "--lr", "-1"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("learning rate is -1, but it must be a finite number greater than 0"));
}
