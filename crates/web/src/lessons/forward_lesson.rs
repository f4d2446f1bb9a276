//! Lesson 3's handle: the batch of input rows, the output function and how many layers are
//! shown, read from and written back to the URL (`m`, `x`, `out`, `layer`).

use super::{forward, parse_rows, OutputKind, LAYERS, MAX_ROWS, ROWS};
use crate::js::to_js;
use crate::lessons::{number_in, query_value, whole_in};
use crate::notice::{notices_accessors, shown, Notice};
use wasm_bindgen::prelude::*;

/// How many layers the lesson shows when the URL does not say: the first step of the walk.
pub const FIRST_STEP: usize = 1;

/// The lesson's state: `MAX_ROWS` input rows of which the first `m` form the batch.
#[wasm_bindgen]
pub struct ForwardLesson {
    rows: [[f64; 2]; MAX_ROWS],
    m: usize,
    output: OutputKind,
    shown: usize,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl ForwardLesson {
    /// Reads `x` (rows `x₁,x₂;…`), `m` (1–5 rows), `out` (`identity` or `softmax`) and `layer`
    /// (layers shown, 0–3) from a query; bad values fall back with a notice. Without `layer` the
    /// lesson opens at the first step of its walk (`FIRST_STEP` layer shown), so → has layers
    /// left to show.
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> ForwardLesson {
        let mut notices = Vec::new();
        let mut rows = ROWS;
        let mut given = 1;
        if let Some(text) = query_value(query, "x") {
            match parse_rows(&text) {
                Some(read) => {
                    given = read.len();
                    rows[..given].copy_from_slice(&read);
                }
                None => notices.push(Notice::new("notice.rows", [("got", shown(&text))])),
            }
        }
        let m = query_value(query, "m");
        let m = whole_in("m", m.as_deref(), 1..=MAX_ROWS, given, &mut notices);
        let output = match query_value(query, "out") {
            None => OutputKind::Identity,
            Some(text) => OutputKind::parse(&text).unwrap_or_else(|| {
                notices.push(Notice::not_one_of("out", &text, "identity, softmax", "identity"));
                OutputKind::Identity
            }),
        };
        let layer = query_value(query, "layer");
        let layer =
            number_in("layer", layer.as_deref(), 0.0..=LAYERS as f64, FIRST_STEP as f64, &mut notices);
        ForwardLesson { rows, m, output, shown: layer as usize, notices }
    }

    /// The lesson's part of the URL: `lesson=forward&m=…&x=…&out=…&layer=…`.
    pub fn query(&self) -> String {
        let x: Vec<String> = self.rows[..self.m].iter().map(|r| format!("{},{}", r[0], r[1])).collect();
        format!(
            "lesson=forward&m={}&x={}&out={}&layer={}",
            self.m,
            x.join(";"),
            self.output.name(),
            self.shown
        )
    }

    /// The batch size `M` (rows of `X`).
    pub fn batch(&self) -> usize {
        self.m
    }

    /// Sets the batch size `M` (1–5); rows beyond the old `M` keep their values.
    #[wasm_bindgen(js_name = setBatch)]
    pub fn set_batch(&mut self, m: usize) -> Result<(), JsError> {
        if !(1..=MAX_ROWS).contains(&m) {
            return Err(JsError::new(&format!("{m} rows is not 1 to {MAX_ROWS}")));
        }
        self.m = m;
        Ok(())
    }

    /// The batch's inputs, row by row (`M×2` values).
    pub fn inputs(&self) -> Vec<f64> {
        self.rows[..self.m].iter().flatten().copied().collect()
    }

    /// Sets input `j` (0 or 1) of row `i` to `value` (clamped to −10…10; not a number is 0).
    #[wasm_bindgen(js_name = setInput)]
    pub fn set_input(&mut self, i: usize, j: usize, value: f64) -> Result<(), JsError> {
        if i >= MAX_ROWS || j >= 2 {
            return Err(JsError::new(&format!("({i}, {j}) is not an input")));
        }
        self.rows[i][j] = if value.is_finite() { value.clamp(-10.0, 10.0) } else { 0.0 };
        Ok(())
    }

    /// The output function's name: `identity` or `softmax`.
    pub fn output(&self) -> String {
        self.output.name().into()
    }

    /// Chooses the output function (`identity` or `softmax`).
    #[wasm_bindgen(js_name = setOutput)]
    pub fn set_output(&mut self, name: &str) -> Result<(), JsError> {
        self.output = OutputKind::parse(name)
            .ok_or_else(|| JsError::new(&format!("\"{name}\" is not identity or softmax")))?;
        Ok(())
    }

    /// Shows one more layer; returns false when all are already shown.
    pub fn step(&mut self) -> bool {
        let more = self.shown < LAYERS;
        self.shown += usize::from(more);
        more
    }

    /// Shows one layer fewer; returns false when none is shown.
    pub fn back(&mut self) -> bool {
        let fewer = self.shown > 0;
        self.shown -= usize::from(fewer);
        fewer
    }

    /// Back to the input alone (no layer shown).
    pub fn restart(&mut self) {
        self.shown = 0;
    }

    /// How many layers are shown (0–3).
    pub fn shown(&self) -> usize {
        self.shown
    }

    /// The shown layers as `[{ index, function, input, w, b, a, z }]`, each matrix as
    /// `{ name, rows, cols, values }`.
    pub fn layers(&self) -> Result<JsValue, JsError> {
        let mut layers = forward(&self.rows[..self.m], self.output);
        layers.truncate(self.shown);
        to_js(&layers)
    }
}

notices_accessors!(ForwardLesson);
