//! The mini-batch lesson's three runs trained in step towards the epochs asked (see
//! [`super::super::catchup`]), and put back to an epoch boundary on a Cancel.

use super::Run;
use crate::lessons::catchup::Stepped;
use crate::work::steps_to;
use asaku_core::train::{Status, Trainer};

/// A run at an epoch boundary, to go back to (see [`Stepped::restore`]).
#[derive(Clone, Debug)]
pub struct RunMark {
    trainer: Trainer<f32>,
    batch_losses: usize,
    change: (f64, usize),
}

/// The three runs trained in step: the one furthest behind goes first, so none is more than an
/// epoch ahead of another.
impl Stepped for Vec<Run> {
    type Mark = Vec<RunMark>;

    fn steps_to(&self, target: usize) -> usize {
        self.iter().map(|r| steps_to(&r.trainer, target)).sum()
    }

    fn steps_towards(&mut self, target: usize, max_steps: usize) -> usize {
        let behind = self.iter_mut().filter(|r| steps_to(&r.trainer, target) > 0);
        behind.min_by_key(|r| r.trainer.epoch_count()).map_or(0, |r| r.steps(max_steps))
    }

    fn steps_in_epoch(&self) -> usize {
        let done = self.epochs_done();
        let training = self.iter().map(|r| &r.trainer).filter(|t| t.status() == Status::Training);
        training.map(|t| (t.epoch_count() - done) * t.steps_per_epoch() + t.step_in_epoch()).sum()
    }

    fn epoch_steps(&self) -> usize {
        let training = self.iter().map(|r| &r.trainer).filter(|t| t.status() == Status::Training);
        training.map(|t| t.steps_per_epoch()).sum()
    }

    fn epochs_done(&self) -> usize {
        let training = self.iter().map(|r| &r.trainer).filter(|t| t.status() == Status::Training);
        training
            .map(|t| t.epoch_count())
            .min()
            .unwrap_or_else(|| self.iter().map(|r| r.trainer.epoch_count()).max().unwrap_or(0))
    }

    fn mark(&self) -> Vec<RunMark> {
        let mark = |r: &Run| RunMark {
            trainer: r.trainer.clone(),
            batch_losses: r.batch_losses.len(),
            change: r.change,
        };
        self.iter().map(mark).collect()
    }

    fn restore(&mut self, marks: Vec<RunMark>) {
        for (run, mark) in self.iter_mut().zip(marks) {
            run.trainer = mark.trainer;
            run.batch_losses.truncate(mark.batch_losses);
            run.change = mark.change;
        }
    }
}
