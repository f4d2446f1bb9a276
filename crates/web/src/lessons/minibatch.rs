//! Lesson 8, mini-batches and SGD: the playground's network trained three times from the same
//! initial weights (same seed), with mini-batches of `B = 1`, `B = 10` and `B = N` (the full
//! training set). Each update follows the mini-batch gradient `g = (1/B) Σᵢ ∇Lᵢ`, an estimate of
//! the full gradient `(1/N) Σᵢ ∇Lᵢ`: small `B` makes `⌈N/B⌉` cheap, noisy updates per epoch,
//! `B = N` one exact update. Every number comes from `asaku_core::train::Trainer`.

use super::catchup::{epoch_allowed, CatchUp};
use crate::clock::now_ms;
use crate::work::{frame_steps, step_work, train_towards};
use asaku_core::data::Split;
use asaku_core::train::{Settings, Status, Trainer};
use serde::Serialize;

/// The most epochs the lesson trains (Play stops there), if the step cap allows as many (see
/// [`Comparison::max_epochs`]).
pub const MAX_EPOCHS: usize = 200;
/// The batch size of the middle run.
pub const SMALL_BATCH: usize = 10;

/// One batch size's run: its trainer, the loss of every mini-batch so far, and the measured time.
#[derive(Clone, Debug)]
pub struct Run {
    /// The mini-batch size `B` asked for (the full batch asks for `N`).
    pub batch_size: usize,
    trainer: Trainer<f32>,
    /// `(x, L)`: each mini-batch's loss `L`, at `x = e + k/S` epochs for batch `k` of epoch `e`
    /// (`S` batches per epoch), i.e. at the weights the batch was computed on.
    batch_losses: Vec<[f64; 2]>,
    /// `Σ |Lₖ₊₁ − Lₖ|` over successive finite mini-batch losses, and how many terms.
    change: (f64, usize),
    timed_ms: f64,
    timed_steps: usize,
}

/// A run's numbers for the page.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunReport {
    /// The mini-batch size `B` asked for.
    pub batch_size: usize,
    /// The training examples `N`.
    pub examples: usize,
    /// Updates per epoch (`⌈N/B⌉` when the batches walk through a shuffle).
    pub steps_per_epoch: usize,
    /// Epochs completed.
    pub epoch: usize,
    /// Updates made in all (`epoch × steps_per_epoch` until it diverges).
    pub updates: usize,
    /// Loss on the whole training set after the last completed epoch.
    pub loss: f64,
    /// Training accuracy after the last completed epoch (`None` for regression).
    pub accuracy: Option<f64>,
    /// Measured milliseconds per epoch: the mean time of the steps trained on this page, times
    /// the steps per epoch.
    pub ms_per_epoch: Option<f64>,
    /// Epochs' worth of steps the time is the mean of.
    pub timed_epochs: usize,
    /// The mean of `|Lₖ₊₁ − Lₖ|` over successive mini-batch losses (`None` before two batches).
    pub jitter: Option<f64>,
    /// Training, or diverged (at which epoch, from what).
    pub status: Status,
}

impl Run {
    /// A run of `settings` on `split` with mini-batches of `batch_size`.
    pub fn new(settings: &Settings, split: &Split, batch_size: usize) -> asaku_core::Result<Run> {
        let trainer = Settings { batch_size, ..settings.clone() }.build_on(split)?;
        let batch_losses = Vec::new();
        Ok(Run { batch_size, trainer, batch_losses, change: (0.0, 0), timed_ms: 0.0, timed_steps: 0 })
    }

    /// Trains at most `max_steps` steps, not past the end of the current epoch (nor after it
    /// diverges), recording each mini-batch's loss, and adds the time they took to the run's
    /// measured time (timed together, so a clock that rounds to 0.1 ms still measures fast
    /// steps). Returns the steps done.
    pub fn steps(&mut self, max_steps: usize) -> usize {
        let start = now_ms();
        let end = self.trainer.epoch_count() + 1;
        let mut done = 0;
        while done < max_steps
            && self.trainer.status() == Status::Training
            && self.trainer.epoch_count() < end
        {
            let x = self.trainer.epoch_count() as f64
                + self.trainer.step_in_epoch() as f64 / self.trainer.steps_per_epoch() as f64;
            done += train_towards(&mut self.trainer, end, 1);
            if let Some(loss) = self.trainer.last_batch_loss() {
                self.record(x, loss);
            }
        }
        self.timed_ms += now_ms() - start;
        self.timed_steps += done;
        done
    }

    /// The trainer (its history holds the training loss at each epoch's end, epoch 0 first).
    pub fn trainer(&self) -> &Trainer<f32> {
        &self.trainer
    }

    /// Every mini-batch loss so far, as `[x in epochs, loss]`.
    pub fn batch_losses(&self) -> &[[f64; 2]] {
        &self.batch_losses
    }

    /// Keeps mini-batch loss `loss` at `x` epochs, and its change from the last finite one.
    fn record(&mut self, x: f64, loss: f64) {
        let last = self.batch_losses.iter().rev().map(|p| p[1]).find(|l| l.is_finite());
        if let (Some(last), true) = (last, loss.is_finite()) {
            self.change = (self.change.0 + (loss - last).abs(), self.change.1 + 1);
        }
        self.batch_losses.push([x, loss]);
    }

    /// The mean `|Lₖ₊₁ − Lₖ|` over successive finite mini-batch losses.
    pub fn jitter(&self) -> Option<f64> {
        let (sum, n) = self.change;
        (n > 0).then(|| sum / n as f64)
    }

    /// The run's numbers now.
    pub fn report(&self) -> RunReport {
        let t = &self.trainer;
        let last = t.history().last().expect("a trainer's history starts at epoch 0");
        RunReport {
            batch_size: self.batch_size,
            examples: t.training_examples().len(),
            steps_per_epoch: t.steps_per_epoch(),
            epoch: t.epoch_count(),
            updates: t.epoch_count() * t.steps_per_epoch(),
            loss: last.train_loss,
            accuracy: last.train_accuracy,
            ms_per_epoch: (self.timed_steps > 0)
                .then(|| self.timed_ms / self.timed_steps as f64 * t.steps_per_epoch() as f64),
            timed_epochs: self.timed_steps / t.steps_per_epoch(),
            jitter: self.jitter(),
            status: t.status(),
        }
    }

    /// Back to epoch 0: the same initial weights again (the measured time is kept, since the
    /// machine did not change).
    fn restart(&mut self, settings: &Settings, split: &Split) {
        let fresh = Run::new(settings, split, self.batch_size).expect("this run was built before");
        self.trainer = fresh.trainer;
        self.batch_losses.clear();
        self.change = (0.0, 0);
    }
}

/// The three runs side by side, trained in step: `epoch` epochs asked of each (a run that
/// diverged stays where it stopped), reached a bounded number of steps at a time.
#[derive(Clone, Debug)]
pub struct Comparison {
    settings: Settings,
    split: Split,
    runs: Vec<Run>,
    catch_up: CatchUp<Vec<RunMark>>,
}

impl Comparison {
    /// Runs of `settings` on `split` with `B = 1`, `B = 10` and `B = N`, all from the same
    /// initial weights; errors when the settings do not build on this data.
    pub fn new(settings: &Settings, split: &Split) -> asaku_core::Result<Comparison> {
        let n = split.train.points.len().max(1);
        let runs = [1, SMALL_BATCH, n]
            .into_iter()
            .map(|b| Run::new(settings, split, b))
            .collect::<Result<_, _>>()?;
        Ok(Comparison { settings: settings.clone(), split: split.clone(), runs, catch_up: CatchUp::new() })
    }

    /// The runs, smallest batch first.
    pub fn runs(&self) -> &[Run] {
        &self.runs
    }

    /// Epochs asked of every run.
    pub fn epoch_count(&self) -> usize {
        self.catch_up.target()
    }

    /// Steps of one epoch of all three runs.
    pub fn epoch_steps(&self) -> usize {
        self.runs.iter().map(|r| r.trainer.steps_per_epoch()).sum()
    }

    /// The most epochs the lesson trains: [`MAX_EPOCHS`], or fewer when that many would take more
    /// than the step cap (see [`epoch_allowed`]).
    pub fn max_epochs(&self) -> usize {
        epoch_allowed(MAX_EPOCHS, MAX_EPOCHS, self.epoch_steps())
    }

    /// Asks for `k` more epochs of every run (up to [`Comparison::max_epochs`]), to be trained
    /// by [`Comparison::advance`]; returns how many were asked.
    pub fn ask(&mut self, k: usize) -> usize {
        let k = k.min(self.max_epochs().saturating_sub(self.epoch_count()));
        self.catch_up.ask(self.epoch_count() + k);
        k
    }

    /// At most `max_steps` steps towards the epochs asked; returns how many were done.
    pub fn advance(&mut self, max_steps: usize) -> usize {
        self.catch_up.advance(&mut self.runs, max_steps)
    }

    /// Stops catching up: every run goes back to the last epoch all of them completed.
    pub fn cancel(&mut self) {
        self.catch_up.cancel(&mut self.runs);
    }

    /// Where the catch-up stands.
    pub fn progress(&self) -> super::catchup::Progress {
        self.catch_up.progress(&self.runs)
    }

    /// Steps of the three runs that fit in one animation frame's work, by the mean work of a
    /// step over an epoch of all three (`evaluated` examples at each epoch's end).
    pub fn frame_steps(&self, evaluated: usize) -> u32 {
        let work: f64 = self
            .runs
            .iter()
            .map(|r| step_work(&r.trainer, evaluated) * r.trainer.steps_per_epoch() as f64)
            .sum();
        frame_steps(work / self.epoch_steps() as f64)
    }

    /// `k` more epochs for every run, trained now, stopping at the cap; returns how many were
    /// asked.
    pub fn epochs(&mut self, k: usize) -> usize {
        let k = self.ask(k);
        self.advance(usize::MAX);
        k
    }

    /// The settings the three runs share (but for the batch size).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Back to epoch 0 for every run.
    pub fn restart(&mut self) {
        for run in &mut self.runs {
            run.restart(&self.settings, &self.split);
        }
        self.catch_up = CatchUp::new();
    }

    /// How many runs have diverged.
    pub fn diverged(&self) -> usize {
        self.runs.iter().filter(|r| r.trainer.status() != Status::Training).count()
    }

    /// The top of the loss axis shared by the three charts: twice the epoch-0 loss (the same for
    /// all, from the same weights), or the largest finite epoch loss if that is higher.
    /// Mini-batch losses above it are drawn at the top edge.
    pub fn loss_top(&self) -> f64 {
        // The decimated history keeps each run's highest loss.
        let epoch_losses =
            self.runs.iter().flat_map(|r| r.trainer.history().decimated()).map(|s| s.train_loss);
        let first = self.runs[0].trainer.history().first().expect("a history starts at epoch 0").train_loss;
        let top = epoch_losses.filter(|l| l.is_finite()).fold(2.0 * first, f64::max);
        if top > 0.0 && top.is_finite() {
            top
        } else {
            1.0
        }
    }
}

#[path = "minibatch_steps.rs"]
mod steps;
pub use steps::RunMark;

#[cfg(test)]
#[path = "minibatch_tests.rs"]
mod tests;
