//! Whatever a link carries, reading it gives a usable state and notices, never a panic; and
//! whatever state it gives, writing and reading it again gives the same state.

use super::*;
use proptest::prelude::*;

/// Query strings made of the real keys with junk values, and junk keys.
fn query() -> impl Strategy<Value = String> {
    let keys: Vec<&'static str> = FIELDS.iter().map(|f| f.key).chain(["bogus", ""]).collect();
    let pair = (0..keys.len(), "[ -~]{0,16}").prop_map(move |(k, v)| format!("{}={v}", keys[k]));
    prop::collection::vec(pair, 0..8).prop_map(|pairs| pairs.join("&"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_link_reads_into_a_state_that_writes_back_the_same(text in query()) {
        let (state, _notices) = read(&text);
        let (again, notices) = read(&write(&state));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(again, state);
    }

    #[test]
    fn any_text_at_all_reads_without_panicking(text in "\\PC{0,60}") {
        let _ = read(&text);
    }
}
