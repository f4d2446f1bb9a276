//! The lessons' handles in a real browser (headless Chromium through wasm-bindgen-test): the
//! perceptron's plane is drawn blue where it fires and orange where it does not, and the
//! handles hand the page the book's numbers.

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::graph_lesson::GraphLesson;
use asaku_web::lessons::network::NetworkLesson;
use asaku_web::lessons::perceptron::PerceptronLesson;
use wasm_bindgen_test::*;

mod common;

use common::{canvas, rgb};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_and_plane_fires_only_at_the_top_right() {
    let lesson = PerceptronLesson::new("gate=and");
    let c = canvas(200, 200);
    lesson.draw(&c).unwrap();
    // The plane spans −0.5 to 1.5: (1.4, 1.4) is above the AND line, (−0.4, −0.4) below it.
    let (above, below) = (rgb(&c, 190.0, 10.0), rgb(&c, 10.0, 190.0));
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

    // The chain example first; its inputs are settable, and a value out of range is refused.
    let mut chain = GraphLesson::new("");
    assert!(chain.set_inputs(-2.0, 0.5).is_ok());
    assert!(chain.set_inputs(f64::NAN, 1.0).is_err() && chain.set_inputs(0.0, 1e6).is_err());
    assert_eq!(chain.query(), "lesson=graph&shop=chain&x=-2&y=0.5&step=0");

    let mut net = NetworkLesson::new("net=sigmoid");
    assert!((0..4).all(|_| net.step()) && !net.step());
    assert_eq!(net.query(), "net=sigmoid&layer=4");
    assert!(net.network().is_ok());
}
