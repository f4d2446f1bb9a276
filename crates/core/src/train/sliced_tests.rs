//! Sliced evaluation at epoch ends records the same epochs as the one-pass evaluation.

use super::*;
use crate::data::{DataKind, DataSpec};
use crate::functions::Activation;
use crate::layers::Output;
use crate::network::Init;
use crate::optimizer::OptimizerKind;

/// `kind` with 400 points, half for training; batches of 10, so 20 steps an epoch.
fn settings(kind: DataKind, activation: Activation, output: Output) -> Settings {
    let data = DataSpec { kind, points: 400, noise: 0.1, train_ratio: 0.5, seed: 5 };
    Settings {
        data,
        hidden: vec![8, 6],
        activation,
        output,
        optimizer: OptimizerKind::Adam,
        learning_rate: 0.05,
        batch_size: 10,
        init: Init::He,
        ..Settings::default()
    }
}

fn weights<T: Real>(trainer: &Trainer<T>) -> Vec<Matrix<T>> {
    trainer.network().affines().flat_map(|a| [a.w.clone(), a.b.clone()]).collect()
}

/// Trains `epochs` epochs both ways, the sliced one evaluating `slice` rows per call, and
/// compares the weights, accuracies and inactive units exactly and the losses within `tol`.
fn assert_same_run<T: Real>(s: &Settings, epochs: usize, slice: usize, tol: f64) {
    let mut whole: Trainer<T> = s.build().unwrap();
    let mut sliced: Trainer<T> = s.build().unwrap();
    sliced.set_sliced_evaluation(true);
    for _ in 0..epochs * whole.steps_per_epoch() {
        whole.step();
        sliced.step();
        while !sliced.evaluate_rows(slice) {}
        assert_eq!(sliced.epoch_count(), whole.epoch_count());
        assert_eq!(sliced.history().len(), whole.history().len());
        assert_eq!(weights(&sliced), weights(&whole));
        assert_eq!(sliced.inactive_units(), whole.inactive_units());
    }
    assert_eq!(whole.epoch_count(), epochs);
    for (a, b) in sliced.history().recent().iter().zip(whole.history().recent().iter()) {
        assert_eq!(
            (a.epoch, a.train_accuracy, a.test_accuracy),
            (b.epoch, b.train_accuracy, b.test_accuracy)
        );
        let close = |x: f64, y: f64| f64::abs(x - y) <= tol * f64::abs(y);
        assert!(close(a.train_loss, b.train_loss), "{a:?} vs {b:?}");
        assert!(close(a.test_loss.unwrap(), b.test_loss.unwrap()), "{a:?} vs {b:?}");
    }
}

#[test]
fn sliced_and_one_pass_evaluation_record_the_same_epochs() {
    let relu = settings(DataKind::Spiral3, Activation::Relu, Output::Softmax);
    assert_same_run::<f32>(&relu, 4, 37, 1e-5);
    assert_same_run::<f64>(&relu, 4, 37, 1e-12);
    assert_same_run::<f32>(&relu, 2, usize::MAX, 0.0);
    let sigmoid = settings(DataKind::Moons, Activation::Sigmoid, Output::Sigmoid);
    assert_same_run::<f32>(&sigmoid, 3, 1, 1e-5);
    let regression = settings(DataKind::Bumps, Activation::Tanh, Output::Identity);
    assert_same_run::<f64>(&regression, 3, 64, 1e-12);
}

#[test]
fn an_epochs_evaluation_waits_for_its_rows_and_a_step_finishes_it() {
    let mut t: Trainer<f32> = settings(DataKind::Circle, Activation::Relu, Output::Sigmoid).build().unwrap();
    t.set_sliced_evaluation(true);
    for _ in 0..t.steps_per_epoch() {
        t.step();
    }
    assert!(t.evaluation_pending());
    assert_eq!((t.epoch_count(), t.history().len(), t.pending_rows()), (1, 1, 400));
    assert!(!t.evaluate_rows(150));
    assert_eq!(t.pending_rows(), 250);
    t.step();
    assert!(!t.evaluation_pending());
    assert_eq!((t.epoch_count(), t.step_in_epoch(), t.history().len()), (1, 1, 2));
}

#[test]
fn a_change_of_activation_while_pending_records_the_epoch_with_the_old_one_first() {
    let s = settings(DataKind::Xor, Activation::Relu, Output::Sigmoid);
    let (mut whole, mut sliced): (Trainer<f32>, Trainer<f32>) = (s.build().unwrap(), s.build().unwrap());
    sliced.set_sliced_evaluation(true);
    whole.epoch();
    sliced.epoch();
    sliced.evaluate_rows(10);
    for t in [&mut whole, &mut sliced] {
        t.set_activation(Activation::Tanh);
    }
    let accuracies =
        |t: &Trainer<f32>| t.history().recent().iter().map(|s| s.train_accuracy).collect::<Vec<_>>();
    assert_eq!(accuracies(&sliced), accuracies(&whole));
    assert_eq!(sliced.history().len(), 2);
}

#[test]
fn a_divergence_found_by_a_sliced_evaluation_restores_the_epoch_before() {
    // As in divergence_tests: one step an epoch, identity's squared error overflows f32 first.
    let data = DataSpec { kind: DataKind::Plane, points: 200, noise: 0.0, train_ratio: 0.5, seed: 3 };
    let s = Settings {
        data,
        hidden: vec![8, 8],
        output: Output::Identity,
        batch_size: 10_000,
        learning_rate: 10.0,
        ..Settings::default()
    };
    let (mut whole, mut sliced): (Trainer<f32>, Trainer<f32>) = (s.build().unwrap(), s.build().unwrap());
    sliced.set_sliced_evaluation(true);
    let whole_status = whole.epochs(500);
    while sliced.status() == Status::Training && sliced.epoch_count() < 500 {
        sliced.step();
        while !sliced.evaluate_rows(30) {}
    }
    assert!(matches!(whole_status, Status::Diverged { cause: Divergence::Loss, .. }), "{whole_status:?}");
    assert_eq!(sliced.status(), whole_status);
    assert_eq!(weights(&sliced), weights(&whole));
}

#[test]
#[should_panic(expected = "evaluation is still pending")]
fn a_model_file_is_not_written_while_an_epochs_evaluation_is_pending() {
    let s = Settings::default();
    let mut t: Trainer<f32> = s.build().unwrap();
    t.set_sliced_evaluation(true);
    while !t.evaluation_pending() {
        t.step();
    }
    crate::model::write(&s, None, &t);
}
