//! The page's limits in one place: what a page state may hold (checked by
//! [`PageState::validate`](crate::state::PageState::validate)) and the ranges of the page's
//! controls, which JavaScript reads once at start (`limits()`) and sets on its inputs.

use asaku_core::data::{DataKind, Rect, NOISE, TRAIN_RATIO};
use asaku_core::train::MAX_SEED;
use asaku_core::Choice;
use serde::Serialize;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// Most hidden layers the page draws.
pub const MAX_PAGE_LAYERS: usize = 6;
/// Most neurons per hidden layer the page draws.
pub const MAX_PAGE_WIDTH: usize = 8;
/// Fastest play speed, in epochs per animation frame.
pub const MAX_SPEED: u32 = 50;

/// An input's `min`, `max` and `step`, as HTML's range and number inputs take them.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Range {
    /// The lowest value.
    pub min: f64,
    /// The highest value.
    pub max: f64,
    /// The step between values.
    pub step: f64,
}

/// Every range the page's controls use.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Hidden layers: 0 to [`MAX_PAGE_LAYERS`].
    pub layers: Range,
    /// Neurons per hidden layer: 1 to [`MAX_PAGE_WIDTH`].
    pub neurons: Range,
    /// Epochs per frame while playing: 1 to [`MAX_SPEED`].
    pub speed: Range,
    /// The seed box and the seeds "New seed" and "Regenerate" pick: 0 to [`MAX_SEED`].
    pub seed: Range,
    /// The noise slider: the engine's whole range.
    pub noise: Range,
    /// The training-ratio slider: the engine's whole range.
    pub ratio: Range,
    /// The points slider: 50 to 1000 in steps of 50 (a link may ask for 4 to 10000; the slider
    /// then reaches as far as the value).
    pub points: Range,
    /// The batch-size slider: 1 to 100 (a link may ask for up to 10000, as for points).
    pub batch: Range,
    /// The step of the boxes that place a point by its coordinates.
    pub point_step: f64,
    /// The area of each data set (by name), where points may be placed: the plot's area.
    pub domains: BTreeMap<&'static str, Rect>,
    /// The step of the weight editor's box.
    pub weight_step: f64,
}

impl Limits {
    /// The page's limits.
    pub fn page() -> Limits {
        let range = |min: f64, max: f64, step: f64| Range { min, max, step };
        let domain = |name| DataKind::parse(name).map(DataKind::domain).expect("a name from the list");
        let domains = DataKind::names().into_iter().map(|name| (name, domain(name))).collect();
        Limits {
            layers: range(0.0, MAX_PAGE_LAYERS as f64, 1.0),
            neurons: range(1.0, MAX_PAGE_WIDTH as f64, 1.0),
            speed: range(1.0, f64::from(MAX_SPEED), 1.0),
            seed: range(0.0, MAX_SEED as f64, 1.0),
            noise: range(*NOISE.start(), *NOISE.end(), 0.05),
            ratio: range(*TRAIN_RATIO.start(), *TRAIN_RATIO.end(), 0.1),
            points: range(50.0, 1000.0, 50.0),
            batch: range(1.0, 100.0, 1.0),
            point_step: 0.5,
            domains,
            weight_step: 0.1,
        }
    }
}

/// The page's limits as a plain object: `{ layers: { min, max, step }, neurons, speed, seed,
/// noise, ratio, points, batch, pointStep, domains: { circle: { x_min, x_max, y_min, y_max },
/// … }, weightStep }`.
#[wasm_bindgen]
pub fn limits() -> Result<JsValue, JsError> {
    crate::js::to_json_like(&Limits::page())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_limit_is_a_whole_number_javascript_holds_exactly() {
        let limits = Limits::page();
        assert_eq!(limits.seed.max, 4_294_967_295.0);
        let safe = 2f64.powi(53) - 1.0;
        for r in [limits.layers, limits.neurons, limits.speed, limits.seed, limits.points, limits.batch] {
            assert!(r.min <= r.max && r.max <= safe && r.max.fract() == 0.0, "{r:?}");
        }
        assert_eq!(limits.domains["circle"].x_max, 6.0);
        assert_eq!(limits.domains["gate-xor"].x_min, -0.5);
    }
}
