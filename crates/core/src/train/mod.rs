//! Mini-batch training (chapters 4.5 and 6): draw a batch, backprop, update, repeat; record
//! loss and accuracy per epoch; stop in a `Diverged` state instead of spreading NaNs.

mod control;
#[cfg(test)]
mod dead_tests;
#[cfg(test)]
mod divergence_tests;
mod grow;
#[cfg(test)]
mod grow_tests;
mod history;
#[cfg(test)]
mod proptests;
mod resume;
mod sampling;
mod settings;
mod sliced;
#[cfg(test)]
mod sliced_tests;
#[cfg(test)]
mod sparse_tests;
mod summary;
#[cfg(test)]
mod tests;

pub use history::{Best, Bests, Divergence, EpochStats, History, Status, MAX_DECIMATED, RECENT};
pub use resume::RunState;
pub use sampling::{BatchInputs, Batcher, ExampleColumns, Sampling, SPARSE_MIN_INPUTS, SPARSE_MIN_ZEROS};
pub use settings::{check_batch_size, check_seed, Change, Settings, MAX_BATCH_SIZE, MAX_SEED};

use crate::error::{DataProblem, Error, ExampleSet, Result};
use crate::layers::Input;
use crate::network::{Evaluation, Evaluator, Network};
use crate::optimizer::Optimizer;
use crate::real::{Matrix, Real};
use crate::Rng;

/// Inputs `x` (`N×D`) and targets `t` (`N×K`), one example per row.
#[derive(Clone, Debug, PartialEq)]
pub struct Examples<T: Real> {
    /// Inputs.
    pub x: Matrix<T>,
    /// Targets.
    pub t: Matrix<T>,
}

impl<T: Real> Examples<T> {
    /// Number of examples.
    pub fn len(&self) -> usize {
        self.x.nrows()
    }

    /// True when there are no examples.
    pub fn is_empty(&self) -> bool {
        self.x.nrows() == 0
    }
}

/// A network, its optimizer and its data, trained one mini-batch or one epoch at a time.
#[derive(Clone, Debug)]
pub struct Trainer<T: Real> {
    network: Network<T>,
    optimizer: Optimizer<T>,
    train: Examples<T>,
    test: Examples<T>,
    columns: ExampleColumns<T>,
    batcher: Batcher,
    rng: Rng,
    status: Status,
    epoch: usize,
    step_in_epoch: usize,
    last_loss: Option<f64>,
    history: History,
    inactive: Vec<Vec<bool>>,
    /// Whether epoch ends leave their evaluation pending (see [`Trainer::evaluate_rows`]).
    sliced: bool,
    pending: Option<sliced::Pending>,
    buffers: Buffers<T>,
}

/// Reused storage: the mini-batch, a slice of a sliced evaluation, the evaluator, and the last
/// finite weights.
#[derive(Clone, Debug)]
struct Buffers<T: Real> {
    xb: BatchInputs<T>,
    tb: Matrix<T>,
    xs: Matrix<T>,
    ts: Matrix<T>,
    evaluator: Evaluator<T>,
    snapshot: Vec<Matrix<T>>,
}

impl<T: Real> Trainer<T> {
    /// A trainer at epoch 0; the history starts with the untrained network's stats.
    pub fn new(
        network: Network<T>,
        optimizer: Optimizer<T>,
        train: Examples<T>,
        test: Examples<T>,
        batcher: Batcher,
        rng: Rng,
    ) -> Result<Self> {
        check_examples(&network, &train, ExampleSet::Training)?;
        if !test.is_empty() {
            check_examples(&network, &test, ExampleSet::Test)?;
        }
        let buffers = Buffers {
            xb: BatchInputs::default(),
            tb: Matrix::zeros(0, 0),
            xs: Matrix::zeros(0, 0),
            ts: Matrix::zeros(0, 0),
            evaluator: Evaluator::new(),
            snapshot: Vec::new(),
        };
        let batcher = Batcher::new(batcher.sampling, batcher.batch_size, train.len());
        let mut trainer = Self {
            network,
            optimizer,
            columns: ExampleColumns::new(&train),
            train,
            test,
            batcher,
            rng,
            status: Status::Training,
            epoch: 0,
            step_in_epoch: 0,
            last_loss: None,
            history: History::new(),
            inactive: Vec::new(),
            sliced: false,
            pending: None,
            buffers,
        };
        trainer.record_epoch();
        Ok(trainer)
    }

    /// Trains on one mini-batch; at the end of an epoch's last batch the epoch is recorded.
    /// A non-finite loss (or, at the epoch's end, weight) restores the weights of the last
    /// completed epoch and enters [`Status::Diverged`]; steps then do nothing until resumed.
    /// With sliced evaluation the epoch's evaluation is left pending instead, and a step while
    /// one is pending finishes it first.
    pub fn step(&mut self) -> Status {
        self.finish_evaluation();
        if self.status != Status::Training {
            return self.status;
        }
        let b = &mut self.buffers;
        self.batcher.next_batch(&mut self.rng, &self.columns, &mut b.xb, &mut b.tb);
        let loss = self.network.backprop(b.xb.input(&self.columns), &b.tb);
        self.last_loss = Some(loss.data.to_f64());
        if !loss.total().is_finite() {
            return self.diverge(Divergence::Loss);
        }
        self.optimizer.update(self.network.params_and_grads());
        self.step_in_epoch += 1;
        if self.step_in_epoch >= self.batcher.steps_per_epoch() {
            self.end_epoch();
        }
        self.status
    }

    fn end_epoch(&mut self) {
        if !self.network.is_finite() {
            self.diverge(Divergence::Weights);
            return;
        }
        self.epoch += 1;
        self.step_in_epoch = 0;
        if self.sliced {
            self.pending = Some(sliced::Pending::default());
            return;
        }
        self.record_epoch();
        self.check_recorded_loss();
    }

    /// Takes back an epoch just recorded with a non-finite training loss, and diverges.
    fn check_recorded_loss(&mut self) {
        if !self.history.last().is_some_and(|s| s.train_loss.is_finite()) {
            self.history.pop();
            self.epoch -= 1;
            self.diverge(Divergence::Loss);
        }
    }

    /// Goes back to the last completed epoch's weights and stops.
    fn diverge(&mut self, cause: Divergence) -> Status {
        for (copy, (w, _)) in self.buffers.snapshot.iter().zip(self.network.params_and_grads()) {
            w.copy_from(copy);
        }
        self.optimizer.reset();
        self.step_in_epoch = 0;
        self.batcher.restart();
        self.status = Status::Diverged { epoch: self.epoch, cause };
        self.status
    }

    /// Remembers the current weights as the ones to return to if training diverges.
    fn take_snapshot(&mut self) {
        let snapshot = &mut self.buffers.snapshot;
        snapshot.resize_with(self.network.params_and_grads().count(), || Matrix::zeros(0, 0));
        for (copy, (w, _)) in snapshot.iter_mut().zip(self.network.params_and_grads()) {
            crate::linalg::ensure_shape(copy, w.nrows(), w.ncols());
            copy.copy_from(w);
        }
    }

    /// Trains until the current epoch is complete (a whole epoch from a boundary).
    pub fn epoch(&mut self) -> Status {
        let target = self.epoch + 1;
        while self.status == Status::Training && self.epoch < target {
            self.step();
        }
        self.status
    }

    /// Trains `k` epochs (stopping early if it diverges).
    pub fn epochs(&mut self, k: usize) -> Status {
        for _ in 0..k {
            if self.epoch() != Status::Training {
                break;
            }
        }
        self.status
    }

    /// Evaluates the network and appends its stats; only weights whose training loss is finite
    /// become the snapshot to return to (so a divergence found here restores the epoch before).
    fn record_epoch(&mut self) {
        let (train, test) = self.evaluate();
        self.push_stats(train, test);
    }

    /// Appends the current epoch's stats; weights with a finite training loss become the snapshot.
    fn push_stats(&mut self, train: Evaluation, test: Option<Evaluation>) {
        self.history.push(EpochStats {
            epoch: self.epoch,
            train_loss: train.loss,
            test_loss: test.map(|e| e.loss),
            train_accuracy: train.accuracy,
            test_accuracy: test.and_then(|e| e.accuracy),
        });
        if train.loss.is_finite() {
            self.take_snapshot();
        }
    }

    /// Loss and accuracy now, on the training set and (if any) the test set; from the same
    /// forward pass over the training set, which hidden units are inactive on all of it.
    pub fn evaluate(&mut self) -> (Evaluation, Option<Evaluation>) {
        self.finish_evaluation();
        let evaluator = &mut self.buffers.evaluator;
        let x = self.columns.sparse_rows().map_or(Input::Dense(&self.train.x), Input::from);
        let train = evaluator.evaluate(&self.network, x, &self.train.t);
        evaluator.inactive_into(&mut self.inactive);
        let test =
            (!self.test.is_empty()).then(|| evaluator.evaluate(&self.network, &self.test.x, &self.test.t));
        (train, test)
    }
}

fn check_examples<T: Real>(network: &Network<T>, examples: &Examples<T>, which: ExampleSet) -> Result<()> {
    let spec = network.spec();
    if examples.is_empty() && which == ExampleSet::Training {
        return Err(Error::InvalidData(DataProblem::NoTrainingExamples));
    }
    if examples.x.ncols() != spec.inputs
        || examples.t.ncols() != spec.outputs
        || examples.x.nrows() != examples.t.nrows()
    {
        return Err(Error::InvalidData(DataProblem::Shape {
            which,
            inputs: examples.x.ncols(),
            targets: examples.t.ncols(),
            network_inputs: spec.inputs,
            network_outputs: spec.outputs,
        }));
    }
    Ok(())
}
