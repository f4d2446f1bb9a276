//! The digits tab's two charts, as in the book's figures: the loss of every mini-batch against
//! iterations (4.5), and the training and test accuracy against epochs (4.5, 5.7). Numbers only,
//! so the charts need no translation.

use crate::color::{BLUE, ORANGE};
use crate::draw::canvas::{context, css, dash, pixel_ratio};
use asaku_core::train::EpochStats;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Maps `x ∈ [0, x_max]` and `y ∈ [0, y_max]` onto a canvas, leaving room for tick labels.
#[derive(Clone, Copy)]
struct Axes {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    x_max: f64,
    y_max: f64,
}

impl Axes {
    fn new(canvas: &HtmlCanvasElement, x_max: f64, y_max: f64) -> Axes {
        let (w, h, r) = (f64::from(canvas.width()), f64::from(canvas.height()), pixel_ratio(canvas));
        Axes { left: 44.0 * r, top: 8.0 * r, right: w - 10.0 * r, bottom: h - 22.0 * r, x_max, y_max }
    }

    fn px(self, x: f64) -> f64 {
        self.left + x / self.x_max * (self.right - self.left)
    }

    /// The pixel row of `y`, held inside the plot.
    fn py(self, y: f64) -> f64 {
        self.bottom - (y / self.y_max).clamp(0.0, 1.0) * (self.bottom - self.top)
    }
}

/// A tick step for `0..=max` giving at most about 5 ticks: 1, 2 or 5 times a power of ten.
fn tick_step(max: f64) -> f64 {
    let rough = (max / 5.0).max(f64::MIN_POSITIVE);
    let power = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= rough).unwrap_or(10.0 * power)
}

/// Clears the canvas and draws the frame, grid lines and tick numbers; returns the context.
fn frame(canvas: &HtmlCanvasElement, a: Axes) -> Result<CanvasRenderingContext2d, JsValue> {
    let ctx = context(canvas)?;
    let r = pixel_ratio(canvas);
    ctx.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    ctx.set_font(&format!("{}px sans-serif", (11.0 * r).round()));
    ctx.set_fill_style_str("#5a656d");
    ctx.set_stroke_style_str("rgba(0, 0, 0, 0.1)");
    ctx.set_line_width(r);
    ctx.set_text_align("right");
    let step = tick_step(a.y_max);
    for i in 0..=((a.y_max / step + 1e-9).floor() as usize) {
        let y = i as f64 * step;
        segment(&ctx, (a.left, a.py(y)), (a.right, a.py(y)));
        ctx.fill_text(&format!("{}", (y * 1000.0).round() / 1000.0), a.left - 4.0 * r, a.py(y) + 4.0 * r)?;
    }
    ctx.set_text_align("center");
    let step = tick_step(a.x_max).max(1.0);
    for i in 0..=((a.x_max / step + 1e-9).floor() as usize) {
        let x = i as f64 * step;
        segment(&ctx, (a.px(x), a.top), (a.px(x), a.bottom));
        ctx.fill_text(&format!("{x}"), a.px(x), a.bottom + 15.0 * r)?;
    }
    ctx.set_stroke_style_str("#1d2327");
    segment(&ctx, (a.left, a.top), (a.left, a.bottom));
    segment(&ctx, (a.left, a.bottom), (a.right, a.bottom));
    Ok(ctx)
}

fn segment(ctx: &CanvasRenderingContext2d, from: (f64, f64), to: (f64, f64)) {
    ctx.begin_path();
    ctx.move_to(from.0, from.1);
    ctx.line_to(to.0, to.1);
    ctx.stroke();
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

/// The loss of each mini-batch against iterations: a line through every one, or, when there
/// are more than two per pixel column, a stroke from the lowest to the highest in each column.
pub fn draw_losses(canvas: &HtmlCanvasElement, losses: &[f32]) -> Result<(), JsValue> {
    let top = losses.iter().copied().filter(|l| l.is_finite()).fold(0.0f32, f32::max).max(1e-3);
    let a = Axes::new(canvas, losses.len().max(10) as f64, f64::from(top));
    let ctx = frame(canvas, a)?;
    ctx.set_stroke_style_str(&css(BLUE));
    ctx.set_line_width(pixel_ratio(canvas));
    let columns = (a.right - a.left).max(1.0) as usize;
    if losses.len() <= 2 * columns {
        polyline(&ctx, losses.iter().enumerate().map(|(i, &l)| (a.px(i as f64), a.py(f64::from(l)))));
        return Ok(());
    }
    let mut band = vec![(f32::INFINITY, f32::NEG_INFINITY); columns + 1];
    for (i, &l) in losses.iter().enumerate().filter(|(_, l)| l.is_finite()) {
        let c = ((a.px(i as f64) - a.left) as usize).min(columns);
        band[c] = (band[c].0.min(l), band[c].1.max(l));
    }
    ctx.begin_path();
    for (c, &(lo, hi)) in band.iter().enumerate().filter(|(_, b)| b.0 <= b.1) {
        let x = a.left + c as f64 + 0.5;
        ctx.move_to(x, a.py(f64::from(lo)) + 0.5);
        ctx.line_to(x, a.py(f64::from(hi)) - 0.5);
    }
    ctx.stroke();
    Ok(())
}

/// The training (blue, solid) and test (orange, dashed) accuracy at each epoch's end, from 0
/// to 1.
pub fn draw_accuracy(canvas: &HtmlCanvasElement, epochs: &[EpochStats]) -> Result<(), JsValue> {
    let last = epochs.last().map_or(1, |s| s.epoch.max(1));
    let a = Axes::new(canvas, last as f64, 1.0);
    let ctx = frame(canvas, a)?;
    let r = pixel_ratio(canvas);
    ctx.set_line_width(2.0 * r);
    let line = |pick: fn(&EpochStats) -> Option<f64>| {
        epochs.iter().map(move |s| (a.px(s.epoch as f64), a.py(pick(s).unwrap_or(f64::NAN))))
    };
    ctx.set_stroke_style_str(&css(BLUE));
    polyline(&ctx, line(|s| s.train_accuracy));
    ctx.set_stroke_style_str(&css(ORANGE));
    ctx.set_line_dash(&dash(5.0 * r))?;
    polyline(&ctx, line(|s| s.test_accuracy));
    ctx.set_line_dash(&dash(0.0))?;
    Ok(())
}
