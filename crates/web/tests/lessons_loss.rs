//! Lesson 4's handle in a real browser (headless Chromium through wasm-bindgen-test): the book's
//! losses through the wasm boundary, and the `−log y` plot with its marker where the target's
//! `y` puts it.

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::loss::LossLesson;
use asaku_web::lessons::loss_plot::{area, minus_log, TOP};
// The book's 2.3026 is −log 0.1 = ln 10.
use std::f64::consts::LN_10;
use wasm_bindgen_test::*;

mod common;

use common::{canvas, rgb};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_handle_gives_the_books_losses() {
    let mut lesson = LossLesson::new("lesson=loss");
    assert!((lesson.sum_squared_error() - 0.0975).abs() < 1e-4);
    assert!((lesson.cross_entropy_error() - 0.5108).abs() < 1e-4);
    lesson.preset("wrong").unwrap();
    assert!((lesson.sum_squared_error() - 0.5975).abs() < 1e-4);
    assert!((lesson.cross_entropy_error() - LN_10).abs() < 1e-4);
    lesson.set_output(7, 0.2).unwrap();
    assert!((lesson.outputs().iter().sum::<f64>() - 1.0).abs() < 1e-12);
    assert!(lesson.set_target(10).is_err());
}

#[wasm_bindgen_test]
fn the_marker_sits_on_the_curve_at_the_targets_y() {
    let lesson = LossLesson::new("t=2");
    let c = canvas(400, 300);
    lesson.draw(&c).unwrap();
    // An unstyled canvas is laid out at its own size: one device pixel per CSS pixel.
    let (left, top, right, bottom) = area(400.0, 300.0, 1.0);
    let x = left + 0.6 * (right - left);
    let y = bottom - minus_log(0.6) / TOP * (bottom - top);
    let marker = rgb(&c, x, y);
    assert!(marker[0] > 200 && marker[2] < 100, "orange at (0.6, −log 0.6): {marker:?}");
}
