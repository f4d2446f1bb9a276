//! What training records after each epoch, and how a long run keeps it in bounded memory.

pub use super::summary::{Best, Bests};
use super::summary::{Bucket, Summary, BUCKETS};
use serde::{Deserialize, Serialize};

/// Loss and accuracy on the training and test sets after an epoch (epoch 0: before training).
/// Its serde form writes a NaN or infinite loss as `"NaN"`, `"inf"` or `"-inf"` (see [`crate::model`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct EpochStats {
    /// Epochs completed.
    pub epoch: usize,
    /// Data loss on the whole training set.
    #[serde(with = "crate::model::number::float")]
    pub train_loss: f64,
    /// Data loss on the test set (`None` without test data).
    #[serde(with = "crate::model::number::optional")]
    pub test_loss: Option<f64>,
    /// Fraction of training examples classified correctly (`None` for regression).
    pub train_accuracy: Option<f64>,
    /// Fraction of test examples classified correctly (`None` for regression or no test data).
    pub test_accuracy: Option<f64>,
}

/// Why training stopped in the diverged state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Divergence {
    /// A loss (of a mini-batch, or of the training set at an epoch's end) was NaN or infinite.
    Loss,
    /// A weight was NaN or infinite at an epoch's end.
    Weights,
}

/// Whether training can go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// Epochs kept exactly: the newest `RECENT` to `2·RECENT` of them (all of a shorter run).
pub const RECENT: usize = 128;
/// The most epochs [`History::decimated`] returns, however long the run.
pub const MAX_DECIMATED: usize = 4 * BUCKETS + 2 * RECENT + 2;

/// What training recorded, epoch by epoch, in bounded memory however long it runs: the newest
/// epochs exactly, the older ones decimated into a fixed number of buckets (enough for a chart
/// of the whole run: [`History::decimated`] gives at most [`MAX_DECIMATED`] epochs), and the
/// best figures of all of them.
/// Written out whole in a model file ([`crate::model`]), and checked when read back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// The newest epochs, oldest first; when it is full the older half moves to `older`.
    recent: Vec<EpochStats>,
    older: Summary,
    len: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// Nothing recorded yet.
    pub fn new() -> History {
        History { recent: Vec::with_capacity(2 * RECENT), older: Summary::new(), len: 0 }
    }

    /// Records the next epoch (epochs come in order).
    pub fn push(&mut self, stats: EpochStats) {
        if self.recent.len() == 2 * RECENT {
            for s in self.recent.drain(..RECENT) {
                self.older.add(s);
            }
        }
        self.recent.push(stats);
        self.len += 1;
    }

    /// Takes back the newest epoch (at least the `RECENT` newest can be taken back one by one);
    /// `None` when there is none left to take back.
    pub fn pop(&mut self) -> Option<EpochStats> {
        let s = self.recent.pop()?;
        self.len -= 1;
        Some(s)
    }

    /// How many epochs were recorded (and not taken back).
    pub fn len(&self) -> usize {
        self.len
    }

    /// True before anything is recorded.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The first epoch recorded.
    pub fn first(&self) -> Option<&EpochStats> {
        self.older.first.as_ref().or(self.recent.first())
    }

    /// The newest epoch.
    pub fn last(&self) -> Option<&EpochStats> {
        self.recent.last()
    }

    /// The newest epochs exactly as recorded, oldest first: all of them up to `2·RECENT`, and
    /// never fewer than `RECENT` (unless taken back).
    pub fn recent(&self) -> &[EpochStats] {
        &self.recent
    }

    /// The whole run in at most [`MAX_DECIMATED`] epochs, in order, for a chart: the first and
    /// the newest epoch, and of every stretch of epochs those with the lowest and the highest
    /// training and test loss — so the lowest and highest of each loss over the whole run are
    /// in it. A run of up to `RECENT` epochs comes whole.
    pub fn decimated(&self) -> Vec<EpochStats> {
        let mut points: Vec<EpochStats> = Vec::with_capacity(MAX_DECIMATED);
        let mut keep = |s: &EpochStats| {
            if points.last().is_none_or(|p| p.epoch < s.epoch) {
                points.push(*s);
            }
        };
        self.first().into_iter().for_each(&mut keep);
        for (_, bucket) in &self.older.buckets {
            bucket.points().iter().for_each(&mut keep);
        }
        let width = self.older.width;
        for stretch in self.recent.chunk_by(|a, b| a.epoch / width == b.epoch / width) {
            let bucket = stretch[1..].iter().fold(Bucket::new(stretch[0]), |mut bucket, s| {
                bucket.add(s);
                bucket
            });
            bucket.points().iter().for_each(&mut keep);
        }
        self.last().into_iter().for_each(&mut keep);
        points
    }

    /// The best figures over every epoch recorded.
    pub fn bests(&self) -> Bests {
        let mut bests = self.older.bests;
        for s in &self.recent {
            bests.add(s);
        }
        bests
    }
}

#[path = "history_check.rs"]
mod check;

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
