//! The JSON layout of a model file, versions 1 and 2, and the run's state in it.

use super::number::Weight;
use super::DigitsIdentity;
use super::{OwnPoints, FORMAT, OLDEST_VERSION, VERSION};
use crate::digits::DigitSettings;
use crate::error::{quote, ModelPart, ModelProblem};
use crate::network::NetworkSpec;
use crate::real::Matrix;
use crate::train::{History, RunState, Settings, Status, Trainer};
use crate::Rng;
use serde::{Deserialize, Serialize};

/// A matrix as its rows (`"NaN"`, `"inf"` and `"-inf"` for the numbers JSON cannot write).
type Rows = Vec<Vec<Weight>>;

/// The whole file: either `settings` (with `data`) or `digits` says what the run is on.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct File {
    format: String,
    version: u64,
    /// A run on the playground's data: its settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) settings: Option<Settings>,
    /// Its own points, `None` for the set the settings generate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) data: Option<OwnPoints>,
    /// A run on the handwritten digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) digits: Option<DigitsRun>,
    pub(super) network: NetworkPart,
    pub(super) training: Training,
    pub(super) history: History,
}

/// A digits run: its settings and the images it was trained on (named, not held).
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DigitsRun {
    pub(super) settings: DigitSettings,
    pub(super) images: DigitsIdentity,
}

/// The network's spec and its parameters, layer by layer.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NetworkPart {
    pub(super) spec: NetworkSpec,
    layers: Vec<Parameters>,
}

/// One affine layer's `W` (rows) and `b`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Parameters {
    w: Rows,
    b: Vec<Weight>,
}

/// Where training is, and the state that makes the next steps the same.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Training {
    epoch: usize,
    step_in_epoch: usize,
    status: Status,
    #[serde(with = "super::number::optional")]
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

/// What is read first: the format and the version, whatever the rest is.
#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    version: Option<u64>,
}

impl File {
    /// A file of `trainer`'s run, on the data `settings` and `points` or `digits` name.
    pub(super) fn new(
        settings: Option<&Settings>,
        points: Option<&OwnPoints>,
        digits: Option<DigitsRun>,
        trainer: &Trainer<f32>,
    ) -> File {
        assert!(
            !trainer.evaluation_pending(),
            "model file: an epoch's evaluation is still pending (finish it first: evaluate_rows until done)"
        );
        let run = trainer.run_state();
        let at_boundary = run.epoch_parameters == run.parameters;
        let training = Training {
            epoch: run.epoch,
            step_in_epoch: run.step_in_epoch,
            status: run.status,
            last_batch_loss: run.last_batch_loss,
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
            settings: settings.cloned(),
            data: points.cloned(),
            digits,
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
        let head: Head = serde_json::from_str(text).map_err(|e| unreadable(&e))?;
        if head.format.as_deref() != Some(FORMAT) {
            return Err(ModelProblem::Format { got: quote(&head.format.unwrap_or_default()) });
        }
        match head.version {
            Some(v) if (u64::from(OLDEST_VERSION)..=u64::from(VERSION)).contains(&v) => {
                serde_json::from_str(text).map_err(|e| unreadable(&e))
            }
            Some(got) => Err(ModelProblem::Version { got, oldest: OLDEST_VERSION, newest: VERSION }),
            None => Err(ModelProblem::NoVersion),
        }
    }

    /// The state to put into a trainer built from the file's settings and data.
    pub(super) fn run_state(self) -> Result<RunState<f32>, ModelProblem> {
        let t = self.training;
        let parameters = matrices(ModelPart::Weights, &self.network.layers)?;
        let epoch_parameters = match &t.epoch_layers {
            Some(layers) => matrices(ModelPart::EpochWeights, layers)?,
            None => parameters.clone(),
        };
        let mut optimizer_state = Vec::with_capacity(t.optimizer_state.len());
        for [a, b] in &t.optimizer_state {
            optimizer_state.push([matrix(ModelPart::Optimizer, a)?, matrix(ModelPart::Optimizer, b)?]);
        }
        Ok(RunState {
            parameters,
            epoch_parameters,
            optimizer_state,
            optimizer_steps: t.optimizer_steps,
            order: t.order,
            cursor: t.cursor,
            rng: generator(&t.generator)?,
            epoch: t.epoch,
            step_in_epoch: t.step_in_epoch,
            status: t.status,
            last_batch_loss: t.last_batch_loss,
            history: self.history,
        })
    }
}

/// What the JSON reader said, by its kind: not JSON, cut short, or not a model file's layout;
/// its message (without the position, which the sentence gives) as a quoted detail.
fn unreadable(e: &serde_json::Error) -> ModelProblem {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    let message = e.to_string();
    let position = format!(" at line {line} column {column}");
    let detail = quote(message.strip_suffix(&position).unwrap_or(&message));
    match e.classify() {
        Category::Eof => ModelProblem::Cut { line, column },
        Category::Syntax | Category::Io => ModelProblem::NotJson { line, column, detail },
        Category::Data => ModelProblem::Layout { line, column, detail },
    }
}

fn rows(m: &Matrix<f32>) -> Rows {
    m.row_iter().map(|r| r.iter().map(|&v| Weight::from(v)).collect()).collect()
}

fn layers(parameters: &[Matrix<f32>]) -> Vec<Parameters> {
    parameters
        .chunks(2)
        .map(|wb| Parameters { w: rows(&wb[0]), b: wb[1].iter().map(|&v| Weight::from(v)).collect() })
        .collect()
}

/// `W1, b1, W2, b2, …` from the layers.
fn matrices(part: ModelPart, layers: &[Parameters]) -> Result<Vec<Matrix<f32>>, ModelProblem> {
    let mut out = Vec::with_capacity(2 * layers.len());
    for layer in layers {
        out.push(matrix(part, &layer.w)?);
        out.push(matrix(part, std::slice::from_ref(&layer.b))?);
    }
    Ok(out)
}

/// A matrix of 32-bit floats from rows of equal length.
fn matrix(part: ModelPart, rows: &[Vec<Weight>]) -> Result<Matrix<f32>, ModelProblem> {
    let first = rows.first().map_or(0, Vec::len);
    if let Some((i, row)) = rows.iter().enumerate().find(|(_, r)| r.len() != first) {
        return Err(ModelProblem::Ragged { part, row: i + 1, length: row.len(), first });
    }
    let beyond = rows.iter().flatten().find(|n| n.0.is_finite() && (n.0 as f32).is_infinite());
    if let Some(n) = beyond {
        return Err(ModelProblem::TooLarge { part, got: n.0 });
    }
    Ok(Matrix::from_fn(rows.len(), first, |i, j| rows[i][j].0 as f32))
}

fn generator_state(rng: &Rng) -> u128 {
    let json = serde_json::to_string(rng).expect("the generator's state is one number");
    serde_json::from_str::<GeneratorState>(&json).expect("the generator's serde form is { state }").state
}

/// The generator from 32 hexadecimal digits of an odd state (a PCG-MCG state is always odd).
fn generator(hex: &str) -> Result<Rng, ModelProblem> {
    let state = u128::from_str_radix(hex, 16).ok().filter(|s| hex.len() == 32 && s % 2 == 1);
    let Some(state) = state else {
        return Err(ModelProblem::Generator { got: quote(hex) });
    };
    let json = serde_json::to_string(&GeneratorState { state }).expect("one number");
    Ok(serde_json::from_str(&json).expect("the generator's serde form is { state }"))
}
