//! Lesson 1, the perceptron: a two-input perceptron set by sliders or a gate's preset, its
//! truth table against the chosen gate, the two-layer XOR, and the learning rule stepped one
//! example at a time. Every number comes from `asaku_core::perceptron`.

use super::{number_in, query_value};
use crate::js::to_js;
use crate::notice::{notices_accessors, Notice};
use asaku_core::perceptron::{
    xor_stages, Gate, LearnStatus, LearnStep, Perceptron, PerceptronLearner, GATE_INPUTS,
};
use asaku_core::Choice;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// The sliders' range for `w1`, `w2` and `b`.
pub const RANGE: std::ops::RangeInclusive<f64> = -1.0..=1.0;
/// The learning rate of the stepped learning rule (the book's 0.1).
pub const LEARNING_RATE: f64 = 0.1;

/// One row of the truth table.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Row {
    /// The input `(x1, x2)`.
    pub x: [u8; 2],
    /// `w1·x1 + w2·x2 + b`.
    pub sum: f64,
    /// The perceptron's output, `1 if sum > 0 else 0`.
    pub y: u8,
    /// The chosen gate's answer.
    pub t: u8,
}

/// One row of the two-layer XOR: `s1 = NAND(x)`, `s2 = OR(x)`, `y = AND(s1, s2)`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct XorRow {
    /// The input.
    pub x: [u8; 2],
    /// `NAND(x1, x2)`.
    pub s1: u8,
    /// `OR(x1, x2)`.
    pub s2: u8,
    /// `AND(s1, s2)`.
    pub y: u8,
}

/// What one learning step did, with the weights after it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Learned {
    /// The step as the engine reports it.
    pub step: LearnStep,
    /// Passes (epochs) done.
    pub epochs: usize,
    /// `w1, w2` after the step.
    pub w: [f64; 2],
    /// `b` after the step.
    pub b: f64,
}

/// The lesson's state: the perceptron on the sliders, the gate it is compared with, and the
/// learning rule's progress (started at the first step after any change).
#[wasm_bindgen]
pub struct PerceptronLesson {
    perceptron: Perceptron,
    gate: Gate,
    learner: Option<PerceptronLearner>,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl PerceptronLesson {
    /// Reads `gate`, `w1`, `w2` and `b` from a query; bad values fall back with a notice.
    /// Without weights, the gate's preset is used (zeros for XOR).
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> PerceptronLesson {
        let mut notices = Vec::new();
        let gate = match query_value(query, "gate").map(|v| Gate::parse(&v)) {
            None => Gate::And,
            Some(Ok(gate)) => gate,
            Some(Err(e)) => {
                let notice =
                    Notice::new("notice.choice", [("key", "gate".into()), ("fallback", "and".into())]);
                notices.push(notice.with("why", (&e).into()));
                Gate::And
            }
        };
        let preset = gate.perceptron().unwrap_or_default();
        let mut read =
            |key, fallback| number_in(key, query_value(query, key).as_deref(), RANGE, fallback, &mut notices);
        let w = [read("w1", preset.w[0]), read("w2", preset.w[1])];
        let b = read("b", preset.b);
        PerceptronLesson { perceptron: Perceptron { w, b }, gate, learner: None, notices }
    }

    /// The lesson's part of the URL: `lesson=perceptron&gate=…&w1=…&w2=…&b=…`.
    pub fn query(&self) -> String {
        let Perceptron { w, b } = self.perceptron;
        format!("lesson=perceptron&gate={}&w1={}&w2={}&b={}", self.gate.name(), w[0], w[1], b)
    }

    /// The chosen gate's name.
    pub fn gate(&self) -> String {
        self.gate.name().to_string()
    }

    /// `[w1, w2, b]`.
    pub fn weights(&self) -> Vec<f64> {
        let Perceptron { w, b } = self.perceptron;
        vec![w[0], w[1], b]
    }

    /// Sets the weights (clamped to the sliders' range); the learning rule starts again.
    #[wasm_bindgen(js_name = setWeights)]
    pub fn set_weights(&mut self, w1: f64, w2: f64, b: f64) {
        let clamp = |v: f64| if v.is_finite() { v.clamp(*RANGE.start(), *RANGE.end()) } else { 0.0 };
        self.perceptron = Perceptron { w: [clamp(w1), clamp(w2)], b: clamp(b) };
        self.learner = None;
    }

    /// Chooses gate `name` and loads its book preset. Returns false for XOR, which has none
    /// (the weights stay as they are).
    pub fn preset(&mut self, name: &str) -> Result<bool, JsError> {
        self.gate = Gate::parse(name).map_err(crate::js::js_error)?;
        self.learner = None;
        Ok(match self.gate.perceptron() {
            Some(p) => {
                self.perceptron = p;
                true
            }
            None => false,
        })
    }

    /// The truth table: `[{ x, sum, y, t }]` for the four inputs.
    pub fn table(&self) -> Result<JsValue, JsError> {
        to_js(&table(self.perceptron, self.gate))
    }

    /// The two-layer XOR's stages for the four inputs: `[{ x, s1, s2, y }]`.
    #[wasm_bindgen(js_name = xorTable)]
    pub fn xor_table(&self) -> Result<JsValue, JsError> {
        to_js(&xor_table())
    }

    /// Whether the chosen gate has a single-perceptron preset (false for XOR).
    #[wasm_bindgen(js_name = hasLine)]
    pub fn has_line(&self) -> bool {
        self.gate.perceptron().is_some()
    }

    /// Sets all weights to 0, to learn from scratch.
    pub fn zero(&mut self) {
        self.set_weights(0.0, 0.0, 0.0);
    }

    /// One example of the learning rule `w += lr·(t − y)·x`, `b += lr·(t − y)` on the chosen
    /// gate: `{ step: { index, x, t, y, updated, status }, epochs, w, b }`.
    #[wasm_bindgen(js_name = learnStep)]
    pub fn learn_step(&mut self) -> Result<JsValue, JsError> {
        to_js(&self.step())
    }

    /// Draws the two half-planes of `w1·x1 + w2·x2 + b = 0` (blue where the sum is above 0),
    /// the line, and the four inputs coloured by the gate's answer, on `canvas`.
    pub fn draw(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        super::plane::draw(canvas, self.perceptron, self.gate)
    }
}

impl PerceptronLesson {
    /// The learning step behind [`PerceptronLesson::learn_step`].
    pub fn step(&mut self) -> Learned {
        let (gate, perceptron) = (self.gate, self.perceptron);
        let learner = self.learner.get_or_insert_with(|| {
            PerceptronLearner::new(gate, perceptron, LEARNING_RATE)
                .expect("the lesson's learning rate is valid")
        });
        let step = learner.step();
        let Perceptron { w, b } = learner.perceptron();
        let epochs = learner.epochs();
        self.perceptron = learner.perceptron();
        Learned { step, epochs, w, b }
    }

    /// Whether the learning rule has stopped (converged or cycled).
    pub fn stopped(&self) -> bool {
        self.learner.as_ref().is_some_and(|l| l.status() != LearnStatus::Learning)
    }
}

/// The truth table of `p` against `gate`.
pub fn table(p: Perceptron, gate: Gate) -> Vec<Row> {
    GATE_INPUTS
        .iter()
        .map(|&x| {
            let xf = x.map(f64::from);
            let sum = p.w[0] * xf[0] + p.w[1] * xf[1] + p.b;
            Row { x, sum, y: p.output(xf), t: gate.target(x) }
        })
        .collect()
}

/// The two-layer XOR for the four inputs.
pub fn xor_table() -> Vec<XorRow> {
    GATE_INPUTS
        .iter()
        .map(|&x| {
            let s = xor_stages(x);
            XorRow { x, s1: s.s1, s2: s.s2, y: s.y }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outputs(rows: &[Row]) -> Vec<u8> {
        rows.iter().map(|r| r.y).collect()
    }

    #[test]
    fn presets_give_the_books_tables() {
        let mut lesson = PerceptronLesson::new("");
        assert_eq!(outputs(&table(lesson.perceptron, lesson.gate)), [0, 0, 0, 1]);
        for (gate, expected) in [("or", [0, 1, 1, 1]), ("nand", [1, 1, 1, 0])] {
            assert!(lesson.preset(gate).is_ok());
            assert_eq!(outputs(&table(lesson.perceptron, lesson.gate)), expected);
        }
        let rows = table(Gate::And.perceptron().unwrap(), Gate::And);
        assert!((rows[3].sum - 0.3).abs() < 1e-12, "0.5 + 0.5 − 0.7 = 0.3");
    }

    #[test]
    fn xor_has_no_preset_but_two_layers_solve_it() {
        let mut lesson = PerceptronLesson::new("gate=xor");
        assert!(!lesson.has_line());
        assert_eq!(lesson.weights(), [0.0, 0.0, 0.0]);
        let rows = xor_table();
        assert_eq!(
            rows.iter().map(|r| (r.s1, r.s2, r.y)).collect::<Vec<_>>(),
            [(1, 0, 0), (1, 1, 1), (1, 1, 1), (0, 1, 0)]
        );
        // The learning rule on XOR from 0 cycles (the engine's own test gives passes 3, period 1).
        let mut last = lesson.step();
        while !lesson.stopped() {
            last = lesson.step();
        }
        assert_eq!(last.step.status, LearnStatus::Cycled { first_epoch: 3, period: 1 });
    }

    #[test]
    fn the_learning_rule_steps_one_example_at_a_time() {
        let mut lesson = PerceptronLesson::new("gate=or&w1=0&w2=0&b=0");
        let first = lesson.step();
        assert_eq!((first.step.index, first.step.updated, first.w, first.b), (0, false, [0.0, 0.0], 0.0));
        let second = lesson.step();
        assert_eq!((second.step.index, second.step.updated, second.w, second.b), (1, true, [0.1, 0.0], 0.1));
    }

    #[test]
    fn the_url_is_read_and_written_back() {
        let lesson = PerceptronLesson::new("lesson=perceptron&gate=nand&w1=-0.5&w2=-0.5&b=0.7");
        assert_eq!(lesson.query(), "lesson=perceptron&gate=nand&w1=-0.5&w2=-0.5&b=0.7");
        let bad = PerceptronLesson::new("gate=nor&w1=5");
        assert_eq!((bad.gate, bad.notices.len()), (Gate::And, 2));
        assert_eq!(bad.weights(), [0.5, 0.5, -0.7]);
    }
}

notices_accessors!(PerceptronLesson);
