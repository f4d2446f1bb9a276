//! Whatever text or numbers arrive from outside, the data module answers `Ok` or `Err`, never a panic.

use super::*;
use crate::Choice;
use proptest::prelude::*;
use strum::IntoEnumIterator;

fn task() -> impl Strategy<Value = Task> {
    prop_oneof![Just(Task::Regression), (0usize..14).prop_map(|classes| Task::Classification { classes })]
}

/// Numbers that include the awkward ones: NaN, ±∞, huge, tiny and whole.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![any::<f64>(), -3.0..3.0f64, (-2i32..4).prop_map(f64::from)]
}

fn rect() -> impl Strategy<Value = Rect> {
    (number(), number(), number(), number()).prop_map(|(x_min, x_max, y_min, y_max)| Rect {
        x_min,
        x_max,
        y_min,
        y_max,
    })
}

/// Lines that look like CSV points, mixed with blanks, comments and junk.
fn points_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        (number(), number(), number()).prop_map(|(a, b, c)| format!("{a},{b},{c}")),
        Just("x1,x2,label".to_string()),
        Just("# note".to_string()),
        "[ -~]{0,12}",
    ];
    prop::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parse_points_never_panics(text in points_text(), raw in "\\PC{0,40}", task in task()) {
        let _ = parse_points(&text, task);
        let _ = parse_points(&raw, task);
    }

    #[test]
    fn names_never_panic(text in "\\PC{0,30}") {
        let _ = FeatureSet::parse(&text);
        let _ = DataKind::parse(&text);
        let _ = Feature::parse(&text);
    }

    #[test]
    fn from_points_never_panics(
        values in prop::collection::vec((number(), number(), number()), 0..8),
        extra_label in prop::option::of(number()),
        task in task(),
        domain in rect(),
    ) {
        let points = values.iter().map(|&(a, b, _)| [a, b]).collect();
        let mut labels: Vec<f64> = values.iter().map(|&(_, _, c)| c).collect();
        labels.extend(extra_label);
        if let Ok(set) = Dataset::from_points(points, labels, task, domain) {
            let counts = set.class_counts();
            prop_assert_eq!(counts.iter().sum::<usize>(), if counts.is_empty() { 0 } else { set.len() });
        }
    }

    #[test]
    fn generate_never_panics(
        kind in prop::sample::select(DataKind::iter().collect::<Vec<_>>()),
        points in prop_oneof![any::<usize>(), 0usize..40],
        noise in number(),
        train_ratio in number(),
        seed in any::<u64>(),
    ) {
        let spec = DataSpec { kind, points, noise, train_ratio, seed };
        if let Ok(split) = spec.generate() {
            prop_assert!(!split.train.is_empty() && !split.test.is_empty());
        }
    }
}
