//! The backprop lesson's handle in a real browser: the summary, the gradient check and the
//! timings cross into JavaScript with the fields the page reads, timed with performance.now().

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::backprop_lesson::BackpropLesson;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The number at `path` (keys one inside the other) of a JavaScript object.
fn number(value: &JsValue, path: &[&str]) -> f64 {
    let field = path.iter().fold(value.clone(), |v, key| Reflect::get(&v, &JsValue::from_str(key)).unwrap());
    field.as_f64().unwrap_or_else(|| panic!("{path:?} is not a number: {field:?}"))
}

#[wasm_bindgen_test]
fn the_summary_and_the_check_reach_the_page() {
    let mut lesson = BackpropLesson::new("data=xor&layers=3&epoch=2");
    assert_eq!(number(&lesson.summary().unwrap(), &["epoch"]), 0.0, "built at epoch 0");
    let progress = lesson.advance(lesson.frame_steps()).unwrap();
    assert_eq!((number(&progress, &["epoch"]), number(&progress, &["target"])), (2.0, 2.0));
    assert_eq!(number(&progress, &["done"]), number(&progress, &["total"]));
    let summary = lesson.summary().unwrap();
    assert_eq!(number(&summary, &["parameters"]), 13.0);
    assert_eq!(number(&summary, &["numericalPasses", "0"]), 26.0);
    assert_eq!(number(&summary, &["epoch"]), 2.0);
    assert!(number(&summary, &["maxRelativeError"]) < 1e-4);
    assert!(lesson.ask_epoch());
    assert_eq!(number(&lesson.summary().unwrap(), &["epoch"]), 2.0, "asked, not yet trained");
    lesson.advance(lesson.frame_steps()).unwrap();
    assert_eq!(number(&lesson.summary().unwrap(), &["epoch"]), 3.0);
    let rows = lesson.parameters().unwrap();
    assert_eq!(js_sys::Array::from(&rows).length(), 4);
    assert_eq!(js_sys::Array::from(&lesson.elements().unwrap()).length(), 6);
}

#[wasm_bindgen_test]
fn both_methods_are_timed_in_the_browser() {
    let lesson = BackpropLesson::new("layers=2");
    let speeds = lesson.measure().unwrap();
    for method in ["numerical", "backprop"] {
        assert!(number(&speeds, &[method, "ms"]) > 0.0, "{method}");
        assert!(number(&speeds, &[method, "calls"]) >= 1.0, "{method}");
    }
    let book = lesson.measure_book().unwrap();
    assert_eq!(number(&book, &["forwards"]), 79_520.0);
    let estimate = number(&book, &["numericalEstimateMs"]);
    assert_eq!(estimate, 79_520.0 * number(&book, &["forward", "ms"]));
}
