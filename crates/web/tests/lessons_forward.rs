//! Lesson 3's handle in a real browser (headless Chromium through wasm-bindgen-test): the book's
//! forward pass through the wasm boundary, a batch of rows, and softmax at the output.

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::forward::ForwardLesson;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The values of matrix `key` (`a` or `z`) of layer `index` (0–2) from the handle's layers.
fn values(lesson: &ForwardLesson, index: u32, key: &str) -> Vec<f64> {
    let layers = js_sys::Array::from(&lesson.layers().unwrap());
    let layer = js_sys::Reflect::get(&layers.get(index), &key.into()).unwrap();
    let values = js_sys::Reflect::get(&layer, &"values".into()).unwrap();
    js_sys::Array::from(&values).iter().map(|v| v.as_f64().unwrap()).collect()
}

#[wasm_bindgen_test]
fn the_handle_gives_the_books_y_for_one_row_and_for_a_batch() {
    // All three layers computed (the lesson opens at its first).
    let mut lesson = ForwardLesson::new("lesson=forward&layer=3");
    let y = values(&lesson, 2, "z");
    assert!((y[0] - 0.316_827_08).abs() < 1e-8 && (y[1] - 0.696_279_09).abs() < 1e-8, "{y:?}");
    lesson.set_batch(3).unwrap();
    lesson.set_input(1, 0, 1.0).unwrap();
    lesson.set_input(1, 1, 0.5).unwrap();
    let y = values(&lesson, 2, "z");
    assert_eq!(y.len(), 6);
    assert_eq!(y[0..2], y[2..4], "the same row gives the same output");
    assert!(lesson.set_batch(6).is_err());
}

#[wasm_bindgen_test]
fn softmax_rows_sum_to_one_and_steps_show_one_layer_more() {
    let mut lesson = ForwardLesson::new("m=4&out=softmax&layer=0");
    assert_eq!(js_sys::Array::from(&lesson.layers().unwrap()).length(), 0);
    assert!(lesson.step() && lesson.step() && lesson.step() && !lesson.step());
    for row in values(&lesson, 2, "z").chunks(2) {
        assert!((row[0] + row[1] - 1.0).abs() < 1e-12);
    }
    assert!(lesson.set_output("relu").is_err());
}
