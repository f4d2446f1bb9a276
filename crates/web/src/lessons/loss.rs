//! Lesson 4, loss functions: an output vector `y` over ten classes (kept summing to 1, as
//! softmax's output does) and a target class; the engine's sum of squared error and
//! cross-entropy of that pair, and the plot of `−log y` with the target's `y` marked.

use super::{query_value, whole_in};
use crate::notice::{notices_accessors, shown, Notice};
use asaku_core::functions::loss::{cross_entropy_error, sum_squared_error};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// How many classes the output has (the digits 0–9, as in the book).
pub const CLASSES: usize = 10;

/// The book's output for a "2" (section 4.2.1): 0.6 on class 2, the rest spread out.
pub const RIGHT: [f64; CLASSES] = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];

/// The book's "wrong" output: the same numbers, but 0.6 on class 7.
pub const WRONG: [f64; CLASSES] = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0];

/// The target class of the book's example.
const BOOK_TARGET: usize = 2;

/// Sets `y[k]` to `value` (clamped to 0–1) and rescales the other classes so that `y` still
/// sums to 1: in proportion to their old values, or evenly when they were all 0.
pub fn set_normalised(y: &mut [f64; CLASSES], k: usize, value: f64) {
    let value = if value.is_finite() { value.clamp(0.0, 1.0) } else { 0.0 };
    let rest: f64 = y.iter().enumerate().filter(|&(i, _)| i != k).map(|(_, v)| v).sum();
    let left = 1.0 - value;
    for (i, v) in y.iter_mut().enumerate() {
        *v = if i == k {
            value
        } else if rest > 0.0 {
            *v / rest * left
        } else {
            left / (CLASSES - 1) as f64
        };
    }
}

/// The one-hot vector of class `t`.
pub fn one_hot(t: usize) -> [f64; CLASSES] {
    let mut v = [0.0; CLASSES];
    v[t] = 1.0;
    v
}

/// `y` to whole units of `10⁻⁴` still summing to 1 (`10⁴` units): each value rounded down, then
/// the units left over one each to the values rounded down the most. The lesson keeps `y` so,
/// and its link writes exactly these numbers, so the link reads back to the same state.
pub fn in_units(y: [f64; CLASSES]) -> [f64; CLASSES] {
    const UNITS: f64 = 1e4;
    let scaled = y.map(|v| v * UNITS);
    let mut units = scaled.map(f64::floor);
    let left = (UNITS - units.iter().sum::<f64>()).round().max(0.0) as usize;
    let mut order: Vec<usize> = (0..CLASSES).collect();
    order.sort_by(|&a, &b| (scaled[b] - units[b]).total_cmp(&(scaled[a] - units[a])));
    for &i in order.iter().take(left) {
        units[i] += 1.0;
    }
    units.map(|u| u / UNITS)
}

/// Reads `y` from a URL value: ten numbers from 0 to 1, separated by commas, whose sum is 1
/// within 0.01 (rounded numbers, as a person writes them), kept exactly as written so the link
/// is never rewritten. `None` for anything else.
pub fn parse_outputs(text: &str) -> Option<[f64; CLASSES]> {
    let numbers: Vec<f64> = text.split(',').map(|s| s.trim().parse::<f64>().ok()).collect::<Option<_>>()?;
    let y: [f64; CLASSES] = numbers.try_into().ok()?;
    if y.iter().any(|v| !(0.0..=1.0).contains(v)) {
        return None;
    }
    let sum: f64 = y.iter().sum();
    ((sum - 1.0).abs() <= 0.01).then_some(y)
}

/// The lesson's state: the output vector and the target class.
#[wasm_bindgen]
pub struct LossLesson {
    y: [f64; CLASSES],
    t: usize,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl LossLesson {
    /// Reads `y` (ten numbers summing to 1) and `t` (a class 0–9) from a query; bad values fall
    /// back to the book's example with a notice.
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> LossLesson {
        let mut notices = Vec::new();
        let y = match query_value(query, "y") {
            None => RIGHT,
            Some(text) => parse_outputs(&text).unwrap_or_else(|| {
                notices.push(Notice::new("notice.outputs", [("got", shown(&text))]));
                RIGHT
            }),
        };
        let t = whole_in("t", query_value(query, "t").as_deref(), 0..=CLASSES - 1, BOOK_TARGET, &mut notices);
        LossLesson { y, t, notices }
    }

    /// The lesson's part of the URL: `lesson=loss&y=…&t=…`, `y` as it is (as the link gave it,
    /// or in units of `10⁻⁴` after a change, see [`in_units`]).
    pub fn query(&self) -> String {
        let y: Vec<String> = self.y.iter().map(f64::to_string).collect();
        format!("lesson=loss&y={}&t={}", y.join(","), self.t)
    }

    /// The output vector `y`.
    pub fn outputs(&self) -> Vec<f64> {
        self.y.to_vec()
    }

    /// The target class.
    pub fn target(&self) -> usize {
        self.t
    }

    /// Sets `y[k]` to `value`, rescaling the others so the sum stays 1 (see [`set_normalised`]),
    /// all kept to 4 decimals ([`in_units`]).
    #[wasm_bindgen(js_name = setOutput)]
    pub fn set_output(&mut self, k: usize, value: f64) -> Result<(), JsError> {
        if k >= CLASSES {
            return Err(JsError::new(&format!("class {k} is not 0–9")));
        }
        set_normalised(&mut self.y, k, value);
        self.y = in_units(self.y);
        Ok(())
    }

    /// Chooses the target class `t` (0–9).
    #[wasm_bindgen(js_name = setTarget)]
    pub fn set_target(&mut self, t: usize) -> Result<(), JsError> {
        if t >= CLASSES {
            return Err(JsError::new(&format!("class {t} is not 0–9")));
        }
        self.t = t;
        Ok(())
    }

    /// Loads the book's output `right` (0.6 on class 2) or `wrong` (0.6 on class 7), target 2.
    pub fn preset(&mut self, name: &str) -> Result<(), JsError> {
        self.y = match name {
            "right" => RIGHT,
            "wrong" => WRONG,
            _ => return Err(JsError::new(&format!("\"{name}\" is not right or wrong"))),
        };
        self.t = BOOK_TARGET;
        Ok(())
    }

    /// `right` or `wrong` when the state is that preset of the book, else an empty string.
    #[wasm_bindgen(js_name = presetName)]
    pub fn preset_name(&self) -> String {
        let name = match self.t {
            BOOK_TARGET if self.y == RIGHT => "right",
            BOOK_TARGET if self.y == WRONG => "wrong",
            _ => "",
        };
        name.into()
    }

    /// The engine's sum of squared error `½ Σₖ (yₖ − tₖ)²` against the one-hot target.
    #[wasm_bindgen(js_name = sumSquaredError)]
    pub fn sum_squared_error(&self) -> f64 {
        sum_squared_error(&self.y, &one_hot(self.t))
    }

    /// The engine's cross-entropy error `−Σₖ tₖ log(yₖ + δ)` against the one-hot target.
    #[wasm_bindgen(js_name = crossEntropyError)]
    pub fn cross_entropy_error(&self) -> f64 {
        cross_entropy_error(&self.y, &one_hot(self.t))
    }

    /// Draws `−log y` for `y` from 0 to 1 with its axes, and a marker at the target's `y`.
    pub fn draw(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        super::loss_plot::draw(canvas, self.y[self.t])
    }
}

#[cfg(test)]
#[path = "loss_tests.rs"]
mod tests;

notices_accessors!(LossLesson);
