//! What can be read from, and changed on, a trainer between steps.

use super::{Examples, History, Status, Trainer};
use crate::error::{written, Allowed, Error, NetworkPart, NetworkProblem, Quantity, Result};
use crate::functions::Activation;
use crate::network::{Network, Regularization};
use crate::optimizer::{Optimizer, OptimizerKind};
use crate::real::Real;
use crate::train::{settings::check_batch_size, Sampling};

impl<T: Real> Trainer<T> {
    /// The network being trained.
    pub fn network(&self) -> &Network<T> {
        &self.network
    }

    /// Whether training can go on.
    pub fn status(&self) -> Status {
        self.status
    }

    /// Epochs completed.
    pub fn epoch_count(&self) -> usize {
        self.epoch
    }

    /// Mini-batches done within the current epoch.
    pub fn step_in_epoch(&self) -> usize {
        self.step_in_epoch
    }

    /// Mini-batches per epoch.
    pub fn steps_per_epoch(&self) -> usize {
        self.batcher.steps_per_epoch()
    }

    /// The data loss of the last mini-batch, without the weight penalty, like the epochs'
    /// `train_loss` (`None` before the first step).
    pub fn last_batch_loss(&self) -> Option<f64> {
        self.last_loss
    }

    /// Loss and accuracy at every completed epoch (epoch 0 first), in bounded memory: the
    /// newest exactly, the older decimated, and the bests.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Which hidden units output 0 for every training example, as of the last evaluation (every
    /// epoch, and after a change of activation or weight): `inactive_units()[l][j]` for unit
    /// `j` of hidden layer `l` (from 0). A ReLU unit stuck there passes no gradient ("dying
    /// ReLU").
    pub fn inactive_units(&self) -> &[Vec<bool>] {
        &self.inactive
    }

    /// The hidden layers (from 0) whose every unit is inactive on the whole training set: the
    /// output then no longer depends on the input, and no gradient reaches the layers below.
    pub fn dead_layers(&self) -> Vec<usize> {
        let dead = |units: &Vec<bool>| units.iter().all(|&inactive| inactive);
        self.inactive.iter().enumerate().filter(|(_, units)| dead(units)).map(|(l, _)| l).collect()
    }

    /// The examples trained on (inputs already turned into features, targets encoded).
    pub fn training_examples(&self) -> &Examples<T> {
        &self.train
    }

    /// The optimizer in use.
    pub fn optimizer(&self) -> &Optimizer<T> {
        &self.optimizer
    }

    /// Leaves the diverged state (the optimizer's state was already cleared when it diverged).
    pub fn resume(&mut self) {
        self.status = Status::Training;
    }

    /// Changes the learning rate; the usual remedy for divergence, so it also resumes.
    pub fn set_learning_rate(&mut self, lr: f64) -> Result<()> {
        self.optimizer.set_learning_rate(lr)?;
        self.resume();
        Ok(())
    }

    /// Switches to another update rule, with fresh state and the same learning rate.
    pub fn set_optimizer(&mut self, kind: OptimizerKind) {
        if kind != self.optimizer.kind() {
            self.optimizer =
                Optimizer::new(kind, self.optimizer.learning_rate()).expect("the current rate is valid");
        }
    }

    /// Changes the mini-batch size (takes effect from the next epoch boundary's count).
    pub fn set_batch_size(&mut self, batch_size: usize) -> Result<()> {
        self.batcher.batch_size = check_batch_size(batch_size)?;
        self.step_in_epoch = self.step_in_epoch.min(self.batcher.steps_per_epoch() - 1);
        Ok(())
    }

    /// Changes how batches are drawn; the next shuffle starts a fresh pass.
    pub fn set_sampling(&mut self, sampling: Sampling) {
        self.batcher.sampling = sampling;
        self.batcher.restart();
        self.step_in_epoch = self.step_in_epoch.min(self.batcher.steps_per_epoch() - 1);
    }

    /// Changes the weight penalty.
    pub fn set_regularization(&mut self, regularization: Regularization) {
        self.network.regularization = regularization;
    }

    /// Changes the hidden activation, keeping the weights and the epoch.
    pub fn set_activation(&mut self, activation: Activation) {
        self.finish_evaluation();
        self.network.set_activation(activation);
        self.refresh_last_stats();
    }

    /// Sets one weight `W[layer][i, j]` (`layer` counts affine layers from 0) or, with
    /// `i = None`, the bias `b[layer][j]`. A value the weights' number type cannot hold, or one
    /// that makes the training loss non-finite, is refused and the network is left as it was;
    /// an accepted edit is evaluated before it becomes the snapshot to return to on divergence.
    pub fn set_parameter(&mut self, layer: usize, i: Option<usize>, j: usize, value: f64) -> Result<()> {
        self.finish_evaluation();
        let stored = T::of(value);
        if !stored.is_finite() {
            return Err(Error::OutOfRange {
                what: Quantity::Weight,
                got: written(value),
                allowed: weight_range::<T>(),
            });
        }
        let before = std::mem::replace(self.parameter_cell(layer, i, j)?, stored);
        self.refresh_last_stats();
        let loss = self.history.last().map_or(f64::NAN, |s| s.train_loss);
        if loss.is_finite() {
            return Ok(());
        }
        *self.parameter_cell(layer, i, j)? = before;
        self.refresh_last_stats();
        Err(Error::OutOfRange {
            what: Quantity::Weight,
            got: written(value),
            allowed: Allowed::KeepsLossFinite,
        })
    }

    /// The cell of `W[layer][i, j]`, or of `b[layer][j]` when `i` is `None`.
    fn parameter_cell(&mut self, layer: usize, i: Option<usize>, j: usize) -> Result<&mut T> {
        let affine =
            self.network.affines_mut().nth(layer).ok_or_else(|| out_of_network(NetworkPart::Layer, layer))?;
        let (matrix, row) = match i {
            Some(i) => (&mut affine.w, i),
            None => (&mut affine.b, 0),
        };
        matrix.get_mut((row, j)).ok_or_else(|| out_of_network(NetworkPart::WeightIndex, j))
    }

    /// Re-evaluates the newest history entry after an edit that changes the function (not
    /// the epoch), so the numbers shown match the network drawn.
    pub(super) fn refresh_last_stats(&mut self) {
        self.history.pop();
        self.record_epoch();
    }
}

/// What a weight of type `T` can hold: `±3.4028235e38` for `f32`.
fn weight_range<T: Real>() -> Allowed {
    let max = T::max_value().map_or(f64::MAX, |m| m.to_f64());
    Allowed::Float { max, bits: 8 * std::mem::size_of::<T>() }
}

fn out_of_network(what: NetworkPart, index: usize) -> Error {
    Error::InvalidNetwork(NetworkProblem::NoSuch { what, index })
}
