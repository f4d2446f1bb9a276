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
    let cases: [(&str, Edit); 14] = [
        (
            "cannot open the model file: it is JSON but not laid out as a model file: at line 1, column 3 \
             the JSON reader says \"invalid type: string \"x\"",
            Box::new(|f| *f = json!("x")),
        ),
        (
            "its format is \"asaku-lesson\", but a model file's is \"asaku-model\"",
            Box::new(|f| f["format"] = json!("asaku-lesson")),
        ),
        (
            "it is version 3, newer than this Asaku reads (versions 1 to 2)",
            Box::new(|f| f["version"] = json!(3)),
        ),
        (
            "it is version 0, older than this Asaku reads (versions 1 to 2)",
            Box::new(|f| f["version"] = json!(0)),
        ),
        (
            "the learning rate is 0, but it must be a number above 0",
            Box::new(|f| f["settings"]["learning_rate"] = json!(0.0)),
        ),
        (
            "the weights hold 1e39, beyond a 32-bit float's range (±3.4028235e38)",
            Box::new(|f| f["network"]["layers"][0]["w"][0][0] = json!(1e39)),
        ),
        (
            "the weights have a row 2 of 4 numbers, but row 1 has 3: a matrix's rows are all as long",
            Box::new(|f| f["network"]["layers"][0]["w"][0] = json!([0.5, 0.5, 0.5])),
        ),
        (
            "the weights are matrices of [1×1, 1×4",
            Box::new(|f| f["network"]["layers"][0]["w"] = json!([[0.5]])),
        ),
        (
            "the sampler's order is not an order of the 60 training examples with a position from 0 to 60",
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
            "the history holds 3 epochs, but it must hold 5 (0 to 4)",
            Box::new(|f| f["training"]["epoch"] = json!(4)),
        ),
        (
            "the optimizer's state are matrices of [1×4, 1×4, 1×1, 1×1], but the network's are [2×4, 2×4, 1×4",
            Box::new(|f| {
                f["training"]["optimizer_state"] =
                    json!([[[[0.0, 0.0, 0.0, 0.0]], [[0.0, 0.0, 0.0, 0.0]]], [[[1.0]], [[1.0]]]])
            }),
        ),
        (
            "its network is 2-4-2-1, relu, sigmoid, xavier, but its settings build 2-4-2-1, tanh, sigmoid, xavier",
            Box::new(|f| f["network"]["spec"]["activation"] = json!("relu")),
        ),
    ];
    for (sentence, edit) in cases {
        let got = refusal(edit);
        assert!(got.contains(sentence), "{got}\n  does not say: {sentence}");
    }
}

#[test]
fn a_file_from_another_program_cut_short_or_without_a_version_is_refused() {
    let err = read("{\"format\": \"asaku-model\"}").unwrap_err().to_string();
    assert_eq!(
        err,
        "cannot open the model file: its format is \"asaku-model\" but it has no whole-number version"
    );
    let err = read("{}").unwrap_err().to_string();
    assert_eq!(err, "cannot open the model file: its format is \"\", but a model file's is \"asaku-model\"");
    let err = read("{\n  \"format\": \"asaku-model\",\n  \"version\": 2,").unwrap_err().to_string();
    assert_eq!(err, "cannot open the model file: it is cut short: it ends at line 3, column 15");
    let err = read("{\"format\": asaku}").unwrap_err().to_string();
    assert_eq!(
        err,
        "cannot open the model file: it is not JSON: at line 1, column 12 the JSON reader says \"expected value\""
    );
    let err = refusal(|f| f["surprise"] = serde_json::json!(1));
    assert!(err.contains("the JSON reader says \"unknown field `surprise`"), "{err}");
}

/// A run that diverged at a high learning rate: stopped, with an infinite last batch loss.
fn diverged() -> (Settings, Trainer<f32>) {
    let data = DataSpec { kind: DataKind::Plane, points: 120, ..DataSpec::default() };
    let output = crate::layers::Output::Identity;
    let (hidden, activation) = (vec![8, 8], crate::functions::Activation::Relu);
    let settings = Settings { data, output, hidden, activation, learning_rate: 10.0, ..Settings::default() };
    let mut trainer: Trainer<f32> = settings.build().unwrap();
    trainer.epochs(20);
    assert!(matches!(trainer.status(), crate::train::Status::Diverged { .. }));
    assert!(trainer.last_batch_loss().is_some_and(|l| !l.is_finite()), "{:?}", trainer.last_batch_loss());
    (settings, trainer)
}

#[test]
fn a_diverged_run_comes_back_as_it_was() {
    let (settings, mut trainer) = diverged();
    let text = write(&settings, None, &trainer);
    assert!(text.contains("\"last_batch_loss\":\"inf\""), "{text}");
    let mut opened = read(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(opened.trainer.run_state(), trainer.run_state());
    assert_eq!(write(&settings, None, &opened.trainer), text);
    // Lowering the rate resumes it, alike in both.
    for t in [&mut opened.trainer, &mut trainer] {
        t.set_learning_rate(0.001).unwrap();
    }
    assert_eq!(next_epochs(&mut opened.trainer, 3), next_epochs(&mut trainer, 3));
}

/// NaN and infinite weights, optimizer state and losses are written as strings and read back.
#[test]
fn non_finite_weights_and_losses_come_back() {
    let mut file = saved();
    file["network"]["layers"][0]["w"][0][1] = serde_json::json!("inf");
    file["network"]["layers"][1]["b"][0] = serde_json::json!("NaN");
    file["training"]["optimizer_state"][0][1][0][0] = serde_json::json!("-inf");
    file["history"]["recent"][1]["test_loss"] = serde_json::json!("inf");
    file["history"]["recent"][2]["train_loss"] = serde_json::json!("NaN");
    let text = file.to_string();
    let opened = read(&text).unwrap_or_else(|e| panic!("{e}"));
    let state = opened.trainer.run_state();
    assert_eq!(state.parameters[0][(0, 1)], f32::INFINITY);
    assert!(state.parameters[3][(0, 0)].is_nan());
    assert_eq!(state.optimizer_state[0][1][(0, 0)], f32::NEG_INFINITY);
    assert_eq!(opened.trainer.history().recent()[1].test_loss, Some(f64::INFINITY));
    let again: serde_json::Value =
        serde_json::from_str(&write(&opened.settings, None, &opened.trainer)).unwrap();
    assert_eq!(again, file, "written back the same");
}

/// A version 1 file (what the previous release wrote: `data` written as `null`) still opens.
#[test]
fn a_version_1_file_opens() {
    let mut file = saved();
    file["version"] = serde_json::json!(1);
    file["data"] = serde_json::Value::Null;
    let opened = read(&file.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let mut written: serde_json::Value =
        serde_json::from_str(&write(&opened.settings, None, &opened.trainer)).unwrap();
    written["version"] = serde_json::json!(1);
    written["data"] = serde_json::Value::Null;
    assert_eq!(written, file);
}

/// A digits set of `train` and `test` images whose pixels are `shade + i` (made by the decoder).
fn digit_set(train: u32, test: u32, shade: u8) -> crate::digits::DigitSet {
    use crate::digits::{decode, MAGIC, PIXELS, VERSION};
    let mut bytes = MAGIC.to_vec();
    bytes.extend(VERSION.to_le_bytes());
    bytes.extend([28, 28]);
    bytes.extend(train.to_le_bytes());
    bytes.extend(test.to_le_bytes());
    for n in [train, test] {
        bytes.extend((0..n).map(|i| (i % 10) as u8));
        bytes.extend((0..n as usize * PIXELS).map(|i| shade.wrapping_add((i % 251) as u8)));
    }
    decode(&bytes).unwrap()
}

#[test]
fn a_digits_run_opens_on_its_images_only() {
    use crate::digits::DigitSettings;
    let set = digit_set(12, 4, 0);
    let settings = DigitSettings {
        hidden: vec![3],
        batch_size: 5,
        optimizer: OptimizerKind::Adam,
        ..DigitSettings::default()
    };
    let mut trainer: Trainer<f32> = settings.build(&set).unwrap();
    trainer.epochs(2);
    trainer.step();
    let text = write_digits(&settings, &set, &trainer);
    assert!(text.contains(&format!(
        "\"images\":{{\"train\":12,\"test\":4,\"checksum\":\"{:016x}\"}}",
        identity(&set).checksum
    )));
    let opened = Saved::parse(&text).unwrap().open_digits(&set).unwrap();
    assert_eq!(opened.settings, settings);
    assert_eq!(opened.trainer.run_state(), trainer.run_state());
    let err = Saved::parse(&text).unwrap().open_digits(&digit_set(12, 4, 1)).unwrap_err().to_string();
    assert!(err.starts_with("cannot open the model file: it was trained on other digits (12 training and 4 test images, checksum "), "{err}");
    let err = read(&text).unwrap_err().to_string();
    assert_eq!(err, "cannot open the model file: it is a run on the handwritten digits, which the playground does not open");
    let points = saved().to_string();
    let err = Saved::parse(&points).unwrap().open_digits(&set).unwrap_err().to_string();
    assert_eq!(
        err,
        "cannot open the model file: it is a run on the playground's data, not on the handwritten digits"
    );
    let mut both: serde_json::Value = serde_json::from_str(&text).unwrap();
    both["settings"] = saved()["settings"].clone();
    let err = Saved::parse(&both.to_string()).err().unwrap().to_string();
    assert!(err.contains("and holds neither or both"), "{err}");
}
