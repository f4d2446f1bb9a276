//! `asaku train --data digits`: the book's network on the real asset, and clear sentences when
//! the asset is missing or broken.

use crate::common::{asaku, Run};
use crate::digits_asset::build_digits_asset;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The asset, built once by `www/build/digits.mjs` into the target's temporary folder (needs
/// Node and `npm ci --prefix www`).
pub fn asset() -> &'static Path {
    static ASSET: OnceLock<PathBuf> = OnceLock::new();
    ASSET.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        build_digits_asset(&root, Path::new(env!("CARGO_TARGET_TMPDIR")), "cli-digits")
    })
}

/// `asaku train --data digits` on the test asset, with `options` after.
pub fn train_digits(options: &[&str]) -> Run {
    let file = asset().to_str().unwrap();
    asaku(&[&["train", "--data", "digits", "--digits-file", file][..], options].concat())
}

/// A copy of the asset named `name` in the target's temporary folder, its decompressed bytes
/// changed by `edit` first.
fn edited_asset(name: &str, edit: impl FnOnce(&mut Vec<u8>)) -> PathBuf {
    let gz = std::fs::read(asset()).unwrap();
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut bytes).unwrap();
    edit(&mut bytes);
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(&bytes).unwrap();
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, encoder.finish().unwrap()).unwrap();
    path
}

#[test]
fn the_books_network_trains_with_its_defaults() {
    // Sigmoid, the default, learns slowly at first: about 80 % after 8 epochs (640 updates).
    let run = train_digits(&["--epochs", "8"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 10, "epochs 0 to 8, then the summary");
    let accuracy = |stats: &Value, which: &str| stats[which].as_f64().unwrap();
    assert!(accuracy(&lines[0], "test_accuracy") < 0.3, "untrained: {}", lines[0]);
    assert!(accuracy(&lines[8], "train_accuracy") > 0.7, "{}", lines[8]);
    assert!(accuracy(&lines[8], "test_accuracy") > 0.7, "{}", lines[8]);
    let network = lines[9]["network"].as_str().unwrap();
    assert!(network.starts_with("784-50-10 network, sigmoid hidden, softmax output"), "{network}");
}

#[test]
fn a_missing_asset_says_what_to_run() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-digits.bin.gz");
    let run = asaku(&["train", "--data", "digits", "--digits-file", missing.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains(
        "does not exist: build it with `npm ci --prefix www` and then `node www/build/digits.mjs`"
    ));
    assert!(run.stdout.is_empty());
}

#[test]
fn a_truncated_asset_is_an_error_with_a_sentence() {
    let truncated = edited_asset("truncated-digits.bin.gz", |bytes| bytes.truncate(bytes.len() / 2));
    let run = asaku(&["train", "--data", "digits", "--digits-file", truncated.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("but its header announces 8004 training and 1996 test images"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("it is truncated or corrupt"), "{}", run.stderr);
}

#[test]
fn the_same_seed_gives_the_same_run() {
    let run = |seed: &str| train_digits(&["--epochs", "1", "--seed", seed]);
    let (first, again, other) = (run("4"), run("4"), run("5"));
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    assert_eq!(first.stdout, again.stdout);
    assert_ne!(first.stdout, other.stdout);
}

fn lines(stdout: &str) -> Vec<Value> {
    stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Two epochs saved, loaded and one more give the same third epoch as three in one go.
#[test]
fn a_saved_digits_run_goes_on_exactly() {
    let file = asset().to_str().unwrap();
    let saved = Path::new(env!("CARGO_TARGET_TMPDIR")).join("digits.model.json");
    let saved = saved.to_str().unwrap();
    let options = ["--data", "digits", "--digits-file", file, "--layers", "20", "--seed", "3"];
    let whole = asaku(&[&["train", "--epochs", "3"][..], &options].concat());
    assert_eq!(whole.code, Some(0), "{}", whole.stderr);
    let first = asaku(&[&["train", "--epochs", "2", "--save", saved][..], &options].concat());
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    let text = std::fs::read_to_string(saved).unwrap();
    assert!(text.contains("\"images\":{\"train\":8004,\"test\":1996,\"checksum\":\""), "names the images");
    assert!(text.len() < 500_000, "holds no images: {} bytes", text.len());
    let then = asaku(&["train", "--load", saved, "--digits-file", file, "--epochs", "1"]);
    assert_eq!(then.code, Some(0), "{}", then.stderr);
    let (whole, then) = (lines(&whole.stdout), lines(&then.stdout));
    assert_eq!(&then[..2], &whole[2..4], "epochs 2 and 3 alike");
    assert_eq!(then[2], whole[4], "the same summary");
}

/// A digits model opened with other images (one pixel changed) is refused, naming both.
#[test]
fn a_digits_model_on_other_images_is_refused() {
    let saved = Path::new(env!("CARGO_TARGET_TMPDIR")).join("other-digits.model.json");
    let run = train_digits(&["--epochs", "0", "--save", saved.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let other = edited_asset("other-digits.bin.gz", |bytes| *bytes.last_mut().unwrap() ^= 1);
    let run = asaku(&["train", "--load", saved.to_str().unwrap(), "--digits-file", other.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("cannot open the model file: it was trained on other digits (8004 training and 1996 test images, checksum "),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "nothing was trained");
}
