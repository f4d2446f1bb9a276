//! The mini-batch lesson's handle in a real browser: the playground's keys and `epoch` are read
//! and written back, the three runs train and are timed with `performance.now()`, and their
//! loss charts are drawn.

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::minibatch_lesson::MinibatchLesson;
use wasm_bindgen_test::*;

mod common;

use common::{canvas, pixels};

wasm_bindgen_test_configure!(run_in_browser);

/// How many pixels of the canvas are mostly blue (the epoch-loss line) and mostly orange (the
/// mini-batch losses).
fn blue_and_orange(c: &web_sys::HtmlCanvasElement) -> (usize, usize) {
    let px = pixels(c);
    let blue = px.chunks(4).filter(|p| p[3] > 200 && p[2] > 150 && p[0] < 60).count();
    let orange = px.chunks(4).filter(|p| p[3] > 100 && p[0] > 200 && p[2] < 120).count();
    (blue, orange)
}

#[wasm_bindgen_test]
fn the_runs_are_read_from_the_url_trained_timed_and_drawn() {
    let mut lesson = MinibatchLesson::new("lesson=minibatch&data=xor&points=200&seed=3&epoch=4");
    assert!(lesson.notices().is_empty(), "{:?}", lesson.notices());
    assert!(
        lesson.query().contains("data=xor") && lesson.query().ends_with("&epoch=4"),
        "{}",
        lesson.query()
    );
    assert!(lesson.run_reports().iter().all(|r| r.epoch == 0), "built at epoch 0");
    // The page's catch-up: a frame's steps at a time until the epoch asked is reached.
    let frame = lesson.frame_steps();
    while lesson.advance_by(frame as usize) > 0 {}
    let reports = lesson.run_reports();
    let steps: Vec<usize> = reports.iter().map(|r| r.steps_per_epoch).collect();
    assert_eq!(steps, [100, 10, 1]);
    assert!(reports.iter().all(|r| r.epoch == 4 && r.timed_epochs == 4), "{reports:?}");
    // B = 1: 400 single-example updates, timed in the browser.
    assert!(reports[0].ms_per_epoch.unwrap() > 0.0, "{reports:?}");

    let charts: Vec<_> = (0..3).map(|_| canvas(300, 225)).collect();
    for (i, c) in charts.iter().enumerate() {
        lesson.draw_run(i, c).unwrap();
        let (blue, orange) = blue_and_orange(c);
        assert!(blue > 50, "run {i}: the epoch loss is drawn ({blue} blue pixels)");
        // The full batch's one batch loss per epoch lies under its epoch loss line.
        if i < 2 {
            assert!(orange > 20, "run {i}: the mini-batch losses are drawn ({orange} orange pixels)");
        }
    }
    assert!(lesson.draw_run(3, &charts[0]).is_err());

    assert_eq!(lesson.ask(1), 1);
    assert!(lesson.query().ends_with("&epoch=5"));
    lesson.advance(lesson.frame_steps()).unwrap();
    assert!(lesson.run_reports().iter().all(|r| r.epoch == 5), "one small epoch fits in a frame");
    assert!(lesson.reports().is_ok());
    lesson.restart();
    assert_eq!(lesson.epoch_count(), 0);
    lesson.draw_run(2, &charts[2]).unwrap();
}

#[wasm_bindgen_test]
fn bad_values_fall_back_with_a_notice() {
    let lesson = MinibatchLesson::new("epoch=lots&layers=x");
    assert_eq!(lesson.notices().len(), 2, "{:?}", lesson.notices());
    assert!(lesson.query().ends_with("&epoch=0"));
}
