//! `asaku predict`: digits from the test asset written as PGM and PNG files are classified as
//! the network classifies the images themselves; bad files are named in a sentence.

use crate::common::{asaku, points_file};
use crate::digits::{asset, train_digits};
use asaku_core::digits::{decode, DigitSet, PIXELS};
use asaku_core::model::Saved;
use asaku_core::real::Matrix;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn tmp(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// The decoded asset.
fn digits() -> &'static DigitSet {
    static SET: OnceLock<DigitSet> = OnceLock::new();
    SET.get_or_init(|| {
        let gz = std::fs::read(asset()).unwrap();
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut bytes).unwrap();
        decode(&bytes).unwrap()
    })
}

/// A model trained here for 3 epochs with ReLU and He's initial weights (91 % on the test images).
fn model() -> &'static str {
    static MODEL: OnceLock<String> = OnceLock::new();
    MODEL.get_or_init(|| {
        let path = tmp("predict.model.json").to_str().unwrap().to_string();
        let run = train_digits(&["--epochs", "3", "--activation", "relu", "--init", "he", "--save", &path]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        path
    })
}

/// The digit the saved network gives test image `i` itself (pixels / 255, no preparing).
fn networks_own_digit(i: usize) -> usize {
    let text = std::fs::read_to_string(model()).unwrap();
    let (_, mut network) = Saved::parse(&text).unwrap().digits_network().unwrap();
    let pixels = digits().test.pixels(i);
    let x = Matrix::from_fn(1, PIXELS, |_, j| f32::from(pixels[j]) / 255.0);
    let y = network.predict(&x);
    (0..10).fold(0, |best, k| if y[(0, k)] > y[(0, best)] { k } else { best })
}

/// Test image `i` as a raw PGM, light ink on black as in the asset.
fn pgm_p5(i: usize) -> Vec<u8> {
    let mut bytes = b"P5\n# a test digit\n28 28\n255\n".to_vec();
    bytes.extend_from_slice(digits().test.pixels(i));
    bytes
}

/// Test image `i` as a plain PGM, dark ink on white paper (maxval 15).
fn pgm_p2_on_paper(i: usize) -> Vec<u8> {
    let levels: Vec<String> =
        digits().test.pixels(i).iter().map(|&p| (15 - u16::from(p) * 15 / 255).to_string()).collect();
    format!("P2 28 28 15\n{}\n", levels.join(" ")).into_bytes()
}

/// Test image `i` as an RGBA PNG: black ink, its opacity the pixel, on a transparent background.
fn png_rgba(i: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, 28, 28);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let data: Vec<u8> = digits().test.pixels(i).iter().flat_map(|&p| [0, 0, 0, p]).collect();
    encoder.write_header().unwrap().write_image_data(&data).unwrap();
    out
}

fn written(name: &str, bytes: &[u8]) -> String {
    let path = tmp(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn test_digits_written_as_pgm_and_png_are_classified_as_the_network_classifies_them() {
    // The first test image of each digit (the test images come digit by digit).
    let test = &digits().test;
    let firsts: Vec<usize> =
        (0..10).map(|d| (0..test.count()).find(|&i| test.label(i) == d).unwrap()).collect();
    let mut answers = std::collections::BTreeSet::new();
    for i in firsts {
        let files = [
            (written(&format!("digit-{i}.pgm"), &pgm_p5(i)), false),
            (written(&format!("digit-{i}-paper.pgm"), &pgm_p2_on_paper(i)), true),
            (written(&format!("digit-{i}.png"), &png_rgba(i)), true),
        ];
        let mut args = vec!["predict", "--json", "--model", model()];
        args.extend(files.iter().map(|(f, _)| f.as_str()));
        let run = asaku(&args);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let expected = networks_own_digit(i);
        answers.insert(expected);
        for (line, (file, inverted)) in run.stdout.lines().zip(&files) {
            let answer: Value = serde_json::from_str(line).unwrap();
            assert_eq!(answer["image"], file.as_str());
            assert_eq!(answer["digit"], expected, "image {i}: {line}");
            assert_eq!(answer["inverted"], *inverted, "{line}");
            let sum: f64 =
                answer["probabilities"].as_array().unwrap().iter().map(|p| p.as_f64().unwrap()).sum();
            assert!((sum - 1.0).abs() < 1e-5, "{line}");
        }
    }
    assert!(answers.len() >= 8, "the network tells the digits apart: {answers:?}");
}

#[test]
fn the_text_output_names_each_file_with_its_digit_and_ten_probabilities() {
    let file = written("text-digit.pgm", &pgm_p5(0));
    let run = asaku(&["predict", "--model", model(), &file]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let digit = networks_own_digit(0);
    assert!(run.stdout.starts_with(&format!("{file}: {digit} (0: ")), "{}", run.stdout);
    assert_eq!(run.stdout.matches(": 0.").count() + run.stdout.matches(": 1.").count(), 10, "{}", run.stdout);
}

#[test]
fn bad_images_are_named_in_a_sentence_and_nothing_is_classified() {
    let good = written("good-digit.pgm", &pgm_p5(0));
    let mut cut = pgm_p5(0);
    cut.truncate(cut.len() - 100);
    let cases = [
        ("not-an-image.pgm", b"hello".to_vec(), "is not a PGM (P2 or P5) or PNG image"),
        ("cut.pgm", cut, "is truncated: it ends after 684 of its 28×28 = 784 pixels"),
        (
            "deep.pgm",
            b"P5 2 2 70000\n\0\0\0\0\0\0\0\0".to_vec(),
            "has a PGM maxval of 70000, but it must be 1 to 65535",
        ),
        ("zero.pgm", b"P2 0 3 255\n".to_vec(), "is 0×3 pixels, but an image must be 1 to 4096 pixels a side"),
        ("header.pgm", b"P2 28 x 255".to_vec(), "has a PGM header without a whole-number height"),
        ("over.pgm", b"P2 1 1 9\n10\n".to_vec(), "has pixel 1 of 10, above its maxval 9"),
        ("cut.png", png_rgba(0)[..60].to_vec(), "is not a readable PNG image"),
    ];
    for (name, bytes, sentence) in cases {
        let bad = written(name, &bytes);
        let run = asaku(&["predict", "--model", model(), &good, &bad]);
        assert_eq!(run.code, Some(2), "{name}");
        assert!(run.stderr.contains(&format!("the image {bad} {sentence}")), "{name}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{name}: nothing classified");
    }
    let missing = tmp("no-such-digit.png");
    let run = asaku(&["predict", "--model", model(), missing.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("cannot read the image"), "{}", run.stderr);
}

#[test]
fn a_model_of_the_playground_is_refused() {
    let playground = points_file("playground-for-predict.model.json", "");
    let saved = asaku(&["train", "--epochs", "1", "--save", playground.to_str().unwrap()]);
    assert_eq!(saved.code, Some(0));
    let image = written("digit-for-playground.pgm", &pgm_p5(0));
    let run = asaku(&["predict", "--model", playground.to_str().unwrap(), &image]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.ends_with("cannot open the model file: it is a run on the playground's data, not on the handwritten digits\n"),
        "{}",
        run.stderr
    );
}
