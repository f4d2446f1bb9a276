//! What training records after each epoch.

use serde::Serialize;

/// Loss and accuracy on the training and test sets after an epoch (epoch 0: before training).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct EpochStats {
    /// Epochs completed.
    pub epoch: usize,
    /// Data loss on the whole training set.
    pub train_loss: f64,
    /// Data loss on the test set (`None` without test data).
    pub test_loss: Option<f64>,
    /// Fraction of training examples classified correctly (`None` for regression).
    pub train_accuracy: Option<f64>,
    /// Fraction of test examples classified correctly (`None` for regression or no test data).
    pub test_accuracy: Option<f64>,
}

/// Why training stopped in the diverged state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Divergence {
    /// A loss (of a mini-batch, or of the training set at an epoch's end) was NaN or infinite.
    Loss,
    /// A weight was NaN or infinite at an epoch's end.
    Weights,
}

/// Whether training can go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Status {
    /// Steps train the network.
    Training,
    /// A step met a non-finite number; the weights are back at the last completed epoch's
    /// (all finite, with a finite loss) and steps do nothing until the learning rate is
    /// changed or [`super::Trainer::resume`] is called.
    Diverged {
        /// Epochs completed when it happened.
        epoch: usize,
        /// What became non-finite.
        cause: Divergence,
    },
}
