//! Lesson 2's handle in a real browser (headless Chromium through wasm-bindgen-test): the
//! neuron's values and the step-versus-sigmoid training through the wasm boundary, and the
//! plot of `h` with its marker at the current `a`.

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::neuron::NeuronLesson;
use asaku_web::lessons::neuron_plot::{area, HIGH, LOW, SPAN};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::CanvasRenderingContext2d;

mod common;

use common::canvas;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_handle_computes_the_neuron_and_rejects_bad_input() {
    let mut lesson = NeuronLesson::new("lesson=neuron&x1=0&x2=0&b=0&h=sigmoid");
    assert_eq!((lesson.a(), lesson.y(), lesson.slope()), (0.0, 0.5, 0.25));
    assert!(lesson.set_activation("nope").is_err());
    assert!(lesson.set_value(5, 1.0).is_err());
    let race: js_sys::Object = lesson.race().unwrap().dyn_into().unwrap();
    let losses = |key: &str| -> Vec<f64> {
        let array: js_sys::Array = js_sys::Reflect::get(&race, &key.into()).unwrap().dyn_into().unwrap();
        array.iter().map(|v| v.as_f64().unwrap()).collect()
    };
    let (step, sigmoid) = (losses("step"), losses("sigmoid"));
    assert_eq!((step[0], *step.last().unwrap()), (0.125, 0.125));
    assert!(*sigmoid.last().unwrap() < 0.1, "{sigmoid:?}");
}

#[wasm_bindgen_test]
fn the_marker_sits_on_the_sigmoid_at_a() {
    // a = 0, so the sigmoid's dot is at (0, 0.5).
    let lesson = NeuronLesson::new("x1=0&x2=0&b=0&h=sigmoid");
    let c = canvas(400, 300);
    lesson.draw(&c).unwrap();
    let (left, top, right, bottom) = area(400.0, 300.0, 1.0);
    let x = left + SPAN / (2.0 * SPAN) * (right - left);
    let y = bottom - (0.5 - LOW) / (HIGH - LOW) * (bottom - top);
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data(x.round(), y.round(), 1.0, 1.0).unwrap().data().0;
    assert!(data[2] > 150 && data[0] < 80, "blue at (0, 0.5): {data:?}");
}

#[wasm_bindgen_test]
fn each_small_picture_draws_its_own_activation_at_the_neurons_a() {
    // a = 0: ReLU's dot is at (0, 0), tanh's at (0, 0), the sigmoid's at (0, 0.5).
    let lesson = NeuronLesson::new("x1=0&x2=0&b=0&h=step");
    let (left, top, right, bottom) = area(200.0, 150.0, 1.0);
    let at = |v: f64| (left + 0.5 * (right - left), bottom - (v - LOW) / (HIGH - LOW) * (bottom - top));
    for (name, value) in [("relu", 0.0), ("tanh", 0.0), ("sigmoid", 0.5)] {
        let c = canvas(200, 150);
        lesson.draw_function(&c, name).unwrap();
        let (x, y) = at(value);
        let [r, _, b] = common::rgb(&c, x, y);
        assert!(b > 150 && r < 80, "{name}: blue dot at (0, {value}), got {:?}", common::rgb(&c, x, y));
    }
    assert!(lesson.draw_function(&canvas(20, 20), "nope").is_err());
}
