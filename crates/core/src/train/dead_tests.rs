//! Hidden units that output 0 on the whole training set ("dying ReLU"): found by the epoch's
//! own evaluation, per unit and per layer.

use super::*;
use crate::data::{DataKind, DataSpec};
use crate::functions::Activation;
use crate::layers::{Affine, Output};
use crate::network::{Init, NetworkSpec};
use crate::real::Matrix;

/// 2-2-1 ReLU by hand: unit 1 is `relu(x1)`, unit 2 is `relu(−1)`, always 0.
#[test]
fn a_unit_is_inactive_when_it_outputs_0_for_every_example() {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![2],
        activation: Activation::Relu,
        output: Output::Sigmoid,
        outputs: 1,
        init: Init::Xavier,
    };
    let first = Affine::new(
        Matrix::from_row_slice(2, 2, &[1.0, 0.0, 0.0, 0.0]),
        Matrix::from_row_slice(1, 2, &[0.0, -1.0]),
    );
    let last = Affine::new(Matrix::from_row_slice(2, 1, &[1.0, 1.0]), Matrix::zeros(1, 1));
    let network: Network<f32> = Network::from_affines(spec, vec![first, last]);
    let mut evaluator = Evaluator::new();
    let mut inactive = vec![vec![true; 7]; 3];
    evaluator.run(&network, &Matrix::from_row_slice(2, 2, &[1.0, 0.0, -1.0, 0.0]));
    evaluator.inactive_into(&mut inactive);
    assert_eq!(inactive, [[false, true]]);
    // On the negative half alone, unit 1 is 0 too: the whole layer is inactive there.
    evaluator.run(&network, &Matrix::from_row_slice(1, 2, &[-1.0, 0.0]));
    evaluator.inactive_into(&mut inactive);
    assert_eq!(inactive, [[true, true]]);
}

fn relu_on_the_circle(learning_rate: f64) -> Trainer<f32> {
    let data = DataSpec { kind: DataKind::Circle, seed: 3, ..DataSpec::default() };
    let settings =
        Settings { data, activation: Activation::Relu, learning_rate, seed: 3, ..Settings::default() };
    settings.build().unwrap()
}

/// The run: ReLU at a learning rate of 10 on the circle does not diverge, but a hidden
/// layer ends inactive on every training point; from the same seed at the page's 0.03 no layer
/// does (with seed 1, even 0.03 loses the second layer of two units by epoch 7).
#[test]
fn relu_at_rate_10_kills_a_layer_and_a_sane_rate_does_not() {
    let mut dying = relu_on_the_circle(10.0);
    assert!(dying.dead_layers().is_empty(), "{:?}", dying.inactive_units());
    dying.epochs(20);
    assert_eq!(dying.status(), Status::Training);
    assert!(!dying.dead_layers().is_empty(), "{:?}", dying.inactive_units());
    let layer = dying.dead_layers()[0];
    assert!(dying.inactive_units()[layer].iter().all(|&dead| dead));
    let mut sane = relu_on_the_circle(0.03);
    sane.epochs(200);
    assert!(sane.dead_layers().is_empty(), "{:?}", sane.inactive_units());
    assert_eq!(sane.inactive_units().iter().map(Vec::len).collect::<Vec<_>>(), [4, 2]);
}
