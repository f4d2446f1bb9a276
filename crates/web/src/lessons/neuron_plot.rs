//! The neuron lesson's picture: the activation `h(a)` (blue) and its derivative `h′(a)`
//! (orange, dashed) for `a` from −[`SPAN`] to [`SPAN`], with the current `a` marked on both.

use crate::color::{BLUE, ORANGE};
use crate::draw::canvas::{context, css, dash, pixel_ratio, ringed_dot};
use asaku_core::functions::Activation;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The plot shows `a` in `−SPAN..=SPAN`.
pub const SPAN: f64 = 5.0;
/// The values shown, `LOW..=HIGH`; curves beyond them leave the plot.
pub const LOW: f64 = -1.5;
/// See [`LOW`].
pub const HIGH: f64 = 2.5;

/// The plot area inside a `width × height` canvas, as `(left, top, right, bottom)` pixels.
pub fn area(width: f64, height: f64, ratio: f64) -> (f64, f64, f64, f64) {
    (30.0 * ratio, 10.0 * ratio, width - 10.0 * ratio, height - 24.0 * ratio)
}

/// Draws `h` and `h′` of `h` on `canvas`, with dots at `(a, h(a))` and `(a, h′(a))` (`a` held
/// at the plot's edge when it lies outside).
pub fn draw(canvas: &HtmlCanvasElement, h: Activation, a: f64) -> Result<(), JsValue> {
    let (w, ht) = (f64::from(canvas.width()), f64::from(canvas.height()));
    let ratio = pixel_ratio(canvas);
    let (left, top, right, bottom) = area(w, ht, ratio);
    let px = |x: f64| left + (x.clamp(-SPAN, SPAN) + SPAN) / (2.0 * SPAN) * (right - left);
    let py = |v: f64| bottom - (v.clamp(LOW, HIGH) - LOW) / (HIGH - LOW) * (bottom - top);
    let ctx = context(canvas)?;
    ctx.clear_rect(0.0, 0.0, w, ht);
    ctx.set_font(&format!("{}px sans-serif", 11.0 * ratio));
    ctx.set_fill_style_str("#5a656d");
    ctx.set_line_width(ratio);
    ctx.set_text_align("center");
    // A small picture labels every other unit of a, so the numbers do not run together.
    let every = if right - left < 220.0 * ratio { 2 } else { 1 };
    for i in -5..=5 {
        let x = f64::from(i);
        line(&ctx, if i == 0 { "#1d2327" } else { "rgba(0, 0, 0, 0.1)" }, (px(x), top), (px(x), bottom));
        if i % every == 0 {
            ctx.fill_text(&format!("{i}"), px(x), bottom + 15.0 * ratio)?;
        }
    }
    ctx.set_text_align("right");
    for i in -1..=2 {
        let v = f64::from(i);
        line(&ctx, if i == 0 { "#1d2327" } else { "rgba(0, 0, 0, 0.1)" }, (left, py(v)), (right, py(v)));
        ctx.fill_text(&format!("{i}"), left - 5.0 * ratio, py(v) + 4.0 * ratio)?;
    }
    curve(&ctx, &css(ORANGE), 2.0 * ratio, &dash(5.0 * ratio), |x| (px(x), py(h.derivative(x))))?;
    curve(&ctx, &css(BLUE), 2.5 * ratio, &dash(0.0), |x| (px(x), py(h.apply(x))))?;
    for (colour, v) in [(ORANGE, h.derivative(a)), (BLUE, h.apply(a))] {
        ringed_dot(&ctx, (px(a), py(v)), 6.0 * ratio, &css(colour), 2.0 * ratio)?;
    }
    Ok(())
}

/// A straight line from `from` to `to` in `colour`.
fn line(ctx: &CanvasRenderingContext2d, colour: &str, from: (f64, f64), to: (f64, f64)) {
    ctx.set_stroke_style_str(colour);
    ctx.begin_path();
    ctx.move_to(from.0, from.1);
    ctx.line_to(to.0, to.1);
    ctx.stroke();
}

/// The curve through `point(x)` for `x` across the plot. The step function's jump is drawn as
/// a vertical line, which is what a polyline through it shows.
fn curve(
    ctx: &CanvasRenderingContext2d,
    colour: &str,
    width: f64,
    pattern: &JsValue,
    point: impl Fn(f64) -> (f64, f64),
) -> Result<(), JsValue> {
    ctx.set_stroke_style_str(colour);
    ctx.set_line_width(width);
    ctx.set_line_dash(pattern)?;
    ctx.begin_path();
    let steps = 400;
    for i in 0..=steps {
        let (x, y) = point(-SPAN + 2.0 * SPAN * f64::from(i) / f64::from(steps));
        if i == 0 {
            ctx.move_to(x, y);
        } else {
            ctx.line_to(x, y);
        }
    }
    ctx.stroke();
    ctx.set_line_dash(&dash(0.0))
}
