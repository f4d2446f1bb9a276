//! `asaku train --load FILE` and `--save FILE`: model files, the same the page exports and imports.

use crate::output::Failure;
use asaku_core::digits::{DigitSet, DigitSettings};
use asaku_core::model::{self, OwnPoints, Saved};
use asaku_core::train::{Settings, Trainer};
use std::path::Path;

/// Reads a model file and checks it as a model file (the data it names is checked on opening).
pub fn load(path: &Path) -> Result<Saved, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Input(format!("cannot read the model file {}: {e}", path.display())))?;
    Saved::parse(&text).map_err(|e| refused(path, &e))
}

/// The sentence for a model file that cannot be opened.
pub fn refused(path: &Path, error: &asaku_core::Error) -> Failure {
    Failure::Input(format!("{}: {error}", path.display()))
}

/// Writes a run on the playground's data as a model file.
pub fn save(
    path: &Path,
    settings: &Settings,
    points: Option<&OwnPoints>,
    trainer: &Trainer<f32>,
) -> Result<(), Failure> {
    write(path, &model::write(settings, points, trainer))
}

/// Writes a run on the digits as a model file (naming the images, not holding them).
pub fn save_digits(
    path: &Path,
    settings: &DigitSettings,
    set: &DigitSet,
    trainer: &Trainer<f32>,
) -> Result<(), Failure> {
    write(path, &model::write_digits(settings, set, trainer))
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text)
        .map_err(|e| Failure::Failed(format!("cannot write the model file {}: {e}", path.display())))
}
