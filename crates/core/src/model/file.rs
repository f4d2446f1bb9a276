//! The JSON layout of a model file, version 1, and its conversion to and from a run.

use super::{problem, Model, OwnPoints, FORMAT, VERSION};
use crate::error::{ModelPart, ModelProblem, Result};
use crate::network::NetworkSpec;
use crate::real::Matrix;
use crate::train::{History, RunState, Settings, Status, Trainer};
use crate::Rng;
use serde::{Deserialize, Serialize};

/// A matrix as its rows.
type Rows = Vec<Vec<f32>>;

/// The whole file.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct File {
    format: String,
    version: u64,
    settings: Settings,
    data: Option<OwnPoints>,
    network: NetworkPart,
    training: Training,
    history: History,
}

/// The network's spec and its parameters, layer by layer.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NetworkPart {
    spec: NetworkSpec,
    layers: Vec<Parameters>,
}

/// One affine layer's `W` (rows) and `b`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Parameters {
    w: Rows,
    b: Vec<f32>,
}

/// Where training is, and the state that makes the next steps the same.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Training {
    epoch: usize,
    step_in_epoch: usize,
    status: Status,
    last_batch_loss: Option<f64>,
    /// The parameters at the last completed epoch, when a step was taken since.
    epoch_layers: Option<Vec<Parameters>>,
    /// Per parameter (`W1, b1, W2, …`) the optimizer's one or two state matrices.
    optimizer_state: Vec<[Rows; 2]>,
    optimizer_steps: u64,
    order: Vec<usize>,
    cursor: usize,
    /// The PCG generator's 128-bit state, in hexadecimal.
    generator: String,
}

/// The generator's state as its serde form holds it.
#[derive(Serialize, Deserialize)]
struct GeneratorState {
    state: u128,
}

impl File {
    pub(super) fn new(settings: &Settings, points: Option<&OwnPoints>, trainer: &Trainer<f32>) -> File {
        let run = trainer.run_state();
        let at_boundary = run.epoch_parameters == run.parameters;
        let training = Training {
            epoch: run.epoch,
            step_in_epoch: run.step_in_epoch,
            status: run.status,
            last_batch_loss: run.last_batch_loss.filter(|l| l.is_finite()),
            epoch_layers: (!at_boundary).then(|| layers(&run.epoch_parameters)),
            optimizer_state: run.optimizer_state.iter().map(|[a, b]| [rows(a), rows(b)]).collect(),
            optimizer_steps: run.optimizer_steps,
            order: run.order,
            cursor: run.cursor,
            generator: format!("{:032x}", generator_state(&run.rng)),
        };
        File {
            format: FORMAT.into(),
            version: VERSION.into(),
            settings: settings.clone(),
            data: points.cloned(),
            network: NetworkPart { spec: trainer.network().spec().clone(), layers: layers(&run.parameters) },
            training,
            history: run.history,
        }
    }

    pub(super) fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a model file is plain data with string keys")
    }

    /// Reads the text, checking the format and the version before the rest.
    pub(super) fn from_json(text: &str) -> Result<File, ModelProblem> {
        let unreadable = |e: serde_json::Error| ModelProblem::Unreadable { detail: e.to_string() };
        let head: Head = serde_json::from_str(text).map_err(unreadable)?;
        if head.format.as_deref() != Some(FORMAT) {
            return Err(ModelProblem::Format { got: head.format.unwrap_or_default() });
        }
        match head.version {
            Some(v) if v == u64::from(VERSION) => serde_json::from_str(text).map_err(unreadable),
            Some(got) => Err(ModelProblem::Version { got, reads: VERSION }),
            None => Err(ModelProblem::Unreadable { detail: "there is no whole-number \"version\"".into() }),
        }
    }

    /// Builds the run from the settings and data, then puts the saved state into it.
    pub(super) fn open(self) -> Result<Model> {
        self.settings.validate()?;
        let split = match &self.data {
            Some(points) => points.split()?,
            None => self.settings.data.generate()?,
        };
        let mut trainer: Trainer<f32> = self.settings.build_on(&split)?;
        if trainer.network().spec() != &self.network.spec {
            let got = format!("{:?}", self.network.spec.widths());
            let needs = format!("the one the settings build, {:?}", trainer.network().spec().widths());
            return Err(problem(ModelProblem::Inconsistent { part: ModelPart::Network, got, needs }));
        }
        let state = self.training.run_state(&self.network.layers, self.history).map_err(problem)?;
        trainer.restore(state).map_err(problem)?;
        Ok(Model { settings: self.settings, points: self.data, trainer })
    }
}

/// What is read first: the format and the version, whatever the rest is.
#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    version: Option<u64>,
}

impl Training {
    fn run_state(self, layers: &[Parameters], history: History) -> Result<RunState<f32>, ModelProblem> {
        let parameters = matrices(ModelPart::Weights, layers)?;
        let epoch_parameters = match &self.epoch_layers {
            Some(layers) => matrices(ModelPart::EpochWeights, layers)?,
            None => parameters.clone(),
        };
        let mut optimizer_state = Vec::with_capacity(self.optimizer_state.len());
        for [a, b] in &self.optimizer_state {
            optimizer_state.push([matrix(ModelPart::Optimizer, a)?, matrix(ModelPart::Optimizer, b)?]);
        }
        Ok(RunState {
            parameters,
            epoch_parameters,
            optimizer_state,
            optimizer_steps: self.optimizer_steps,
            order: self.order,
            cursor: self.cursor,
            rng: generator(&self.generator)?,
            epoch: self.epoch,
            step_in_epoch: self.step_in_epoch,
            status: self.status,
            last_batch_loss: self.last_batch_loss,
            history,
        })
    }
}

fn rows(m: &Matrix<f32>) -> Rows {
    m.row_iter().map(|r| r.iter().copied().collect()).collect()
}

fn layers(parameters: &[Matrix<f32>]) -> Vec<Parameters> {
    parameters
        .chunks(2)
        .map(|wb| Parameters { w: rows(&wb[0]), b: wb[1].iter().copied().collect() })
        .collect()
}

/// `W1, b1, W2, b2, …` from the layers.
fn matrices(part: ModelPart, layers: &[Parameters]) -> Result<Vec<Matrix<f32>>, ModelProblem> {
    let mut out = Vec::with_capacity(2 * layers.len());
    for layer in layers {
        out.push(matrix(part, &layer.w)?);
        out.push(Matrix::from_row_slice(1, layer.b.len(), &layer.b));
    }
    Ok(out)
}

/// A matrix from rows of equal length.
fn matrix(part: ModelPart, rows: &Rows) -> Result<Matrix<f32>, ModelProblem> {
    let width = rows.first().map_or(0, Vec::len);
    if let Some((i, row)) = rows.iter().enumerate().find(|(_, r)| r.len() != width) {
        let got = format!("{} numbers long in row {}", row.len(), i + 1);
        return Err(ModelProblem::Inconsistent { part, got, needs: format!("{width} long like row 1") });
    }
    Ok(Matrix::from_fn(rows.len(), width, |i, j| rows[i][j]))
}

fn generator_state(rng: &Rng) -> u128 {
    let json = serde_json::to_string(rng).expect("the generator's state is one number");
    serde_json::from_str::<GeneratorState>(&json).expect("the generator's serde form is { state }").state
}

/// The generator from 32 hexadecimal digits of an odd state (a PCG-MCG state is always odd).
fn generator(hex: &str) -> Result<Rng, ModelProblem> {
    let state = u128::from_str_radix(hex, 16).ok().filter(|s| hex.len() == 32 && s % 2 == 1);
    let Some(state) = state else {
        let needs = "32 hexadecimal digits of an odd number".to_string();
        return Err(ModelProblem::Inconsistent {
            part: ModelPart::Generator,
            got: format!("\"{hex}\""),
            needs,
        });
    };
    let json = serde_json::to_string(&GeneratorState { state }).expect("one number");
    Ok(serde_json::from_str(&json).expect("the generator's serde form is { state }"))
}
