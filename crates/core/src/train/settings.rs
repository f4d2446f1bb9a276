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

/// Largest accepted seed, `2³² − 1`: a seed is then the same whole number in Rust, in a URL and
/// in JavaScript (whose numbers hold whole numbers exactly only up to `2⁵³ − 1`).
pub const MAX_SEED: u64 = u32::MAX as u64;

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
    /// Seed of the initial weights and of batch sampling, in `0..=MAX_SEED`.
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

/// Checks a seed (`what` says which, [`Quantity::Seed`] or [`Quantity::DataSeed`]): a whole
/// number from 0 to [`MAX_SEED`].
pub fn check_seed(what: Quantity, seed: u64) -> Result<u64> {
    if seed <= MAX_SEED {
        return Ok(seed);
    }
    Err(Error::OutOfRange { what, got: seed.to_string(), allowed: Allowed::Whole { low: 0, high: MAX_SEED } })
}

impl Settings {
    /// Checks every number against its range: the data spec, the learning rate, the batch
    /// size, the regularisation rate and both seeds. (The network's shape is checked when it
    /// is built.)
    pub fn validate(&self) -> Result<()> {
        self.data.validate()?;
        check_seed(Quantity::DataSeed, self.data.seed)?;
        check_learning_rate(self.learning_rate)?;
        check_batch_size(self.batch_size)?;
        Regularization::new(self.regularization.penalty, self.regularization.rate)?;
        check_seed(Quantity::Seed, self.seed)?;
        Ok(())
    }

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
        self.validate()?;
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

    pub(super) fn examples<T: Real>(&self, data: &Dataset, encoding: TargetEncoding) -> Result<Examples<T>> {
        Ok(Examples { x: self.features.inputs(&data.points), t: data.targets(encoding)? })
    }

    /// Applies the live part of `self` to a running trainer (see [`Settings::change_to`]).
    /// All or nothing: the settings are checked first, so on an error the trainer is unchanged.
    pub fn apply_live<T: Real>(&self, trainer: &mut Trainer<T>) -> Result<()> {
        self.validate()?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_above_two_to_the_32_are_refused_with_a_sentence() {
        assert_eq!(check_seed(Quantity::Seed, MAX_SEED), Ok(MAX_SEED));
        let err = check_seed(Quantity::Seed, 9_007_199_254_740_993).unwrap_err().to_string();
        assert_eq!(err, "the seed is 9007199254740993, but it must be a whole number from 0 to 4294967295");
        let data_seed =
            Settings { data: DataSpec { seed: MAX_SEED + 1, ..DataSpec::default() }, ..Settings::default() };
        assert!(data_seed.validate().unwrap_err().to_string().starts_with("the data seed is 4294967296"));
        let seed = Settings { seed: u64::MAX, ..Settings::default() };
        assert!(seed.build::<f32>().is_err(), "a run is never built on an unchecked seed");
    }

    #[test]
    fn a_refused_live_change_leaves_the_trainer_as_it_was() {
        let mut trainer: Trainer<f32> = Settings::default().build().unwrap();
        let next = Settings {
            learning_rate: 0.5,
            optimizer: OptimizerKind::Adam,
            batch_size: 0,
            ..Settings::default()
        };
        assert!(next.apply_live(&mut trainer).unwrap_err().to_string().contains("the batch size is 0"));
        assert_eq!(trainer.optimizer().learning_rate(), 0.03);
        assert_eq!(trainer.optimizer().kind(), OptimizerKind::Sgd);
        // A rate built around `Regularization::new` (as deserialising does) is refused too.
        let penalty = Regularization { penalty: crate::network::Penalty::L2, rate: -1.0 };
        let bad_rate = Settings { batch_size: 10, regularization: penalty, ..next };
        assert!(bad_rate.apply_live(&mut trainer).unwrap_err().to_string().contains("regularisation rate"));
        assert_eq!(trainer.network().regularization, Regularization::default());
        assert_eq!(trainer.optimizer().learning_rate(), 0.03);
    }
}
