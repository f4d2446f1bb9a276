use super::*;
use crate::data::{DataKind, DataSpec};
use crate::optimizer::OptimizerKind;
use crate::train::{EpochStats, Sampling, RECENT};

fn settings(optimizer: OptimizerKind, sampling: Sampling) -> Settings {
    let data = DataSpec { kind: DataKind::Xor, points: 120, noise: 0.1, ..DataSpec::default() };
    Settings { data, optimizer, sampling, learning_rate: 0.01, batch_size: 7, seed: 5, ..Settings::default() }
}

/// The next `k` epochs' stats and the weights after them.
fn next_epochs(trainer: &mut Trainer<f32>, k: usize) -> (Vec<EpochStats>, Vec<Vec<f32>>) {
    trainer.epochs(k);
    let stats = trainer.history().recent().iter().rev().take(k).copied().collect();
    let weights =
        trainer.network().affines().map(|a| a.w.iter().chain(a.b.iter()).copied().collect()).collect();
    (stats, weights)
}

/// Saves `trainer`, opens the file, and checks both go on exactly alike.
fn assert_round_trip(settings: &Settings, points: Option<&OwnPoints>, mut trainer: Trainer<f32>) {
    let text = write(settings, points, &trainer);
    let mut opened = read(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(&opened.settings, settings);
    assert_eq!(opened.points.as_ref(), points);
    assert_eq!(opened.trainer.run_state(), trainer.run_state());
    assert_eq!(write(settings, points, &opened.trainer), text, "writing the opened run gives the same file");
    assert_eq!(next_epochs(&mut opened.trainer, 10), next_epochs(&mut trainer, 10));
}

#[test]
fn every_optimizer_goes_on_exactly_as_saved_mid_epoch() {
    for kind in [OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::Adam, OptimizerKind::Rmsprop] {
        for sampling in [Sampling::Shuffle, Sampling::Replacement] {
            let settings = settings(kind, sampling);
            let mut trainer: Trainer<f32> = settings.build().unwrap();
            trainer.epochs(3);
            trainer.step();
            trainer.step();
            assert_eq!(trainer.step_in_epoch(), 2);
            assert_round_trip(&settings, None, trainer);
        }
    }
}

#[test]
fn a_long_history_comes_back_whole() {
    let settings = Settings { batch_size: 60, ..settings(OptimizerKind::Adam, Sampling::Shuffle) };
    let mut trainer: Trainer<f32> = settings.build().unwrap();
    trainer.epochs(3 * RECENT + 5);
    let text = write(&settings, None, &trainer);
    let opened = read(&text).unwrap();
    assert_eq!(opened.trainer.history(), trainer.history());
    assert_eq!(opened.trainer.history().decimated(), trainer.history().decimated());
    assert_round_trip(&settings, None, trainer);
}

#[test]
fn own_points_and_an_edited_weight_come_back() {
    let settings = settings(OptimizerKind::Momentum, Sampling::Shuffle);
    let points = OwnPoints::from_split(&settings.data.generate().unwrap());
    let mut trainer: Trainer<f32> = settings.build_on(&points.split().unwrap()).unwrap();
    trainer.epochs(2);
    trainer.set_parameter(0, Some(1), 1, 2.5).unwrap();
    assert_round_trip(&settings, Some(&points), trainer);
}

/// A saved run after a few epochs, as JSON to edit.
fn saved() -> serde_json::Value {
    let settings = settings(OptimizerKind::Adam, Sampling::Shuffle);
    let mut trainer: Trainer<f32> = settings.build().unwrap();
    trainer.epochs(2);
    trainer.step();
    serde_json::from_str(&write(&settings, None, &trainer)).unwrap()
}

/// The sentence reading `file` after `edit` gives.
fn refusal(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut file = saved();
    edit(&mut file);
    read(&file.to_string()).expect_err("the edited file is refused").to_string()
}

#[test]
fn every_kind_of_bad_file_is_refused_with_a_sentence() {
    use serde_json::json;
    type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;
    let cases: [(&str, Edit); 13] = [
        (
            "cannot open the model file: it is not a model file's JSON (invalid type: string \"x\"",
            Box::new(|f| *f = json!("x")),
        ),
        (
            "its format is \"asaku-lesson\", but a model file's is \"asaku-model\"",
            Box::new(|f| f["format"] = json!("asaku-lesson")),
        ),
        (
            "it is version 2, newer than this Asaku, which reads version 1",
            Box::new(|f| f["version"] = json!(2)),
        ),
        (
            "it is version 0, older than this Asaku, which reads version 1",
            Box::new(|f| f["version"] = json!(0)),
        ),
        (
            "the learning rate is 0, but it must be a number above 0",
            Box::new(|f| f["settings"]["learning_rate"] = json!(0.0)),
        ),
        (
            "it is not a model file's JSON (number out of range at line 1",
            Box::new(|f| f["network"]["layers"][0]["w"][0][0] = json!(1e39)),
        ),
        (
            "the weights is 4 numbers long in row 2, but it must be 3 long like row 1",
            Box::new(|f| f["network"]["layers"][0]["w"][0] = json!([0.5, 0.5, 0.5])),
        ),
        ("the weights is [1×1, 1×4", Box::new(|f| f["network"]["layers"][0]["w"] = json!([[0.5]]))),
        (
            "the sampler's order is not one, but it must be an order of the 60 training points",
            Box::new(|f| f["training"]["order"][0] = json!(1)),
        ),
        (
            "the random generator's state is \"2\", but it must be 32 hexadecimal digits of an odd number",
            Box::new(|f| f["training"]["generator"] = json!("2")),
        ),
        (
            "the step within the epoch is 9, but it must be less than the 9 steps of an epoch",
            Box::new(|f| f["training"]["step_in_epoch"] = json!(9)),
        ),
        (
            "the history is 3 epochs long, but it must be 5 epochs long (0 to 4)",
            Box::new(|f| f["training"]["epoch"] = json!(4)),
        ),
        (
            "the optimizer's state is [1×4, 1×4, 1×1, 1×1], but it must be [2×4, 2×4, 1×4",
            Box::new(|f| {
                f["training"]["optimizer_state"] =
                    json!([[[[0.0, 0.0, 0.0, 0.0]], [[0.0, 0.0, 0.0, 0.0]]], [[[1.0]], [[1.0]]]])
            }),
        ),
    ];
    for (sentence, edit) in cases {
        let got = refusal(edit);
        assert!(got.contains(sentence), "{got}\n  does not say: {sentence}");
    }
}

#[test]
fn a_file_from_another_program_or_without_a_version_is_refused() {
    let err = read("{\"format\": \"asaku-model\"}").unwrap_err().to_string();
    assert_eq!(
        err,
        "cannot open the model file: it is not a model file's JSON (there is no whole-number \"version\")"
    );
    let err = read("{}").unwrap_err().to_string();
    assert_eq!(err, "cannot open the model file: its format is \"\", but a model file's is \"asaku-model\"");
    let err = refusal(|f| f["surprise"] = serde_json::json!(1));
    assert!(err.contains("unknown field `surprise`"), "{err}");
}
