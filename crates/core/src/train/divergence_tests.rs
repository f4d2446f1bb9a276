//! The last good weights: what a divergence restores, what a weight edit may store, and which
//! loss a mini-batch reports next to the epoch's.

use super::*;
use crate::data::{DataKind, DataSpec};
use crate::layers::Output;
use crate::network::{Penalty, Regularization};

/// `kind` with 200 points, half for training, and `hidden` layers; batches of `batch_size`.
fn settings(kind: DataKind, hidden: &[usize], output: Output, batch_size: usize) -> Settings {
    let data = DataSpec { kind, points: 200, noise: 0.0, train_ratio: 0.5, seed: 3 };
    Settings { data, hidden: hidden.to_vec(), output, batch_size, ..Settings::default() }
}

/// The weights and biases, to compare before and after.
fn weights(trainer: &Trainer<f32>) -> Vec<Matrix<f32>> {
    trainer.network().affines().flat_map(|a| [a.w.clone(), a.b.clone()]).collect()
}

/// Asserts that the network now has a finite loss equal to the last one recorded.
fn assert_back_at_the_last_recorded_epoch(trainer: &mut Trainer<f32>) {
    let recorded = *trainer.history().last().expect("history starts at epoch 0");
    let (now, _) = trainer.evaluate();
    assert!(now.loss.is_finite(), "restored weights give a loss of {}", now.loss);
    assert_eq!(now.loss, recorded.train_loss);
    assert!(matches!(trainer.status(), Status::Diverged { epoch, .. } if epoch == recorded.epoch));
}

#[test]
fn a_divergence_found_at_an_epochs_end_restores_the_epoch_before() {
    // A batch of at least N makes every epoch one step, so the loss of the new weights is first
    // seen when the epoch is evaluated; identity's squared error overflows f32 before the weights.
    let s = Settings { learning_rate: 10.0, ..settings(DataKind::Plane, &[8, 8], Output::Identity, 10_000) };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    assert_eq!(trainer.steps_per_epoch(), 1);
    let status = trainer.epochs(500);
    assert!(matches!(status, Status::Diverged { cause: Divergence::Loss, .. }), "{status:?}");
    assert_back_at_the_last_recorded_epoch(&mut trainer);
}

#[test]
fn a_weight_float32_cannot_hold_is_refused_and_nothing_changes() {
    let mut trainer: Trainer<f32> = settings(DataKind::Circle, &[4, 2], Output::Sigmoid, 10).build().unwrap();
    trainer.epochs(2);
    let (before, history) = (weights(&trainer), trainer.history().clone());
    let err = trainer.set_parameter(0, Some(0), 0, 1e39).unwrap_err().to_string();
    assert_eq!(
        err,
        "a weight is 1e39, but it must be a number from \
         -3.4028235e38 to 3.4028235e38 (weights are 32-bit floats)"
    );
    assert!(trainer.set_parameter(0, None, 0, -1e39).is_err());
    let err = trainer.set_parameter(0, Some(0), 0, f64::NAN).unwrap_err().to_string();
    assert!(err.starts_with("a weight is NaN, but it must be a number from"), "{err}");
    assert_eq!((weights(&trainer), trainer.history()), (before, &history));
    trainer.set_parameter(0, Some(0), 0, 3.4e38).expect("the largest f32 values fit");
}

#[test]
fn an_edit_that_makes_the_loss_infinite_is_refused_and_keeps_the_last_good_weights() {
    let s = settings(DataKind::Plane, &[4], Output::Identity, 10);
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(2);
    let (before, history) = (weights(&trainer), trainer.history().clone());
    // One output weight of 1e30 squares past f32's range in the squared error.
    let err = trainer.set_parameter(1, Some(0), 0, 1e30).unwrap_err().to_string();
    assert!(err.ends_with("but it must be a value that keeps the training loss finite"), "{err}");
    assert_eq!((weights(&trainer), trainer.history()), (before.clone(), &history));
    // The snapshot is still the evaluated weights: a divergence now goes back to them.
    trainer.set_learning_rate(100.0).unwrap();
    assert!(matches!(trainer.epochs(50), Status::Diverged { .. }));
    assert_back_at_the_last_recorded_epoch(&mut trainer);
}

#[test]
fn a_batch_reports_the_data_loss_as_the_epoch_does_without_the_penalty() {
    let regularization = Regularization::new(Penalty::L2, 1.0).unwrap();
    let s = Settings { regularization, ..settings(DataKind::Circle, &[4, 2], Output::Sigmoid, 10_000) };
    let mut trainer: Trainer<f32> = s.build().unwrap();
    trainer.epochs(3);
    let epoch_loss = trainer.history().last().unwrap().train_loss;
    let penalty = f64::from(trainer.network().penalty());
    assert!(penalty > 0.1, "the penalty would show: {penalty}");
    // A full batch is the same examples and weights the epoch was evaluated on.
    trainer.step();
    let batch_loss = trainer.last_batch_loss().unwrap();
    assert!((batch_loss - epoch_loss).abs() < 1e-5, "batch {batch_loss} vs epoch {epoch_loss}");
}
