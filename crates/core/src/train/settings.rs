//! Every user setting of a training run in one table, and the one rule that says which
//! changes apply live and which rebuild the run.

use super::{Batcher, Examples, Sampling, Trainer};
use crate::data::{DataSpec, Dataset, FeatureSet, Split, TargetEncoding, Task};
use crate::error::{Allowed, Error, Quantity, Result};
use crate::functions::Activation;
use crate::layers::Output;
use crate::network::{Init, Network, NetworkSpec, Regularization};
use crate::optimizer::{check_learning_rate, Optimizer, OptimizerKind};
use crate::real::Real;
use crate::rng_from_seed;
use serde::{Deserialize, Serialize};

/// Largest accepted mini-batch size (as many as the most points a data set may have).
pub const MAX_BATCH_SIZE: usize = crate::data::MAX_POINTS;

/// Everything a user chooses about a run. The same settings always give the same run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The generated data set.
    pub data: DataSpec,
    /// The input features computed from each point.
    pub features: FeatureSet,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
    /// Output function and loss.
    pub output: Output,
    /// Weight initialiser.
    pub init: Init,
    /// Update rule.
    pub optimizer: OptimizerKind,
    /// Learning rate `lr`.
    pub learning_rate: f64,
    /// Mini-batch size `B`.
    pub batch_size: usize,
    /// How batches are drawn.
    pub sampling: Sampling,
    /// Weight penalty.
    pub regularization: Regularization,
    /// Seed of the initial weights and of batch sampling.
    pub seed: u64,
}

impl Default for Settings {
    /// The playground's start: a clean circle, 2-4-2-1 tanh with a sigmoid output, SGD 0.03,
    /// batches of 10.
    fn default() -> Self {
        Self {
            data: DataSpec::default(),
            features: FeatureSet::default(),
            hidden: vec![4, 2],
            activation: Activation::Tanh,
            output: Output::Sigmoid,
            init: Init::Xavier,
            optimizer: OptimizerKind::Sgd,
            learning_rate: 0.03,
            batch_size: 10,
            sampling: Sampling::Shuffle,
            regularization: Regularization::default(),
            seed: 1,
        }
    }
}

/// How a change of settings reaches a running trainer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing changed.
    None,
    /// Applied to the running trainer; weights and epoch are kept.
    Live,
    /// The data, the network's shape or the seed changed: the run is built anew.
    Rebuild,
}

/// Checks a mini-batch size: `1..=MAX_BATCH_SIZE`.
pub fn check_batch_size(batch_size: usize) -> Result<usize> {
    if (1..=MAX_BATCH_SIZE).contains(&batch_size) {
        return Ok(batch_size);
    }
    Err(Error::OutOfRange {
        what: Quantity::BatchSize,
        got: batch_size.to_string(),
        allowed: Allowed::Whole { low: 1, high: MAX_BATCH_SIZE as u64 },
    })
}

impl Settings {
    /// What moving from `self` to `next` requires.
    pub fn change_to(&self, next: &Settings) -> Change {
        let rebuild = self.data != next.data
            || self.features != next.features
            || self.hidden != next.hidden
            || self.output != next.output
            || self.init != next.init
            || self.seed != next.seed;
        match (rebuild, self == next) {
            (true, _) => Change::Rebuild,
            (false, true) => Change::None,
            (false, false) => Change::Live,
        }
    }

    /// The target encoding the output needs, for data of `task`.
    pub fn encoding(&self, task: Task) -> TargetEncoding {
        match self.output {
            Output::Sigmoid => TargetEncoding::Binary,
            Output::Tanh => TargetEncoding::Signed,
            Output::Identity => TargetEncoding::Value,
            Output::Softmax => TargetEncoding::OneHot { classes: task.classes().unwrap_or(2) },
        }
    }

    /// Generates the data and builds the trainer.
    pub fn build<T: Real>(&self) -> Result<Trainer<T>> {
        self.build_on(&self.data.generate()?)
    }

    /// Builds the trainer on given data (e.g. a user's own points).
    pub fn build_on<T: Real>(&self, split: &Split) -> Result<Trainer<T>> {
        check_learning_rate(self.learning_rate)?;
        check_batch_size(self.batch_size)?;
        let encoding = self.encoding(split.train.task);
        let train = self.examples(&split.train, encoding)?;
        let test = self.examples(&split.test, encoding)?;
        let spec = NetworkSpec {
            inputs: self.features.len(),
            hidden: self.hidden.clone(),
            activation: self.activation,
            output: self.output,
            outputs: encoding.columns(),
            init: self.init,
        };
        let mut rng = rng_from_seed(self.seed);
        let mut network = Network::new(spec, &mut rng)?;
        network.regularization = self.regularization;
        let optimizer = Optimizer::new(self.optimizer, self.learning_rate)?;
        let batcher = Batcher::new(self.sampling, self.batch_size, train.len());
        Trainer::new(network, optimizer, train, test, batcher, rng)
    }

    fn examples<T: Real>(&self, data: &Dataset, encoding: TargetEncoding) -> Result<Examples<T>> {
        Ok(Examples { x: self.features.inputs(&data.points), t: data.targets(encoding)? })
    }

    /// Applies the live part of `self` to a running trainer (see [`Settings::change_to`]).
    pub fn apply_live<T: Real>(&self, trainer: &mut Trainer<T>) -> Result<()> {
        if trainer.optimizer().learning_rate() != self.learning_rate {
            trainer.set_learning_rate(self.learning_rate)?;
        }
        trainer.set_optimizer(self.optimizer);
        trainer.set_batch_size(self.batch_size)?;
        if trainer.batcher.sampling != self.sampling {
            trainer.set_sampling(self.sampling);
        }
        trainer.set_regularization(self.regularization);
        if trainer.network().spec().activation != self.activation {
            trainer.set_activation(self.activation);
        }
        Ok(())
    }
}
