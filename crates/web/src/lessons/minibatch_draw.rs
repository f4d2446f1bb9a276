//! The mini-batch lesson's charts: for one run, the loss of every mini-batch (thin, orange) and
//! the training loss at each epoch's end (bold, blue) against epochs, on a loss axis shared by
//! the three runs so their noise compares. Numbers only, so the charts need no translation.

use super::minibatch::Run;
use crate::color::{BLUE, ORANGE};
use crate::draw::canvas::{context, css, pixel_ratio};
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Epoch steps the x axis's ticks may take: the first giving at most 6 ticks.
const TICK_STEPS: [usize; 8] = [1, 2, 5, 10, 20, 25, 50, 100];

/// Maps `x ∈ [0, epochs]` and `L ∈ [0, top]` onto the plot area of a canvas.
#[derive(Clone, Copy)]
struct Axes {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    epochs: f64,
    loss_top: f64,
}

impl Axes {
    /// The plot area of a `w × h` canvas at `ratio` device pixels per CSS pixel, leaving room
    /// for the tick labels.
    fn new(w: f64, h: f64, ratio: f64, epochs: usize, loss_top: f64) -> Axes {
        Axes {
            left: 40.0 * ratio,
            top: 8.0 * ratio,
            right: w - 10.0 * ratio,
            bottom: h - 22.0 * ratio,
            epochs: epochs.max(1) as f64,
            loss_top,
        }
    }

    fn px(self, x: f64) -> f64 {
        self.left + x / self.epochs * (self.right - self.left)
    }

    /// The pixel row of loss `l`, held inside the plot (a loss above the top sits on its edge).
    fn py(self, l: f64) -> f64 {
        self.bottom - (l / self.loss_top).clamp(0.0, 1.0) * (self.bottom - self.top)
    }
}

/// Grid lines at quarters of the loss axis and at epoch ticks, with their numbers.
fn grid(ctx: &CanvasRenderingContext2d, a: Axes, ratio: f64) -> Result<(), JsValue> {
    ctx.set_font(&format!("{}px sans-serif", (11.0 * ratio).round()));
    ctx.set_fill_style_str("#5a656d");
    ctx.set_stroke_style_str("rgba(0, 0, 0, 0.1)");
    ctx.set_line_width(ratio);
    ctx.set_text_align("right");
    for i in 0..=4 {
        let l = a.loss_top * f64::from(i) / 4.0;
        line(ctx, (a.left, a.py(l)), (a.right, a.py(l)));
        ctx.fill_text(&format!("{}", round2(l)), a.left - 4.0 * ratio, a.py(l) + 4.0 * ratio)?;
    }
    ctx.set_text_align("center");
    let epochs = a.epochs as usize;
    let step = TICK_STEPS.into_iter().find(|s| epochs / s <= 6).unwrap_or(epochs.div_ceil(6).max(1));
    for e in (0..=epochs).step_by(step) {
        line(ctx, (a.px(e as f64), a.top), (a.px(e as f64), a.bottom));
        ctx.fill_text(&e.to_string(), a.px(e as f64), a.bottom + 15.0 * ratio)?;
    }
    ctx.set_stroke_style_str("#1d2327");
    ctx.begin_path();
    ctx.move_to(a.left, a.top);
    ctx.line_to(a.left, a.bottom);
    ctx.line_to(a.right, a.bottom);
    ctx.stroke();
    Ok(())
}

fn line(ctx: &CanvasRenderingContext2d, from: (f64, f64), to: (f64, f64)) {
    ctx.begin_path();
    ctx.move_to(from.0, from.1);
    ctx.line_to(to.0, to.1);
    ctx.stroke();
}

/// `v` to 2 significant digits, for tick labels.
fn round2(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(1 - v.abs().log10().floor() as i32);
    (v * scale).round() / scale
}

/// A polyline through the finite points.
fn polyline(ctx: &CanvasRenderingContext2d, points: impl Iterator<Item = (f64, f64)>) {
    ctx.begin_path();
    let mut first = true;
    for (x, y) in points.filter(|(_, y)| y.is_finite()) {
        if first {
            ctx.move_to(x, y);
        } else {
            ctx.line_to(x, y);
        }
        first = false;
    }
    ctx.stroke();
}

/// The mini-batch losses: a thin line through every one, or, when there are more than two per
/// pixel column, a stroke from the lowest to the highest loss in each column (the same band,
/// drawn in one pass over the columns).
fn batch_losses(ctx: &CanvasRenderingContext2d, a: Axes, losses: &[[f64; 2]], ratio: f64) {
    ctx.set_stroke_style_str(&format!("rgba({}, {}, {}, 0.75)", ORANGE[0], ORANGE[1], ORANGE[2]));
    ctx.set_line_width(ratio);
    let columns = (a.right - a.left).max(1.0) as usize;
    if losses.len() <= 2 * columns {
        polyline(ctx, losses.iter().map(|p| (a.px(p[0]), a.py(p[1]))));
        return;
    }
    let mut band = vec![(f64::INFINITY, f64::NEG_INFINITY); columns + 1];
    for p in losses.iter().filter(|p| p[1].is_finite()) {
        let c = ((a.px(p[0]) - a.left).max(0.0) as usize).min(columns);
        band[c] = (band[c].0.min(p[1]), band[c].1.max(p[1]));
    }
    ctx.begin_path();
    for (c, &(lo, hi)) in band.iter().enumerate().filter(|(_, b)| b.0 <= b.1) {
        let x = a.left + c as f64 + 0.5;
        ctx.move_to(x, a.py(lo) + 0.5 * ratio);
        ctx.line_to(x, a.py(hi) - 0.5 * ratio);
    }
    ctx.stroke();
}

/// Draws `run`'s curves on `canvas`, x from 0 to `epochs` (at least 1), loss from 0 to `top`.
pub fn draw_run(canvas: &HtmlCanvasElement, run: &Run, epochs: usize, top: f64) -> Result<(), JsValue> {
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    let ratio = pixel_ratio(canvas);
    let ctx = context(canvas)?;
    ctx.clear_rect(0.0, 0.0, w, h);
    let a = Axes::new(w, h, ratio, epochs, top);
    grid(&ctx, a, ratio)?;
    batch_losses(&ctx, a, run.batch_losses(), ratio);
    let epochs = run.trainer().history().decimated();
    ctx.set_stroke_style_str(&css(BLUE));
    ctx.set_fill_style_str(&css(BLUE));
    ctx.set_line_width(3.0 * ratio);
    polyline(&ctx, epochs.iter().map(|s| (a.px(s.epoch as f64), a.py(s.train_loss))));
    // The newest epoch's loss as a dot, so epoch 0 alone shows too.
    let last = epochs.last().expect("a trainer's history starts at epoch 0");
    ctx.begin_path();
    ctx.arc(a.px(last.epoch as f64), a.py(last.train_loss), 3.5 * ratio, 0.0, std::f64::consts::TAU)?;
    ctx.fill();
    Ok(())
}
