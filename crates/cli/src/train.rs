//! `asaku train`: builds a run from the options, trains it epoch by epoch and prints JSON lines.

use crate::digits::{self, DataSource, DIGITS};
use crate::model;
use crate::options::{DataArgs, NetworkArgs, TrainingArgs};
use crate::output::Failure;
use crate::output::{json_line, Outcome};
use asaku_core::model::{DigitsModel, Model, OwnPoints, Saved};
use asaku_core::train::{Bests, Divergence, EpochStats, Settings, Status, Trainer};
use clap::Args;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Options of `asaku train`.
#[derive(Debug, Args)]
pub struct TrainCommand {
    /// The data.
    #[command(flatten)]
    pub data: DataArgs,
    /// The network.
    #[command(flatten)]
    pub network: NetworkArgs,
    /// The training.
    #[command(flatten)]
    pub training: TrainingArgs,
    /// How many epochs to train (an epoch is one pass's worth of mini-batches). With --data
    /// digits the default is 125: the book's 10,000 updates, at 80 batches of 100 per epoch.
    #[arg(long, value_name = "N", default_value_t = 100, default_value_if("data", DIGITS, "125"))]
    pub epochs: usize,
    /// Go on from the run saved in this model file: its settings, data, weights, epoch and
    /// history (so the data, network and training options are refused with it). A digits run
    /// reads the digits from --digits-file (or its default) and checks they are the same images.
    #[arg(long, value_name = "FILE", conflicts_with_all = LOADED_OPTIONS)]
    pub load: Option<PathBuf>,
    /// After training, save the run as a model file (the page's Import model opens a run on the
    /// playground's data; a digits run names its images, counts and checksum, rather than holding them).
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
}

/// The options a model file already holds, which `--load` refuses rather than silently ignore.
const LOADED_OPTIONS: [&str; 18] = [
    "data",
    "points_file",
    "task",
    "points",
    "noise",
    "train_ratio",
    "seed",
    "features",
    "layers",
    "activation",
    "output",
    "init",
    "reg",
    "reg_rate",
    "optimizer",
    "lr",
    "batch",
    "sampling",
];

/// The last line `asaku train` prints.
#[derive(Debug, Serialize)]
struct Summary {
    /// The network, e.g. `2-4-2-1 network, tanh hidden, sigmoid output (cross-entropy), …`.
    network: String,
    /// The loss, fixed by the output.
    loss: &'static str,
    /// Epochs completed.
    epochs: usize,
    /// `completed` or `diverged`.
    status: &'static str,
    /// What became non-finite, when diverged.
    #[serde(skip_serializing_if = "Option::is_none")]
    diverged: Option<Divergence>,
    /// The stats of the last completed epoch.
    #[serde(rename = "final")]
    last: EpochStats,
    /// The lowest losses and highest accuracies of the run, each with its epoch.
    best: Bests,
}

/// Runs `asaku train`.
pub fn run(command: &TrainCommand) -> Outcome {
    let saved = match command.load.as_deref() {
        Some(path) => Some((path, model::load(path)?)),
        None => None,
    };
    let Model { settings, points, mut trainer } = match saved {
        Some((path, saved)) if saved.is_digits() => return run_digits(command, Some((path, saved))),
        Some((path, saved)) => saved.open().map_err(|e| model::refused(path, &e))?,
        None if command.data.data == DataSource::Digits => return run_digits(command, None),
        None => build(command)?,
    };
    train_epochs(&mut trainer, command.epochs)?;
    if let Some(path) = &command.save {
        model::save(path, &settings, points.as_ref(), &trainer)?;
    }
    summarize(&trainer, settings.learning_rate)
}

/// `asaku train --data digits`, or `--load` of a digits run: the book's network on the
/// handwritten digits, from the options or from the model file `saved` (opened on the digits
/// read, which must be the images it was trained on).
fn run_digits(command: &TrainCommand, saved: Option<(&Path, Saved)>) -> Outcome {
    let set = digits::load(command.data.digits_file.as_deref())?;
    let DigitsModel { settings, mut trainer } = match saved {
        Some((path, saved)) => saved.open_digits(&set).map_err(|e| model::refused(path, &e))?,
        None => {
            let settings = digits::settings(command)?;
            DigitsModel { trainer: settings.build::<f32>(&set)?, settings }
        }
    };
    train_epochs(&mut trainer, command.epochs)?;
    if let Some(path) = &command.save {
        model::save_digits(path, &settings, &set, &trainer)?;
    }
    summarize(&trainer, settings.learning_rate)
}

/// Prints the run's stats now and after each of `epochs` epochs (stopping if it diverges).
fn train_epochs(trainer: &mut Trainer<f32>, epochs: usize) -> Result<(), Failure> {
    json_line(last(trainer))?;
    for _ in 0..epochs {
        if trainer.epoch() != Status::Training {
            break;
        }
        json_line(last(trainer))?;
    }
    Ok(())
}

/// A new run from the options; a points file's points are kept for a model file.
fn build(command: &TrainCommand) -> Result<Model, crate::output::Failure> {
    let mut settings = Settings::default();
    command.data.apply(&mut settings)?;
    command.network.apply(&mut settings)?;
    command.training.apply(&mut settings);
    let split = command.data.split(&settings.data)?;
    let trainer = settings.build_on::<f32>(&split)?;
    let points = command.data.points_file.is_some().then(|| OwnPoints::from_split(&split));
    Ok(Model { settings, points, trainer })
}

fn last(trainer: &Trainer<f32>) -> &EpochStats {
    trainer.history().last().expect("the history starts with epoch 0")
}

/// Prints the summary line and, for a diverged run, a sentence with advice on stderr.
fn summarize(trainer: &Trainer<f32>, lr: f64) -> Outcome {
    let network = trainer.network();
    let diverged = match trainer.status() {
        Status::Training => None,
        Status::Diverged { epoch, cause } => {
            eprintln!("{}", divergence_advice(epoch, cause, lr));
            Some(cause)
        }
    };
    json_line(&Summary {
        network: network.to_string(),
        loss: network.spec().output.loss_name(),
        epochs: trainer.epoch_count(),
        status: if diverged.is_some() { "diverged" } else { "completed" },
        diverged,
        last: *last(trainer),
        best: trainer.history().bests(),
    })
}

/// What happened and what to try, e.g. after a learning rate of 10 made the loss infinite.
fn divergence_advice(epoch: usize, cause: Divergence, lr: f64) -> String {
    let what = match cause {
        Divergence::Loss => "the loss",
        Divergence::Weights => "a weight",
    };
    format!(
        "training diverged during epoch {}: {what} became NaN or infinite, so training stopped \
         with the weights of epoch {epoch}. Try a lower learning rate than {lr} (e.g. --lr {}).",
        epoch + 1,
        lr / 10.0
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advice_names_the_epoch_and_a_lower_rate() {
        let advice = divergence_advice(3, Divergence::Loss, 10.0);
        assert!(advice.starts_with("training diverged during epoch 4: the loss became NaN"), "{advice}");
        assert!(advice.ends_with("Try a lower learning rate than 10 (e.g. --lr 1)."), "{advice}");
        assert!(divergence_advice(0, Divergence::Weights, 1.0).contains("a weight became"));
    }
}
