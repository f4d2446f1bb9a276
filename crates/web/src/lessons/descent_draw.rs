//! The gradient-descent lesson's pictures: a function's contours (pixels computed here), its
//! negative-gradient field as arrows, and descent paths on top.

use super::descent::{Func, VIEW};
use crate::color::{mix, Rgb, BLUE, NEUTRAL, ORANGE};
use crate::draw::canvas::{context, css, pixel_ratio, ringed_dot};
use std::f64::consts::TAU;
use wasm_bindgen::{Clamped, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// The colour of each runner of the race, in the optimizers' order.
pub const RACE_COLORS: [Rgb; 6] =
    [[214, 39, 40], [245, 147, 34], [140, 86, 75], [44, 160, 44], [148, 103, 189], [8, 119, 189]];
/// The contours are drawn every `CONTOUR_STEP` of `√f`, so they are evenly spaced ellipses.
const CONTOUR_STEP: f64 = 0.5;
/// The arrows of the field stand on a grid of this many columns (and half as many rows).
const ARROW_COLUMNS: u32 = 16;

/// Maps the plane drawn onto a canvas of `w × h` pixels.
#[derive(Clone, Copy)]
struct Frame {
    w: f64,
    h: f64,
}

impl Frame {
    /// The plane point under pixel `(px, py)`.
    fn plane(self, px: f64, py: f64) -> [f64; 2] {
        let ([x0, x1], [y0, y1]) = VIEW;
        [x0 + px / self.w * (x1 - x0), y1 - py / self.h * (y1 - y0)]
    }

    /// The pixel of plane point `p`, kept within a few canvases of the picture so that a
    /// diverging path does not hand the canvas huge numbers.
    fn pixel(self, p: [f64; 2]) -> (f64, f64) {
        let ([x0, x1], [y0, y1]) = VIEW;
        let far = 4.0 * self.w.max(self.h);
        let clamp = |v: f64| if v.is_finite() { v.clamp(-far, far) } else { far };
        (clamp((p[0] - x0) / (x1 - x0) * self.w), clamp((y1 - p[1]) / (y1 - y0) * self.h))
    }
}

/// The contour shading of `f`: blue deepening towards the minimum, a darker line where `√f`
/// crosses a multiple of `CONTOUR_STEP`.
fn contours(f: Func, w: u32, h: u32) -> Vec<u8> {
    let frame = Frame { w: f64::from(w), h: f64::from(h) };
    let mut band = Vec::with_capacity((w * h) as usize);
    let mut level = Vec::with_capacity((w * h) as usize);
    for py in 0..h {
        for px in 0..w {
            let l = f.value(&frame.plane(f64::from(px) + 0.5, f64::from(py) + 0.5)).sqrt();
            level.push(l);
            band.push((l / CONTOUR_STEP) as u32);
        }
    }
    let mut rgba = Vec::with_capacity((w * h * 4) as usize);
    for (i, &l) in level.iter().enumerate() {
        let (px, py) = (i as u32 % w, i as u32 / w);
        let edge = (px + 1 < w && band[i + 1] != band[i]) || (py + 1 < h && band[i + w as usize] != band[i]);
        let fill = mix(NEUTRAL, BLUE, (0.45 * (1.0 - l / 10.0)) as f32);
        let c = if edge { mix(fill, [30, 50, 70], 0.45) } else { fill };
        rgba.extend_from_slice(&[c[0], c[1], c[2], 255]);
    }
    rgba
}

/// Paints the contours and the field of `f`, and returns the context and frame to draw on.
fn background(canvas: &HtmlCanvasElement, f: Func) -> Result<(CanvasRenderingContext2d, Frame), JsValue> {
    let (w, h) = (canvas.width().max(1), canvas.height().max(1));
    let ctx = context(canvas)?;
    let image = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&contours(f, w, h)), w, h)?;
    ctx.put_image_data(&image, 0.0, 0.0)?;
    let frame = Frame { w: f64::from(w), h: f64::from(h) };
    let ratio = pixel_ratio(canvas);
    let cell = frame.w / f64::from(ARROW_COLUMNS);
    let points: Vec<[f64; 2]> = (0..ARROW_COLUMNS * (ARROW_COLUMNS / 2))
        .map(|k| (f64::from(k % ARROW_COLUMNS), f64::from(k / ARROW_COLUMNS)))
        .map(|(i, j)| frame.plane((i + 0.5) * cell, (j + 0.5) * cell))
        .collect();
    let grads: Vec<Vec<f64>> = points.iter().map(|p| f.gradient(p)).collect();
    let largest = grads.iter().map(|g| g[0].hypot(g[1])).fold(f64::MIN_POSITIVE, f64::max);
    ctx.set_stroke_style_str("rgba(20, 30, 40, 0.5)");
    ctx.set_line_width(1.2 * ratio);
    ctx.begin_path();
    for (p, g) in points.iter().zip(&grads) {
        let norm = g[0].hypot(g[1]);
        if norm == 0.0 {
            continue;
        }
        // −∇f, in pixels (y grows downwards), its length growing with √|∇f|.
        let length = 0.8 * cell * (norm / largest).sqrt();
        let (dx, dy) = (-g[0] / norm * length, g[1] / norm * length);
        let (x, y) = frame.pixel(*p);
        let (tx, ty) = (x + dx / 2.0, y + dy / 2.0);
        ctx.move_to(x - dx / 2.0, y - dy / 2.0);
        ctx.line_to(tx, ty);
        let head = 0.35 * length.min(cell * 0.4);
        let angle = dy.atan2(dx);
        for side in [-0.5, 0.5] {
            ctx.move_to(tx, ty);
            ctx.line_to(tx - head * (angle + side).cos(), ty - head * (angle + side).sin());
        }
    }
    ctx.stroke();
    Ok((ctx, frame))
}

/// Draws `path` as a line with a dot at each point, the start ringed in white.
fn path_line(
    ctx: &CanvasRenderingContext2d,
    frame: Frame,
    path: &[[f64; 2]],
    color: Rgb,
    ratio: f64,
) -> Result<(), JsValue> {
    let style = css(color);
    ctx.set_stroke_style_str(&style);
    ctx.set_fill_style_str(&style);
    ctx.set_line_width(2.5 * ratio);
    ctx.begin_path();
    for (i, p) in path.iter().enumerate() {
        let (x, y) = frame.pixel(*p);
        if i == 0 {
            ctx.move_to(x, y);
        } else {
            ctx.line_to(x, y);
        }
    }
    ctx.stroke();
    for p in path {
        let (x, y) = frame.pixel(*p);
        ctx.begin_path();
        ctx.arc(x, y, 3.0 * ratio, 0.0, TAU)?;
        ctx.fill();
    }
    ringed_dot(ctx, frame.pixel(path[0]), 6.0 * ratio, &style, 2.0 * ratio)
}

/// Draws `f`'s contours, its negative-gradient field and the descent `path` on `canvas`.
pub fn draw_descent(canvas: &HtmlCanvasElement, f: Func, path: &[[f64; 2]]) -> Result<(), JsValue> {
    let (ctx, frame) = background(canvas, f)?;
    path_line(&ctx, frame, path, ORANGE, pixel_ratio(canvas))
}

/// Draws `x²/20 + y²` and each runner's path in its `RACE_COLORS` colour on `canvas`.
pub fn draw_race(canvas: &HtmlCanvasElement, paths: &[Vec<[f64; 2]>]) -> Result<(), JsValue> {
    let (ctx, frame) = background(canvas, Func::Valley)?;
    let ratio = pixel_ratio(canvas);
    for (path, color) in paths.iter().zip(RACE_COLORS) {
        path_line(&ctx, frame, path, color, ratio)?;
    }
    Ok(())
}
