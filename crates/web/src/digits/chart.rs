//! The digits tab's two charts, as in the book's figures: the loss of every mini-batch against
//! iterations (4.5), and the training and test accuracy against epochs (4.5, 5.7), on the
//! shared axes of [`crate::draw::axes`]. Numbers only: the page writes the axes' titles beside
//! the canvases, in the page's language.

use crate::color::{BLUE, ORANGE};
use crate::draw::axes::{grid, noisy_line, polyline, ticks, Axes, LabelBox};
use crate::draw::canvas::{context, css, dash, pixel_ratio};
use asaku_core::train::EpochStats;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Most ticks on an axis.
const TICKS: usize = 5;

/// A chart's frame as drawn: the context, the axes, the pixel ratio and where the tick numbers
/// were written.
type Frame = (CanvasRenderingContext2d, Axes, f64, Vec<LabelBox>);

/// Clears the canvas and draws axes for `x ∈ [0, x_max]` and `y ∈ [0, y_max]`, with integer
/// ticks on `x`.
fn frame(canvas: &HtmlCanvasElement, x_max: f64, y_max: f64) -> Result<Frame, JsValue> {
    let ctx = context(canvas)?;
    let (w, h, ratio) = (f64::from(canvas.width()), f64::from(canvas.height()), pixel_ratio(canvas));
    ctx.clear_rect(0.0, 0.0, w, h);
    let a = Axes::new(w, h, ratio, x_max, y_max);
    let labels = grid(&ctx, a, ratio, &ticks(x_max, TICKS, 1.0), &ticks(y_max, TICKS, 0.0))?;
    Ok((ctx, a, ratio, labels))
}

/// The largest finite loss, or 1 when there is none yet (the axis of an empty chart).
fn loss_top(losses: &[f32]) -> f64 {
    let top = losses.iter().copied().filter(|l| l.is_finite()).fold(0.0f32, f32::max);
    if top > 0.0 {
        f64::from(top)
    } else {
        1.0
    }
}

/// The loss of each mini-batch against iterations (at least 10 shown). Returns where the tick
/// numbers were written.
pub fn draw_losses(canvas: &HtmlCanvasElement, losses: &[f32]) -> Result<Vec<LabelBox>, JsValue> {
    let (ctx, a, ratio, labels) = frame(canvas, losses.len().max(10) as f64, loss_top(losses))?;
    ctx.set_stroke_style_str(&css(BLUE));
    ctx.set_line_width(ratio);
    let points: Vec<(f64, f64)> = losses.iter().enumerate().map(|(i, &l)| (i as f64, f64::from(l))).collect();
    noisy_line(&ctx, a, ratio, &points);
    Ok(labels)
}

/// The training (blue, solid) and test (orange, dashed) accuracy at each epoch's end, from 0
/// to 1. Returns where the tick numbers were written.
pub fn draw_accuracy(canvas: &HtmlCanvasElement, epochs: &[EpochStats]) -> Result<Vec<LabelBox>, JsValue> {
    let last = epochs.last().map_or(1, |s| s.epoch.max(1));
    let (ctx, a, ratio, labels) = frame(canvas, last as f64, 1.0)?;
    ctx.set_line_width(2.0 * ratio);
    let line = |pick: fn(&EpochStats) -> Option<f64>| {
        epochs.iter().map(move |s| (a.px(s.epoch as f64), a.py(pick(s).unwrap_or(f64::NAN))))
    };
    ctx.set_stroke_style_str(&css(BLUE));
    polyline(&ctx, line(|s| s.train_accuracy));
    ctx.set_stroke_style_str(&css(ORANGE));
    ctx.set_line_dash(&dash(5.0 * ratio))?;
    polyline(&ctx, line(|s| s.test_accuracy));
    ctx.set_line_dash(&dash(0.0))?;
    Ok(labels)
}

#[cfg(test)]
mod tests {
    use super::loss_top;

    #[test]
    fn an_empty_loss_chart_shows_zero_to_one() {
        assert_eq!(loss_top(&[]), 1.0);
        assert_eq!(loss_top(&[f32::NAN, f32::INFINITY]), 1.0);
        assert_eq!(loss_top(&[2.5, 0.5, f32::NAN]), 2.5);
    }
}
