//! The digits network in training: the trainer, the loss of every mini-batch (the book's loss
//! per iteration), and the time training took here, trained a bounded number of steps at a time
//! so that the page keeps drawing.

use crate::clock::now_ms;
use crate::work::{step_work, train_towards};
use asaku_core::train::{Status, Trainer};
use serde::Serialize;

/// Multiply-adds of training one animation frame may do on the digits network. The step work of
/// [`crate::work`] is calibrated on the playground's tiny products; the digits network's large
/// products run many more multiply-adds per millisecond, so its frame holds about 10 ms of
/// training in headless Chromium (see the README's "Work per frame").
pub const FRAME_WORK: f64 = 1.5e8;

/// Evaluation rows that take about as long as one training step: a step does `3·B·P`
/// multiply-adds (forward, and two products back), a row `P`, and the evaluation's large products
/// ran about 6 times fewer multiply-adds per millisecond in headless Chromium, so `B/2` rows.
pub fn rows_per_step(trainer: &Trainer<f32>) -> usize {
    let batch = trainer.training_examples().len() / trainer.steps_per_epoch().max(1);
    (batch / 2).max(1)
}

/// A training run and what it has recorded.
#[derive(Clone, Debug)]
pub struct Training {
    trainer: Trainer<f32>,
    /// The loss of each mini-batch, in the order trained.
    batch_losses: Vec<f32>,
    /// Milliseconds spent training, and the steps trained in them.
    timed: (f64, usize),
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
}

impl Training {
    /// A run of `trainer`, at epoch 0, whose epochs' evaluations are spread over calls of
    /// [`Training::advance`] (so no call has to evaluate all 10,000 images at once).
    pub fn new(mut trainer: Trainer<f32>) -> Training {
        trainer.set_sliced_evaluation(true);
        Training { trainer, batch_losses: Vec::new(), timed: (0.0, 0) }
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
    /// of [`crate::work::step_work`] with `evaluated` images evaluated at each epoch's end.
    pub fn frame_steps(&self, evaluated: usize) -> u32 {
        let work = step_work(&self.trainer, evaluated).max(1.0);
        (FRAME_WORK / work).floor().clamp(1.0, f64::from(u32::MAX)) as u32
    }

    /// Does at most `max_steps` steps' worth of work: first the pending evaluation of an epoch's
    /// end ([`rows_per_step`] rows for each step of the budget), then steps, no further than the
    /// end of epoch `until` when given (stopping if it diverges). Returns the budget used; 0 when
    /// there was nothing left to do.
    pub fn advance(&mut self, max_steps: usize, until: Option<usize>) -> usize {
        let start = now_ms();
        let rows_per_step = rows_per_step(&self.trainer);
        let mut done = 0;
        if self.trainer.evaluation_pending() {
            let rows = self.trainer.pending_rows().min(max_steps.saturating_mul(rows_per_step));
            self.trainer.evaluate_rows(rows);
            done = rows.div_ceil(rows_per_step);
        }
        let evaluated = done;
        let target = until.unwrap_or(usize::MAX);
        while done < max_steps && train_towards(&mut self.trainer, target, 1) == 1 {
            done += 1;
            if let Some(loss) = self.trainer.last_batch_loss() {
                self.batch_losses.push(loss as f32);
            }
        }
        self.timed = (self.timed.0 + now_ms() - start, self.timed.1 + done - evaluated);
        done
    }

    /// Finishes an epoch's pending evaluation at once (when training stops, so that the numbers
    /// shown are the epoch's).
    pub fn finish_evaluation(&mut self) {
        self.trainer.evaluate_rows(usize::MAX);
    }

    /// The run's numbers now.
    pub fn report(&self) -> Report {
        let t = &self.trainer;
        let last = t.history().last().expect("a trainer's history starts at epoch 0");
        let per_second = (self.timed.0 > 0.0).then(|| self.timed.1 as f64 / self.timed.0 * 1000.0);
        let batch = t.training_examples().len() / t.steps_per_epoch().max(1);
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
        }
    }
}
