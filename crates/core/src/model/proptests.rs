//! No model file panics the reader: random text, and saved files with bytes or numbers changed.

use super::*;
use crate::data::{DataKind, DataSpec};
use crate::optimizer::OptimizerKind;
use proptest::prelude::*;
use std::sync::OnceLock;

/// A small saved run (Adam, mid-epoch) to mutate.
fn saved() -> &'static str {
    static SAVED: OnceLock<String> = OnceLock::new();
    SAVED.get_or_init(|| {
        let data = DataSpec { kind: DataKind::Gauss, points: 20, ..DataSpec::default() };
        let settings = Settings {
            data,
            hidden: vec![2],
            optimizer: OptimizerKind::Adam,
            batch_size: 3,
            ..Settings::default()
        };
        let mut trainer: Trainer<f32> = settings.build().unwrap();
        trainer.epochs(2);
        trainer.step();
        write(&settings, None, &trainer)
    })
}

/// Replacement text for one JSON value: numbers of every size and sign, and other kinds.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |v| v.is_finite())
            .prop_map(|v| v.to_string()),
        Just("1e400".to_string()),
        Just("null".to_string()),
        Just("[]".to_string()),
        Just("\"\"".to_string()),
        Just("18446744073709551615".to_string()),
        Just("\"NaN\"".to_string()),
        Just("\"-inf\"".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_text_is_refused_without_panicking(text in ".{0,200}") {
        prop_assert!(read(&text).is_err());
    }

    #[test]
    fn a_changed_byte_never_panics(at in 0usize..100_000, byte in any::<u8>()) {
        let mut bytes = saved().as_bytes().to_vec();
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = read(text);
        }
    }

    #[test]
    fn a_changed_number_never_panics(which in 0usize..100_000, replacement in value()) {
        let text = saved();
        let starts: Vec<usize> = text.char_indices()
            .filter(|&(i, c)| (c.is_ascii_digit() || c == '-') && !text[..i].ends_with(|p: char| p.is_ascii_digit() || p == '.' || p == 'e' || p == '-'))
            .map(|(i, _)| i)
            .collect();
        let start = starts[which % starts.len()];
        let len = text[start..].find(|c: char| !(c.is_ascii_digit() || "-+.eE".contains(c))).unwrap_or(0);
        let changed = format!("{}{}{}", &text[..start], replacement, &text[start + len..]);
        let _ = read(&changed);
    }

    #[test]
    fn a_cut_file_is_refused(at in 0usize..100_000) {
        let text = saved();
        let at = at % text.len();
        prop_assume!(text.is_char_boundary(at));
        prop_assert!(read(&text[..at]).is_err());
    }
}
