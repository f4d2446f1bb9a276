//! What the page reads and draws each frame: the numbers shown, and every canvas from one
//! grid sweep.

use crate::color::{Shading, BACKGROUND_STRENGTH};
use crate::draw::{chart, maps, points};
use crate::notice::Notice;
use crate::playground::{Playground, Run};
use asaku_core::data::{FeatureSet, Rect};
use asaku_core::functions::Activation;
use asaku_core::grid::Grid;
use asaku_core::train::Status;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Cells per side of the grid sweep behind the plot and every thumbnail.
pub const RESOLUTION: usize = 100;
/// Thumbnails keep every `THUMBNAIL_STRIDE`-th cell each way (50×50 pixels): they are shown
/// a few dozen pixels wide, and each one's copy into the page costs less.
const THUMBNAIL_STRIDE: usize = 2;
/// Radius of a data point on the plot, in CSS pixels.
const POINT_RADIUS: f64 = 3.5;

/// The grid and the pixel buffer, kept between frames so drawing never reallocates.
#[derive(Default)]
pub struct DrawBuffers {
    /// The grid, with the area and features its inputs were computed for.
    grid: Option<(Rect, FeatureSet, Grid<f32>)>,
    pixels: Vec<u8>,
    small: Vec<u8>,
}

/// The numbers the page shows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    epoch: usize,
    step_in_epoch: usize,
    steps_per_epoch: usize,
    train_loss: Option<f64>,
    test_loss: Option<f64>,
    train_accuracy: Option<f64>,
    test_accuracy: Option<f64>,
    batch_loss: Option<f64>,
    /// `"training"`, `"diverged"` or `"unavailable"`.
    status: &'static str,
    /// Why there is no run (`"unavailable"`), as `{ key, vars }` of the page's string table.
    problem: Option<Notice>,
    /// Widths of every layer, inputs first.
    widths: Vec<usize>,
    /// Per hidden layer, which neurons output 0 for every training point (marked as dead).
    inactive: Vec<Vec<bool>>,
    /// The "dying ReLU" notice, when a whole ReLU layer is inactive on the training set.
    dead: Option<Notice>,
}

/// The notice naming "dying ReLU" when the hidden layers `dead` (from 0) output 0 for every
/// training point under ReLU (other activations do not die this way).
fn dying_relu(dead: &[usize], activation: Activation) -> Option<Notice> {
    if dead.is_empty() || activation != Activation::Relu {
        return None;
    }
    let layers: Vec<String> = dead.iter().map(|l| (l + 1).to_string()).collect();
    Some(Notice::new("notice.deadHelp", [("layers", layers.join(", "))]))
}

#[wasm_bindgen]
impl Playground {
    /// The numbers to show now.
    pub fn stats(&self) -> Result<JsValue, JsError> {
        let widths = self.widths();
        let stats = match &self.run {
            Run::Ready { trainer, .. } => {
                let last = trainer.history().last().copied();
                Stats {
                    epoch: trainer.epoch_count(),
                    step_in_epoch: trainer.step_in_epoch(),
                    steps_per_epoch: trainer.steps_per_epoch(),
                    train_loss: last.map(|s| s.train_loss),
                    test_loss: last.and_then(|s| s.test_loss),
                    train_accuracy: last.and_then(|s| s.train_accuracy),
                    test_accuracy: last.and_then(|s| s.test_accuracy),
                    batch_loss: trainer.last_batch_loss(),
                    status: if trainer.status() == Status::Training { "training" } else { "diverged" },
                    problem: None,
                    widths,
                    inactive: trainer.inactive_units().to_vec(),
                    dead: dying_relu(&trainer.dead_layers(), self.state.settings.activation),
                }
            }
            Run::Unavailable { problem, .. } => Stats {
                epoch: 0,
                step_in_epoch: 0,
                steps_per_epoch: 0,
                train_loss: None,
                test_loss: None,
                train_accuracy: None,
                test_accuracy: None,
                batch_loss: None,
                status: "unavailable",
                problem: Some(problem.into()),
                widths,
                inactive: Vec::new(),
                dead: None,
            },
        };
        crate::js::to_js(&stats)
    }

    /// Widths of every layer, inputs first (known even when there is no run).
    pub fn widths(&self) -> Vec<usize> {
        let s = &self.state.settings;
        let outputs = match s.output {
            asaku_core::layers::Output::Softmax => s.data.kind.task().classes().unwrap_or(2),
            _ => 1,
        };
        [vec![s.features.len()], s.hidden.clone(), vec![outputs]].concat()
    }

    /// One grid sweep, then every heatmap: `plot` shows the output, or the map at `focus` of
    /// the flat thumbnail order (features, hidden neurons, output — one map per class under
    /// softmax) when `focus ≥ 0`; `thumbnails` are painted in that order.
    pub fn draw(
        &mut self,
        plot: &HtmlCanvasElement,
        thumbnails: js_sys::Array,
        focus: i32,
    ) -> Result<(), JsValue> {
        let Run::Ready { trainer, split } = &self.run else {
            return self.draw_empty(plot, &thumbnails);
        };
        let features = &self.state.settings.features;
        let buffers = &mut self.draw;
        let domain = split.train.domain;
        if buffers.grid.as_ref().is_none_or(|(d, f, _)| *d != domain || f != features) {
            buffers.grid = Some((
                domain,
                features.clone(),
                Grid::new(RESOLUTION, domain, features).expect("RESOLUTION is within the grid limits"),
            ));
        }
        let (_, _, grid) = buffers.grid.as_mut().expect("just made");
        let network = trainer.network();
        grid.sweep(network);
        let output = network.spec().output;
        let outputs = grid.output().ncols();
        let hidden = &self.state.settings.hidden;
        let discrete = self.state.view.discrete;
        let n = RESOLUTION as u32;
        let small = (RESOLUTION / THUMBNAIL_STRIDE) as u32;
        for (i, canvas) in thumbnails.iter().enumerate() {
            let map = maps::Map::from_index(i, features.len(), hidden, outputs);
            maps::paint(
                grid,
                output,
                map,
                Shading { discrete: discrete && map == maps::Map::Output, strength: 1.0 },
                &mut buffers.pixels,
            );
            crate::color::downsample(&buffers.pixels, RESOLUTION, THUMBNAIL_STRIDE, &mut buffers.small);
            crate::draw::canvas::put_square(&canvas.dyn_into()?, small, &buffers.small)?;
        }
        let focus = usize::try_from(focus)
            .map_or(maps::Map::Output, |i| maps::Map::from_index(i, features.len(), hidden, outputs));
        let shading =
            Shading { discrete: discrete && focus == maps::Map::Output, strength: BACKGROUND_STRENGTH };
        maps::paint(grid, output, focus, shading, &mut buffers.pixels);
        crate::draw::canvas::put_square(plot, n, &buffers.pixels)
    }

    /// Without a run every map is blank (neutral).
    fn draw_empty(&mut self, plot: &HtmlCanvasElement, thumbnails: &js_sys::Array) -> Result<(), JsValue> {
        let n = RESOLUTION as u32;
        self.draw.pixels.clear();
        let [r, g, b] = crate::color::NEUTRAL;
        self.draw.pixels.extend(std::iter::repeat_n([r, g, b, 255], RESOLUTION * RESOLUTION).flatten());
        for canvas in thumbnails.iter() {
            crate::draw::canvas::put_square(&canvas.dyn_into()?, n, &self.draw.pixels)?;
        }
        crate::draw::canvas::put_square(plot, n, &self.draw.pixels)
    }

    /// Draws the data points on the overlay canvas (test points too when the view says so).
    #[wasm_bindgen(js_name = drawPoints)]
    pub fn draw_points(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        let split = match &self.run {
            Run::Ready { split, .. } | Run::Unavailable { split: Some(split), .. } => split,
            Run::Unavailable { split: None, .. } => {
                let ctx = crate::draw::canvas::context(canvas)?;
                ctx.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
                return Ok(());
            }
        };
        let test = self.state.view.show_test.then_some(&split.test);
        points::draw_points(canvas, &split.train, test, POINT_RADIUS)
    }

    /// Draws the training and test loss against the epoch, through at most
    /// [`asaku_core::train::MAX_DECIMATED`] epochs however long the run.
    #[wasm_bindgen(js_name = drawLoss)]
    pub fn draw_loss(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        let epochs = match &self.run {
            Run::Ready { trainer, .. } => trainer.history().decimated(),
            Run::Unavailable { .. } => Vec::new(),
        };
        chart::draw_loss(canvas, &epochs)
    }

    /// Draws the hidden activation and its derivative.
    #[wasm_bindgen(js_name = drawActivation)]
    pub fn draw_activation(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        chart::draw_activation(canvas, self.state.settings.activation)
    }
}
