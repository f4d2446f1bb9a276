//! The backprop lesson's measured times: one gradient of the batch by each method, and the
//! book's MNIST network, where the numerical gradient is estimated from one forward pass.

use super::BackpropLesson;
use crate::clock::{mean_ms, Timing};
use crate::js::to_js;
use crate::lessons::backprop::book_network;
use asaku_core::real::Real;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// How long each method is timed for, in milliseconds.
const BUDGET_MS: f64 = 150.0;

/// Both methods' measured time for one gradient of the batch.
#[derive(Serialize)]
struct Speeds {
    numerical: Timing,
    backprop: Timing,
    ratio: f64,
}

/// The same at the book's MNIST scale, where the numerical gradient is estimated from the
/// measured time of one forward pass (running it would take minutes).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BookSpeeds {
    parameters: usize,
    forwards: usize,
    forward: Timing,
    backprop: Timing,
    numerical_estimate_ms: f64,
}

#[wasm_bindgen]
impl BackpropLesson {
    /// Times one gradient of the batch by each method: `{ numerical, backprop, ratio }`, each
    /// `{ ms, calls }`; `ratio` is how many times longer the numerical gradient takes.
    pub fn measure(&self) -> Result<JsValue, JsError> {
        let speeds = if self.double { self.speeds::<f64>() } else { self.speeds::<f32>() };
        to_js(&speeds)
    }

    /// Times one forward pass and one backprop gradient of the book's MNIST network on 100
    /// inputs, and estimates its numerical gradient as `2·P` forward passes:
    /// `{ parameters, forwards, forward, backprop, numericalEstimateMs }`.
    #[wasm_bindgen(js_name = measureBook)]
    pub fn measure_book(&self) -> Result<JsValue, JsError> {
        let (mut network, x, t) = book_network().map_err(crate::js::js_error)?;
        let parameters = network.spec().parameter_count();
        let forward = mean_ms(BUDGET_MS, || {
            std::hint::black_box(network.loss(&x, &t));
        });
        let backprop = mean_ms(BUDGET_MS, || {
            std::hint::black_box(network.gradient(&x, &t));
        });
        let forwards = 2 * parameters;
        let numerical_estimate_ms = forwards as f64 * forward.ms;
        to_js(&BookSpeeds { parameters, forwards, forward, backprop, numerical_estimate_ms })
    }
}

impl BackpropLesson {
    fn speeds<T: Real>(&self) -> Speeds {
        let (mut network, x, t) = self.in_precision::<T>();
        let numerical = mean_ms(BUDGET_MS, || {
            std::hint::black_box(network.numerical_gradient(&x, &t));
        });
        let backprop = mean_ms(BUDGET_MS, || {
            std::hint::black_box(network.gradient(&x, &t));
        });
        Speeds { numerical, backprop, ratio: numerical.ms / backprop.ms }
    }
}
