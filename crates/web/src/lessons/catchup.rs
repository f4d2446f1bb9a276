//! Training a lesson's runs up to the epoch asked for (by its URL, or by → and Play), a bounded
//! number of steps per call: the lesson is built at epoch 0 at once and the page calls
//! [`CatchUp::advance`] once per animation frame, showing the progress, until it is done or the
//! user cancels. Cancelling goes back to the last epoch every run completed, so the weights are
//! the ones a link with that epoch gives.

use crate::work::{steps_to, train_towards};
use asaku_core::train::Trainer;
use serde::Serialize;

/// Most training steps a lesson does to reach the epoch a link asks for.
pub const MAX_STEPS: usize = 500_000;

/// What a lesson trains one step at a time towards a target epoch: one run or several in step.
pub trait Stepped {
    /// What [`Stepped::restore`] needs to go back to an epoch boundary.
    type Mark;
    /// Steps still needed for every run still training to complete `target` epochs.
    fn steps_to(&self, target: usize) -> usize;
    /// Steps of the run furthest behind on the way to `target` epochs: at most `max_steps`, and
    /// not past the end of its epoch. Returns how many were done.
    fn steps_towards(&mut self, target: usize, max_steps: usize) -> usize;
    /// Steps done since the last epoch every run still training has completed (0 at a boundary).
    fn steps_in_epoch(&self) -> usize;
    /// Steps of one epoch of every run still training.
    fn epoch_steps(&self) -> usize;
    /// Epochs every run still training has completed.
    fn epochs_done(&self) -> usize;
    /// The state now (taken at an epoch boundary).
    fn mark(&self) -> Self::Mark;
    /// Back to the state `mark`.
    fn restore(&mut self, mark: Self::Mark);
}

/// The epoch asked for and the work done towards it.
#[derive(Clone, Debug)]
pub struct CatchUp<M> {
    target: usize,
    done: usize,
    /// The state at the start of the epoch in progress, when a call ends within it.
    boundary: Option<M>,
    cancelled: Option<usize>,
}

/// Where a catch-up stands, for the page's progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Steps done since the target was last set.
    pub done: usize,
    /// `done` plus the steps still to do.
    pub total: usize,
    /// Epochs completed by every run still training.
    pub epoch: usize,
    /// The epoch asked for.
    pub target: usize,
    /// The epoch asked for before a Cancel (`None` unless the last catch-up was cancelled).
    pub cancelled: Option<usize>,
}

impl<M> CatchUp<M> {
    /// Nothing to do: the runs are at epoch 0 and asked for epoch 0.
    pub fn new() -> Self {
        CatchUp { target: 0, done: 0, boundary: None, cancelled: None }
    }

    /// The epoch asked for.
    pub fn target(&self) -> usize {
        self.target
    }

    /// Asks for `target` epochs (counting the work from here).
    pub fn ask(&mut self, target: usize) {
        self.target = target;
        self.done = 0;
        self.cancelled = None;
    }

    /// At most `max_steps` steps towards the target; returns how many were done.
    pub fn advance<S: Stepped<Mark = M>>(&mut self, runs: &mut S, max_steps: usize) -> usize {
        let mut done = 0;
        while done < max_steps && runs.steps_to(self.target) > 0 {
            // A boundary this call cannot get past is the one a Cancel goes back to.
            if runs.steps_in_epoch() == 0 && max_steps - done < runs.epoch_steps() {
                self.boundary = Some(runs.mark());
            }
            match runs.steps_towards(self.target, max_steps - done) {
                0 => break,
                steps => done += steps,
            }
        }
        self.done += done;
        done
    }

    /// Stops: back to the last epoch every run completed, which becomes the target.
    pub fn cancel<S: Stepped<Mark = M>>(&mut self, runs: &mut S) {
        if runs.steps_to(self.target) == 0 {
            return;
        }
        if runs.steps_in_epoch() > 0 {
            runs.restore(self.boundary.take().expect("a call that ends within an epoch marks its start"));
            // Still within an epoch when the runs began there (see `resume`): the next Cancel
            // comes back here too.
            if runs.steps_in_epoch() > 0 {
                self.boundary = Some(runs.mark());
            }
        }
        self.cancelled = Some(self.target);
        self.target = runs.epochs_done();
    }

    /// Goes on from where `runs` stand now (a replay of a link put them there, perhaps within an
    /// epoch, which a later Cancel then comes back to), asking for the epoch they are in;
    /// `cancelled` is the epoch asked before, when the replay was cancelled.
    pub fn resume<S: Stepped<Mark = M>>(&mut self, runs: &S, cancelled: Option<usize>) {
        self.ask(runs.epochs_done());
        self.boundary = (runs.steps_in_epoch() > 0).then(|| runs.mark());
        self.cancelled = cancelled;
    }

    /// Where the catch-up stands.
    pub fn progress<S: Stepped<Mark = M>>(&self, runs: &S) -> Progress {
        let total = self.done + runs.steps_to(self.target);
        let cancelled = self.cancelled;
        Progress { done: self.done, total, epoch: runs.epochs_done(), target: self.target, cancelled }
    }
}

impl<M> Default for CatchUp<M> {
    fn default() -> Self {
        Self::new()
    }
}

impl Stepped for Trainer<f32> {
    type Mark = Trainer<f32>;

    fn steps_to(&self, target: usize) -> usize {
        steps_to(self, target)
    }

    fn steps_towards(&mut self, target: usize, max_steps: usize) -> usize {
        train_towards(self, target.min(self.epoch_count() + 1), max_steps)
    }

    fn steps_in_epoch(&self) -> usize {
        self.step_in_epoch()
    }

    fn epoch_steps(&self) -> usize {
        self.steps_per_epoch()
    }

    fn epochs_done(&self) -> usize {
        self.epoch_count()
    }

    fn mark(&self) -> Trainer<f32> {
        self.clone()
    }

    fn restore(&mut self, mark: Trainer<f32>) {
        *self = mark;
    }
}

/// The epoch a lesson trains to when a link asks for `asked`: at most `max_epochs`, and at most
/// [`MAX_STEPS`] steps of `epoch_steps` per epoch (but at least one epoch).
pub fn epoch_allowed(asked: usize, max_epochs: usize, epoch_steps: usize) -> usize {
    epoch_allowed_within(asked, max_epochs, MAX_STEPS, epoch_steps)
}

/// [`epoch_allowed`] with at most `max_steps` steps instead of [`MAX_STEPS`].
pub fn epoch_allowed_within(asked: usize, max_epochs: usize, max_steps: usize, epoch_steps: usize) -> usize {
    asked.min(max_epochs).min((max_steps / epoch_steps.max(1)).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trainer() -> Trainer<f32> {
        let (state, _) = crate::query::read("data=spiral&points=300&batch=7&layers=5,4&seed=3");
        state.settings.build().unwrap()
    }

    #[test]
    fn catching_up_in_small_calls_reaches_the_weights_of_training_in_one_go() {
        let mut whole = trainer();
        whole.epochs(6);
        let mut runs = trainer();
        let mut catch_up = CatchUp::new();
        catch_up.ask(6);
        let per_epoch = runs.steps_per_epoch();
        let mut calls = 0;
        while catch_up.advance(&mut runs, 13) > 0 {
            calls += 1;
            assert!(catch_up.progress(&runs).done <= calls * 13, "a call never does more than 13 steps");
        }
        assert_eq!(calls, (6 * per_epoch).div_ceil(13));
        let p = catch_up.progress(&runs);
        assert_eq!((p.done, p.total, p.epoch, p.target), (6 * per_epoch, 6 * per_epoch, 6, 6));
        let weights = |t: &Trainer<f32>| t.network().affines().map(|a| a.w.clone()).collect::<Vec<_>>();
        assert_eq!(weights(&runs), weights(&whole));
        assert_eq!(runs.history(), whole.history());
    }

    #[test]
    fn cancel_goes_back_to_the_last_epoch_completed() {
        let mut runs = trainer();
        let per_epoch = runs.steps_per_epoch();
        let mut catch_up = CatchUp::new();
        catch_up.ask(50);
        catch_up.advance(&mut runs, 2 * per_epoch + 5);
        assert_eq!((runs.epoch_count(), runs.step_in_epoch()), (2, 5));
        catch_up.cancel(&mut runs);
        assert_eq!((runs.epoch_count(), runs.step_in_epoch()), (2, 0));
        let p = catch_up.progress(&runs);
        assert_eq!((p.epoch, p.target, p.cancelled, p.total - p.done), (2, 2, Some(50), 0));
        let mut two = trainer();
        two.epochs(2);
        let weights = |t: &Trainer<f32>| t.network().affines().map(|a| a.b.clone()).collect::<Vec<_>>();
        assert_eq!(weights(&runs), weights(&two), "the weights a link with epoch=2 gives");
        // Asking again goes on from there, to the same weights as in one go.
        catch_up.ask(3);
        assert_eq!(catch_up.progress(&runs).cancelled, None);
        catch_up.advance(&mut runs, usize::MAX);
        two.epoch();
        assert_eq!(weights(&runs), weights(&two));
    }

    #[test]
    fn resumed_within_an_epoch_a_cancel_comes_back_there_every_time() {
        let mut runs = trainer();
        let per_epoch = runs.steps_per_epoch();
        runs.epochs(2);
        train_towards(&mut runs, 3, 3);
        let at = runs.clone();
        let mut catch_up = CatchUp::new();
        catch_up.resume(&runs, Some(9));
        let p = catch_up.progress(&runs);
        assert_eq!((p.epoch, p.target, p.cancelled, p.total - p.done), (2, 2, Some(9), 0));
        for _ in 0..2 {
            catch_up.ask(4);
            catch_up.advance(&mut runs, per_epoch / 2);
            assert!(runs.step_in_epoch() > 0);
            catch_up.cancel(&mut runs);
            assert_eq!((runs.epoch_count(), runs.step_in_epoch()), (2, 3));
            assert_eq!(runs.history(), at.history());
            assert_eq!(catch_up.target(), 2);
        }
    }

    #[test]
    fn the_epoch_allowed_keeps_to_the_step_cap() {
        assert_eq!(epoch_allowed(2000, 2000, 9000), MAX_STEPS / 9000);
        assert_eq!(epoch_allowed(2000, 2000, 25), 2000);
        assert_eq!(epoch_allowed(30, 2000, 25), 30);
        assert_eq!(epoch_allowed(5, 200, MAX_STEPS * 2), 1, "one epoch is always allowed");
    }
}
