//! Whatever network shape or training settings arrive from outside, building answers `Ok` or a
//! typed error, never a panic; and whatever it accepts trains without panicking.

use super::*;
use crate::choice::Choice;
use crate::data::{DataKind, FeatureSet};
use crate::functions::Activation;
use crate::layers::Output;
use crate::network::{parse_hidden, Init, NetworkSpec, Penalty, Regularization};
use crate::optimizer::OptimizerKind;
use proptest::prelude::*;

fn pick<C: Choice + std::fmt::Debug>() -> impl Strategy<Value = C> {
    let all: Vec<C> = C::iter().collect();
    (0..all.len()).prop_map(move |i| all[i])
}

/// Numbers that include the awkward ones: NaN, ±∞, 0, negatives and huge values.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![any::<f64>(), 0.0..2.0f64, Just(0.0), Just(f64::NAN), Just(f64::INFINITY), Just(-1.0)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_spec_is_checked_and_every_accepted_small_one_runs(
        inputs in 0usize..1100,
        hidden in prop::collection::vec(0usize..1100, 0..18),
        outputs in 0usize..1100,
        output in pick::<Output>(),
        activation in pick::<Activation>(),
        init in pick::<Init>(),
    ) {
        let spec = NetworkSpec { inputs, hidden, activation, output, outputs, init };
        let checked = spec.validate();
        if checked.is_ok() && spec.parameter_count() <= 20_000 {
            let mut network: crate::network::Network<f32> = crate::network::Network::new(spec, &mut crate::rng_from_seed(1)).unwrap();
            let y = network.predict(&crate::Matrix::from_element(2, inputs, 0.5)).clone();
            prop_assert_eq!(y.shape(), (2, outputs));
        }
    }

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
