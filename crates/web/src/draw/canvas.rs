//! Small helpers over the 2-D canvas API.

use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// The canvas's 2-D context.
pub fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsValue> {
    canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("this canvas has no 2-D context"))?
        .dyn_into::<CanvasRenderingContext2d>()
        .map_err(|_| JsValue::from_str("the 2-D context has an unexpected type"))
}

/// Puts an `n×n` RGBA image on the canvas, making the canvas `n×n` pixels (CSS scales it).
pub fn put_square(canvas: &HtmlCanvasElement, n: u32, rgba: &[u8]) -> Result<(), JsValue> {
    if canvas.width() != n || canvas.height() != n {
        canvas.set_width(n);
        canvas.set_height(n);
    }
    let image = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), n, n)?;
    context(canvas)?.put_image_data(&image, 0.0, 0.0)
}

/// Backing-store pixels per CSS pixel of a drawing on this canvas: device pixels per CSS pixel
/// (its backing width over its laid-out width, so lines and dots keep their size on high-DPI
/// screens) times its chart scale ([`chart_scale`]). Every chart sizes its labels, lines, dots
/// and margins by this one number.
pub fn pixel_ratio(canvas: &HtmlCanvasElement) -> f64 {
    let css = f64::from(canvas.client_width());
    let device = if css > 0.0 { f64::from(canvas.width()) / css } else { 1.0 };
    device * chart_scale(canvas)
}

/// How much larger than usual the canvas's charts draw their labels, lines and dots: its CSS
/// property `--chart-scale` (presentation mode sets it, for a projector), 1 when unset or not a
/// positive number.
pub fn chart_scale(canvas: &HtmlCanvasElement) -> f64 {
    let style = web_sys::window().and_then(|w| w.get_computed_style(canvas).ok().flatten());
    let value = style.and_then(|s| s.get_property_value("--chart-scale").ok()).unwrap_or_default();
    value.trim().parse::<f64>().ok().filter(|s| s.is_finite() && *s > 0.0).unwrap_or(1.0)
}

/// `rgb(r, g, b)` for a canvas style.
pub fn css(rgb: [u8; 3]) -> String {
    format!("rgb({}, {}, {})", rgb[0], rgb[1], rgb[2])
}

/// A dot of radius `r` at `(x, y)` filled with `fill`, ringed in white `ring` wide: the
/// markers of the lessons' plots, visible on any background.
pub fn ringed_dot(
    ctx: &CanvasRenderingContext2d,
    (x, y): (f64, f64),
    r: f64,
    fill: &str,
    ring: f64,
) -> Result<(), JsValue> {
    ctx.set_fill_style_str(fill);
    ctx.set_stroke_style_str("white");
    ctx.set_line_width(ring);
    ctx.begin_path();
    ctx.arc(x, y, r, 0.0, std::f64::consts::TAU)?;
    ctx.fill();
    ctx.stroke();
    Ok(())
}

/// A dash pattern `[len, len]` for `set_line_dash` (no dashes when `len` is 0).
pub fn dash(len: f64) -> JsValue {
    let parts: Vec<JsValue> = if len > 0.0 { vec![len.into(), len.into()] } else { Vec::new() };
    parts.into_iter().collect::<js_sys::Array>().into()
}
