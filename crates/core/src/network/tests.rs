//! Whole-network checks: backprop against the central difference for every output and
//! activation, and the forward paths agreeing with each other.

use super::*;
use crate::choice::Choice;
use crate::layers::Output;
use crate::rng_from_seed;
use rand::Rng as _;
use strum::IntoEnumIterator;

fn spec(activation: Activation, output: Output, outputs: usize) -> NetworkSpec {
    NetworkSpec { inputs: 3, hidden: vec![5, 4], activation, output, outputs, init: Init::Uniform }
}

/// Five examples with inputs in (−2, 2) and targets that suit `output`.
fn batch(output: Output, outputs: usize, seed: u64) -> (Matrix<f64>, Matrix<f64>) {
    let mut rng = rng_from_seed(seed);
    let x = Matrix::from_fn(5, 3, |_, _| rng.random_range(-2.0..2.0));
    let t = Matrix::from_fn(5, outputs, |i, j| match output {
        Output::Softmax => f64::from(u8::from(j == i % outputs)),
        Output::Sigmoid => (i % 2) as f64,
        Output::Tanh => {
            if i % 2 == 0 {
                1.0
            } else {
                -1.0
            }
        }
        Output::Identity => rng.random_range(-1.0..1.0),
    });
    (x, t)
}

fn assert_checks(network: &mut Network<f64>, x: &Matrix<f64>, t: &Matrix<f64>, label: &str) {
    let checks = network.gradient_check(x, t);
    assert_eq!(checks.len(), 6, "{label}");
    for check in checks {
        assert!(
            check.max_relative_error < 1e-6,
            "{label}: {} off by {}",
            check.name,
            check.max_relative_error
        );
    }
}

#[test]
fn backprop_matches_the_central_difference_for_every_output() {
    for (output, outputs) in
        [(Output::Sigmoid, 1), (Output::Softmax, 3), (Output::Tanh, 1), (Output::Identity, 2)]
    {
        let mut network =
            Network::new(spec(Activation::Tanh, output, outputs), &mut rng_from_seed(3)).unwrap();
        let (x, t) = batch(output, outputs, 4);
        assert_checks(&mut network, &x, &t, output.name());
    }
}

#[test]
fn backprop_matches_the_central_difference_for_every_activation() {
    // Step's gradient is 0 both ways; ReLU-like kinks are avoided by the seed's inputs.
    for activation in Activation::iter() {
        let mut network = Network::new(spec(activation, Output::Softmax, 2), &mut rng_from_seed(11)).unwrap();
        let (x, t) = batch(Output::Softmax, 2, 12);
        assert_checks(&mut network, &x, &t, activation.name());
    }
}

#[test]
fn regularised_gradients_check_too() {
    for penalty in [Penalty::L1, Penalty::L2] {
        let mut network =
            Network::new(spec(Activation::Sigmoid, Output::Sigmoid, 1), &mut rng_from_seed(5)).unwrap();
        network.regularization = Regularization::new(penalty, 0.1).unwrap();
        let (x, t) = batch(Output::Sigmoid, 1, 6);
        assert_checks(&mut network, &x, &t, penalty.name());
    }
}

#[test]
fn a_sampled_check_compares_as_many_elements_as_asked() {
    let mut network =
        Network::new(spec(Activation::Tanh, Output::Identity, 2), &mut rng_from_seed(3)).unwrap();
    let (x, t) = batch(Output::Identity, 2, 4);
    let full = network.gradient_check(&x, &t);
    let mut sample =
        |per_parameter, seed| network.gradient_check_sample(&x, &t, per_parameter, &mut rng_from_seed(seed));
    assert_eq!(sample(20, 1), full, "20 covers every parameter of a 3-5-4-2 network");
    let two = sample(2, 1);
    assert_eq!(two, sample(2, 1), "one seed, one sample");
    assert_ne!(two, sample(2, 2));
    for (s, f) in two.iter().zip(&full) {
        assert_eq!(
            (s.name.as_str(), s.elements, s.checked),
            (f.name.as_str(), f.elements, f.elements.min(2))
        );
        assert!(s.max_relative_error <= f.max_relative_error, "{s:?} vs {f:?}");
    }
}

#[test]
fn backprop_returns_the_data_loss_and_the_penalty_apart() {
    let mut network =
        Network::new(spec(Activation::Tanh, Output::Sigmoid, 1), &mut rng_from_seed(5)).unwrap();
    network.regularization = Regularization::new(Penalty::L2, 0.5).unwrap();
    let (x, t) = batch(Output::Sigmoid, 1, 6);
    let parts = network.backprop(&x, &t);
    let data = Evaluator::new().evaluate(&network, &x, &t).loss;
    assert!((parts.data - data).abs() < 1e-12, "{parts:?} vs {data}");
    let squares: f64 = network.affines().map(|a| a.w.iter().map(|w| w * w).sum::<f64>()).sum();
    assert!((parts.penalty - 0.25 * squares).abs() < 1e-12, "{parts:?}");
    assert_eq!(parts.total(), network.loss(&x, &t));
}

#[test]
fn an_f32_network_checks_in_f64() {
    let network: Network<f32> =
        Network::new(spec(Activation::Relu, Output::Sigmoid, 1), &mut rng_from_seed(8)).unwrap();
    let mut wide: Network<f64> = network.cast();
    let (x, t) = batch(Output::Sigmoid, 1, 9);
    assert_checks(&mut wide, &x, &t, "cast");
}

#[test]
fn changing_the_activation_keeps_the_weights_and_changes_the_output() {
    let mut network: Network<f64> =
        Network::new(spec(Activation::Tanh, Output::Sigmoid, 1), &mut rng_from_seed(1)).unwrap();
    let (x, _) = batch(Output::Sigmoid, 1, 2);
    let before = network.predict(&x).clone();
    let weights: Vec<Matrix<f64>> = network.affines().map(|a| a.w.clone()).collect();
    network.set_activation(Activation::Relu);
    assert_eq!(network.spec().activation, Activation::Relu);
    assert_eq!(weights, network.affines().map(|a| a.w.clone()).collect::<Vec<_>>());
    assert_ne!(&before, network.predict(&x));
}

#[test]
fn evaluator_agrees_with_predict_and_keeps_hidden_activations() {
    let mut network: Network<f64> =
        Network::new(spec(Activation::Elu, Output::Softmax, 3), &mut rng_from_seed(2)).unwrap();
    let (x, t) = batch(Output::Softmax, 3, 3);
    let mut evaluator = Evaluator::new();
    assert_eq!(evaluator.run(&network, &x), network.predict(&x));
    assert_eq!(evaluator.hidden().len(), 2);
    assert_eq!(evaluator.hidden()[1].shape(), (5, 4));
    let evaluation = evaluator.evaluate(&network, &x, &t);
    assert!((evaluation.loss - network.loss(&x, &t)).abs() < 1e-12);
    assert!(evaluation.accuracy.is_some());
}

#[test]
fn accuracy_by_hand() {
    let y = Matrix::from_row_slice(3, 1, &[0.9, 0.2, 0.6]);
    let t = Matrix::from_row_slice(3, 1, &[1.0, 0.0, 0.0]);
    assert!((accuracy(Output::Sigmoid, &y, &t) - 2.0 / 3.0).abs() < 1e-12);
    let y = Matrix::from_row_slice(2, 2, &[0.1, 0.9, 0.8, 0.2]);
    let t = Matrix::from_row_slice(2, 2, &[0.0, 1.0, 0.0, 1.0]);
    assert_eq!(accuracy(Output::Softmax, &y, &t), 0.5);
}

#[test]
fn summary_and_names() {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![4, 2],
        activation: Activation::Tanh,
        output: Output::Sigmoid,
        outputs: 1,
        init: Init::Xavier,
    };
    let network: Network<f32> = Network::new(spec, &mut rng_from_seed(0)).unwrap();
    assert_eq!(
        network.to_string(),
        "2-4-2-1 network, tanh hidden, sigmoid output (cross-entropy), 25 parameters"
    );
    assert_eq!(network.parameter_names(), ["W1", "b1", "W2", "b2", "W3", "b3"]);
}
