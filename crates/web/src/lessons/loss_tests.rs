use super::*;
// The book's 2.3026 is −log 0.1 = ln 10.
use std::f64::consts::LN_10;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-4
}

#[test]
fn the_books_examples_give_its_numbers() {
    let mut lesson = LossLesson::new("");
    assert_eq!((lesson.y, lesson.t), (RIGHT, 2));
    assert!(close(lesson.sum_squared_error(), 0.0975), "{}", lesson.sum_squared_error());
    assert!(close(lesson.cross_entropy_error(), 0.5108), "{}", lesson.cross_entropy_error());
    assert_eq!(lesson.preset_name(), "right");
    assert!(lesson.preset("wrong").is_ok());
    assert!(close(lesson.sum_squared_error(), 0.5975), "{}", lesson.sum_squared_error());
    assert!(close(lesson.cross_entropy_error(), LN_10), "{}", lesson.cross_entropy_error());
    assert_eq!(lesson.preset_name(), "wrong");
}

#[test]
fn moving_one_output_keeps_the_sum_1() {
    let mut y = RIGHT;
    set_normalised(&mut y, 2, 0.8);
    assert_eq!(y[2], 0.8);
    assert!((y.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    // The others keep their proportions: class 0 was twice class 1, and still is.
    assert!((y[0] - 2.0 * y[1]).abs() < 1e-12 && y[3] == 0.0);
    set_normalised(&mut y, 2, 1.0);
    assert_eq!(y, one_hot(2));
    // From a one-hot vector, lowering the 1 spreads the rest evenly.
    set_normalised(&mut y, 2, 0.1);
    assert!(y.iter().enumerate().all(|(i, &v)| i == 2 || (v - 0.1).abs() < 1e-12));
    set_normalised(&mut y, 4, 7.0);
    assert_eq!(y, one_hot(4));
}

#[test]
fn the_url_is_read_and_written_back() {
    let lesson = LossLesson::new("lesson=loss&y=0.1,0.05,0.1,0,0.05,0.1,0,0.6,0,0&t=7");
    assert_eq!((lesson.y, lesson.t, lesson.notices.len()), (WRONG, 7, 0));
    assert_eq!(lesson.query(), "lesson=loss&y=0.1,0.05,0.1,0,0.05,0.1,0,0.6,0,0&t=7");
    // Rounded thirds are made to sum to 1 exactly.
    let y = parse_outputs("0.3333,0.3333,0.3334,0,0,0,0,0,0,0").unwrap();
    assert!((y.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    for bad in ["y=0.5,0.5&t=1", "y=1,1,0,0,0,0,0,0,0,0&t=1", "y=x&t=1.5", "y=2,-1,0,0,0,0,0,0,0,0&t=10"] {
        let lesson = LossLesson::new(bad);
        assert_eq!(lesson.y, RIGHT, "{bad}");
        assert!(!lesson.notices.is_empty(), "{bad}");
    }
    assert_eq!(LossLesson::new("t=1.5").t, 2);
    assert_eq!(LossLesson::new("t=10").t, 2);
}

/// The link (its numbers sum to 0.9998) reads back exactly as written, not rescaled.
#[test]
fn a_valid_link_is_never_rewritten() {
    let link = "lesson=loss&y=0.1217,0.047,0.2304,0.3104,0.047,0.0369,0.1363,0.029,0.003,0.0381&t=2";
    let lesson = LossLesson::new(link);
    assert!(lesson.notices.is_empty());
    assert_eq!(lesson.y[3], 0.3104);
    assert_eq!(lesson.query(), link);
}

/// After any slider move, the link the page writes reads back to the same `y`, which sums to 1.
#[test]
fn a_link_the_page_writes_reads_back_the_same() {
    let mut lesson = LossLesson::new("");
    for (k, value) in [(3, 0.31046), (0, 0.123456), (9, 0.7), (2, 0.0001), (5, 1.0 / 3.0), (7, 0.99999)] {
        lesson.set_output(k, value).unwrap();
        let again = LossLesson::new(&lesson.query());
        assert!(again.notices.is_empty(), "{}", lesson.query());
        assert_eq!(again.y, lesson.y, "{}", lesson.query());
        assert_eq!(again.query(), lesson.query());
        assert!((lesson.y.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{:?}", lesson.y);
        let places = |v: &f64| v.to_string().split('.').nth(1).map_or(0, str::len);
        assert!(lesson.y.iter().all(|v| places(v) <= 4), "{}", lesson.query());
    }
}
