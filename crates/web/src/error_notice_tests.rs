//! Every engine error has its sentences in both languages, reads in English exactly as the
//! engine says it, and in Japanese without the English sentences' words.

use super::*;
use crate::notice::Part;
use crate::notice_text::{english, japanese};
use asaku_core::layers::Output;
use std::collections::BTreeSet;

/// One error per kind of part, so that every key of [`crate::error_text`] is reached.
fn samples() -> Vec<Error> {
    let names = [
        Named::Gate,
        Named::Optimizer,
        Named::Regularisation,
        Named::Initialiser,
        Named::Output,
        Named::Sampling,
        Named::Feature,
        Named::DataSet,
        Named::Activation,
    ];
    let unknown =
        names.map(|what| Error::UnknownName { what, got: "relux".into(), allowed: vec!["relu", "tanh"] });
    let quantities = [
        Quantity::GridResolution,
        Quantity::LearningRate,
        Quantity::RegularisationRate,
        Quantity::BatchSize,
        Quantity::Points,
        Quantity::Noise,
        Quantity::TrainRatio,
        Quantity::Classes,
        Quantity::Weight,
        Quantity::NewPoint,
        Quantity::NewLabel,
        Quantity::Speed,
        Quantity::Switch,
        Quantity::Language,
        Quantity::HiddenLayers,
        Quantity::Seed,
        Quantity::DataSeed,
        Quantity::UserPoint(3),
        Quantity::UserLabel(4),
    ];
    let rect = Rect { x_min: -6.0, x_max: 6.0, y_min: -6.0, y_max: 6.0 };
    let allowed = [
        Allowed::Whole { low: 1, high: 10000 },
        Allowed::Real { low: 0.0, high: 10.0 },
        Allowed::Between { low: 0.1, high: 0.9 },
        Allowed::AboveZero { high: 100.0 },
        Allowed::Positive,
        Allowed::Finite,
        Allowed::OneOf(vec!["en", "ja"]),
        Allowed::Switch,
        Allowed::Layers { layers: 6, width: 8 },
        Allowed::Inside(rect),
        Allowed::Class { high: 2, data: "spiral3" },
        Allowed::Float { max: f64::from(f32::MAX), bits: 32 },
        Allowed::KeepsLossFinite,
    ];
    let out_of_range = quantities
        .iter()
        .zip(allowed.iter().cycle())
        .map(|(&what, allowed)| Error::OutOfRange { what, got: "0".into(), allowed: allowed.clone() });
    let network = [
        NetworkProblem::Inputs { got: 0, max: 1024 },
        NetworkProblem::HiddenLayers { got: 17, max: 16 },
        NetworkProblem::Width { layer: 2, width: 0, max: 1024 },
        NetworkProblem::Outputs { got: 2, output: Output::Sigmoid, needs: OutputNeeds::One },
        NetworkProblem::Outputs {
            got: 1,
            output: Output::Softmax,
            needs: OutputNeeds::Classes { max: 1024 },
        },
        NetworkProblem::Outputs {
            got: 0,
            output: Output::Identity,
            needs: OutputNeeds::Values { max: 1024 },
        },
        NetworkProblem::Parameters { got: 5000000, max: 4000000 },
        NetworkProblem::NoFeatures { allowed: vec!["x1", "x2"] },
        NetworkProblem::FeatureTwice { feature: "x1", position: 3 },
        NetworkProblem::NoSuch { what: NetworkPart::Layer, index: 4 },
        NetworkProblem::NoSuch { what: NetworkPart::WeightIndex, index: 9 },
    ]
    .map(Error::InvalidNetwork);
    let shape =
        |which| DataProblem::Shape { which, inputs: 2, targets: 1, network_inputs: 3, network_outputs: 2 };
    let targets = |encoding, task| DataProblem::Targets { encoding, task };
    let data = [
        DataProblem::NoTrainingExamples,
        shape(ExampleSet::Training),
        shape(ExampleSet::Test),
        DataProblem::CannotSplit { points: 1 },
        DataProblem::LabelCount { points: 3, labels: 2 },
        DataProblem::Domain(Rect { x_min: 1.0, x_max: 1.0, y_min: 0.0, y_max: f64::INFINITY }),
        DataProblem::Point { number: 2, x1: f64::NAN, x2: 0.5 },
        DataProblem::Label { number: 1, label: f64::INFINITY, rule: LabelRule::Finite },
        DataProblem::Label { number: 3, label: 2.5, rule: LabelRule::Class { high: 1 } },
        targets(TargetEncoding::OneHot { classes: 3 }, Task::Classification { classes: 4 }),
        targets(TargetEncoding::Binary, Task::Classification { classes: 3 }),
        targets(TargetEncoding::Signed, Task::Regression),
        targets(TargetEncoding::Value, Task::Classification { classes: 2 }),
    ]
    .map(Error::InvalidData);
    let line = |number, problem| ParseProblem::Line { number, problem };
    let parse = [
        (Readable::HiddenLayers, ParseProblem::Width { got: "8,x".into() }),
        (Readable::HiddenLayers, ParseProblem::NoWidths),
        (Readable::Points, line(2, LineProblem::Fields { found: 2, line: "1,2".into() })),
        (Readable::Points, line(3, LineProblem::NotFinite { field: Field::X1, got: "NaN".into() })),
        (Readable::Points, line(4, LineProblem::NotNumber { field: Field::X2, got: "abc".into() })),
        (Readable::Points, line(5, LineProblem::NotNumber { field: Field::Label, got: "b".into() })),
        (
            Readable::Points,
            line(7, LineProblem::TooLarge { field: Field::X1, got: "1e308".into(), max: 3.4e38 }),
        ),
        (Readable::Points, line(10_001, LineProblem::TooMany { max: 10_000 })),
        (Readable::Points, line(6, LineProblem::Label { label: 7.0, rule: LabelRule::Class { high: 1 } })),
        (Readable::Number, ParseProblem::Number { got: "1.5".into() }),
        (Readable::Point, ParseProblem::Point { got: "1:2".into() }),
    ]
    .map(|(what, problem)| Error::Parse { what, problem });
    unknown
        .into_iter()
        .chain(out_of_range)
        .chain(network)
        .chain(data)
        .chain(parse)
        .chain(model_samples())
        .collect()
}

/// One model-file error per kind and per part.
fn model_samples() -> Vec<Error> {
    use asaku_core::error::{ModelPart, ModelProblem as P};
    use asaku_core::model::DigitsIdentity;
    let parts = [ModelPart::Weights, ModelPart::EpochWeights, ModelPart::Optimizer];
    let shapes = parts.map(|part| P::Shapes { part, got: vec![(1, 1)], needs: vec![(2, 4), (1, 4)] });
    let (file, here) = (
        DigitsIdentity { train: 8004, test: 1996, checksum: 0x0123_4567_89ab_cdef },
        DigitsIdentity { train: 80, test: 20, checksum: 7 },
    );
    let detail = "invalid type: string \"x\", expected struc… (46 characters)".to_string();
    let others = [
        P::NotJson { line: 1, column: 12, detail: "expected value".into() },
        P::Cut { line: 3, column: 15 },
        P::Layout { line: 1, column: 3, detail },
        P::Format { got: "other".into() },
        P::NoVersion,
        P::Version { got: 0, oldest: 1, newest: 2 },
        P::Version { got: 3, oldest: 1, newest: 2 },
        P::NotOneRun,
        P::DigitsRun,
        P::PointsRun,
        P::OtherDigits { file, here },
        P::Network {
            got: "2-4-1, relu, sigmoid, xavier".into(),
            needs: "2-4-1, tanh, sigmoid, xavier".into(),
        },
        P::TooLarge { part: ModelPart::Weights, got: 1e39 },
        P::Ragged { part: ModelPart::Optimizer, row: 2, length: 4, first: 3 },
        P::Generator { got: "2".into() },
        P::Step { got: 9, steps: 9 },
        P::DivergedAt { got: 3, epoch: 4 },
        P::Epoch { got: 1 << 31, most: 1 << 30 },
        P::Order { examples: 60 },
        P::HistoryLength { got: 3, epoch: 4 },
        P::HistoryRecent { count: 300, most: 256, epoch: 400 },
        P::HistoryBuckets { count: 129, width: 3, most: 128 },
        P::HistoryFigures { epoch: 4 },
    ];
    shapes.into_iter().chain(others).map(Error::InvalidModel).collect()
}

/// Every key in `notice`, nested ones too.
fn keys(notice: &Notice, into: &mut BTreeSet<&'static str>) {
    into.insert(notice.key);
    for (_, part) in &notice.vars {
        if let Part::Sentence(inner) = part {
            keys(inner, into);
        }
    }
}

/// The notice in Japanese, placeholders filled (nested sentences in Japanese too), as the
/// page's `t(key, vars)` makes it.
fn in_japanese(notice: &Notice) -> String {
    let mut text =
        japanese(notice.key).unwrap_or_else(|| panic!("{} has no Japanese", notice.key)).to_string();
    for (name, part) in &notice.vars {
        let value = match part {
            Part::Text(t) => t.clone(),
            Part::Sentence(inner) => in_japanese(inner),
        };
        text = text.replace(&format!("{{{name}}}"), &value);
    }
    text
}

/// The text values of `notice` (names and numbers, shown as they are), nested ones too.
fn texts(notice: &Notice, into: &mut Vec<String>) {
    for (_, part) in &notice.vars {
        match part {
            Part::Text(t) => into.push(t.clone()),
            Part::Sentence(inner) => texts(inner, into),
        }
    }
}

/// The runs of ASCII letters in `text`.
fn ascii_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn every_error_reads_as_the_engine_says_it_with_every_key_in_both_languages() {
    let mut reached = BTreeSet::new();
    for error in samples() {
        let notice = Notice::from(&error);
        assert_eq!(notice.to_string(), error.to_string(), "{error:?}");
        keys(&notice, &mut reached);
    }
    for key in &reached {
        assert!(japanese(key).is_some(), "{key} has no Japanese");
    }
    let error_keys = crate::error_text::SENTENCES
        .iter()
        .chain(crate::model_text::SENTENCES)
        .map(|(key, ..)| *key)
        .filter(|k| k.starts_with("error."));
    let unreached: Vec<_> = error_keys.filter(|k| !reached.contains(k)).collect();
    assert!(unreached.is_empty(), "no sample error reaches {unreached:?}");
}

#[test]
fn in_japanese_no_word_of_the_english_sentences_is_left_but_names_and_values() {
    /// Input syntax, the coordinates' names and the book's one-hot, written the same in both
    /// languages (longest first, so a syntax goes before the names in it).
    const SAME_IN_BOTH: &[&str] =
        &["x1:x2:label:t", "x1:x2:label", "x1,x2,label", "one-hot", "none", "x1", "x2", "JSON"];
    let outputs: Vec<String> = Output::names().iter().map(|n| n.to_string()).collect();
    for error in samples() {
        let notice = Notice::from(&error);
        let mut used = BTreeSet::new();
        keys(&notice, &mut used);
        let english_words: BTreeSet<String> =
            used.iter().flat_map(|key| ascii_words(&strip(english(key)))).collect();
        let mut values = outputs.clone();
        texts(&notice, &mut values);
        let kept: BTreeSet<String> = values.iter().flat_map(|v| ascii_words(v)).collect();
        let mut japanese = in_japanese(&notice);
        for same in SAME_IN_BOTH {
            japanese = japanese.replace(same, "");
        }
        let left: Vec<_> = ascii_words(&japanese)
            .into_iter()
            .filter(|w| english_words.contains(w) && !kept.contains(w))
            .collect();
        assert!(left.is_empty(), "English words {left:?} in \"{japanese}\"");
    }
}

/// `sentence` without its `{placeholders}`.
fn strip(sentence: &str) -> String {
    let mut out = String::new();
    for (i, piece) in sentence.split('{').enumerate() {
        out.push_str(if i == 0 { piece } else { piece.split_once('}').map_or(piece, |(_, rest)| rest) });
    }
    out
}

/// A link's 100 KB value starting with a NUL comes back short and escaped, with its length, in
/// the notice and in the engine's reason inside it.
#[test]
fn a_huge_link_value_is_quoted_short_and_escaped() {
    let (_, notices) = crate::query::read(&format!("activation=%00{}", "x".repeat(100_000)));
    let text = notices[0].to_string();
    assert!(text.len() < 400, "{} bytes", text.len());
    let quoted = format!("\"\\0{}… (100001 characters)\"", "x".repeat(38));
    assert_eq!(text.matches(&quoted).count(), 2, "{text}");
    for key in ["layers", "lr", "lang", "user", "features"] {
        let (_, notices) = crate::query::read(&format!("{key}=1,%00{}", "x".repeat(100_000)));
        let text = notices[0].to_string();
        assert!(text.len() < 400 && !text.contains('\0'), "{key}: {} bytes", text.len());
        assert!(text.contains("characters)"), "{key}: {text}");
    }
}
