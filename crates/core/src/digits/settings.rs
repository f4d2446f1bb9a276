//! The settings of a digits run, defaulting to the book's (chapter 5.7's `train_neuralnet.py`).

use super::{DigitSet, CLASSES, PIXELS};
use crate::error::{Quantity, Result};
use crate::functions::Activation;
use crate::layers::Output;
use crate::network::{Init, Network, NetworkSpec, Regularization};
use crate::optimizer::{check_learning_rate, Optimizer, OptimizerKind};
use crate::real::Real;
use crate::rng_from_seed;
use crate::train::{check_batch_size, check_seed, Batcher, Sampling, Trainer};
use serde::{Deserialize, Serialize};

/// Updates of the book's run (`iters_num = 10000`): 125 epochs of 80 batches of 100.
pub const BOOK_UPDATES: usize = 10_000;

/// What a user chooses about a digits run; the network is always 784 inputs, softmax over 10.
/// A model file holds it as its serde form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigitSettings {
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
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
    /// Weight penalty (the book's run has none).
    pub regularization: Regularization,
    /// Seed of the initial weights and of the batches, in `0..=MAX_SEED`.
    pub seed: u64,
}

impl Default for DigitSettings {
    /// The book's: `TwoLayerNet(784, 50, 10)` with sigmoid (chapter 4.5's network, whose test
    /// accuracy the reference of 94.5 % is) and weights `N(0, 0.01²)`, SGD with
    /// `lr = 0.1`, batches of 100 drawn with replacement, seed 0.
    fn default() -> Self {
        Self {
            hidden: vec![50],
            activation: Activation::Sigmoid,
            init: Init::Small,
            optimizer: OptimizerKind::Sgd,
            learning_rate: 0.1,
            batch_size: 100,
            sampling: Sampling::Replacement,
            regularization: Regularization::default(),
            seed: 0,
        }
    }
}

impl DigitSettings {
    /// The network's shape: `784 → hidden → 10`, softmax with cross-entropy.
    pub fn spec(&self) -> NetworkSpec {
        NetworkSpec {
            inputs: PIXELS,
            hidden: self.hidden.clone(),
            activation: self.activation,
            output: Output::Softmax,
            outputs: CLASSES,
            init: self.init,
        }
    }

    /// A trainer on `set` (pixels scaled to `[0, 1]`, one-hot targets), after checking the
    /// learning rate, the batch size, the penalty, the seed and the network's shape.
    pub fn build<T: Real>(&self, set: &DigitSet) -> Result<Trainer<T>> {
        check_learning_rate(self.learning_rate)?;
        check_batch_size(self.batch_size)?;
        let regularization = Regularization::new(self.regularization.penalty, self.regularization.rate)?;
        check_seed(Quantity::Seed, self.seed)?;
        let mut rng = rng_from_seed(self.seed);
        let mut network = Network::new(self.spec(), &mut rng)?;
        network.regularization = regularization;
        let optimizer = Optimizer::new(self.optimizer, self.learning_rate)?;
        let batcher = Batcher::new(self.sampling, self.batch_size, set.train.count());
        Trainer::new(network, optimizer, set.train.examples(), set.test.examples(), batcher, rng)
    }
}
