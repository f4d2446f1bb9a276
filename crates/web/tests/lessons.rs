//! The lessons' handles in a real browser (headless Chromium through wasm-bindgen-test): the
//! perceptron's plane is drawn blue where it fires and orange where it does not, and the
//! handles hand the page the book's numbers.

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::graph::GraphLesson;
use asaku_web::lessons::network::NetworkLesson;
use asaku_web::lessons::perceptron::PerceptronLesson;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn canvas(size: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.set_width(size);
    canvas.set_height(size);
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

/// The RGB at pixel `(x, y)`.
fn rgb(canvas: &HtmlCanvasElement, x: u32, y: u32) -> [u8; 3] {
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data(f64::from(x), f64::from(y), 1.0, 1.0).unwrap().data().0;
    [data[0], data[1], data[2]]
}

#[wasm_bindgen_test]
fn the_and_plane_fires_only_at_the_top_right() {
    let lesson = PerceptronLesson::new("gate=and");
    let c = canvas(200);
    lesson.draw(&c).unwrap();
    // The plane spans −0.5 to 1.5: (1.4, 1.4) is above the AND line, (−0.4, −0.4) below it.
    let (above, below) = (rgb(&c, 190, 10), rgb(&c, 10, 190));
    assert!(above[2] > above[0], "blue-ish where the sum is above 0: {above:?}");
    assert!(below[0] > below[2], "orange-ish where it is not: {below:?}");
}

#[wasm_bindgen_test]
fn the_handles_give_the_books_numbers() {
    let mut lesson = PerceptronLesson::new("gate=or&w1=0&w2=0&b=0");
    assert!(lesson.learn_step().is_ok());
    assert_eq!(lesson.weights(), [0.0, 0.0, 0.0]);
    lesson.step();
    assert_eq!(lesson.weights(), [0.1, 0.0, 0.1]);

    let mut graph = GraphLesson::new("shop=apple");
    assert!(graph.step() && graph.step() && !graph.step());
    assert_eq!(graph.query(), "lesson=graph&shop=apple&step=2");
    assert!(graph.graph().is_ok());

    let mut net = NetworkLesson::new("net=sigmoid");
    assert!((0..4).all(|_| net.step()) && !net.step());
    assert_eq!(net.query(), "net=sigmoid&layer=4");
    assert!(net.network().is_ok());
}
