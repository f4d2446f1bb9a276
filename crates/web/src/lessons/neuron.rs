//! Lesson 2, a neuron and its activation: `a = b + w₁x₁ + w₂x₂`, `y = h(a)` with the inputs,
//! weights and bias from sliders, `h` chosen among the engine's activations, the plot of `h`
//! and `h′` with the current `a` marked, and a single neuron trained on AND by gradient descent
//! with the step function and with the sigmoid. Every number comes from
//! `asaku_core::functions::Activation`.

use super::{number_in, query_value};
use crate::js::to_js;
use crate::notice::{notices_accessors, Notice};
use asaku_core::functions::Activation;
use asaku_core::Choice;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// The range of `x1`, `x2`, `w1`, `w2` and `b`.
pub const RANGE: std::ops::RangeInclusive<f64> = -2.0..=2.0;
/// The starting neuron: the book's AND weights (0.5, 0.5, −0.7) on the input (1, 1).
pub const START: [f64; 5] = [1.0, 1.0, 0.5, 0.5, -0.7];
/// The keys of [`START`] in the URL, in order.
pub const KEYS: [&str; 5] = ["x1", "x2", "w1", "w2", "b"];
/// Passes over the four AND examples in the step-versus-sigmoid demonstration.
pub const EPOCHS: usize = 20;
/// The learning rate of that demonstration.
pub const LEARNING_RATE: f64 = 1.0;

/// The four inputs of a two-input gate with AND's answers.
const AND: [([f64; 2], f64); 4] =
    [([0.0, 0.0], 0.0), ([1.0, 0.0], 0.0), ([0.0, 1.0], 0.0), ([1.0, 1.0], 1.0)];

/// The loss of each epoch when one neuron learns AND, with each activation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Race {
    /// With the step function: the loss before training, then after each epoch.
    pub step: Vec<f64>,
    /// With the sigmoid, the same.
    pub sigmoid: Vec<f64>,
}

/// The lesson's state: the neuron's inputs, weights, bias and activation.
#[wasm_bindgen]
pub struct NeuronLesson {
    values: [f64; 5],
    activation: Activation,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl NeuronLesson {
    /// Reads `x1`, `x2`, `w1`, `w2`, `b` (−2 to 2) and `h` (an activation) from a query; bad
    /// values fall back with a notice.
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> NeuronLesson {
        let mut notices = Vec::new();
        let mut values = START;
        for (v, key) in values.iter_mut().zip(KEYS) {
            *v = number_in(key, query_value(query, key).as_deref(), RANGE, *v, &mut notices);
        }
        let activation = match query_value(query, "h").map(|v| Activation::parse(&v)) {
            None => Activation::Sigmoid,
            Some(Ok(h)) => h,
            Some(Err(e)) => {
                let notice =
                    Notice::new("notice.choice", [("key", "h".into()), ("fallback", "sigmoid".into())]);
                notices.push(notice.with("why", (&e).into()));
                Activation::Sigmoid
            }
        };
        NeuronLesson { values, activation, notices }
    }

    /// The lesson's part of the URL: `lesson=neuron&x1=…&x2=…&w1=…&w2=…&b=…&h=…`.
    pub fn query(&self) -> String {
        let parts: Vec<String> = KEYS.iter().zip(self.values).map(|(k, v)| format!("{k}={v}")).collect();
        format!("lesson=neuron&{}&h={}", parts.join("&"), self.activation.name())
    }

    /// `[x1, x2, w1, w2, b]`.
    pub fn values(&self) -> Vec<f64> {
        self.values.to_vec()
    }

    /// Sets value `i` of `[x1, x2, w1, w2, b]` (clamped to −2…2; not a number gives 0).
    #[wasm_bindgen(js_name = setValue)]
    pub fn set_value(&mut self, i: usize, value: f64) -> Result<(), JsError> {
        let slot = self.values.get_mut(i).ok_or_else(|| JsError::new(&format!("value {i} is not 0–4")))?;
        *slot = if value.is_finite() { value.clamp(*RANGE.start(), *RANGE.end()) } else { 0.0 };
        Ok(())
    }

    /// The activation's name.
    pub fn activation(&self) -> String {
        self.activation.name().into()
    }

    /// Every activation's name, in the engine's order.
    pub fn activations(&self) -> Vec<String> {
        Activation::names().into_iter().map(String::from).collect()
    }

    /// Chooses the activation `name`.
    #[wasm_bindgen(js_name = setActivation)]
    pub fn set_activation(&mut self, name: &str) -> Result<(), JsError> {
        self.activation = Activation::parse(name).map_err(crate::js::js_error)?;
        Ok(())
    }

    /// `a = b + w1·x1 + w2·x2`.
    pub fn a(&self) -> f64 {
        let [x1, x2, w1, w2, b] = self.values;
        b + w1 * x1 + w2 * x2
    }

    /// `y = h(a)`.
    pub fn y(&self) -> f64 {
        self.activation.apply(self.a())
    }

    /// `h′(a)`.
    pub fn slope(&self) -> f64 {
        self.activation.derivative(self.a())
    }

    /// How many epochs the demonstration trains ([`EPOCHS`]).
    pub fn epochs(&self) -> usize {
        EPOCHS
    }

    /// The step-versus-sigmoid demonstration: `{ step: [loss…], sigmoid: [loss…] }`.
    pub fn race(&self) -> Result<JsValue, JsError> {
        let race = Race { step: learn_and(Activation::Step), sigmoid: learn_and(Activation::Sigmoid) };
        to_js(&race)
    }

    /// Draws `h` and `h′` for `a` from −5 to 5 with the current `a` marked on both.
    pub fn draw(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        super::neuron_plot::draw(canvas, self.activation, self.a())
    }

    /// Draws activation `name`'s `h` and `h′` the same way, at the neuron's current `a`: the
    /// small pictures that show every activation side by side.
    #[wasm_bindgen(js_name = drawFunction)]
    pub fn draw_function(&self, canvas: &HtmlCanvasElement, name: &str) -> Result<(), JsValue> {
        let h = Activation::parse(name).map_err(|e| JsValue::from_str(&e.to_string()))?;
        super::neuron_plot::draw(canvas, h, self.a())
    }
}

/// The loss `½·mean (y − t)²` of one neuron `(w, b)` with `h` on the four AND examples.
pub fn and_loss(h: Activation, w: [f64; 2], b: f64) -> f64 {
    let sum: f64 = AND.iter().map(|(x, t)| (h.apply(b + w[0] * x[0] + w[1] * x[1]) - t).powi(2)).sum();
    0.5 * sum / AND.len() as f64
}

/// One neuron learning AND from zero weights by full-batch gradient descent with `h`: the
/// loss before training, then after each of [`EPOCHS`] epochs. The gradient is
/// `(y − t)·h′(a)·x`, so with the step function (`h′ = 0`) nothing changes.
pub fn learn_and(h: Activation) -> Vec<f64> {
    let (mut w, mut b) = ([0.0; 2], 0.0);
    let mut losses = vec![and_loss(h, w, b)];
    for _ in 0..EPOCHS {
        let (mut gw, mut gb) = ([0.0; 2], 0.0);
        for (x, t) in AND {
            let a = b + w[0] * x[0] + w[1] * x[1];
            let delta = (h.apply(a) - t) * h.derivative(a) / AND.len() as f64;
            gw = [gw[0] + delta * x[0], gw[1] + delta * x[1]];
            gb += delta;
        }
        w = [w[0] - LEARNING_RATE * gw[0], w[1] - LEARNING_RATE * gw[1]];
        b -= LEARNING_RATE * gb;
        losses.push(and_loss(h, w, b));
    }
    losses
}

#[cfg(test)]
#[path = "neuron_tests.rs"]
mod tests;

notices_accessors!(NeuronLesson);
