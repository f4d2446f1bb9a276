//! `asaku train`: JSON lines per epoch, a summary, and the same run for the same seed.

use crate::common::{asaku, points_file};
use serde_json::Value;

/// Every stdout line as JSON.
fn json_lines(stdout: &str) -> Vec<Value> {
    stdout.lines().map(|line| serde_json::from_str(line).expect("each line is JSON")).collect()
}

fn train_loss(stats: &Value) -> f64 {
    stats["train_loss"].as_f64().expect("train_loss is a number")
}

#[test]
fn the_loss_falls_on_the_circle() {
    let run = asaku(&["train", "--data", "circle", "--layers", "8,8", "--lr", "0.1", "--epochs", "30"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines = json_lines(&run.stdout);
    assert_eq!(lines.len(), 32, "epochs 0 to 30, then the summary");
    let (epochs, summary) = lines.split_at(31);
    for (i, stats) in epochs.iter().enumerate() {
        assert_eq!(stats["epoch"], i, "{stats}");
        assert!(stats["test_loss"].is_number() && stats["train_accuracy"].is_number(), "{stats}");
    }
    let (first, last) = (train_loss(&epochs[0]), train_loss(&epochs[30]));
    assert!(last < first / 2.0, "the loss went from {first} to {last}");
    assert!(epochs[30]["train_accuracy"].as_f64().unwrap() > 0.9, "{}", epochs[30]);
    let summary = &summary[0];
    assert_eq!(summary["status"], "completed");
    assert_eq!(summary["loss"], "cross-entropy");
    assert_eq!(summary["epochs"], 30);
    assert_eq!(summary["final"], epochs[30]);
    let lowest = (0..=30).min_by(|&a, &b| train_loss(&epochs[a]).total_cmp(&train_loss(&epochs[b]))).unwrap();
    assert_eq!(summary["best"]["train_loss"]["epoch"], lowest, "{summary}");
    assert_eq!(summary["best"]["train_loss"]["value"], epochs[lowest]["train_loss"], "{summary}");
    let accuracy = |stats: &Value| stats["test_accuracy"].as_f64().unwrap();
    let best_accuracy = epochs.iter().map(accuracy).fold(0.0, f64::max);
    assert_eq!(summary["best"]["test_accuracy"]["value"], best_accuracy, "{summary}");
    assert!(summary["network"].as_str().unwrap().starts_with("2-8-8-1 network, tanh hidden, sigmoid output"));
}

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    let args = |seed| ["train", "--data", "spiral", "--noise", "0.2", "--epochs", "3", "--seed", seed];
    let first = asaku(&args("7"));
    assert_eq!(first.stdout, asaku(&args("7")).stdout);
    assert_ne!(first.stdout, asaku(&args("8")).stdout);
}

#[test]
fn a_diverged_run_is_a_result_with_advice() {
    let run = asaku(&[
        "train",
        "--data",
        "plane",
        "--output",
        "identity",
        "--activation",
        "relu",
        "--lr",
        "5",
        "--epochs",
        "50",
    ]);
    assert_eq!(run.code, Some(0));
    let summary = json_lines(&run.stdout).pop().unwrap();
    assert_eq!(summary["status"], "diverged", "{summary}");
    assert_eq!(summary["diverged"], "loss");
    assert_eq!(summary["loss"], "sum-squared-error");
    assert!(run.stderr.contains("training diverged during epoch"), "{}", run.stderr);
    assert!(run.stderr.contains("Try a lower learning rate than 5 (e.g. --lr 0.5)"), "{}", run.stderr);
}

#[test]
fn trains_on_a_points_file_of_three_classes() {
    let text: String = (0..30).map(|i| format!("{},{},{}\n", i % 3 * 4, i / 3, i % 3)).collect();
    let path = points_file("three-columns.csv", &format!("x1,x2,label\n# three columns\n{text}"));
    let run = asaku(&[
        "train",
        "--points-file",
        path.to_str().unwrap(),
        "--task",
        "classification:3",
        "--output",
        "softmax",
        "--optimizer",
        "adam",
        "--lr",
        "0.05",
        "--train-ratio",
        "0.8",
        "--epochs",
        "40",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let summary = json_lines(&run.stdout).pop().unwrap();
    assert!(summary["network"].as_str().unwrap().starts_with("2-4-2-3 network"), "{summary}");
    assert_eq!(summary["final"]["train_accuracy"], 1.0, "{summary}");
}
