//! A run's state beyond its settings and data, taken out of a trainer and put back: what makes
//! the next epochs of a reopened run exactly those of the run that was saved.

use super::{History, Status, Trainer};
use crate::error::{ModelPart, ModelProblem};
use crate::real::{Matrix, Real};
use crate::Rng;

/// The most epochs a restored run may have done, `2³⁰` (far more than any run trains).
pub const MAX_EPOCH: usize = 1 << 30;

/// Everything a trainer holds that its settings and data do not give.
#[derive(Clone, Debug, PartialEq)]
pub struct RunState<T: Real> {
    /// The parameters in the order `W1, b1, W2, b2, …`.
    pub parameters: Vec<Matrix<T>>,
    /// The parameters at the last completed epoch (what a divergence goes back to); the same
    /// as `parameters` at an epoch's boundary.
    pub epoch_parameters: Vec<Matrix<T>>,
    /// The optimizer's state per parameter (empty before the first update).
    pub optimizer_state: Vec<[Matrix<T>; 2]>,
    /// The optimizer's count of updates `t` (Adam's bias correction uses it).
    pub optimizer_steps: u64,
    /// The order the sampler walks the training examples in.
    pub order: Vec<usize>,
    /// The sampler's position in `order`.
    pub cursor: usize,
    /// The generator that draws the next batches.
    pub rng: Rng,
    /// Epochs completed.
    pub epoch: usize,
    /// Mini-batches done within the current epoch.
    pub step_in_epoch: usize,
    /// Whether training can go on.
    pub status: Status,
    /// The data loss of the last mini-batch.
    pub last_batch_loss: Option<f64>,
    /// What was recorded epoch by epoch.
    pub history: History,
}

impl<T: Real> Trainer<T> {
    /// The state to save, see [`RunState`].
    pub fn run_state(&self) -> RunState<T> {
        let parameters: Vec<Matrix<T>> =
            self.network.affines().flat_map(|a| [a.w.clone(), a.b.clone()]).collect();
        let (state, steps) = self.optimizer.state();
        let (order, cursor) = self.batcher.order();
        RunState {
            epoch_parameters: self.buffers.snapshot.clone(),
            parameters,
            optimizer_state: state.to_vec(),
            optimizer_steps: steps,
            order: order.to_vec(),
            cursor,
            rng: self.rng.clone(),
            epoch: self.epoch,
            step_in_epoch: self.step_in_epoch,
            status: self.status,
            last_batch_loss: self.last_loss,
            history: self.history.clone(),
        }
    }

    /// Puts a saved state into a trainer built from the same settings and data. Every part
    /// is checked against this trainer first (shapes, the sampler's order, the step, the
    /// history); on an error nothing changes. Non-finite numbers are kept as they are: a
    /// diverging run goes on (and diverges) exactly as the saved one would.
    pub fn restore(&mut self, state: RunState<T>) -> Result<(), ModelProblem> {
        let shapes: Vec<(usize, usize)> =
            self.network.affines().flat_map(|a| [a.w.shape(), a.b.shape()]).collect();
        check_matrices(ModelPart::Weights, &state.parameters, &shapes)?;
        check_matrices(ModelPart::EpochWeights, &state.epoch_parameters, &shapes)?;
        let moments: Vec<Matrix<T>> = state.optimizer_state.iter().flatten().cloned().collect();
        let doubled: Vec<(usize, usize)> = shapes.iter().flat_map(|&s| [s, s]).collect();
        if !moments.is_empty() {
            check_matrices(ModelPart::Optimizer, &moments, &doubled)?;
        }
        let steps = self.batcher.steps_per_epoch();
        if state.step_in_epoch >= steps {
            return Err(ModelProblem::Step { got: state.step_in_epoch, steps });
        }
        if let Status::Diverged { epoch, .. } = state.status {
            if epoch != state.epoch || state.step_in_epoch != 0 {
                return Err(ModelProblem::DivergedAt { got: epoch, epoch: state.epoch });
            }
        }
        if state.epoch > MAX_EPOCH {
            return Err(ModelProblem::Epoch { got: state.epoch, most: MAX_EPOCH });
        }
        state.history.check(state.epoch)?;
        let mut batcher = self.batcher.clone();
        if !batcher.set_order(state.order, state.cursor) {
            return Err(ModelProblem::Order { examples: self.train.len() });
        }
        for (affine, wb) in self.network.affines_mut().zip(state.parameters.chunks(2)) {
            affine.w.copy_from(&wb[0]);
            affine.b.copy_from(&wb[1]);
        }
        self.buffers.snapshot = state.epoch_parameters;
        self.optimizer.set_state(state.optimizer_state, state.optimizer_steps);
        self.batcher = batcher;
        self.rng = state.rng;
        (self.epoch, self.step_in_epoch, self.status) = (state.epoch, state.step_in_epoch, state.status);
        (self.last_loss, self.history) = (state.last_batch_loss, state.history);
        Ok(())
    }
}

/// The matrices have these shapes, in order.
fn check_matrices<T: Real>(
    part: ModelPart,
    matrices: &[Matrix<T>],
    shapes: &[(usize, usize)],
) -> Result<(), ModelProblem> {
    let got: Vec<(usize, usize)> = matrices.iter().map(Matrix::shape).collect();
    if got != shapes {
        return Err(ModelProblem::Shapes { part, got, needs: shapes.to_vec() });
    }
    Ok(())
}
