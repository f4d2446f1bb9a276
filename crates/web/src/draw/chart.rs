//! Line charts: the loss curve and the activation panel, with axes.

use super::canvas::{context, css, pixel_ratio};
use crate::color::{BLUE, ORANGE};
use asaku_core::functions::Activation;
use asaku_core::train::EpochStats;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Axis colour.
const AXIS: &str = "#999";
/// Second series colour (test loss).
const GREY: [u8; 3] = [90, 90, 90];

/// A rectangle of data values drawn into a canvas, with a margin for tick labels.
struct Plot {
    ctx: CanvasRenderingContext2d,
    ratio: f64,
    width: f64,
    height: f64,
    x: (f64, f64),
    y: (f64, f64),
}

impl Plot {
    fn new(canvas: &HtmlCanvasElement, x: (f64, f64), y: (f64, f64)) -> Result<Plot, JsValue> {
        let ctx = context(canvas)?;
        let (width, height) = (f64::from(canvas.width()), f64::from(canvas.height()));
        ctx.clear_rect(0.0, 0.0, width, height);
        Ok(Plot { ctx, ratio: pixel_ratio(canvas), width, height, x, y })
    }

    fn px(&self, x: f64, y: f64) -> (f64, f64) {
        let m = 4.0 * self.ratio;
        let px = m + (x - self.x.0) / (self.x.1 - self.x.0) * (self.width - 2.0 * m);
        let py = m + (self.y.1 - y) / (self.y.1 - self.y.0) * (self.height - 2.0 * m);
        (px, py)
    }

    fn line(
        &self,
        points: impl Iterator<Item = (f64, f64)>,
        color: &str,
        dashed: bool,
    ) -> Result<(), JsValue> {
        let ctx = &self.ctx;
        ctx.set_stroke_style_str(color);
        ctx.set_line_width(2.0 * self.ratio);
        let dash = if dashed { vec![5.0 * self.ratio, 4.0 * self.ratio] } else { vec![] };
        ctx.set_line_dash(&serde_wasm_bindgen::to_value(&dash)?)?;
        ctx.begin_path();
        let mut first = true;
        for (x, y) in points.filter(|(_, y)| y.is_finite()) {
            let (px, py) = self.px(x, y.clamp(self.y.0, self.y.1));
            if first {
                ctx.move_to(px, py)
            } else {
                ctx.line_to(px, py)
            }
            first = false;
        }
        ctx.stroke();
        ctx.set_line_dash(&serde_wasm_bindgen::to_value(&Vec::<f64>::new())?)
    }

    /// `top` at the top-left corner (the largest value shown) and `right` at the bottom-right.
    fn corner_labels(&self, top: &str, right: &str) -> Result<(), JsValue> {
        let r = self.ratio;
        self.ctx.set_fill_style_str("#555");
        self.ctx.set_font(&format!("{}px sans-serif", (11.0 * r).round()));
        self.ctx.set_text_align("left");
        self.ctx.fill_text(top, 6.0 * r, 14.0 * r)?;
        self.ctx.set_text_align("right");
        self.ctx.fill_text(right, self.width - 6.0 * r, self.height - 6.0 * r)?;
        self.ctx.set_text_align("left");
        Ok(())
    }

    fn axes_through_zero(&self) -> Result<(), JsValue> {
        let (x0, y0) = (0.0f64.clamp(self.x.0, self.x.1), 0.0f64.clamp(self.y.0, self.y.1));
        self.line([(self.x.0, y0), (self.x.1, y0)].into_iter(), AXIS, false)?;
        self.line([(x0, self.y.0), (x0, self.y.1)].into_iter(), AXIS, false)?;
        self.ctx.set_fill_style_str("#555");
        self.ctx.set_font(&format!("{}px sans-serif", (11.0 * self.ratio).round()));
        for tick in (self.x.0.ceil() as i32)..=(self.x.1.floor() as i32) {
            let (px, py) = self.px(f64::from(tick), y0);
            self.ctx.fill_rect(px - 0.5 * self.ratio, py - 3.0 * self.ratio, self.ratio, 6.0 * self.ratio);
            if tick != 0 {
                self.ctx.fill_text(&tick.to_string(), px - 3.0 * self.ratio, py + 14.0 * self.ratio)?;
            }
        }
        for tick in [self.y.0.ceil(), self.y.1.floor()] {
            let (px, py) = self.px(x0, tick);
            self.ctx.fill_text(&format!("{tick}"), px + 5.0 * self.ratio, py + 4.0 * self.ratio)?;
        }
        Ok(())
    }
}

/// The training loss (blue) and test loss (grey) against the epoch, through the `epochs` given
/// (in order), from 0 to the largest loss among them.
pub fn draw_loss(canvas: &HtmlCanvasElement, epochs: &[EpochStats]) -> Result<(), JsValue> {
    let losses = epochs.iter().flat_map(|s| [Some(s.train_loss), s.test_loss]).flatten();
    let top = losses.filter(|v| v.is_finite()).fold(0.0, f64::max);
    let last = epochs.last().map_or(0, |s| s.epoch);
    let plot = Plot::new(canvas, (0.0, last.max(1) as f64), (0.0, if top > 0.0 { top } else { 1.0 }))?;
    let test = epochs.iter().filter_map(|s| Some((s.epoch as f64, s.test_loss?)));
    plot.line(test, &css(GREY), false)?;
    plot.line(epochs.iter().map(|s| (s.epoch as f64, s.train_loss)), &css(BLUE), false)?;
    // Numbers only, so the chart needs no translation: the largest loss, and the last epoch.
    plot.corner_labels(&format!("{:.3}", plot.y.1), &last.to_string())
}

/// Inputs shown by the activation panel: `a ∈ [−4, 4]`.
const A_RANGE: (f64, f64) = (-4.0, 4.0);
/// Samples per curve.
const SAMPLES: usize = 161;

/// `h(a)` (solid blue) and `h'(a)` (dashed orange) over `a ∈ [−4, 4]` with axes; the value range
/// fits both curves, within `[−4, 4]`.
pub fn draw_activation(canvas: &HtmlCanvasElement, activation: Activation) -> Result<(), JsValue> {
    let a: Vec<f64> =
        (0..SAMPLES).map(|i| A_RANGE.0 + (A_RANGE.1 - A_RANGE.0) * i as f64 / (SAMPLES - 1) as f64).collect();
    let h: Vec<(f64, f64)> = a.iter().map(|&x| (x, activation.apply(x))).collect();
    let dh: Vec<(f64, f64)> = a.iter().map(|&x| (x, activation.derivative(x))).collect();
    let ys = h.iter().chain(&dh).map(|p| p.1);
    let (lo, hi) = ys.fold((-1.0f64, 1.0f64), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let plot = Plot::new(canvas, A_RANGE, (lo.max(-4.0) - 0.2, hi.min(4.0) + 0.2))?;
    plot.axes_through_zero()?;
    plot.line(dh.into_iter(), &css(ORANGE), true)?;
    plot.line(h.into_iter(), &css(BLUE), false)
}
