//! `asaku train --save FILE` and `--load FILE`: a run saved and continued goes on exactly as one
//! trained without stopping.

use crate::common::{asaku, points_file};
use serde_json::Value;

fn lines(stdout: &str) -> Vec<Value> {
    stdout.lines().map(|line| serde_json::from_str(line).expect("each line is JSON")).collect()
}

fn path_of(name: &str) -> String {
    points_file(name, "").to_str().expect("a UTF-8 path").to_string()
}

/// Trains `first + then` epochs in one go, and `first` then saved, loaded and `then` more; the
/// epochs after the break must be the same lines.
fn assert_continues(name: &str, options: &[&str], first: usize, then: usize) {
    let file = path_of(name);
    let (total, first_s, then_s) = ((first + then).to_string(), first.to_string(), then.to_string());
    let whole = asaku(&[&["train", "--epochs", &total], options].concat());
    assert_eq!(whole.code, Some(0), "{}", whole.stderr);
    let saved = asaku(&[&["train", "--epochs", &first_s, "--save", &file], options].concat());
    assert_eq!(saved.code, Some(0), "{}", saved.stderr);
    let continued = asaku(&["train", "--load", &file, "--epochs", &then_s]);
    assert_eq!(continued.code, Some(0), "{}", continued.stderr);
    let (whole, continued) = (lines(&whole.stdout), lines(&continued.stdout));
    assert_eq!(continued.len(), then + 2, "the loaded epoch, {then} more, the summary");
    assert_eq!(continued[0]["epoch"], first);
    assert_eq!(&continued[..=then], &whole[first..=first + then], "the same epochs after the break");
    assert_eq!(continued[then + 1], whole[first + then + 1], "the same summary");
}

#[test]
fn a_saved_adam_run_goes_on_exactly() {
    let options =
        ["--data", "spiral", "--layers", "6,6", "--optimizer", "adam", "--lr", "0.01", "--batch", "7"];
    assert_continues("adam.model.json", &options, 4, 5);
}

#[test]
fn a_run_on_a_points_file_keeps_its_points() {
    let csv: String = (0..40).map(|i| format!("{},{},{}\n", i % 7, i / 7, (i % 7 + i / 7) % 2)).collect();
    let points = points_file("model-points.csv", &csv);
    let options = ["--points-file", points.to_str().unwrap(), "--optimizer", "momentum", "--lr", "0.05"];
    assert_continues("points.model.json", &options, 3, 4);
}

#[test]
fn a_bad_model_file_is_refused_with_a_sentence() {
    let file = points_file("bad.model.json", "{\"format\": \"asaku-model\", \"version\": 7}");
    let run = asaku(&["train", "--load", file.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.ends_with(
            "cannot open the model file: it is version 7, newer than this Asaku reads (versions 1 to 2)\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "nothing was trained");
}

/// A run that diverged (its last batch loss infinite) is saved as it is, opens, and is saved again
/// the same; going on from it stays diverged.
#[test]
fn a_diverged_run_is_saved_and_loaded_as_it_is() {
    let (first, again) = (path_of("diverged.model.json"), path_of("diverged-again.model.json"));
    let options = ["--data", "plane", "--output", "identity", "--layers", "8,8", "--activation", "relu"];
    let run = asaku(&[&["train", "--lr", "10", "--epochs", "20", "--save", &first][..], &options].concat());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("training diverged"), "{}", run.stderr);
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(text.contains("\"last_batch_loss\":\"inf\""), "{text}");
    let loaded = asaku(&["train", "--load", &first, "--epochs", "0", "--save", &again]);
    assert_eq!(loaded.code, Some(0), "{}", loaded.stderr);
    assert_eq!(std::fs::read_to_string(&again).unwrap(), text, "saved again the same");
    assert_eq!(lines(&loaded.stdout).last().unwrap()["status"], "diverged");
}

/// A model file holds its settings and data: an option that would change them is refused with
/// `--load`, not silently ignored; `--epochs` (how far to go on) is not one of them.
#[test]
fn options_a_model_file_holds_are_refused_with_load() {
    let file = path_of("refused-options.model.json");
    assert_eq!(asaku(&["train", "--epochs", "1", "--save", &file]).code, Some(0));
    for option in [&["--lr", "0.1"][..], &["--seed", "3"], &["--data", "xor"], &["--layers", "3"]] {
        let run = asaku(&[&["train", "--load", &file][..], option].concat());
        assert_eq!(run.code, Some(2), "{option:?}: {}", run.stderr);
        assert!(run.stderr.contains("cannot be used with"), "{option:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "nothing was trained");
    }
    assert_eq!(asaku(&["train", "--load", &file, "--epochs", "2"]).code, Some(0));
}

/// The model file the page's test opens (www/tests/files.test.js) is what this build's
/// `asaku train` writes; `ASAKU_WRITE_FIXTURES=1` writes it anew after a change of format.
#[test]
fn the_page_tests_cli_model_is_current() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www/tests/fixtures/cli-model.json");
    let file = path_of("fixture.model.json");
    let options =
        ["train", "--data", "xor", "--optimizer", "adam", "--lr", "0.01", "--epochs", "3", "--save", &file];
    let run = asaku(&options);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let written = std::fs::read_to_string(&file).expect("the model file was written");
    if std::env::var_os("ASAKU_WRITE_FIXTURES").is_some() {
        std::fs::write(&fixture, &written).expect("the fixture is writable");
    }
    let kept = std::fs::read_to_string(&fixture).expect("the fixture exists");
    assert!(
        kept == written,
        "{} is not what asaku train writes now: run with ASAKU_WRITE_FIXTURES=1",
        fixture.display()
    );
}
