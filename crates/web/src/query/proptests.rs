//! Whatever a link carries, reading it gives a state the page can hold (valid, and every number
//! one JavaScript holds exactly) and notices, never a panic; and whatever state it gives,
//! writing and reading it again gives the same state.

use super::*;
use proptest::prelude::*;

/// Values at the edges of what Rust, `f32` and JavaScript hold: seeds above `2³²` and `2⁵³`,
/// numbers finite as `f64` but infinite (or 0) as `f32`, and user points made of them.
const EDGES: &[&str] = &[
    "4294967295",
    "4294967296",
    "9007199254740993",
    "18446744073709551615",
    "1e308",
    "-3.5e38",
    "1e-50",
    "1e308:0:0",
    "0:-1e39:1",
    "0:0:1e39",
    "6:6:1,6.0004:0:0",
];

/// Query strings made of the real keys with junk or edge values, and junk keys.
fn query() -> impl Strategy<Value = String> {
    let keys: Vec<&'static str> = FIELDS.iter().map(|f| f.key).chain(["bogus", ""]).collect();
    let value = prop_oneof!["[ -~]{0,16}", prop::sample::select(EDGES).prop_map(str::to_string)];
    let pair = (0..keys.len(), value).prop_map(move |(k, v)| format!("{}={v}", keys[k]));
    prop::collection::vec(pair, 0..8).prop_map(|pairs| pairs.join("&"))
}

/// Every number in `value` is one JavaScript holds exactly: whole numbers up to `2⁵³ − 1`,
/// finite fractions.
fn js_safe(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u < 1 << 53,
            (None, Some(i)) => i.unsigned_abs() < 1 << 53,
            (None, None) => n.as_f64().is_some_and(f64::is_finite),
        },
        serde_json::Value::Array(items) => items.iter().all(js_safe),
        serde_json::Value::Object(fields) => fields.values().all(js_safe),
        _ => true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_link_reads_into_a_state_that_writes_back_the_same(text in query()) {
        let (state, _notices) = read(&text);
        prop_assert_eq!(state.validate(), Ok(()));
        let json = serde_json::to_value(&state).unwrap();
        prop_assert!(js_safe(&json), "{}", json);
        let (again, notices) = read(&write(&state));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(again, state);
    }

    #[test]
    fn any_text_at_all_reads_without_panicking(text in "\\PC{0,60}") {
        let _ = read(&text);
    }
}

#[test]
fn the_safety_check_catches_what_javascript_cannot_hold() {
    let mut state = PageState::default();
    assert!(js_safe(&serde_json::to_value(&state).unwrap()));
    state.settings.seed = 9_007_199_254_740_993;
    assert!(!js_safe(&serde_json::to_value(&state).unwrap()));
}
