//! The computational-graph lesson's URL and its settable inputs.

use super::*;

#[test]
fn the_url_is_read_and_written_back() {
    let lesson = GraphLesson::new("lesson=graph&shop=apple-orange&step=3");
    assert_eq!(lesson.query(), "lesson=graph&shop=apple-orange&step=3");
    let lesson = GraphLesson::new("lesson=graph&shop=chain&x=-1.5&y=4&step=1");
    assert_eq!(lesson.query(), "lesson=graph&shop=chain&x=-1.5&y=4&step=1");
    assert_eq!(lesson.graph_now(2).values[0].grad, Some(5.0));
    // No shop: the chain example comes first.
    let mut lesson = GraphLesson::new("");
    assert_eq!(lesson.query(), "lesson=graph&shop=chain&x=1&y=2&step=0");
    assert!(lesson.step() && lesson.step() && !lesson.step());
}

#[test]
fn bad_values_in_the_url_fall_back_with_a_notice() {
    let bad = GraphLesson::new("shop=pear&x=abc&y=1000&step=7");
    assert_eq!(bad.query(), "lesson=graph&shop=chain&x=1&y=2&step=0");
    assert_eq!(bad.notices.len(), 4);
    assert!(
        bad.notices[0].contains("shop = \"pear\" is not one of chain, apple, apple-orange"),
        "{:?}",
        bad.notices
    );
    assert!(bad.notices[2].contains("y = \"1000\" is not a number from -100 to 100"), "{:?}", bad.notices);
}

#[test]
fn inputs_outside_the_range_are_refused_and_change_nothing() {
    let mut lesson = GraphLesson::new("shop=chain&step=2");
    assert!(lesson.set_inputs(-3.0, 0.5).is_ok());
    assert_eq!(lesson.query(), "lesson=graph&shop=chain&x=-3&y=0.5&step=2");
    assert_eq!(lesson.graph_now(2).values[1].grad, Some(-5.0));
    // set_inputs turns a refusal into a JsError, which needs a browser: its sentence is this.
    let refused = |x, y| checked_inputs(x, y).unwrap_err().to_string();
    assert_eq!(refused(f64::NAN, 1.0), "x must be a number from -100 to 100");
    assert_eq!(refused(1.0, 100.5), "y must be a number from -100 to 100");
    assert_eq!(refused(f64::NEG_INFINITY, 0.0), "x must be a number from -100 to 100");
    assert_eq!(checked_inputs(-100.0, 100.0), Ok([-100.0, 100.0]));
    // Switching graphs keeps the chain's inputs for when it is chosen again.
    lesson.choose("apple").ok();
    assert_eq!(lesson.query(), "lesson=graph&shop=apple&step=0");
    lesson.choose("chain").ok();
    assert_eq!(lesson.inputs(), [-3.0, 0.5]);
}
