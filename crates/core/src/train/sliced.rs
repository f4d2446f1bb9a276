//! An epoch's evaluation cut into slices of rows, so that a caller with a time budget (an
//! animation frame) can spread the pass over the whole training and test sets across calls.
//!
//! With sliced evaluation on, the step that ends an epoch counts the epoch but leaves its
//! evaluation pending; [`Trainer::evaluate_rows`] advances it, and when the last row is done the
//! epoch is recorded exactly as an unsliced trainer records it (history, snapshot, divergence,
//! inactive units). The slices' losses combine as `L = Σ_s n_s·L_s / N` (equal to the one-pass
//! mean up to rounding) and their accuracies as `Σ_s correct_s / N` (exactly equal).

use super::Trainer;
use crate::layers::Input;
use crate::linalg::ensure_shape;
use crate::linalg::sparse::SparseBatch;
use crate::network::{correct, Evaluation};
use crate::real::{Matrix, Real};

/// Sums over the slices of one data set evaluated so far.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Tally {
    /// `Σ_s n_s·L_s`: each slice's mean loss times its rows.
    loss_sum: f64,
    /// Rows classified correctly.
    correct: usize,
    /// Rows evaluated.
    rows: usize,
}

impl Tally {
    fn evaluation(&self, classifier: bool) -> Evaluation {
        let n = self.rows as f64;
        Evaluation { loss: self.loss_sum / n, accuracy: classifier.then(|| self.correct as f64 / n) }
    }
}

/// An epoch's evaluation in progress: rows `0..next` of the training set followed by the test
/// set are done.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Pending {
    next: usize,
    train: Tally,
    test: Tally,
    /// Hidden units inactive on every training row evaluated so far (`None` before the first).
    inactive: Option<Vec<Vec<bool>>>,
    /// The last slice's inactive units, reused.
    slice_inactive: Vec<Vec<bool>>,
}

impl<T: Real> Trainer<T> {
    /// Turns sliced evaluation at epoch ends on or off (off finishes a pending evaluation).
    pub fn set_sliced_evaluation(&mut self, sliced: bool) {
        if !sliced {
            self.finish_evaluation();
        }
        self.sliced = sliced;
    }

    /// Whether an epoch's evaluation is waiting for [`Trainer::evaluate_rows`]: the epoch is
    /// counted in [`Trainer::epoch_count`] but not yet in the history.
    pub fn evaluation_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Rows (training then test examples) the pending evaluation still has to run; 0 when none
    /// is pending.
    pub fn pending_rows(&self) -> usize {
        let total = self.train.len() + self.test.len();
        self.pending.as_ref().map_or(0, |p| total - p.next)
    }

    /// Evaluates at most `max_rows` more rows (at least one) of the pending evaluation and
    /// records the epoch when the last is done. Returns true when nothing is left pending.
    pub fn evaluate_rows(&mut self, max_rows: usize) -> bool {
        let mut budget = max_rows.max(1);
        while budget > 0 && self.pending.is_some() {
            budget -= self.evaluate_slice(budget);
        }
        self.pending.is_none()
    }

    /// Runs the pending evaluation to its end, if any.
    pub(super) fn finish_evaluation(&mut self) {
        while self.pending.is_some() {
            self.evaluate_slice(usize::MAX);
        }
    }

    /// Evaluates the next at most `max_rows` rows of one data set; returns the rows done.
    fn evaluate_slice(&mut self, max_rows: usize) -> usize {
        let Some(mut pending) = self.pending.take() else { return 0 };
        let in_train = pending.next < self.train.len();
        let (examples, start) = if in_train {
            (&self.train, pending.next)
        } else {
            (&self.test, pending.next - self.train.len())
        };
        let rows = max_rows.min(examples.len() - start);
        let b = &mut self.buffers;
        // A whole set is evaluated in place; a part of one is copied out first (training rows
        // kept sparse, as sparse rows).
        let sparse = self.columns.sparse_rows().filter(|_| in_train);
        let (x, t) = if rows == examples.len() {
            (sparse.map_or(Input::Dense(&examples.x), Input::from), &examples.t)
        } else {
            copy_rows(&examples.t, start, rows, &mut b.ts);
            let x = match sparse {
                Some(all) => Input::Sparse(SparseBatch::run(all, start..start + rows)),
                None => {
                    copy_rows(&examples.x, start, rows, &mut b.xs);
                    Input::Dense(&b.xs)
                }
            };
            (x, &b.ts)
        };
        let output = self.network.spec().output;
        b.evaluator.run(&self.network, x);
        let tally = if in_train { &mut pending.train } else { &mut pending.test };
        tally.loss_sum += output.loss(b.evaluator.scores(), t).to_f64() * rows as f64;
        tally.correct += correct(output, b.evaluator.output(), t);
        tally.rows += rows;
        if in_train {
            b.evaluator.inactive_into(&mut pending.slice_inactive);
            and_into(&mut pending.inactive, &pending.slice_inactive);
        }
        pending.next += rows;
        if pending.next < self.train.len() + self.test.len() {
            self.pending = Some(pending);
        } else {
            self.record_pending(pending);
        }
        rows
    }

    /// Records the epoch from a finished evaluation, as [`Trainer::step`] does unsliced.
    fn record_pending(&mut self, pending: Pending) {
        let classifier = self.network.spec().output.is_classifier();
        let test = (pending.test.rows > 0).then(|| pending.test.evaluation(classifier));
        self.inactive = pending.inactive.unwrap_or_default();
        self.push_stats(pending.train.evaluation(classifier), test);
        self.check_recorded_loss();
    }
}

/// `into` = rows `start..start + rows` of `m`.
fn copy_rows<T: Real>(m: &Matrix<T>, start: usize, rows: usize, into: &mut Matrix<T>) {
    ensure_shape(into, rows, m.ncols());
    into.copy_from(&m.rows(start, rows));
}

/// `all[l][j] = all[l][j] && slice[l][j]`, or `all = slice` for the first slice.
fn and_into(all: &mut Option<Vec<Vec<bool>>>, slice: &[Vec<bool>]) {
    match all {
        None => *all = Some(slice.to_vec()),
        Some(all) => {
            for (layer, slice_layer) in all.iter_mut().zip(slice) {
                layer.iter_mut().zip(slice_layer).for_each(|(a, &s)| *a = *a && s);
            }
        }
    }
}
