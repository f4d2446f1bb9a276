//! Adding training examples to a running trainer (a point placed by hand on the playground's
//! plot) without starting again: the weights, the optimizer's state, the random generator, the
//! epoch and the history are kept.
//!
//! What the sampler does with the grown set `N → N + m`: the new examples join at once. With
//! shuffle sampling they are appended to the rest of the current epoch's walk, so the epoch goes
//! on through the order it had drawn, then through the new examples (it now has `⌈(N + m) / B⌉`
//! steps and still sees every example once); from the next epoch on the shuffle draws a
//! permutation of all `N + m`. If the walk was already over (at an epoch's end), the next batch
//! starts a fresh shuffle of all `N + m`. With replacement every later batch draws from all
//! `N + m`. The loss and accuracy shown are evaluated again, on the grown set.
//!
//! The data can also be replaced as a whole ([`Trainer::set_examples`], e.g. generated points
//! becoming the user's own, kept to a link's three decimals): the walk goes on if the training
//! set keeps its size (its examples are taken to be the same ones, moved a little), else the next
//! batch starts a fresh shuffle.

use super::{Batcher, ExampleColumns, Examples, Settings, Trainer};
use crate::data::{Dataset, Split};
use crate::error::{ExampleSet, Result};
use crate::real::{Matrix, Real};

impl<T: Real> Trainer<T> {
    /// Appends `more` to the training examples, keeping everything else of the run (see the
    /// module's documentation for what the sampler does). Examples of the wrong shape are
    /// refused and nothing changes.
    pub fn add_examples(&mut self, more: &Examples<T>) -> Result<()> {
        if more.is_empty() {
            return Ok(());
        }
        super::check_examples(&self.network, more, ExampleSet::Training)?;
        self.finish_evaluation();
        let n = self.train.len();
        self.train = Examples { x: stacked(&self.train.x, &more.x), t: stacked(&self.train.t, &more.t) };
        self.columns = ExampleColumns::new(&self.train);
        self.batcher = grown(&self.batcher, n, self.train.len());
        self.refresh_last_stats();
        Ok(())
    }
}

impl<T: Real> Trainer<T> {
    /// Replaces the training and test examples, keeping the network, the optimizer, the random
    /// generator, the epoch and the history (see the module's documentation for the walk).
    /// Examples of the wrong shape are refused and nothing changes.
    pub fn set_examples(&mut self, train: Examples<T>, test: Examples<T>) -> Result<()> {
        super::check_examples(&self.network, &train, ExampleSet::Training)?;
        if !test.is_empty() {
            super::check_examples(&self.network, &test, ExampleSet::Test)?;
        }
        self.finish_evaluation();
        if train.len() != self.train.len() {
            self.batcher = Batcher::new(self.batcher.sampling, self.batcher.batch_size, train.len());
            self.step_in_epoch = self.step_in_epoch.min(self.batcher.steps_per_epoch() - 1);
        }
        self.columns = ExampleColumns::new(&train);
        (self.train, self.test) = (train, test);
        self.refresh_last_stats();
        Ok(())
    }
}

impl Settings {
    /// Replaces the data of `trainer`, a run of these settings, by `split`, turned into inputs
    /// and targets as [`Settings::build_on`] does ([`Trainer::set_examples`]).
    pub fn set_data<T: Real>(&self, trainer: &mut Trainer<T>, split: &Split) -> Result<()> {
        let train = self.examples(&split.train, self.encoding(split.train.task))?;
        let test = self.examples(&split.test, self.encoding(split.test.task))?;
        trainer.set_examples(train, test)
    }

    /// Adds the points of `data` (of the run's task, e.g. one point placed by hand) to the
    /// training set of `trainer`, a run of these settings, turned into inputs and targets as
    /// [`Settings::build_on`] does ([`Trainer::add_examples`]).
    pub fn add_points<T: Real>(&self, trainer: &mut Trainer<T>, data: &Dataset) -> Result<()> {
        let examples = self.examples(data, self.encoding(data.task))?;
        trainer.add_examples(&examples)
    }
}

/// `top` with the rows of `bottom` below it.
fn stacked<T: Real>(top: &Matrix<T>, bottom: &Matrix<T>) -> Matrix<T> {
    let (n, m) = (top.nrows(), bottom.nrows());
    let mut out = Matrix::zeros(n + m, top.ncols());
    out.rows_mut(0, n).copy_from(top);
    out.rows_mut(n, m).copy_from(bottom);
    out
}

/// The sampler of `batcher` over `n` examples grown to `grown`: the walk goes on through its
/// order, then through the new examples; a walk already over starts afresh.
fn grown(batcher: &Batcher, n: usize, grown: usize) -> Batcher {
    let (order, cursor) = batcher.order();
    let mut order = order.to_vec();
    order.extend(n..grown);
    let cursor = if cursor >= n { grown } else { cursor };
    let mut next = Batcher::new(batcher.sampling, batcher.batch_size, grown);
    assert!(
        next.set_order(order, cursor),
        "an order of 0..n with n..grown appended is a permutation of 0..grown"
    );
    next
}
