//! The gradient-descent lesson's handle: the function, start, learning rate and steps taken,
//! read from and written back to the URL (`?lesson=descent&fn=…&lr=…&x0=…&x1=…&step=…&race=…`),
//! and the optimizers' race stepped one iteration at a time.

use super::descent::{descent_path, race, report, Func, MAX_STEPS, RACE_STEPS, VIEW};
use super::descent_draw::{draw_descent, draw_race, RACE_COLORS};
use super::{number_in, query_value};
use crate::draw::canvas::css;
use crate::js::to_js;
use crate::notice::{notices_accessors, Notice};
use asaku_core::optimizer::{check_learning_rate, MAX_LEARNING_RATE};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// One optimizer's place in the race after the iterations taken.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The optimizer's name.
    pub name: &'static str,
    /// Its learning rate.
    pub lr: f64,
    /// Its point.
    pub x: [f64; 2],
    /// The distance from the minimum `(0, 0)`.
    pub distance: f64,
    /// Its colour on the picture, as CSS.
    pub color: String,
}

/// The lesson's state.
#[wasm_bindgen]
pub struct DescentLesson {
    func: Func,
    lr: f64,
    start: [f64; 2],
    step: usize,
    race: usize,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl DescentLesson {
    /// Reads `fn` (`bowl` or `valley`), `lr`, `x0`, `x1`, `step` and `race` from a query; bad
    /// values fall back with a notice.
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> DescentLesson {
        let mut notices = Vec::new();
        let func = match query_value(query, "fn") {
            None => Func::Bowl,
            Some(name) => Func::parse(&name).unwrap_or_else(|| {
                notices.push(Notice::not_one_of("fn", &name, "bowl, valley", "bowl"));
                Func::Bowl
            }),
        };
        let mut read = |key, range, fallback| {
            number_in(key, query_value(query, key).as_deref(), range, fallback, &mut notices)
        };
        let lr = read("lr", 1e-12..=MAX_LEARNING_RATE, func.presets()[1]);
        let start = [
            read("x0", VIEW.0[0]..=VIEW.0[1], func.start()[0]),
            read("x1", VIEW.1[0]..=VIEW.1[1], func.start()[1]),
        ];
        let step = read("step", 0.0..=MAX_STEPS as f64, 0.0) as usize;
        let race = read("race", 0.0..=RACE_STEPS as f64, 0.0) as usize;
        DescentLesson { func, lr, start, step, race, notices }
    }

    /// The lesson's part of the URL.
    pub fn query(&self) -> String {
        format!(
            "lesson=descent&fn={}&lr={}&x0={}&x1={}&step={}&race={}",
            self.func.name(),
            self.lr,
            self.start[0],
            self.start[1],
            self.step,
            self.race
        )
    }

    /// The function's name.
    #[wasm_bindgen(js_name = func)]
    pub fn func_name(&self) -> String {
        self.func.name().to_string()
    }

    /// Chooses function `name` with its book start and right learning rate, back at step 0.
    pub fn choose(&mut self, name: &str) -> Result<(), JsError> {
        self.func =
            Func::parse(name).ok_or_else(|| JsError::new(&format!("\"{name}\" is not bowl or valley")))?;
        self.start = self.func.start();
        self.lr = self.func.presets()[1];
        self.step = 0;
        Ok(())
    }

    /// The learning rate.
    #[wasm_bindgen(js_name = learningRate)]
    pub fn learning_rate(&self) -> f64 {
        self.lr
    }

    /// The three preset learning rates for this function: too small, right, too large.
    pub fn presets(&self) -> Vec<f64> {
        self.func.presets().to_vec()
    }

    /// Sets the learning rate (back at step 0); false, and no change, when it is not in
    /// `(0, MAX_LEARNING_RATE]`.
    #[wasm_bindgen(js_name = setLearningRate)]
    pub fn set_learning_rate(&mut self, lr: f64) -> bool {
        let ok = check_learning_rate(lr).is_ok();
        if ok {
            self.lr = lr;
            self.step = 0;
        }
        ok
    }

    /// The starting point `[x0, x1]`.
    pub fn start(&self) -> Vec<f64> {
        self.start.to_vec()
    }

    /// Starts from `(x0, x1)` (back at step 0); false, and no change, outside the plane drawn.
    #[wasm_bindgen(js_name = setStart)]
    pub fn set_start(&mut self, x0: f64, x1: f64) -> bool {
        let ok = (VIEW.0[0]..=VIEW.0[1]).contains(&x0) && (VIEW.1[0]..=VIEW.1[1]).contains(&x1);
        if ok {
            self.start = [x0, x1];
            self.step = 0;
        }
        ok
    }

    /// Starts from the plane point under a click at fractions `(fx, fy)` of the canvas's width
    /// and height (from its top left), rounded to 0.1.
    #[wasm_bindgen(js_name = startAt)]
    pub fn start_at(&mut self, fx: f64, fy: f64) -> bool {
        let x = VIEW.0[0] + fx.clamp(0.0, 1.0) * (VIEW.0[1] - VIEW.0[0]);
        let y = VIEW.1[1] - fy.clamp(0.0, 1.0) * (VIEW.1[1] - VIEW.1[0]);
        self.set_start((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0)
    }

    /// One more step of descent; false when all `MAX_STEPS` are taken.
    pub fn step(&mut self) -> bool {
        let more = self.step < MAX_STEPS;
        self.step += usize::from(more);
        more
    }

    /// All the remaining steps at once.
    pub fn finish(&mut self) {
        self.step = MAX_STEPS;
    }

    /// Back to the start.
    pub fn restart(&mut self) {
        self.step = 0;
    }

    /// `{ step, steps, x, value, grad, status }`: where the descent is, `f` and `∇f` there, and
    /// `status` (`start`, `converged`, `diverging`, `slow` or `descending`).
    pub fn report(&self) -> Result<JsValue, JsError> {
        to_js(&report(self.func, &self.path()))
    }

    /// One more iteration of the race; false when all `RACE_STEPS` are run.
    #[wasm_bindgen(js_name = raceStep)]
    pub fn race_step(&mut self) -> bool {
        let more = self.race < RACE_STEPS;
        self.race += usize::from(more);
        more
    }

    /// The race's iterations taken (0 to `RACE_STEPS`); `set` moves there (clamped).
    #[wasm_bindgen(js_name = raceAt)]
    pub fn race_at(&mut self, set: Option<usize>) -> usize {
        if let Some(at) = set {
            self.race = at.min(RACE_STEPS);
        }
        self.race
    }

    /// How many iterations the race has (`RACE_STEPS`).
    #[wasm_bindgen(js_name = raceSteps)]
    pub fn race_steps(&self) -> usize {
        RACE_STEPS
    }

    /// Each optimizer's place: `[{ name, lr, x, distance, color }]`.
    pub fn places(&self) -> Result<JsValue, JsError> {
        to_js(&self.race_places())
    }

    /// Draws the contours, the negative-gradient field and the descent's path on `canvas`.
    pub fn draw(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        draw_descent(canvas, self.func, &self.path())
    }

    /// Draws the race on `x²/20 + y²`: every optimizer's path so far, in its own colour.
    #[wasm_bindgen(js_name = drawRace)]
    pub fn draw_race(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        let paths: Vec<_> = race().into_iter().map(|r| r.path[..=self.race].to_vec()).collect();
        draw_race(canvas, &paths)
    }
}

impl DescentLesson {
    /// The descent's points so far, the start first.
    pub fn path(&self) -> Vec<[f64; 2]> {
        descent_path(self.func, self.start, self.lr, self.step)
    }

    /// The race's places after the iterations taken.
    pub fn race_places(&self) -> Vec<Place> {
        race()
            .into_iter()
            .zip(RACE_COLORS)
            .map(|(r, color)| {
                let x = r.path[self.race];
                Place { name: r.name, lr: r.lr, x, distance: x[0].hypot(x[1]), color: css(color) }
            })
            .collect()
    }
}

notices_accessors!(DescentLesson);
