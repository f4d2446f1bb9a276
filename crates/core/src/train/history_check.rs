//! Checks a history read from a model file: the invariants [`History::push`] keeps.

use super::{EpochStats, History, RECENT};
use crate::error::ModelProblem;
use crate::train::summary::{Best, Bests, BUCKETS};

/// The widest bucket a history read from a file may have: `2³⁰` epochs (a `usize` on wasm32 is 32 bits).
const MAX_WIDTH: usize = 1 << 30;

impl History {
    /// Checks a history read from a file against the epoch count `epoch`: it holds epochs `0` to
    /// `epoch` (the newest exactly, in order; the older in buckets of a power-of-two width),
    /// accuracies from 0 to 1, and best figures that are finite. A loss may be NaN or infinite
    /// (a diverging run records one).
    pub fn check(&self, epoch: usize) -> Result<(), ModelProblem> {
        if self.len != epoch.saturating_add(1) {
            return Err(ModelProblem::HistoryLength { got: self.len, epoch });
        }
        let consecutive = self.recent.windows(2).all(|p| p[0].epoch.checked_add(1) == Some(p[1].epoch));
        let older = self.len - self.recent.len();
        let starts = self.recent.first().is_some_and(|oldest| oldest.epoch == older);
        if self.recent.len() > 2 * RECENT || !consecutive || !starts {
            return Err(ModelProblem::HistoryRecent { count: self.recent.len(), most: 2 * RECENT, epoch });
        }
        self.check_older(older)?;
        let all = self.recent.iter().chain(self.older.first.iter());
        let kept = self.older.buckets.iter().flat_map(|(_, b)| b.keep.iter());
        if !all.chain(kept).all(accuracies) || !finite_bests(&self.bests(), epoch) {
            return Err(ModelProblem::HistoryFigures { epoch });
        }
        Ok(())
    }

    /// The buckets hold epochs `0..older` only, bucket `i` those from `i·width` to `(i+1)·width − 1`.
    fn check_older(&self, older: usize) -> Result<(), ModelProblem> {
        let summary = &self.older;
        let first_ok = match summary.first {
            None => older == 0 && summary.bests == Bests::default(),
            Some(first) => first.epoch == 0 && older > 0,
        };
        let width = summary.width;
        let width_ok = width.is_power_of_two() && width <= MAX_WIDTH;
        let ordered = summary.buckets.windows(2).all(|p| p[0].0 < p[1].0);
        let placed = summary.buckets.iter().all(|&(i, bucket)| {
            i < BUCKETS && bucket.keep.iter().all(|s| s.epoch / width.max(1) == i && s.epoch < older)
        });
        if first_ok && width_ok && ordered && placed && (older == 0) == summary.buckets.is_empty() {
            return Ok(());
        }
        Err(ModelProblem::HistoryBuckets { count: summary.buckets.len(), width, most: BUCKETS })
    }
}

/// Accuracies from 0 to 1.
fn accuracies(s: &EpochStats) -> bool {
    let accuracy = |a: Option<f64>| a.is_none_or(|a| (0.0..=1.0).contains(&a));
    accuracy(s.train_accuracy) && accuracy(s.test_accuracy)
}

/// Every best figure finite and reached by `epoch`.
fn finite_bests(bests: &Bests, epoch: usize) -> bool {
    let ok = |b: Option<Best>| b.is_none_or(|b| b.value.is_finite() && b.epoch <= epoch);
    ok(bests.train_loss) && ok(bests.test_loss) && ok(bests.train_accuracy) && ok(bests.test_accuracy)
}
