//! Bad input: a non-zero exit, nothing on stdout, and a sentence on stderr saying what is wrong
//! and what is allowed.

use crate::common::{asaku, points_file, Run};

/// Runs `asaku train` with `args`, expecting it to refuse them.
fn refused(args: &[&str]) -> Run {
    let run = asaku(&[&["train"], args].concat());
    assert_eq!(run.code, Some(2), "{args:?} should be refused; stderr: {}", run.stderr);
    assert!(run.stdout.is_empty(), "{args:?} printed {}", run.stdout);
    run
}

#[test]
fn an_unknown_activation_lists_the_allowed_ones() {
    let run = refused(&["--activation", "relux"]);
    assert!(
        run.stderr.contains(
            "invalid value for --activation: unknown activation \"relux\": use one of step, identity, \
             sigmoid, tanh, relu, leaky-relu, elu, softplus, gelu, swish"
        ),
        "{}",
        run.stderr
    );
    assert!(refused(&["--data", "donut"]).stderr.contains("use one of circle, xor, gauss"));
}

#[test]
fn numbers_out_of_range_say_what_is_allowed() {
    let cases = [
        (&["--lr", "0"][..], "the learning rate is 0, but it must be a number above 0 and at most 100"),
        (&["--lr", "-1"][..], "the learning rate is -1, but it must be a number above 0"),
        (&["--noise", "0.9"][..], "the noise is 0.9, but it must be between 0 and 0.5"),
        (&["--batch", "0"][..], "the batch size is 0, but it must be a whole number from 1 to 10000"),
        (&["--layers", "8,0"][..], "hidden layer 2 has width 0; each layer needs 1 to 1024 neurons"),
        (&["--points", "2"][..], "the number of points is 2, but it must be between 4 and 10000"),
        (&["--reg", "l2"][..], "--reg l2 needs a --reg-rate above 0"),
        (
            &["--seed", "4294967296"][..],
            "the seed is 4294967296, but it must be a whole number from 0 to 4294967295",
        ),
        (&["--seed", "1.5"][..], "\"1.5\" is not a seed; use a whole number from 0 to 4294967295"),
    ];
    for (args, message) in cases {
        let run = refused(args);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn an_empty_feature_list_or_a_bad_width_is_refused() {
    let run = refused(&["--features", ""]);
    assert!(
        run.stderr.contains("a feature list must keep at least one input; choose from x1, x2"),
        "{}",
        run.stderr
    );
    let run = refused(&["--layers", "8,x"]);
    assert!(run.stderr.contains("\"x\" is not a width; write widths like 8,8"), "{}", run.stderr);
}

#[test]
fn bad_points_files_name_the_problem() {
    let one = points_file("one-point.csv", "x1,x2,label\n1,2,0\n");
    let run = refused(&["--points-file", one.to_str().unwrap()]);
    assert!(
        run.stderr.contains("the number of points is 1, but it must be between 2 and 10000"),
        "{}",
        run.stderr
    );
    let nan = points_file("nan-point.csv", "0,0,0\nNaN,1,1\n");
    let run = refused(&["--points-file", nan.to_str().unwrap()]);
    assert!(run.stderr.contains("line 2: x1 is \"NaN\", but it must be a finite number"), "{}", run.stderr);
    let run = refused(&["--points-file", "/nonexistent/points.csv"]);
    assert!(run.stderr.contains("cannot read the points file /nonexistent/points.csv"), "{}", run.stderr);
}

#[test]
fn options_that_do_not_fit_together_are_refused() {
    let file = points_file("two-points.csv", "0,0,0\n1,1,1\n");
    let file = file.to_str().unwrap();
    assert!(refused(&["--points-file", file, "--data", "xor"]).stderr.contains("cannot be used with"));
    assert!(refused(&["--task", "regression"]).stderr.contains("--points-file"));
    let run = refused(&["--points-file", file, "--task", "regression"]);
    assert!(run.stderr.contains("regression needs a single identity (value) output"), "{}", run.stderr);
}

#[test]
fn an_empty_layer_list_is_refused_by_every_command_that_takes_one() {
    let help = asaku(&["--help"]).stdout;
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .map_while(|l| l.strip_prefix("  ")?.split_whitespace().next())
        .filter(|&c| c != "help" && asaku(&[c, "--help"]).stdout.contains("--layers"))
        .collect();
    assert_eq!(commands, ["train", "gradcheck"], "{help}");
    for command in commands {
        for empty in ["", " "] {
            let run = asaku(&[command, "--layers", empty]);
            assert_eq!((run.code, run.stdout.as_str()), (Some(2), ""), "{command} --layers {empty:?}");
            assert!(
                run.stderr.contains("the list is empty; write widths like 8,8, or none for no hidden layer"),
                "{command}: {}",
                run.stderr
            );
        }
    }
}
