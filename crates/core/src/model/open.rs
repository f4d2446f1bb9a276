//! Opening a model file: read and checked on its own first ([`Saved`]), then built on its data
//! and put where the saved run was.

use super::file::{DigitsRun, File};
use super::{identity, problem, OwnPoints};
use crate::digits::{DigitSet, DigitSettings};
use crate::error::{ModelPart, ModelProblem, Result};
use crate::network::{Network, NetworkSpec};
use crate::rng_from_seed;
use crate::train::{Settings, Trainer};
use crate::Choice;

/// An opened model of a run on the playground's data: its settings, its points (unless
/// generated from the settings), and the trainer exactly where the saved run was.
#[derive(Clone, Debug)]
pub struct Model {
    /// The settings of the run.
    pub settings: Settings,
    /// The user's own points, or `None` for the set the settings generate.
    pub points: Option<OwnPoints>,
    /// The run, at the saved epoch and step.
    pub trainer: Trainer<f32>,
}

/// An opened model of a run on the handwritten digits.
#[derive(Clone, Debug)]
pub struct DigitsModel {
    /// The settings of the run.
    pub settings: DigitSettings,
    /// The run, at the saved epoch and step, on the images it was opened with.
    pub trainer: Trainer<f32>,
}

/// A model file read and checked as JSON (format, version, layout, one run in it), before the
/// data it names is at hand: say which kind it is with [`Saved::is_digits`], then open it.
pub struct Saved(File);

impl Saved {
    /// Reads a model file's text, or says in a sentence what is wrong with it. Never panics.
    pub fn parse(text: &str) -> Result<Saved> {
        let file = File::from_json(text).map_err(problem)?;
        let points = file.settings.is_some();
        if points == file.digits.is_some() || (file.data.is_some() && !points) {
            return Err(problem(ModelProblem::NotOneRun));
        }
        Ok(Saved(file))
    }

    /// Whether it is a run on the handwritten digits (else on the playground's data).
    pub fn is_digits(&self) -> bool {
        self.0.digits.is_some()
    }

    /// Builds the run on the playground's data from the settings and the points, then puts
    /// the saved state into it. A digits run is refused.
    pub fn open(self) -> Result<Model> {
        let Some(settings) = self.0.settings.clone() else {
            return Err(problem(ModelProblem::DigitsRun));
        };
        settings.validate()?;
        let points = self.0.data.clone();
        let split = match &points {
            Some(points) => points.split()?,
            None => settings.data.generate()?,
        };
        let trainer = resume(self.0, settings.build_on(&split)?)?;
        Ok(Model { settings, points, trainer })
    }

    /// Builds the digits run on `set` from its settings, then puts the saved state into it.
    /// Refused when it is a run on the playground's data, or `set` is not the images the run
    /// was trained on (their counts and checksum differ).
    pub fn open_digits(self, set: &DigitSet) -> Result<DigitsModel> {
        let Some(DigitsRun { settings, images }) = self.0.digits.clone() else {
            return Err(problem(ModelProblem::PointsRun));
        };
        let here = identity(set);
        if images != here {
            return Err(problem(ModelProblem::OtherDigits { file: images, here }));
        }
        let trainer = resume(self.0, settings.build(set)?)?;
        Ok(DigitsModel { settings, trainer })
    }
}

impl Saved {
    /// The network of a digits run alone, to classify images with: its settings and its
    /// weights, checked against the network the settings build (the images it was trained on
    /// are not needed, so not checked). A run on the playground's data is refused.
    pub fn digits_network(self) -> Result<(DigitSettings, Network<f32>)> {
        let Some(DigitsRun { settings, .. }) = self.0.digits.clone() else {
            return Err(problem(ModelProblem::PointsRun));
        };
        let mut network = Network::new(settings.spec(), &mut rng_from_seed(settings.seed))?;
        if network.spec() != &self.0.network.spec {
            let (got, needs) = (described(&self.0.network.spec), described(network.spec()));
            return Err(problem(ModelProblem::Network { got, needs }));
        }
        let parameters = self.0.run_state().map_err(problem)?.parameters;
        let got: Vec<(usize, usize)> = parameters.iter().map(|m| m.shape()).collect();
        let needs: Vec<(usize, usize)> = network.affines().flat_map(|a| [a.w.shape(), a.b.shape()]).collect();
        if got != needs {
            return Err(problem(ModelProblem::Shapes { part: ModelPart::Weights, got, needs }));
        }
        for (affine, wb) in network.affines_mut().zip(parameters.chunks(2)) {
            affine.w.copy_from(&wb[0]);
            affine.b.copy_from(&wb[1]);
        }
        Ok((settings, network))
    }
}

/// Puts the file's state into `trainer`, built from the file's settings and data.
fn resume(file: File, mut trainer: Trainer<f32>) -> Result<Trainer<f32>> {
    if trainer.network().spec() != &file.network.spec {
        let (got, needs) = (described(&file.network.spec), described(trainer.network().spec()));
        return Err(problem(ModelProblem::Network { got, needs }));
    }
    let state = file.run_state().map_err(problem)?;
    trainer.restore(state).map_err(problem)?;
    Ok(trainer)
}

/// `2-4-1, tanh, sigmoid, xavier`: the widths and the names, the same in every language.
fn described(spec: &NetworkSpec) -> String {
    let widths: Vec<String> = spec.widths().iter().map(usize::to_string).collect();
    format!("{}, {}, {}, {}", widths.join("-"), spec.activation.name(), spec.output.name(), spec.init.name())
}
