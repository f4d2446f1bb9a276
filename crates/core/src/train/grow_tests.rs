//! Adding training examples to a running trainer keeps the run and follows the documented walk.

use super::*;
use crate::data::{DataKind, DataSpec, Dataset, Split};
use crate::optimizer::OptimizerKind;

fn settings() -> Settings {
    let data = DataSpec { kind: DataKind::Xor, points: 60, noise: 0.0, train_ratio: 0.5, seed: 3 };
    Settings { data, optimizer: OptimizerKind::Adam, batch_size: 7, seed: 5, ..Settings::default() }
}

/// One class-1 point at `x`, of the settings' data kind.
fn point(s: &Settings, x: [f64; 2]) -> Dataset {
    let kind = s.data.kind;
    Dataset { points: vec![x], labels: vec![1.0], task: kind.task(), domain: kind.domain() }
}

fn with_point(split: &Split, extra: &Dataset) -> Split {
    let mut grown = split.clone();
    grown.train.points.extend(&extra.points);
    grown.train.labels.extend(&extra.labels);
    grown
}

#[test]
fn a_point_added_mid_run_keeps_the_weights_epoch_and_optimizer_and_counts_in_the_loss() {
    let s = settings();
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(4);
    for _ in 0..2 {
        trainer.step();
    }
    let before = trainer.run_state();
    s.add_points(&mut trainer, &point(&s, [2.0, 2.0])).unwrap();
    let after = trainer.run_state();
    assert_eq!(after.parameters, before.parameters);
    assert_eq!(
        (after.optimizer_state, after.optimizer_steps),
        (before.optimizer_state, before.optimizer_steps)
    );
    assert_eq!((after.epoch, after.step_in_epoch, after.rng), (4, 2, before.rng));
    assert_eq!(trainer.training_examples().len(), 31);
    assert_eq!(
        trainer.history().len(),
        before.history.len(),
        "the newest entry is evaluated again, not added"
    );
    let loss = |h: &History| h.last().unwrap().train_loss;
    assert_ne!(loss(trainer.history()), loss(&before.history), "the loss is over the grown set");
}

#[test]
fn mid_epoch_the_walk_goes_on_then_takes_the_new_point_and_the_next_epoch_shuffles_all() {
    let s = settings();
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(1);
    trainer.step();
    let (order, cursor) = (trainer.run_state().order, trainer.run_state().cursor);
    assert_eq!((trainer.steps_per_epoch(), cursor), (5, 7), "30 points in batches of 7");
    s.add_points(&mut trainer, &point(&s, [2.0, 2.0])).unwrap();
    let state = trainer.run_state();
    assert_eq!(state.order, [order, vec![30]].concat());
    assert_eq!((state.cursor, trainer.steps_per_epoch()), (7, 5), "⌈31 / 7⌉ = 5 steps");
    trainer.epoch();
    assert_eq!(
        (trainer.epoch_count(), trainer.run_state().cursor),
        (2, 31),
        "every example once, the new one last"
    );
    trainer.step();
    let next = trainer.run_state().order;
    assert_ne!(next[..30], state.order[..30], "the next epoch is a fresh shuffle");
    assert!(next[..7].iter().all(|&i| i < 31));
}

#[test]
fn points_added_before_any_step_give_the_run_built_on_all_of_them() {
    let s = settings();
    let split = s.data.generate().unwrap();
    let extra = point(&s, [-1.5, 2.25]);
    let mut built: Trainer<f32> = s.build_on(&with_point(&split, &extra)).unwrap();
    let mut grown: Trainer<f32> = s.build_on(&split).unwrap();
    s.add_points(&mut grown, &extra).unwrap();
    built.epochs(5);
    grown.epochs(5);
    assert_eq!(grown.run_state(), built.run_state());
}

#[test]
fn examples_of_the_wrong_shape_are_refused_and_nothing_changes() {
    let mut trainer: Trainer<f32> = settings().build().unwrap();
    trainer.epochs(1);
    let before = trainer.run_state();
    let wrong = Examples { x: Matrix::zeros(1, 3), t: Matrix::zeros(1, 1) };
    assert!(trainer.add_examples(&wrong).unwrap_err().to_string().contains("3 inputs"));
    assert_eq!((trainer.run_state(), trainer.training_examples().len()), (before, 30));
}

#[test]
fn replaced_data_of_the_same_size_keep_the_walk_and_another_size_starts_a_fresh_one() {
    let s = settings();
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(2);
    trainer.step();
    let before = trainer.run_state();
    let mut moved = s.data.generate().unwrap();
    moved.train.points.iter_mut().for_each(|p| p[0] += 0.001);
    s.set_data(&mut trainer, &moved).unwrap();
    let after = trainer.run_state();
    assert_eq!((after.order, after.cursor, after.step_in_epoch), (before.order, before.cursor, 1));
    assert_eq!((after.parameters, after.rng, after.epoch), (before.parameters, before.rng, 2));
    assert_eq!(trainer.training_examples().x[(0, 0)], moved.train.points[0][0] as f32);

    moved.train.points.pop();
    moved.train.labels.pop();
    s.set_data(&mut trainer, &moved).unwrap();
    let (order, cursor) = (trainer.run_state().order, trainer.run_state().cursor);
    assert_eq!((order.len(), cursor, trainer.step_in_epoch()), (29, 29, 1), "a fresh shuffle next");
    assert_eq!(trainer.epochs(3), Status::Training);
}
