//! The perceptron lesson's picture: the plane of inputs split by the line
//! `w1·x1 + w2·x2 + b = 0` into the half where the perceptron fires and the half where it does
//! not, with the four gate inputs on top. Pixels are computed here, not in JavaScript.

use crate::color::{mix, BLUE, NEUTRAL, ORANGE};
use crate::draw::canvas::{context, css, pixel_ratio, ringed_dot};
use asaku_core::perceptron::{Gate, Perceptron, GATE_INPUTS};
use wasm_bindgen::{Clamped, JsValue};
use web_sys::{HtmlCanvasElement, ImageData};

/// The plane drawn: `x1` and `x2` from −0.5 to 1.5, so the four inputs sit inside.
const LOW: f64 = -0.5;
const HIGH: f64 = 1.5;

/// The plane point under pixel `(px, py)` of a `size`-wide square canvas.
fn plane(px: f64, py: f64, size: f64) -> [f64; 2] {
    [LOW + px / size * (HIGH - LOW), HIGH - py / size * (HIGH - LOW)]
}

/// The pixel of plane point `p`.
fn pixel(p: [f64; 2], size: f64) -> (f64, f64) {
    ((p[0] - LOW) / (HIGH - LOW) * size, (HIGH - p[1]) / (HIGH - LOW) * size)
}

/// Draws the two half-planes of `p` (blue where it fires), the line and the four inputs
/// coloured by `gate`'s answer on `canvas`.
pub fn draw(canvas: &HtmlCanvasElement, p: Perceptron, gate: Gate) -> Result<(), JsValue> {
    let n = canvas.width().min(canvas.height()).max(1);
    let size = f64::from(n);
    let (above, below) = (mix(NEUTRAL, BLUE, 0.35), mix(NEUTRAL, ORANGE, 0.35));
    let mut rgba = Vec::with_capacity((n * n * 4) as usize);
    for py in 0..n {
        for px in 0..n {
            let x = plane(f64::from(px) + 0.5, f64::from(py) + 0.5, size);
            let c = if p.output(x) == 1 { above } else { below };
            rgba.extend_from_slice(&[c[0], c[1], c[2], 255]);
        }
    }
    let ctx = context(canvas)?;
    ctx.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    ctx.put_image_data(&ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), n, n)?, 0.0, 0.0)?;
    let ratio = pixel_ratio(canvas);
    // Axes through 0.
    ctx.set_stroke_style_str("rgba(0, 0, 0, 0.25)");
    ctx.set_line_width(ratio);
    let (ox, oy) = pixel([0.0, 0.0], size);
    ctx.begin_path();
    ctx.move_to(ox, 0.0);
    ctx.line_to(ox, size);
    ctx.move_to(0.0, oy);
    ctx.line_to(size, oy);
    ctx.stroke();
    if let Some((a, b)) = line_ends(p) {
        ctx.set_stroke_style_str("#1d2327");
        ctx.set_line_width(2.5 * ratio);
        ctx.begin_path();
        let (ax, ay) = pixel(a, size);
        let (bx, by) = pixel(b, size);
        ctx.move_to(ax, ay);
        ctx.line_to(bx, by);
        ctx.stroke();
    }
    for x in GATE_INPUTS {
        let fill = css(if gate.target(x) == 1 { BLUE } else { ORANGE });
        ringed_dot(&ctx, pixel(x.map(f64::from), size), 9.0 * ratio, &fill, 2.0 * ratio)?;
    }
    Ok(())
}

/// Where the line `w1·x1 + w2·x2 + b = 0` crosses the edges of the plane drawn, or `None`
/// when both weights are 0 (no line).
pub fn line_ends(p: Perceptron) -> Option<([f64; 2], [f64; 2])> {
    let Perceptron { w, b } = p;
    if w[0] == 0.0 && w[1] == 0.0 {
        return None;
    }
    if w[1].abs() >= w[0].abs() {
        let x2 = |x1: f64| -(w[0] * x1 + b) / w[1];
        Some(([LOW, x2(LOW)], [HIGH, x2(HIGH)]))
    } else {
        let x1 = |x2: f64| -(w[1] * x2 + b) / w[0];
        Some(([x1(LOW), LOW], [x1(HIGH), HIGH]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_spans_the_plane() {
        let (a, b) = line_ends(Gate::And.perceptron().unwrap()).unwrap();
        assert_eq!((a[0], b[0]), (LOW, HIGH));
        assert!((a[1] - 1.9).abs() < 1e-12 && (b[1] + 0.1).abs() < 1e-12);
        assert_eq!(line_ends(Perceptron::default()), None);
    }
}
