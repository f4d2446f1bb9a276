//! The older epochs of a run, decimated into a fixed number of buckets, and the best figures.

use super::EpochStats;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// Buckets the epochs that left the exact window are decimated into.
pub(super) const BUCKETS: usize = 128;

/// A figure and the epoch it was first reached at.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Best {
    /// The epoch.
    pub epoch: usize,
    /// The figure.
    pub value: f64,
}

/// The best figures of a run so far (lowest losses, highest accuracies), each with the first
/// epoch that reached it; `None` where a figure was never a finite number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bests {
    /// The lowest training loss.
    pub train_loss: Option<Best>,
    /// The lowest test loss.
    pub test_loss: Option<Best>,
    /// The highest training accuracy.
    pub train_accuracy: Option<Best>,
    /// The highest test accuracy.
    pub test_accuracy: Option<Best>,
}

impl Bests {
    /// Takes in one more epoch (epochs come in order, so ties keep the earlier one).
    pub(super) fn add(&mut self, s: &EpochStats) {
        improve(&mut self.train_loss, s.epoch, Some(s.train_loss), Ordering::Less);
        improve(&mut self.test_loss, s.epoch, s.test_loss, Ordering::Less);
        improve(&mut self.train_accuracy, s.epoch, s.train_accuracy, Ordering::Greater);
        improve(&mut self.test_accuracy, s.epoch, s.test_accuracy, Ordering::Greater);
    }
}

/// Replaces `best` by `value` at `epoch` when `value` is finite and strictly `better`.
fn improve(best: &mut Option<Best>, epoch: usize, value: Option<f64>, better: Ordering) {
    let Some(value) = value.filter(|v| v.is_finite()) else { return };
    if best.is_none_or(|b| value.partial_cmp(&b.value) == Some(better)) {
        *best = Some(Best { epoch, value });
    }
}

/// The finite training loss of an epoch.
fn train_loss(s: &EpochStats) -> Option<f64> {
    Some(s.train_loss).filter(|v| v.is_finite())
}

/// The finite test loss of an epoch.
fn test_loss(s: &EpochStats) -> Option<f64> {
    s.test_loss.filter(|v| v.is_finite())
}

/// A run of consecutive epochs reduced to at most four of them: those with the lowest and the
/// highest training loss and the lowest and the highest test loss (the earliest on ties; the
/// bucket's first epoch while a loss has no finite value), so a line through them keeps the
/// curves' extremes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct Bucket {
    pub(super) keep: [EpochStats; 4],
}

impl Bucket {
    /// A bucket holding one epoch.
    pub(super) fn new(s: EpochStats) -> Bucket {
        Bucket { keep: [s; 4] }
    }

    /// Takes in a later epoch.
    pub(super) fn add(&mut self, s: &EpochStats) {
        let [train_low, train_high, test_low, test_high] = &mut self.keep;
        keep_if(train_low, s, train_loss, Ordering::Less);
        keep_if(train_high, s, train_loss, Ordering::Greater);
        keep_if(test_low, s, test_loss, Ordering::Less);
        keep_if(test_high, s, test_loss, Ordering::Greater);
    }

    /// Takes in a bucket of later epochs.
    fn merge(&mut self, later: &Bucket) {
        for s in &later.keep {
            self.add(s);
        }
    }

    /// The epochs kept, in order (an epoch kept for two reasons comes twice).
    pub(super) fn points(&self) -> [EpochStats; 4] {
        let mut keep = self.keep;
        keep.sort_by_key(|s| s.epoch);
        keep
    }
}

/// Replaces `kept` by `s` when `s`'s `value` is finite and strictly `better` (or `kept` has none).
fn keep_if(kept: &mut EpochStats, s: &EpochStats, value: fn(&EpochStats) -> Option<f64>, better: Ordering) {
    let Some(v) = value(s) else { return };
    if value(kept).is_none_or(|k| v.partial_cmp(&k) == Some(better)) {
        *kept = *s;
    }
}

/// The epochs older than the exact window: the first one, the rest in at most [`BUCKETS`]
/// buckets of `width` epochs each (bucket `i` holds epochs `i·width` to `(i+1)·width − 1`;
/// `width` doubles, merging neighbours, whenever an epoch falls past the last bucket), and
/// the best figures among them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Summary {
    pub(super) first: Option<EpochStats>,
    /// `(i, bucket i)`, by `i`.
    pub(super) buckets: Vec<(usize, Bucket)>,
    pub(super) width: usize,
    pub(super) bests: Bests,
}

impl Summary {
    /// No epochs yet, buckets one epoch wide.
    pub(super) fn new() -> Summary {
        Summary { first: None, buckets: Vec::with_capacity(BUCKETS), width: 1, bests: Bests::default() }
    }

    /// Takes in the next epoch (epochs come in order).
    pub(super) fn add(&mut self, s: EpochStats) {
        self.first.get_or_insert(s);
        self.bests.add(&s);
        while s.epoch / self.width >= BUCKETS {
            self.coarsen();
        }
        let i = s.epoch / self.width;
        match self.buckets.last_mut() {
            Some((last, bucket)) if *last == i => bucket.add(&s),
            _ => self.buckets.push((i, Bucket::new(s))),
        }
    }

    /// Doubles the bucket width: buckets `2i` and `2i + 1` become bucket `i`, in place.
    fn coarsen(&mut self) {
        self.width *= 2;
        let mut kept: usize = 0;
        for k in 0..self.buckets.len() {
            let (i, bucket) = self.buckets[k];
            if kept > 0 && self.buckets[kept - 1].0 == i / 2 {
                self.buckets[kept - 1].1.merge(&bucket);
            } else {
                self.buckets[kept] = (i / 2, bucket);
                kept += 1;
            }
        }
        self.buckets.truncate(kept);
    }
}
