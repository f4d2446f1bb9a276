//! Model files: a run saved as JSON (settings, data, weights, epoch, history, and the state
//! that makes the next epochs the same) and opened again, checked part by part.
//!
//! A file is `{ "format": "asaku-model", "version": 1, "settings", "data", "network",
//! "training", "history" }`. `data` is `null` for a generated set (the settings give it) or
//! the points themselves ([`OwnPoints`]). Reading checks every part by the rules the URL and the
//! command line use, and each part against the others; a file of another version is refused
//! with a sentence naming it.

mod file;
mod points;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use points::{LabelledPoint, OwnPoints};

use crate::error::{Error, ModelProblem, Result};
use crate::train::{Settings, Trainer};

/// The `format` name of a model file.
pub const FORMAT: &str = "asaku-model";
/// The version this build writes, and the only one it reads.
pub const VERSION: u32 = 1;

/// An opened model: the run's settings, its points (unless generated from the settings), and
/// the trainer exactly where the saved run was.
#[derive(Clone, Debug)]
pub struct Model {
    /// The settings of the run.
    pub settings: Settings,
    /// The user's own points, or `None` for the set the settings generate.
    pub points: Option<OwnPoints>,
    /// The run, at the saved epoch and step.
    pub trainer: Trainer<f32>,
}

/// Writes a run as a model file. `settings` and `points` must be those `trainer` was built
/// from (and changed by live changes since).
pub fn write(settings: &Settings, points: Option<&OwnPoints>, trainer: &Trainer<f32>) -> String {
    file::File::new(settings, points, trainer).to_json()
}

/// Reads a model file, or says in a sentence what is wrong with it. Never panics.
pub fn read(text: &str) -> Result<Model> {
    let file = file::File::from_json(text).map_err(Error::InvalidModel)?;
    file.open()
}

fn problem(problem: ModelProblem) -> Error {
    Error::InvalidModel(problem)
}
