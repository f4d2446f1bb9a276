//! Lesson 6's numbers: both gradients agree on the playground's network in `f64`, `f32`
//! rounding shows, the costs are `2·P` forward passes against one, and the URL round-trips.

use super::backprop::{book_network, AGREE};
use super::backprop_lesson::BackpropLesson;

#[test]
fn backprop_and_the_central_difference_agree_on_the_playground_network() {
    // The playground's start: 2-4-2-1, tanh, sigmoid output, batches of 10.
    let mut lesson = BackpropLesson::new("");
    assert!(lesson.notices().is_empty(), "{:?}", lesson.notices());
    let c = lesson.comparison();
    assert_eq!(c.names, ["W1", "b1", "W2", "b2", "W3", "b3"]);
    assert_eq!((c.parameter_count(), c.numerical_forward_passes()), (25, 50));
    assert!(c.max_relative_error() < AGREE, "{:?}", lesson.parameter_rows());
    let untrained = c.loss;
    for _ in 0..20 {
        assert!(lesson.ask_epoch());
        lesson.advance_by(usize::MAX);
    }
    let c = lesson.comparison();
    assert!(c.loss < untrained, "{} after 20 epochs, {untrained} before", c.loss);
    assert!(c.max_relative_error() < AGREE, "{:?}", lesson.parameter_rows());
    lesson.restart();
    assert_eq!(lesson.comparison().loss, untrained);
}

#[test]
fn in_f32_the_central_difference_is_limited_by_rounding() {
    let mut lesson = BackpropLesson::new("layers=8,8&activation=relu&seed=3");
    let in_f64 = lesson.comparison().max_relative_error();
    assert!(lesson.set_precision("f32") && !lesson.set_precision("f16"));
    let in_f32 = lesson.comparison().max_relative_error();
    assert!(in_f32 > 100.0 * in_f64, "f32 {in_f32}, f64 {in_f64}");
    assert!(in_f32 > AGREE);
}

#[test]
fn each_element_of_a_parameter_has_both_gradients_and_their_difference() {
    let mut lesson = BackpropLesson::new("param=W2");
    let rows = lesson.element_rows();
    assert_eq!(rows.len(), 4 * 2);
    assert_eq!((rows[0].at, rows[7].at), ([1, 1], [4, 2]));
    assert!(rows.iter().all(|r| r.difference == (r.backprop - r.numerical).abs()));
    let check = &lesson.parameter_rows()[2];
    assert_eq!((check.name.as_str(), check.shape), ("W2", [4, 2]));
    let largest = rows.iter().map(|r| r.difference).fold(0.0, f64::max);
    assert_eq!(check.max_difference, largest);
    assert!(lesson.choose_parameter("b3") && !lesson.choose_parameter("W9"));
    assert_eq!(lesson.element_rows().len(), 1);
}

#[test]
fn the_url_round_trips_and_bad_values_fall_back_with_notices() {
    let query = "lesson=backprop&precision=f32&param=b1&data=xor&layers=3&seed=2&epoch=3";
    let lesson = BackpropLesson::new(query);
    assert!(lesson.notices().is_empty(), "{:?}", lesson.notices());
    let written = lesson.query();
    assert!(written.starts_with("lesson=backprop&precision=f32&param=b1&data=xor&"), "{written}");
    assert!(written.ends_with("&epoch=3"), "{written}");
    assert_eq!(BackpropLesson::new(&written).query(), written);

    let bad = BackpropLesson::new("precision=f16&param=W7&layers=3");
    assert_eq!(bad.notices().len(), 2, "{:?}", bad.notices());
    assert!(bad.notices()[0].contains("precision = \"f16\" is not one of f64, f32"));
    assert!(bad.notices()[1].contains("param = \"W7\" is not a parameter of this network (W1, b1, W2, b2)"));
    assert!(bad.query().starts_with("lesson=backprop&precision=f64&param=W1&"));
}

#[test]
fn the_gradients_are_of_the_playgrounds_batch_size_but_at_most_100_examples() {
    // The same first 100 examples give the same gradients; one example gives others.
    let small = BackpropLesson::new("batch=1&layers=2");
    let large = BackpropLesson::new("batch=250&layers=2");
    let capped = BackpropLesson::new("batch=100&layers=2");
    assert_ne!(small.comparison().loss, large.comparison().loss);
    assert_eq!(large.comparison(), capped.comparison());
}

#[test]
fn the_books_mnist_network_has_39760_parameters() {
    let (network, x, t) = book_network().unwrap();
    // 784·50 + 50 + 50·10 + 10, as in the book's TwoLayerNet.
    assert_eq!(network.spec().parameter_count(), 39_760);
    assert_eq!((x.shape(), t.shape()), ((100, 784), (100, 10)));
    assert!(x.iter().all(|v| (0.0..=1.0).contains(v)));
    assert!(t.row_iter().all(|row| row.sum() == 1.0));
}

#[test]
fn softmax_regression_gates_and_a_diverged_run_are_all_checked() {
    for query in [
        "data=spiral3&output=softmax&layers=5",
        "data=plane&output=identity&layers=3",
        "data=gate-xor&layers=2&batch=100",
    ] {
        let lesson = BackpropLesson::new(query);
        assert!(lesson.notices().is_empty(), "{query}: {:?}", lesson.notices());
        assert!(lesson.comparison().max_relative_error() < AGREE, "{query}: {:?}", lesson.parameter_rows());
    }
    // Regression at a learning rate of 100 blows up at once: the run stops at its last finite weights, which
    // are still checked.
    let mut lesson = BackpropLesson::new("data=plane&output=identity&lr=100&layers=8,8&activation=relu");
    let mut trained = 0;
    while lesson.ask_epoch() && trained < 50 {
        lesson.advance_by(usize::MAX);
        trained += 1;
    }
    assert!(trained < 50, "it should have diverged");
    assert!(lesson.comparison().loss.is_finite());
    assert!(lesson.parameter_rows().iter().all(|p| p.max_difference.is_finite()));
}

#[test]
fn the_lesson_replays_the_playgrounds_changes_by_hand_and_shows_that_network() {
    use crate::playground::Playground;
    // The playground trains 3 epochs, its first weight is edited, then 2 epochs and 3 steps more.
    let mut pg = Playground::new("data=xor&layers=3&seed=5");
    pg.train(3, None);
    pg.set_weight(0, 0, 0, 2.5).unwrap();
    pg.train(2, None);
    (0..3).for_each(|_| pg.step_batch());
    let link = pg.link();
    assert!(link.contains("&epoch=5&step=3&form=2&log="), "{link}");
    let (_, trainer) = pg.into_parts();
    let trainer = trainer.unwrap();

    // The tab to the lesson carries the link; the lesson replays it a few steps per call.
    let carried = super::run::network_keys(&link);
    let pairs = |q: &str| form_urlencoded::parse(q.as_bytes()).into_owned().collect::<Vec<_>>();
    assert_eq!(pairs(&carried), pairs(&link));
    let mut lesson = BackpropLesson::new(&format!("lesson=backprop&{carried}"));
    assert!(lesson.notices().is_empty(), "{:?}", lesson.notices());
    assert!(!lesson.ask_epoch(), "no epoch is asked while the replay runs");
    let own = "lesson=backprop&precision=f64&param=W1&";
    assert_eq!(pairs(&lesson.query()), pairs(&format!("{own}{link}")));
    let mut calls = 0;
    while {
        lesson.advance_by(7);
        let p = lesson.progress_value();
        p.done < p.total
    } {
        calls += 1;
    }
    assert!(calls > 5, "the replay took {calls} calls of 7 steps");
    let weights =
        |t: &asaku_core::train::Trainer<f32>| t.network().affines().map(|a| a.w.clone()).collect::<Vec<_>>();
    assert_eq!(weights(lesson.trainer()), weights(&trainer), "the playground's network, edit and all");
    assert_eq!(pairs(&lesson.query()), pairs(&format!("{own}{link}")));
    assert_eq!(pairs(&lesson.playground_query()), pairs(&link), "the way back opens the same run");

    // One more epoch goes on from there; a Cancel within it comes back to where the replay ended.
    assert!(lesson.ask_epoch());
    lesson.advance_by(2);
    lesson.cancel();
    assert_eq!(weights(lesson.trainer()), weights(&trainer));
    lesson.advance_by(usize::MAX);
    assert!(lesson.ask_epoch());
    lesson.advance_by(usize::MAX);
    assert_eq!(lesson.trainer().epoch_count(), 6);
    assert!(lesson.query().contains("&epoch=6&form=2&log="), "{}", lesson.query());
    // Back to epoch 0 leaves the changes out.
    lesson.restart();
    assert!(!lesson.query().contains("log="), "{}", lesson.query());
}
