//! How much training one animation frame may do, counted in steps (mini-batches), so that no
//! setting, link or speed can hold the page: a step's work is estimated from the network's size
//! and the batch, and a frame does at most as many steps as fit in [`FRAME_WORK`]. The bound is
//! a count, the same on every machine; `www/bench/catchup.js` measures what it costs in time.

use asaku_core::real::Real;
use asaku_core::train::{Status, Trainer};

/// Multiply-adds of training one animation frame may do (about 20 ms of work in the browser on
/// this project's machines, see the README's "Work per frame").
pub const FRAME_WORK: f64 = 8.0e6;

/// What a step costs besides its products (drawing the batch, the calls through the layers), in
/// multiply-adds of the same time: it is most of the step of a tiny network at batch 1.
pub const STEP_OVERHEAD: f64 = 2000.0;

/// Multiply-adds of one training step, about: `P·(3B + 1 + E/S) + c` for `P` parameters, a
/// mini-batch of `B` rows (one product forward, two backward), the update, the evaluation of all
/// `E` examples at the end of each epoch of `S` steps (shared among its steps), and the
/// [`STEP_OVERHEAD`] `c`.
pub fn step_work<T: Real>(trainer: &Trainer<T>, evaluated: usize) -> f64 {
    let parameters = trainer.network().spec().parameter_count() as f64;
    let steps = trainer.steps_per_epoch().max(1) as f64;
    let batch = (trainer.training_examples().len() as f64 / steps).ceil();
    parameters * (3.0 * batch + 1.0 + evaluated as f64 / steps) + STEP_OVERHEAD
}

/// Steps of `work` multiply-adds each that fit in one frame's [`FRAME_WORK`]: at least one (a
/// step cannot be cut), at most `u32::MAX`.
pub fn frame_steps(work: f64) -> u32 {
    (FRAME_WORK / work.max(1.0)).floor().clamp(1.0, f64::from(u32::MAX)) as u32
}

/// Trains `trainer` towards `target` completed epochs, at most `max_steps` steps (stopping if it
/// diverges). Returns the steps done.
pub fn train_towards<T: Real>(trainer: &mut Trainer<T>, target: usize, max_steps: usize) -> usize {
    let mut done = 0;
    while done < max_steps && trainer.status() == Status::Training && trainer.epoch_count() < target {
        trainer.step();
        done += 1;
    }
    done
}

/// Steps `trainer` still needs to complete `target` epochs (none once it has diverged).
pub fn steps_to<T: Real>(trainer: &Trainer<T>, target: usize) -> usize {
    if trainer.status() != Status::Training || trainer.epoch_count() >= target {
        return 0;
    }
    (target - trainer.epoch_count()) * trainer.steps_per_epoch() - trainer.step_in_epoch()
}

#[cfg(test)]
mod tests {
    use super::*;
    use asaku_core::train::Settings;

    fn trainer(query: &str) -> Trainer<f32> {
        let (state, _) = crate::query::read(query);
        state.settings.build().unwrap()
    }

    #[test]
    fn a_call_never_does_more_steps_than_asked_and_stops_at_the_target() {
        let mut t = trainer("data=xor&points=200&batch=3&ratio=0.5");
        assert_eq!(t.steps_per_epoch(), 34);
        assert_eq!(steps_to(&t, 2), 68);
        assert_eq!(train_towards(&mut t, 2, 10), 10);
        assert_eq!((t.epoch_count(), t.step_in_epoch()), (0, 10));
        assert_eq!(steps_to(&t, 2), 58);
        assert_eq!(train_towards(&mut t, 2, 1000), 58);
        assert_eq!((t.epoch_count(), t.step_in_epoch(), steps_to(&t, 2)), (2, 0, 0));
        assert_eq!(train_towards(&mut t, 2, 1000), 0);
    }

    #[test]
    fn a_frame_does_fewer_steps_the_bigger_the_step() {
        let small = trainer("data=xor&points=200&batch=1&layers=4");
        let big = trainer("data=xor&points=10000&ratio=0.9&batch=1&layers=8,8,8,8,8,8");
        let full = trainer("data=xor&points=10000&ratio=0.9&batch=10000&layers=8,8,8,8,8,8");
        let [s, b, f] =
            [(&small, 200), (&big, 10_000), (&full, 10_000)].map(|(t, e)| frame_steps(step_work(t, e)));
        assert!(s > b && b > f, "{s} {b} {f}");
        assert_eq!(f, 1, "one full-batch step of 9,000 rows is already more than a frame's work");
        assert!(b < 9000, "an epoch of 9,000 steps takes more than one frame: {b}");
        let default = Settings::default().build::<f32>().unwrap();
        assert!(frame_steps(step_work(&default, 500)) > 25, "the default network trains epochs per frame");
    }
}
