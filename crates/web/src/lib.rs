//! # asaku-web
//!
//! The browser side of Asaku: one [`Playground`] handle that JavaScript drives step by step,
//! and the drawing of heatmaps and charts on canvases. The maths is all in `asaku-core`;
//! JavaScript owns the DOM, the animation loop and user events.

pub mod clock;
pub mod color;
pub mod digits;
pub mod draw;
mod error_notice;
mod error_text;
pub mod frame;
pub mod js;
pub mod lessons;
pub mod limits;
mod model;
mod model_csv;
mod model_notice;
mod model_text;
pub mod notice;
pub mod notice_text;
pub mod playground;
pub mod query;
pub mod replay;
pub mod state;
pub mod work;

pub use playground::Playground;

use asaku_core::data::{DataKind, DataSpec, Feature, FeatureSet};
use asaku_core::functions::Activation;
use asaku_core::grid::Grid;
use asaku_core::layers::Output;
use asaku_core::network::{Init, Penalty};
use asaku_core::optimizer::OptimizerKind;
use asaku_core::train::Sampling;
use asaku_core::Choice;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Runs once when the module loads: a Rust panic is logged with its message and shown on the
/// page (in the element with id `fatal`, if there is one).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal(&info.to_string());
    }));
}

fn show_fatal(message: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("fatal"));
    if let Some(element) = element {
        element.set_text_content(Some(&format!("Internal error: {message}")));
        let _ = element.remove_attribute("hidden");
    }
}

/// The names of every option, for building the page's controls from the engine's own lists.
#[derive(Serialize)]
struct Choices {
    data: Vec<&'static str>,
    features: Vec<&'static str>,
    activation: Vec<&'static str>,
    output: Vec<&'static str>,
    init: Vec<&'static str>,
    optimizer: Vec<&'static str>,
    sampling: Vec<&'static str>,
    reg: Vec<&'static str>,
}

/// Every option's name per setting: `{ data: ["circle", …], activation: [...], … }`.
#[wasm_bindgen]
pub fn choices() -> Result<JsValue, JsError> {
    let choices = Choices {
        data: DataKind::names(),
        features: Feature::names(),
        activation: Activation::names(),
        output: Output::names(),
        init: Init::names(),
        optimizer: OptimizerKind::names(),
        sampling: Sampling::names(),
        reg: Penalty::names(),
    };
    js::to_js(&choices)
}

/// The task of a data set: the number of classes, or 0 for regression.
#[wasm_bindgen(js_name = dataClasses)]
pub fn data_classes(kind: &str) -> Result<usize, JsError> {
    let kind = DataKind::parse(kind).map_err(crate::js::js_error)?;
    Ok(kind.task().classes().unwrap_or(0))
}

/// The output data set `kind` needs, given the chosen `output` (see
/// [`playground::fitting_output`]): e.g. `fittingOutput("spiral3", "sigmoid")` is `"softmax"`.
#[wasm_bindgen(js_name = fittingOutput)]
pub fn fitting_output(kind: &str, output: &str) -> Result<String, JsError> {
    let fitting = playground::fitting_output(
        DataKind::parse(kind).map_err(js::js_error)?,
        Output::parse(output).map_err(js::js_error)?,
    );
    Ok(fitting.name().to_string())
}

/// Draws a preview of data set `kind` (its clean points) on `canvas`.
#[wasm_bindgen(js_name = drawPreview)]
pub fn draw_preview(canvas: &HtmlCanvasElement, kind: &str) -> Result<(), JsValue> {
    let kind = DataKind::parse(kind).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let spec = DataSpec { kind, points: 200, noise: 0.0, train_ratio: 0.9, ..DataSpec::default() };
    let split = spec.generate().map_err(|e| JsValue::from_str(&e.to_string()))?;
    draw::points::draw_preview(canvas, &split.train)
}

/// Draws input feature `feature` over data set `kind`'s area on `canvas` (made 100×100), as the
/// network's input thumbnails show it: for the features that are switched off, which no sweep
/// computes.
#[wasm_bindgen(js_name = drawFeature)]
pub fn draw_feature(canvas: &HtmlCanvasElement, feature: &str, kind: &str) -> Result<(), JsValue> {
    let error = |e: asaku_core::Error| JsValue::from_str(&e.to_string());
    let features = FeatureSet::new(vec![Feature::parse(feature).map_err(error)?]).map_err(error)?;
    let domain = DataKind::parse(kind).map_err(error)?.domain();
    let grid = Grid::<f32>::new(frame::RESOLUTION, domain, &features).map_err(error)?;
    let mut pixels = Vec::new();
    let shading = color::Shading { discrete: false, strength: 1.0 };
    draw::maps::paint(&grid, Output::Sigmoid, draw::maps::Map::Feature(0), shading, &mut pixels);
    draw::canvas::put_square(canvas, frame::RESOLUTION as u32, &pixels)
}

/// The palette as CSS colours, so the page's legend uses the same colours as the canvases.
#[wasm_bindgen]
pub fn palette() -> Vec<String> {
    [color::ORANGE, color::BLUE, color::GREEN, color::NEUTRAL].into_iter().map(draw::canvas::css).collect()
}
