//! Seeded training runs that cannot flake: the same seed always gives the same numbers.

use super::*;
use crate::data::{DataKind, DataSpec};
use crate::functions::Activation;
use crate::layers::Output;
use crate::network::{Init, Penalty, Regularization};
use crate::optimizer::OptimizerKind;
use strum::IntoEnumIterator;

fn settings(kind: DataKind, hidden: &[usize], output: Output) -> Settings {
    let data = DataSpec { kind, points: 400, noise: 0.0, train_ratio: 0.5, seed: 3 };
    Settings { data, hidden: hidden.to_vec(), output, ..Settings::default() }
}

fn last(trainer: &Trainer<f32>) -> EpochStats {
    *trainer.history().last().expect("history starts at epoch 0")
}

#[test]
fn a_two_layer_network_solves_the_xor_gate() {
    let s = Settings {
        optimizer: OptimizerKind::Adam,
        learning_rate: 0.05,
        batch_size: 4,
        ..settings(DataKind::GateXor, &[4], Output::Sigmoid)
    };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(500);
    assert_eq!(last(&trainer).train_accuracy, Some(1.0));
}

#[test]
fn a_two_layer_network_classifies_the_xor_data_set() {
    let s = Settings {
        optimizer: OptimizerKind::Adam,
        learning_rate: 0.03,
        ..settings(DataKind::Xor, &[8], Output::Sigmoid)
    };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(200);
    assert_eq!(last(&trainer).train_accuracy, Some(1.0));
}

#[test]
fn eight_eight_tanh_learns_the_spiral() {
    let spiral = settings(DataKind::Spiral, &[8, 8], Output::Sigmoid);
    let s = Settings { optimizer: OptimizerKind::Adam, learning_rate: 0.01, init: Init::Uniform, ..spiral };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(1000);
    let accuracy = last(&trainer).train_accuracy.unwrap();
    assert!(accuracy >= 0.95, "train accuracy {accuracy}");
}

#[test]
fn softmax_learns_the_three_class_spiral() {
    let s = Settings {
        optimizer: OptimizerKind::Adam,
        learning_rate: 0.01,
        ..settings(DataKind::Spiral3, &[8, 8], Output::Softmax)
    };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    assert_eq!(trainer.network().spec().outputs, 3);
    let start = last(&trainer);
    trainer.epochs(1000);
    let end = last(&trainer);
    assert!(end.train_loss < start.train_loss / 3.0, "{start:?} → {end:?}");
    assert!(end.train_accuracy.unwrap() > 0.85, "{end:?}");
}

#[test]
fn every_optimizer_lowers_the_loss_on_the_circle() {
    for (kind, lr) in OptimizerKind::iter().zip([0.1, 0.05, 0.05, 0.05, 0.01, 0.01]) {
        let s = Settings {
            optimizer: kind,
            learning_rate: lr,
            ..settings(DataKind::Circle, &[4, 2], Output::Sigmoid)
        };
        let mut trainer: Trainer<f32> = s.build().unwrap();
        let start = last(&trainer).train_loss;
        trainer.epochs(20);
        let end = last(&trainer).train_loss;
        assert!(end < start * 0.8, "{kind:?}: {start} → {end}");
    }
}

#[test]
fn one_seed_gives_identical_runs() {
    let s = Settings { sampling: Sampling::Replacement, ..settings(DataKind::Moons, &[5, 3], Output::Tanh) };
    let run = || {
        let mut trainer: Trainer<f32> = s.build().unwrap();
        trainer.epochs(15);
        let weights: Vec<_> = trainer.network().affines().map(|a| a.w.clone()).collect();
        (trainer.history().recent().to_vec(), weights)
    };
    assert_eq!(run(), run());
    let other: Trainer<f32> = Settings { seed: 2, ..s.clone() }.build().unwrap();
    assert_ne!(run().0[0], *other.history().first().unwrap());
}

#[test]
fn steps_and_epochs_count() {
    let mut trainer: Trainer<f32> = settings(DataKind::Circle, &[4, 2], Output::Sigmoid).build().unwrap();
    assert_eq!(trainer.steps_per_epoch(), 20);
    trainer.step();
    assert_eq!((trainer.epoch_count(), trainer.step_in_epoch()), (0, 1));
    trainer.epoch();
    assert_eq!((trainer.epoch_count(), trainer.step_in_epoch()), (1, 0));
    trainer.epoch();
    assert_eq!(trainer.epoch_count(), 2);
    assert_eq!(trainer.history().len(), 3);
}

#[test]
fn a_long_run_keeps_a_bounded_history() {
    let s = Settings { batch_size: 4, ..settings(DataKind::GateXor, &[2], Output::Sigmoid) };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    let epochs = 20 * RECENT;
    trainer.epochs(epochs);
    let history = trainer.history();
    assert_eq!(history.len(), epochs + 1);
    assert!(history.recent().len() <= 2 * RECENT);
    assert_eq!(history.last(), Some(&last(&trainer)));
    let series = history.decimated();
    assert!(series.len() <= MAX_DECIMATED);
    assert_eq!((series[0].epoch, series[series.len() - 1].epoch), (0, epochs));
}

#[test]
fn a_huge_learning_rate_diverges_keeps_finite_weights_and_recovers() {
    let s = Settings { learning_rate: 10.0, ..settings(DataKind::Plane, &[4], Output::Identity) };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    let status = trainer.epochs(50);
    assert!(matches!(status, Status::Diverged { .. }), "{status:?}");
    assert!(trainer.network().is_finite());
    let epoch = trainer.epoch_count();
    assert_eq!(trainer.epoch(), status, "steps do nothing while diverged");
    assert_eq!(trainer.epoch_count(), epoch);
    trainer.set_learning_rate(0.01).unwrap();
    assert_eq!(trainer.epochs(5), Status::Training);
    assert_eq!(trainer.epoch_count(), epoch + 5);
}

#[test]
fn live_changes_keep_weights_and_epoch() {
    let before = settings(DataKind::Circle, &[4, 2], Output::Sigmoid);
    let mut trainer: Trainer<f32> = before.build().unwrap();
    trainer.epochs(3);
    let weights: Vec<_> = trainer.network().affines().map(|a| a.w.clone()).collect();
    let after = Settings {
        activation: Activation::Relu,
        learning_rate: 0.1,
        optimizer: OptimizerKind::Adam,
        batch_size: 25,
        regularization: Regularization::new(Penalty::L2, 0.001).unwrap(),
        ..before.clone()
    };
    assert_eq!(before.change_to(&after), Change::Live);
    after.apply_live(&mut trainer).unwrap();
    assert_eq!(trainer.epoch_count(), 3);
    assert_eq!(weights, trainer.network().affines().map(|a| a.w.clone()).collect::<Vec<_>>());
    assert_eq!(trainer.network().spec().activation, Activation::Relu);
    assert_eq!(trainer.optimizer().kind(), OptimizerKind::Adam);
    assert_eq!(trainer.steps_per_epoch(), 8);
    assert_eq!(before.change_to(&Settings { seed: 9, ..before.clone() }), Change::Rebuild);
    assert_eq!(before.change_to(&Settings { hidden: vec![4], ..before.clone() }), Change::Rebuild);
    assert_eq!(before.change_to(&before.clone()), Change::None);
}

#[test]
fn editing_a_weight_changes_the_function_not_the_epoch() {
    let mut trainer: Trainer<f32> = settings(DataKind::Circle, &[4, 2], Output::Sigmoid).build().unwrap();
    trainer.epochs(2);
    let before = last(&trainer);
    trainer.set_parameter(2, Some(0), 0, 5.0).unwrap();
    trainer.set_parameter(2, None, 0, -3.0).unwrap();
    assert_eq!(trainer.network().affines().nth(2).unwrap().b[0], -3.0);
    assert_eq!(trainer.epoch_count(), 2);
    assert_ne!(last(&trainer).train_loss, before.train_loss);
    assert!(trainer.set_parameter(3, Some(0), 0, 1.0).is_err());
    assert!(trainer.set_parameter(0, Some(9), 0, 1.0).is_err());
    assert!(trainer.set_parameter(0, Some(0), 0, f64::NAN).is_err());
}

#[test]
fn mismatched_choices_are_errors_with_a_sentence() {
    let err = settings(DataKind::Spiral3, &[4], Output::Sigmoid).build::<f32>().unwrap_err().to_string();
    assert!(err.contains("softmax"), "{err}");
    assert!(settings(DataKind::Circle, &[4], Output::Identity).build::<f32>().is_err());
    assert!(settings(DataKind::Plane, &[4], Output::Softmax).build::<f32>().is_err());
    let zero_batch = Settings { batch_size: 0, ..Settings::default() };
    assert_eq!(
        zero_batch.build::<f32>().unwrap_err().to_string(),
        "the batch size is 0, but it must be a whole number from 1 to 10000"
    );
    let bad_lr = Settings { learning_rate: f64::NAN, ..Settings::default() };
    assert!(bad_lr.build::<f32>().is_err());
    let wide = Settings { hidden: vec![0], ..Settings::default() };
    assert!(wide.build::<f32>().unwrap_err().to_string().contains("width 0"));
}
