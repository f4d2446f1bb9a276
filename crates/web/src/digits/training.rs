//! The digits network in training: the trainer, the loss of every mini-batch (the book's loss
//! per iteration), the verdicts on the test set at each epoch's end, and the time training took
//! here, trained a bounded number of steps at a time so that the page keeps drawing.

use super::inspect::{Mistakes, TestSet};
use super::verdicts::{Moment, Verdicts};
use crate::clock::now_ms;
use crate::work::{step_work, train_towards};
use asaku_core::train::{Status, Trainer};
use serde::Serialize;

/// Multiply-adds of training steps one animation frame may do on the digits network, counted as
/// if every product were dense (`3·B·P` a step): 33 steps of 784-50-10 at batch 100, about 10 ms
/// in headless Chromium on this project's machine now that the first layer skips the images' zero
/// pixels (about 0.3 ms a step), which leaves the rest of a 16.7 ms frame for drawing (see the
/// README's "The digits tab"); the page's clock stops a frame's calls sooner on a slower machine.
/// The step work of [`crate::work`] is calibrated on the playground's tiny products; the digits
/// network's large, sparse products run many more of those multiply-adds per millisecond.
pub const FRAME_WORK: f64 = 4e8;

/// Rows of a forward pass (evaluation, or the verdicts on the test set) that take about as long
/// as one training step: since the first layer skips zero pixels a step of batch 100 takes about
/// 0.3 ms in headless Chromium, while the forward passes over the 10,000 images of an epoch's
/// evaluation took 44–105 ms (the 1,996 test images, and the verdicts on them, stay dense): about
/// 150–350 steps, so `B/2` rows.
pub fn rows_per_step(trainer: &Trainer<f32>) -> usize {
    (batch_size(trainer) / 2).max(1)
}

/// The rows of one mini-batch of `trainer`.
fn batch_size(trainer: &Trainer<f32>) -> usize {
    trainer.training_examples().len() / trainer.steps_per_epoch().max(1)
}

/// Updates made in all: the [`Moment`] of the network now.
fn moment(trainer: &Trainer<f32>) -> Moment {
    trainer.epoch_count() * trainer.steps_per_epoch() + trainer.step_in_epoch()
}

/// A training run and what it has recorded.
#[derive(Clone, Debug)]
pub struct Training {
    trainer: Trainer<f32>,
    /// The loss of each mini-batch, in the order trained.
    batch_losses: Vec<f32>,
    /// Milliseconds spent training, and the steps trained in them.
    timed: (f64, usize),
    /// The newest verdicts on the test set found in full.
    found: Option<Verdicts>,
    /// Verdicts being found at an epoch's end, a slice at a time.
    finding: Option<Verdicts>,
}

/// The numbers the page shows about a run.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Epochs completed (`⌊N/B⌋` updates each).
    pub epoch: usize,
    /// Updates into the current epoch.
    pub step_in_epoch: usize,
    /// Updates per epoch.
    pub steps_per_epoch: usize,
    /// Updates made in all.
    pub updates: usize,
    /// The last mini-batch's loss.
    pub loss: Option<f64>,
    /// Training accuracy at the last epoch's end.
    pub train_accuracy: Option<f64>,
    /// Test accuracy at the last epoch's end.
    pub test_accuracy: Option<f64>,
    /// Updates per second, measured while training here.
    pub updates_per_second: Option<f64>,
    /// Training images per second (updates per second times the batch size).
    pub images_per_second: Option<f64>,
    /// `training`, or `diverged`.
    pub status: Status,
    /// The updates made before the network whose mistakes were last found in full (they are
    /// found again at each epoch's end, and at once when asked for at another moment).
    pub mistakes_at: Option<Moment>,
}

impl Training {
    /// A run of `trainer`, at epoch 0, whose epochs' evaluations are spread over calls of
    /// [`Training::advance`] (so no call has to evaluate all 10,000 images at once).
    pub fn new(mut trainer: Trainer<f32>) -> Training {
        trainer.set_sliced_evaluation(true);
        Training { trainer, batch_losses: Vec::new(), timed: (0.0, 0), found: None, finding: None }
    }

    /// The trainer.
    pub fn trainer(&self) -> &Trainer<f32> {
        &self.trainer
    }

    /// Every mini-batch's loss so far.
    pub fn batch_losses(&self) -> &[f32] {
        &self.batch_losses
    }

    /// Steps that fit in one animation frame's [`FRAME_WORK`] (at least one), by the step work
    /// of [`crate::work::step_work`]; an epoch's end is charged apart, in [`rows_per_step`].
    pub fn frame_steps(&self) -> u32 {
        let work = step_work(&self.trainer, 0).max(1.0);
        (FRAME_WORK / work).floor().clamp(1.0, f64::from(u32::MAX)) as u32
    }

    /// Does at most `max_steps` steps' worth of work: first what an epoch's end still has to do
    /// (its evaluation, then the verdicts on `test`, [`rows_per_step`] rows for each step of the
    /// budget), then steps, no further than the end of epoch `until` when given (stopping if it
    /// diverges). Returns the budget used; 0 when there was nothing left to do.
    pub fn advance(&mut self, max_steps: usize, until: Option<usize>, test: &TestSet) -> usize {
        let start = now_ms();
        let rows_per_step = rows_per_step(&self.trainer);
        let target = until.unwrap_or(usize::MAX);
        let (mut done, mut stepped) = (0, 0);
        // An epoch that ends within the budget has its end done in slices too (a step while its
        // evaluation is pending would finish that evaluation at once).
        while done < max_steps {
            let rows = self.epoch_end(test, (max_steps - done).saturating_mul(rows_per_step));
            done += rows.div_ceil(rows_per_step);
            if done >= max_steps || train_towards(&mut self.trainer, target, 1) == 0 {
                break;
            }
            (done, stepped) = (done + 1, stepped + 1);
            if let Some(loss) = self.trainer.last_batch_loss() {
                self.batch_losses.push(loss as f32);
            }
        }
        self.timed = (self.timed.0 + now_ms() - start, self.timed.1 + stepped);
        done
    }

    /// Runs at most `max_rows` rows of what the end of an epoch still has to do: its evaluation,
    /// then, on the network it evaluated, the verdicts on `test`. Returns the rows run; fewer
    /// than `max_rows` only when nothing is left.
    fn epoch_end(&mut self, test: &TestSet, max_rows: usize) -> usize {
        let mut rows = 0;
        if self.trainer.evaluation_pending() && max_rows > 0 {
            rows = self.trainer.pending_rows().min(max_rows);
            self.trainer.evaluate_rows(rows);
        }
        if !self.trainer.evaluation_pending() && self.trainer.step_in_epoch() == 0 && rows < max_rows {
            rows += self.find_verdicts(test, max_rows - rows);
        }
        rows
    }

    /// Classifies at most `max_rows` test rows towards the verdicts of the network now (none if
    /// they are found already); returns the rows classified.
    fn find_verdicts(&mut self, test: &TestSet, max_rows: usize) -> usize {
        let now = moment(&self.trainer);
        if self.found.as_ref().is_some_and(|v| v.at == now) {
            return 0;
        }
        let verdicts = verdicts_at(&mut self.finding, now);
        let rows = verdicts.classify(test, self.trainer.network(), max_rows);
        if verdicts.finished(test).is_some() {
            self.found = self.finding.take();
        }
        rows
    }

    /// Finishes what an epoch's end has pending at once, its evaluation and the verdicts on
    /// `test`, and finds the verdicts of the network now if it is within an epoch (when training
    /// stops, so that the numbers and mistakes shown are the network's).
    pub fn finish_evaluation(&mut self, test: &TestSet) {
        self.epoch_end(test, usize::MAX);
        self.find_verdicts(test, usize::MAX);
    }

    /// The newest confusion matrix and mistakes found in full on `test`: while playing, those of
    /// the last epoch's end; when none were found yet, those of the network now, found at once.
    pub fn mistakes(&mut self, test: &TestSet) -> &Mistakes {
        if self.found.is_none() {
            self.find_verdicts(test, usize::MAX);
        }
        self.found.as_ref().and_then(|v| v.finished(test)).expect("verdicts are kept once found in full")
    }

    /// The run's numbers now.
    pub fn report(&self) -> Report {
        let t = &self.trainer;
        let last = t.history().last().expect("a trainer's history starts at epoch 0");
        let per_second = (self.timed.0 > 0.0).then(|| self.timed.1 as f64 / self.timed.0 * 1000.0);
        let batch = batch_size(t);
        Report {
            epoch: t.epoch_count(),
            step_in_epoch: t.step_in_epoch(),
            steps_per_epoch: t.steps_per_epoch(),
            updates: self.batch_losses.len(),
            loss: t.last_batch_loss(),
            train_accuracy: last.train_accuracy,
            test_accuracy: last.test_accuracy,
            updates_per_second: per_second,
            images_per_second: per_second.map(|u| u * batch as f64),
            status: t.status(),
            mistakes_at: self.found.as_ref().map(|v| v.at),
        }
    }
}

/// The verdicts kept in `kept` if they are of the network at `at`; else new ones, kept instead.
fn verdicts_at(kept: &mut Option<Verdicts>, at: Moment) -> &mut Verdicts {
    if kept.as_ref().is_none_or(|v| v.at != at) {
        *kept = Some(Verdicts::new(at));
    }
    kept.get_or_insert_with(|| Verdicts::new(at))
}
