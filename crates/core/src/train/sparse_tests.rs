//! Training inputs that are mostly zeros are kept as sparse rows, and training on them gives
//! the dense path's numbers (up to the order of additions).

use super::*;
use crate::functions::Activation;
use crate::layers::Output;
use crate::network::{Init, NetworkSpec};
use crate::optimizer::OptimizerKind;
use crate::rng_from_seed;
use rand::Rng as _;

/// `n` examples of `d` inputs, each 0 with probability `zeros` (else in `(0, 1]`), and
/// one-hot targets of 3 classes.
fn examples(n: usize, d: usize, zeros: f64, seed: u64) -> Examples<f32> {
    let mut rng = rng_from_seed(seed);
    let x =
        Matrix::from_fn(n, d, |_, _| if rng.random_bool(zeros) { 0.0 } else { 1.0 - rng.random::<f32>() });
    let mut t = Matrix::zeros(n, 3);
    for i in 0..n {
        t[(i, rng.random_range(0..3))] = 1.0;
    }
    Examples { x, t }
}

#[test]
fn the_density_switch_picks_sparse_rows_for_mostly_zero_inputs_only() {
    assert!(ExampleColumns::new(&examples(50, 784, 0.8, 1)).is_sparse(), "digit-like images");
    assert!(ExampleColumns::new(&examples(50, SPARSE_MIN_INPUTS, 0.5, 2)).is_sparse(), "half zeros");
    assert!(!ExampleColumns::new(&examples(50, 784, 0.3, 3)).is_sparse(), "mostly non-zero");
    assert!(!ExampleColumns::new(&examples(50, 784, 0.0, 4)).is_sparse(), "no zeros");
    let gates = examples(4, 2, 0.5, 5);
    assert!(!ExampleColumns::new(&gates).is_sparse(), "two inputs stay dense, whatever their zeros");
    assert!(!ExampleColumns::new(&examples(50, SPARSE_MIN_INPUTS - 1, 0.9, 6)).is_sparse());
}

#[test]
fn the_trainer_keeps_digit_like_inputs_sparse_and_playground_points_dense() {
    let digits = trainer(examples(120, 100, 0.8, 7), Sampling::Replacement);
    assert!(digits.columns.is_sparse());
    let points: Trainer<f32> = Settings::default().build().unwrap();
    assert!(!points.columns.is_sparse());
}

fn trainer(train: Examples<f32>, sampling: Sampling) -> Trainer<f32> {
    let spec = NetworkSpec {
        inputs: train.x.ncols(),
        hidden: vec![20],
        activation: Activation::Relu,
        output: Output::Softmax,
        outputs: 3,
        init: Init::He,
    };
    let mut rng = rng_from_seed(9);
    let network = Network::new(spec, &mut rng).unwrap();
    let optimizer = Optimizer::new(OptimizerKind::Adam, 0.01).unwrap();
    let test = examples(40, train.x.ncols(), 0.8, 8);
    Trainer::new(network, optimizer, train, test, Batcher::new(sampling, 16, 0), rng).unwrap()
}

#[test]
fn training_on_sparse_rows_gives_the_dense_paths_losses() {
    for sampling in [Sampling::Replacement, Sampling::Shuffle] {
        let mut sparse = trainer(examples(120, 100, 0.8, 10), sampling);
        let mut dense = sparse.clone();
        dense.columns = ExampleColumns::dense(&dense.train);
        assert!(sparse.columns.is_sparse() && !dense.columns.is_sparse());
        for _ in 0..6 {
            sparse.epoch();
            dense.epoch();
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-5 * (1.0 + b.abs());
            let (s, d) = (sparse.last_batch_loss().unwrap(), dense.last_batch_loss().unwrap());
            assert!(close(s, d), "{sampling:?}: batch loss {s} against {d}");
            let (s, d) = (sparse.history().last().unwrap(), dense.history().last().unwrap());
            assert!(close(s.train_loss, d.train_loss), "{sampling:?}: {s:?} against {d:?}");
            assert_eq!(s.epoch, d.epoch);
        }
        let first = sparse.history().first().unwrap().train_loss;
        assert!(sparse.history().last().unwrap().train_loss < first, "{sampling:?}: it learns");
    }
}

#[test]
fn evaluations_over_sparse_rows_whole_or_sliced_match_the_dense_ones() {
    let mut sparse = trainer(examples(120, 100, 0.8, 11), Sampling::Shuffle);
    let mut dense = sparse.clone();
    dense.columns = ExampleColumns::dense(&dense.train);
    let mut sliced = sparse.clone();
    sliced.set_sliced_evaluation(true);
    for t in [&mut sparse, &mut dense, &mut sliced] {
        t.epochs(3);
    }
    assert!(sliced.evaluation_pending());
    while !sliced.evaluate_rows(7) {}
    let dense_stats = *dense.history().last().unwrap();
    for stats in [sparse.history().last().unwrap(), sliced.history().last().unwrap()] {
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-5 * (1.0 + b.abs());
        assert!(close(stats.train_loss, dense_stats.train_loss), "{stats:?} against {dense_stats:?}");
        assert!(close(stats.test_loss.unwrap(), dense_stats.test_loss.unwrap()));
        assert_eq!((stats.epoch, stats.train_accuracy), (dense_stats.epoch, dense_stats.train_accuracy));
    }
    assert_eq!(sliced.inactive_units(), dense.inactive_units());
}
