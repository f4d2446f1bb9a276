//! The mini-batch lesson's charts: for one run, the loss of every mini-batch (thin, orange) and
//! the training loss at each epoch's end (bold, blue) against epochs, on a loss axis shared by
//! the three runs so their noise compares. Numbers only, so the charts need no translation.

use super::minibatch::Run;
use crate::color::{BLUE, ORANGE};
use crate::draw::axes::{grid, noisy_line, polyline, Axes};
use crate::draw::canvas::{context, css, pixel_ratio};
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Epoch steps the x axis's ticks may take: the first giving at most 6 ticks.
const TICK_STEPS: [usize; 8] = [1, 2, 5, 10, 20, 25, 50, 100];

/// Grid lines at quarters of the loss axis (`0` to `a.y_max`) and at epoch ticks, with their
/// numbers.
fn axes_grid(ctx: &CanvasRenderingContext2d, a: Axes, ratio: f64) -> Result<(), JsValue> {
    let losses: Vec<(f64, String)> =
        (0..=4).map(|i| a.y_max * f64::from(i) / 4.0).map(|l| (l, format!("{}", round2(l)))).collect();
    let epochs = a.x_max as usize;
    let step = TICK_STEPS.into_iter().find(|s| epochs / s <= 6).unwrap_or(epochs.div_ceil(6).max(1));
    let epoch_ticks: Vec<(f64, String)> =
        (0..=epochs).step_by(step).map(|e| (e as f64, e.to_string())).collect();
    grid(ctx, a, ratio, &epoch_ticks, &losses).map(drop)
}

/// `v` to 2 significant digits, for tick labels.
fn round2(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(1 - v.abs().log10().floor() as i32);
    (v * scale).round() / scale
}

/// Draws `run`'s curves on `canvas`, x from 0 to `epochs` (at least 1), loss from 0 to `top`.
pub fn draw_run(canvas: &HtmlCanvasElement, run: &Run, epochs: usize, top: f64) -> Result<(), JsValue> {
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    let ratio = pixel_ratio(canvas);
    let ctx = context(canvas)?;
    ctx.clear_rect(0.0, 0.0, w, h);
    let a = Axes::new(w, h, ratio, epochs.max(1) as f64, top);
    axes_grid(&ctx, a, ratio)?;
    // The mini-batch losses, thin and orange.
    ctx.set_stroke_style_str(&format!("rgba({}, {}, {}, 0.75)", ORANGE[0], ORANGE[1], ORANGE[2]));
    ctx.set_line_width(ratio);
    let batches: Vec<(f64, f64)> = run.batch_losses().iter().map(|p| (p[0], p[1])).collect();
    noisy_line(&ctx, a, ratio, &batches);
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
