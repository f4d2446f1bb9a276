//! Whatever network shape or training settings arrive from outside, building answers `Ok` or a
//! typed error, never a panic; and whatever it accepts trains without panicking.

use super::*;
use crate::choice::Choice;
use crate::data::{DataKind, FeatureSet};
use crate::functions::Activation;
use crate::layers::Output;
use crate::network::{parse_hidden, Init, Network, NetworkSpec, Penalty, Regularization};
use crate::optimizer::OptimizerKind;
use proptest::prelude::*;
use proptest::test_runner::{TestRng, TestRunner};
use std::cell::Cell;

fn pick<C: Choice + std::fmt::Debug>() -> impl Strategy<Value = C> {
    let all: Vec<C> = C::iter().collect();
    (0..all.len()).prop_map(move |i| all[i])
}

/// Numbers that include the awkward ones: NaN, ±∞, 0, negatives and huge values.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![any::<f64>(), 0.0..2.0f64, Just(0.0), Just(f64::NAN), Just(f64::INFINITY), Just(-1.0)]
}

/// Widths mostly small enough to build and run (1–8), sometimes 0 or past the 1024 limit.
fn width() -> impl Strategy<Value = usize> {
    prop_oneof![10 => 1usize..9, 1 => Just(0usize), 1 => 1000usize..1100]
}

/// Specs of which about a third pass [`NetworkSpec::validate`] and are small enough to run;
/// the rest break one rule or more (a width of 0 or over 1024, over 16 hidden layers, an
/// output count the output function does not take).
fn network_spec() -> impl Strategy<Value = NetworkSpec> {
    let hidden =
        prop_oneof![4 => prop::collection::vec(width(), 0..4), 1 => prop::collection::vec(width(), 0..18)];
    let outputs = prop_oneof![2 => Just(1usize), 1 => 2usize..11, 1 => width()];
    (width(), hidden, outputs, pick::<Output>(), pick::<Activation>(), pick::<Init>()).prop_map(
        |(inputs, hidden, outputs, output, activation, init)| NetworkSpec {
            inputs,
            hidden,
            activation,
            output,
            outputs,
            init,
        },
    )
}

/// Whatever the spec, building answers `Ok` or a typed error; every accepted small one predicts.
/// Both branches are counted (on a fixed seed, so the counts cannot flake): a generator whose
/// accepted branch almost never ran would test nothing.
#[test]
fn any_spec_is_checked_and_every_accepted_small_one_runs() {
    let config = ProptestConfig::with_cases(128);
    let rng = TestRng::deterministic_rng(config.rng_algorithm);
    let (ran, refused) = (Cell::new(0), Cell::new(0));
    TestRunner::new_with_rng(config, rng)
        .run(&network_spec(), |spec| {
            let inputs = spec.inputs;
            let outputs = spec.outputs;
            if spec.validate().is_err() {
                refused.set(refused.get() + 1);
            } else if spec.parameter_count() <= 20_000 {
                ran.set(ran.get() + 1);
                let mut network: Network<f32> = Network::new(spec, &mut crate::rng_from_seed(1)).unwrap();
                let y = network.predict(&crate::Matrix::from_element(2, inputs, 0.5)).clone();
                prop_assert_eq!(y.shape(), (2, outputs));
            }
            Ok(())
        })
        .unwrap();
    assert!(
        ran.get() >= 128 / 5 && refused.get() >= 128 / 5,
        "ran {} and refused {} of 128",
        ran.get(),
        refused.get()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_layer_text_parses_or_says_why(text in "[ -~]{0,20}") {
        let _ = parse_hidden(&text);
    }

    #[test]
    fn any_settings_build_or_say_why_and_then_train(
        kind in pick::<DataKind>(),
        output in pick::<Output>(),
        optimizer in pick::<OptimizerKind>(),
        penalty in pick::<Penalty>(),
        learning_rate in number(),
        rate in number(),
        batch_size in 0usize..300,
        hidden in prop::collection::vec(0usize..10, 0..4),
        features in "[a-z0-9,-]{0,20}",
    ) {
        let mut settings = Settings { hidden, output, optimizer, learning_rate, batch_size, ..Settings::default() };
        settings.data.kind = kind;
        settings.data.points = 40;
        if let Ok(features) = FeatureSet::parse(&features) {
            settings.features = features;
        }
        if let Ok(regularization) = Regularization::new(penalty, rate) {
            settings.regularization = regularization;
        }
        if let Ok(mut trainer) = settings.build::<f32>() {
            trainer.epochs(2);
            prop_assert!(trainer.network().is_finite());
        }
    }
}
