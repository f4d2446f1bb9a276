//! Model files: a run saved as JSON (settings, data, weights, epoch, history, and the state
//! that makes the next epochs the same) and opened again, checked part by part.
//!
//! A file is `{ "format": "asaku-model", "version": 2, …, "network", "training", "history" }`
//! where `…` says what the run is on: `"settings"` and, for a user's own points, `"data"`
//! ([`OwnPoints`]; absent or `null` for the set the settings generate), or `"digits"`: the
//! digits run's settings and the images it was trained on, named by their counts and a checksum
//! ([`DigitsIdentity`]) rather than held. Numbers JSON cannot write (a diverged or diverging
//! run's NaN and infinite losses and weights) are the strings `"NaN"`, `"inf"` and `"-inf"`.
//! Version 1 (runs on the playground's data, every number finite) is read as well. Reading
//! checks every part by the rules the URL and the command line use, and each part against the
//! others; a file of another version is refused with a sentence naming it.

mod digits;
mod file;
pub(crate) mod number;
mod open;
mod points;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use digits::{identity, DigitsIdentity};
pub use open::{DigitsModel, Model, Saved};
pub use points::{LabelledPoint, OwnPoints};

use crate::digits::{DigitSet, DigitSettings};
use crate::error::{Error, Result};
use crate::train::{Settings, Trainer};

/// The `format` name of a model file.
pub const FORMAT: &str = "asaku-model";
/// The version this build writes, and the newest it reads.
pub const VERSION: u32 = 2;
/// The oldest version this build reads.
pub const OLDEST_VERSION: u32 = 1;

/// Writes a run on the playground's data as a model file. `settings` and `points` must be
/// those `trainer` was built from (and changed by live changes since), and no epoch's
/// evaluation may be pending (see [`Trainer::evaluate_rows`]): the file records evaluated epochs.
pub fn write(settings: &Settings, points: Option<&OwnPoints>, trainer: &Trainer<f32>) -> String {
    file::File::new(Some(settings), points, None, trainer).to_json()
}

/// Writes a run on the digits `set` as a model file (the images are named, not held).
/// `settings` must be those `trainer` was built from on `set`, and no epoch's evaluation may be
/// pending, as for [`write()`].
pub fn write_digits(settings: &DigitSettings, set: &DigitSet, trainer: &Trainer<f32>) -> String {
    let run = file::DigitsRun { settings: settings.clone(), images: identity(set) };
    file::File::new(None, None, Some(run), trainer).to_json()
}

/// Reads a model file of a run on the playground's data, or says in a sentence what is wrong
/// with it (a digits run is refused: see [`Saved::open_digits`]). Never panics.
pub fn read(text: &str) -> Result<Model> {
    Saved::parse(text)?.open()
}

fn problem(problem: crate::error::ModelProblem) -> Error {
    Error::InvalidModel(problem)
}
