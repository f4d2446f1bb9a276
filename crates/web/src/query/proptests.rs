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

/// Every lesson's keys: a link the lesson writes reads back to the same link with no notice, and
/// a link a person writes that the lesson takes without a notice is written back with the same
/// values (numbers equal as numbers, names as they are), never rewritten.
mod lessons {
    use crate::lessons::backprop_lesson::BackpropLesson;
    use crate::lessons::descent_lesson::DescentLesson;
    use crate::lessons::forward::ForwardLesson;
    use crate::lessons::graph_lesson::GraphLesson;
    use crate::lessons::loss::LossLesson;
    use crate::lessons::minibatch_lesson::MinibatchLesson;
    use crate::lessons::neuron::NeuronLesson;
    use crate::lessons::perceptron::PerceptronLesson;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// A lesson read from a link: the link it writes and how many notices it gave.
    type Read = fn(&str) -> (String, usize);
    /// A lesson's keys, each with the values it takes.
    type Keys = Vec<(&'static str, BoxedStrategy<String>)>;

    macro_rules! reader {
        ($lesson:ty) => {
            |query: &str| {
                let lesson = <$lesson>::new(query);
                (lesson.query(), lesson.notices().len())
            }
        };
    }

    /// A decimal with up to six places, as a person might write it, in `low..=high`.
    fn decimal(low: i64, high: i64) -> BoxedStrategy<String> {
        (low * 1_000_000..=high * 1_000_000).prop_map(|micro| (micro as f64 / 1e6).to_string()).boxed()
    }

    fn whole(low: u64, high: u64) -> BoxedStrategy<String> {
        (low..=high).prop_map(|n| n.to_string()).boxed()
    }

    fn name(names: &'static [&'static str]) -> BoxedStrategy<String> {
        prop::sample::select(names).prop_map(str::to_string).boxed()
    }

    /// Ten outputs with four places summing to 1 within a few ten-thousandths, as the link.
    fn outputs() -> BoxedStrategy<String> {
        (prop::collection::vec(0u32..1000, 10), -5i32..=5)
            .prop_map(|(weights, drift)| {
                let total: u32 = weights.iter().sum::<u32>().max(1);
                let mut units: Vec<i64> = weights.iter().map(|w| i64::from(w * 10_000 / total)).collect();
                units[0] += (10_000 - units.iter().sum::<i64>() + i64::from(drift)).max(-units[0]);
                units.iter().map(|u| (*u as f64 / 1e4).to_string()).collect::<Vec<_>>().join(",")
            })
            .boxed()
    }

    fn rows() -> BoxedStrategy<String> {
        prop::collection::vec((decimal(-10, 10), decimal(-10, 10)), 1..=5)
            .prop_map(|rows| rows.iter().map(|(a, b)| format!("{a},{b}")).collect::<Vec<_>>().join(";"))
            .boxed()
    }

    /// Junk a link may also carry.
    fn junk() -> BoxedStrategy<String> {
        prop_oneof!["[ -~]{0,8}", Just("1e308".to_string()), Just("-0".to_string())].boxed()
    }

    /// Each lesson, with its keys and values of the kind each takes.
    fn lessons() -> Vec<(Read, Keys)> {
        let run = || {
            vec![
                ("epoch", whole(0, 5)),
                ("lr", name(&["0.003", "0.03", "0.3", "3"])),
                ("batch", whole(1, 30)),
                ("seed", whole(0, 4_294_967_295)),
            ]
        };
        vec![
            (
                reader!(PerceptronLesson),
                vec![
                    ("gate", name(&["and", "or", "nand", "xor"])),
                    ("w1", decimal(-1, 1)),
                    ("w2", decimal(-1, 1)),
                    ("b", decimal(-1, 1)),
                ],
            ),
            (
                reader!(NeuronLesson),
                vec![
                    ("x1", decimal(-2, 2)),
                    ("x2", decimal(-2, 2)),
                    ("w1", decimal(-2, 2)),
                    ("w2", decimal(-2, 2)),
                    ("b", decimal(-2, 2)),
                    ("h", name(&["sigmoid", "relu", "tanh", "step"])),
                ],
            ),
            (
                reader!(ForwardLesson),
                // `m` is left out: it is the number of rows of `x`, and a link whose `m` is smaller
                // shows (and writes) only the first `m` rows on purpose.
                vec![("x", rows()), ("out", name(&["identity", "softmax"])), ("layer", whole(0, 3))],
            ),
            (reader!(LossLesson), vec![("y", outputs()), ("t", whole(0, 9))]),
            (
                reader!(DescentLesson),
                vec![
                    ("fn", name(&["bowl", "valley"])),
                    ("lr", decimal(0, 2)),
                    ("x0", decimal(-10, 10)),
                    ("x1", decimal(-5, 5)),
                    ("step", whole(0, 100)),
                    ("race", whole(0, 30)),
                ],
            ),
            // `x` and `y` are the chain example's: the shops' links leave them out.
            (
                reader!(GraphLesson),
                vec![
                    ("shop", name(&["chain"])),
                    ("x", decimal(-100, 100)),
                    ("y", decimal(-100, 100)),
                    ("step", whole(0, 3)),
                ],
            ),
            (reader!(GraphLesson), vec![("shop", name(&["apple", "apple-orange"])), ("step", whole(0, 6))]),
            (
                reader!(BackpropLesson),
                [
                    vec![("precision", name(&["f64", "f32"])), ("param", name(&["W1", "b1", "W2", "b3"]))],
                    run(),
                ]
                .concat(),
            ),
            (reader!(MinibatchLesson), run()),
        ]
    }

    /// A link of one lesson: some of its keys, each once, with a value of its kind or junk.
    fn link() -> impl Strategy<Value = (usize, BTreeMap<&'static str, String>)> {
        (0..lessons().len()).prop_flat_map(|i| {
            let pairs: Vec<_> = lessons()
                .swap_remove(i)
                .1
                .into_iter()
                .map(|(key, value)| {
                    prop::option::of(prop_oneof![4 => value, 1 => junk()]).prop_map(move |v| (key, v))
                })
                .collect();
            (Just(i), pairs).prop_map(|(i, pairs)| {
                (i, pairs.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect())
            })
        })
    }

    fn encode(pairs: &BTreeMap<&str, String>) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.extend_pairs(pairs.iter());
        query.finish()
    }

    /// The same value: equal numbers (or lists of numbers), else equal text.
    fn same(given: &str, written: &str) -> bool {
        let numbers = |text: &str| -> Option<Vec<f64>> {
            text.split([',', ';']).map(|n| n.trim().parse::<f64>().ok()).collect()
        };
        match (numbers(given), numbers(written)) {
            (Some(a), Some(b)) => a == b,
            _ => given.trim() == written,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_lessons_link_reads_back_as_written((i, pairs) in link()) {
            let read = lessons()[i].0;
            let (written, notices) = read(&encode(&pairs));
            let (again, notices_again) = read(&written);
            prop_assert_eq!(notices_again, 0, "{} gave notices", written);
            prop_assert_eq!(&again, &written);
            if notices == 0 {
                let out: BTreeMap<String, String> = form_urlencoded::parse(written.as_bytes()).into_owned().collect();
                for (key, value) in &pairs {
                    let kept = out.get(*key).is_some_and(|w| same(value, w));
                    prop_assert!(kept, "{}={} became {:?} in {}", key, value, out.get(*key), written);
                }
            }
        }
    }
}
