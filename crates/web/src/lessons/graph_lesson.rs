//! Lesson 7's handle: which graph ([`super::graph`]), the chain example's `x` and `y`, and how
//! many backward steps are taken, read from and written back to the URL
//! (`?lesson=graph&shop=…&x=…&y=…&step=…`; the key is `shop` as in links made before the chain
//! example came first).

use super::graph::{graph, Example, Graph};
use super::{number_in, query_value};
use crate::js::{to_js, Refusal};
use crate::notice::{notices_accessors, Notice};
use std::ops::RangeInclusive;
use wasm_bindgen::prelude::*;

/// The graphs' names, in the order the page offers them.
const NAMES: &str = "chain, apple, apple-orange";

/// What `x` and `y` of the chain example may be.
const INPUT_RANGE: RangeInclusive<f64> = -100.0..=100.0;

/// The chain example's inputs when the URL gives none: `t = 3`, `z = 9`, `∂z/∂x = 6`.
const DEFAULT_XY: [f64; 2] = [1.0, 2.0];

/// The lesson's state: which graph, the chain example's `x` and `y`, and how many backward
/// steps are taken.
#[wasm_bindgen]
pub struct GraphLesson {
    name: &'static str,
    xy: [f64; 2],
    step: usize,
    notices: Vec<Notice>,
}

/// The graph called `name` (see [`Example::name`]), with the chain example's inputs `xy`.
fn example_named(name: &str, xy: [f64; 2]) -> Option<Example> {
    match name {
        "chain" => Some(Example::Chain { x: xy[0], y: xy[1] }),
        "apple" => Some(Example::Apple),
        "apple-orange" => Some(Example::AppleOrange),
        _ => None,
    }
}

/// `[x, y]` if both are in [`INPUT_RANGE`], else the sentence (in the page's language) saying
/// which is not.
fn checked_inputs(x: f64, y: f64) -> Result<[f64; 2], Notice> {
    match [("x", x), ("y", y)].into_iter().find(|(_, value)| !INPUT_RANGE.contains(value)) {
        None => Ok([x, y]),
        Some((name, _)) => {
            let (low, high) = (INPUT_RANGE.start(), INPUT_RANGE.end());
            let vars = [("name", name.to_string()), ("low", low.to_string()), ("high", high.to_string())];
            Err(Notice::new("refusal.graphInput", vars))
        }
    }
}

#[wasm_bindgen]
impl GraphLesson {
    /// Reads `shop` (`chain`, `apple` or `apple-orange`), `x`, `y` and `step` from a query; bad
    /// values fall back with a notice.
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> GraphLesson {
        let mut notices = Vec::new();
        let name = match query_value(query, "shop") {
            None => "chain",
            Some(got) => match example_named(&got, DEFAULT_XY) {
                Some(example) => example.name(),
                None => {
                    notices.push(Notice::not_one_of("shop", &got, NAMES, "chain"));
                    "chain"
                }
            },
        };
        let mut read = |key: &str, fallback: f64| {
            number_in(key, query_value(query, key).as_deref(), INPUT_RANGE, fallback, &mut notices)
        };
        let xy = [read("x", DEFAULT_XY[0]), read("y", DEFAULT_XY[1])];
        let mut lesson = GraphLesson { name, xy, step: 0, notices };
        let steps = lesson.graph_now(0).steps;
        let step = query_value(query, "step");
        lesson.step =
            number_in("step", step.as_deref(), 0.0..=steps as f64, 0.0, &mut lesson.notices) as usize;
        lesson
    }

    /// The lesson's part of the URL: `lesson=graph&shop=…&step=…`, with `x` and `y` for the
    /// chain example.
    pub fn query(&self) -> String {
        match self.example() {
            Example::Chain { x, y } => format!("lesson=graph&shop=chain&x={x}&y={y}&step={}", self.step),
            other => format!("lesson=graph&shop={}&step={}", other.name(), self.step),
        }
    }

    /// Chooses graph `name` (`chain`, `apple` or `apple-orange`), back at step 0.
    pub fn choose(&mut self, name: &str) -> Result<(), JsError> {
        let example = example_named(name, self.xy)
            .ok_or_else(|| JsError::new(&format!("\"{name}\" is not one of {NAMES}")))?;
        self.name = example.name();
        self.step = 0;
        Ok(())
    }

    /// The chain example's `[x, y]`.
    pub fn inputs(&self) -> Vec<f64> {
        self.xy.to_vec()
    }

    /// Sets the chain example's `x` and `y`, keeping the steps taken; refused, with nothing
    /// changed, unless both are numbers from -100 to 100.
    #[wasm_bindgen(js_name = setInputs)]
    pub fn set_inputs(&mut self, x: f64, y: f64) -> Result<(), Refusal> {
        self.xy = checked_inputs(x, y).map_err(Refusal)?;
        Ok(())
    }

    /// One more node backward; returns false when the backward pass is already complete.
    pub fn step(&mut self) -> bool {
        let more = self.step < self.graph_now(0).steps;
        self.step += usize::from(more);
        more
    }

    /// Back to the forward pass only.
    pub fn restart(&mut self) {
        self.step = 0;
    }

    /// The graph as `{ example, step, steps, values: [{ name, value, grad, from, to }], nodes:
    /// [{ op, at, inputs, output, local, done, next }] }`.
    pub fn graph(&self) -> Result<JsValue, JsError> {
        to_js(&self.graph_now(self.step))
    }
}

impl GraphLesson {
    /// The chosen graph with the current inputs.
    fn example(&self) -> Example {
        example_named(self.name, self.xy).expect("the lesson keeps a known graph's name")
    }

    /// The chosen graph after `step` backward steps.
    fn graph_now(&self, step: usize) -> Graph {
        graph(self.example(), step)
    }
}

#[cfg(test)]
#[path = "graph_lesson_tests.rs"]
mod tests;

notices_accessors!(GraphLesson);
