//! The loss lesson's picture: `−log y` for `y` from 0 to 1 (the book's figure 4-3), with its
//! axes and a marker at the target class's `y`, which is where the cross-entropy is read off.

use crate::color::{BLUE, ORANGE};
use crate::draw::canvas::{context, css, dash, pixel_ratio, ringed_dot};
use asaku_core::functions::loss::CROSS_ENTROPY_DELTA;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

/// The largest `−log y` shown; above it the curve leaves the plot (it reaches 16.1 at `y = 0`).
pub const TOP: f64 = 5.0;

/// The curve's value at `y`, as the cross-entropy computes it: `−log(y + δ)`.
pub fn minus_log(y: f64) -> f64 {
    -(y + CROSS_ENTROPY_DELTA).ln()
}

/// The plot area inside a `width × height` canvas, as `(left, top, right, bottom)` pixels,
/// leaving room for the tick labels at `ratio` device pixels per CSS pixel.
pub fn area(width: f64, height: f64, ratio: f64) -> (f64, f64, f64, f64) {
    (36.0 * ratio, 12.0 * ratio, width - 14.0 * ratio, height - 30.0 * ratio)
}

/// Draws the plot on `canvas`, with the marker at `(y, −log(y + δ))` (held at the top edge when
/// the value is above [`TOP`]).
pub fn draw(canvas: &HtmlCanvasElement, y: f64) -> Result<(), JsValue> {
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    let ratio = pixel_ratio(canvas);
    let (left, top, right, bottom) = area(w, h, ratio);
    let px = |x: f64| left + x * (right - left);
    let py = |v: f64| bottom - v.min(TOP) / TOP * (bottom - top);
    let ctx = context(canvas)?;
    ctx.clear_rect(0.0, 0.0, w, h);
    ctx.set_font(&format!("{}px sans-serif", 12.0 * ratio));
    ctx.set_fill_style_str("#5a656d");
    ctx.set_stroke_style_str("rgba(0, 0, 0, 0.12)");
    ctx.set_line_width(ratio);
    ctx.set_text_align("center");
    for i in 0..=4 {
        let x = f64::from(i) / 4.0;
        ctx.begin_path();
        ctx.move_to(px(x), top);
        ctx.line_to(px(x), bottom);
        ctx.stroke();
        ctx.fill_text(&format!("{x}"), px(x), bottom + 16.0 * ratio)?;
    }
    ctx.set_text_align("right");
    for i in 0..=TOP as u32 {
        let v = f64::from(i);
        ctx.begin_path();
        ctx.move_to(left, py(v));
        ctx.line_to(right, py(v));
        ctx.stroke();
        ctx.fill_text(&format!("{i}"), left - 6.0 * ratio, py(v) + 4.0 * ratio)?;
    }
    ctx.fill_text("y", px(0.875), bottom + 16.0 * ratio)?;
    ctx.set_text_align("left");
    ctx.fill_text("−log y", left + 6.0 * ratio, top + 14.0 * ratio)?;
    // The axes.
    ctx.set_stroke_style_str("#1d2327");
    ctx.begin_path();
    ctx.move_to(left, top);
    ctx.line_to(left, bottom);
    ctx.line_to(right, bottom);
    ctx.stroke();
    // The curve, from where it enters the plot (y = e^−TOP) to y = 1.
    ctx.set_stroke_style_str(&css(BLUE));
    ctx.set_line_width(2.5 * ratio);
    ctx.begin_path();
    let steps = 200;
    let start = (-TOP).exp();
    for i in 0..=steps {
        let x = start + (1.0 - start) * f64::from(i) / f64::from(steps);
        if i == 0 {
            ctx.move_to(px(x), py(minus_log(x)));
        } else {
            ctx.line_to(px(x), py(minus_log(x)));
        }
    }
    ctx.stroke();
    // The marker, with dashed guides to both axes.
    let (mx, my) = (px(y), py(minus_log(y)));
    ctx.set_stroke_style_str(&css(ORANGE));
    ctx.set_line_width(1.5 * ratio);
    ctx.set_line_dash(&dash(4.0 * ratio))?;
    ctx.begin_path();
    ctx.move_to(mx, bottom);
    ctx.line_to(mx, my);
    ctx.line_to(left, my);
    ctx.stroke();
    ctx.set_line_dash(&dash(0.0))?;
    ringed_dot(&ctx, (mx, my), 7.0 * ratio, &css(ORANGE), 2.0 * ratio)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curve_is_the_cross_entropy_of_one_class() {
        assert!((minus_log(0.6) - 0.510_825_457).abs() < 1e-6);
        assert!(minus_log(1.0).abs() < 1e-6);
        assert!(minus_log(0.0) > TOP, "at 0 the curve is above the plot");
        let (l, t, r, b) = area(400.0, 300.0, 1.0);
        assert!(l < r && t < b);
    }
}
