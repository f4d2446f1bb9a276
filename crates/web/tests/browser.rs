//! The playground handle driving real canvases in a real browser (headless Chromium through
//! wasm-bindgen-test): run by `cargo xtask test`.

#![cfg(target_arch = "wasm32")]

use asaku_core::functions::Activation;
use asaku_web::state::PageState;
use asaku_web::Playground;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

mod common;

use common::{canvas, pixels};

wasm_bindgen_test_configure!(run_in_browser);

fn state(pg: &Playground) -> PageState {
    serde_wasm_bindgen::from_value(pg.state().unwrap()).unwrap()
}

/// Draws the plot and one thumbnail per feature, neuron and output; returns the plot's pixels.
fn draw(pg: &mut Playground) -> Vec<u8> {
    let plot = canvas(10, 10);
    let thumbnails = js_sys::Array::new();
    let count: usize = pg.widths().iter().sum();
    for _ in 0..count {
        thumbnails.push(&canvas(10, 10));
    }
    pg.draw(&plot, thumbnails.clone(), -1).unwrap();
    let first: HtmlCanvasElement = thumbnails.get(0).dyn_into().unwrap();
    assert_eq!((first.width(), plot.width()), (50, 100), "thumbnails are 50×50, the plot 100×100");
    pixels(&plot)
}

#[wasm_bindgen_test]
fn training_changes_the_boundary() {
    let mut pg = Playground::new("");
    let before = draw(&mut pg);
    pg.train(20, None);
    let after = draw(&mut pg);
    assert_ne!(before, after);
    assert!(after.chunks(4).all(|p| p[3] == 255), "opaque pixels");
}

#[wasm_bindgen_test]
fn activation_changes_live_keeping_the_epoch() {
    let mut pg = Playground::new("seed=4");
    pg.train(5, None);
    let before = draw(&mut pg);
    let weights = pg.weights(0);
    let mut next = state(&pg);
    next.settings.activation = Activation::Relu;
    assert_eq!(pg.apply(serde_wasm_bindgen::to_value(&next).unwrap()).unwrap(), "live");
    assert_eq!(pg.weights(0), weights);
    assert_ne!(draw(&mut pg), before);
    assert_eq!(state(&pg).settings.activation, Activation::Relu);
}

#[wasm_bindgen_test]
fn points_are_drawn_and_clicks_add_points() {
    let mut pg = Playground::new("data=gauss");
    let overlay = canvas(200, 200);
    pg.draw_points(&overlay).unwrap();
    assert!(pixels(&overlay).chunks(4).any(|p| p[3] > 0), "some point is drawn");
    pg.add_point(0.5, 0.5, 1.0).unwrap();
    let points = state(&pg).user_points.expect("the data became the user's own");
    assert_eq!(points.last().unwrap().x, [0.0, 0.0]);
    let refusal = pg.add_point(0.5, 0.5, 7.0).expect_err("class 7 does not exist");
    assert_eq!(
        refusal.0.to_string(),
        "the new point's label is 7, but it must be a class from 0 to 1 for gauss"
    );
    // JavaScript gets the notice { key, vars }, which the page translates, not a sentence.
    let thrown = wasm_bindgen::JsValue::from(refusal);
    let key = js_sys::Reflect::get(&thrown, &"key".into()).unwrap();
    assert_eq!(key.as_string().as_deref(), Some("error.outOfRange"));
    let what = js_sys::Reflect::get(&js_sys::Reflect::get(&thrown, &"vars".into()).unwrap(), &"what".into())
        .unwrap();
    assert_eq!(
        js_sys::Reflect::get(&what, &"key".into()).unwrap().as_string().as_deref(),
        Some("error.what.newLabel")
    );
    pg.clear_points();
    assert_eq!(state(&pg).user_points, Some(vec![]));
    assert!(pg.query().ends_with("user="), "{}", pg.query());
}

#[wasm_bindgen_test]
fn loss_and_activation_charts_draw_lines() {
    let mut pg = Playground::new("");
    pg.train(3, None);
    let chart = canvas(120, 80);
    pg.draw_loss(&chart).unwrap();
    assert!(pixels(&chart).chunks(4).any(|p| p[3] > 0));
    pg.draw_activation(&chart).unwrap();
    assert!(pixels(&chart).chunks(4).any(|p| p[3] > 0));
}

#[wasm_bindgen_test]
fn a_link_to_a_three_class_set_gets_the_softmax_output_it_needs() {
    let pg = Playground::new("data=spiral3&layers=6,4");
    assert_eq!(state(&pg).settings.output, asaku_core::layers::Output::Softmax);
    assert_eq!(state(&pg).settings.hidden, vec![6, 4], "the other settings are kept");
    let notices = pg.notices();
    assert_eq!(notices.len(), 1);
    assert!(notices[0].contains("the softmax output is used instead"), "{}", notices[0]);
}

/// Presentation mode's `--chart-scale` on a canvas scales the labels (and lines, dots and
/// margins) every chart draws; without it, or with a value that is not a positive number, the
/// labels keep their 11 px.
#[wasm_bindgen_test]
fn the_chart_scale_sizes_chart_labels() {
    let pg = Playground::new("");
    let chart = canvas(300, 100);
    let ctx: web_sys::CanvasRenderingContext2d =
        chart.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let font_at = |scale: &str| {
        chart.style().set_property("--chart-scale", scale).unwrap();
        pg.draw_loss(&chart).unwrap();
        ctx.font()
    };
    assert_eq!(font_at(""), "11px sans-serif");
    assert_eq!(font_at("2.25"), "25px sans-serif");
    assert_eq!(font_at("big"), "11px sans-serif");
    assert_eq!(font_at("-2"), "11px sans-serif");
}
