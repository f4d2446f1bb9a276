//! `asaku train --load FILE` and `--save FILE`: model files, the same the page exports and imports.

use crate::output::Failure;
use asaku_core::model::{self, Model, OwnPoints};
use asaku_core::train::{Settings, Trainer};
use std::path::Path;

/// Reads and checks a model file.
pub fn load(path: &Path) -> Result<Model, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Input(format!("cannot read the model file {}: {e}", path.display())))?;
    model::read(&text).map_err(|e| Failure::Input(format!("{}: {e}", path.display())))
}

/// Writes the run as a model file.
pub fn save(
    path: &Path,
    settings: &Settings,
    points: Option<&OwnPoints>,
    trainer: &Trainer<f32>,
) -> Result<(), Failure> {
    std::fs::write(path, model::write(settings, points, trainer))
        .map_err(|e| Failure::Failed(format!("cannot write the model file {}: {e}", path.display())))
}
