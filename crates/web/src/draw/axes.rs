//! Axes for the charts of a quantity against a count (the loss against iterations or epochs,
//! the accuracy against epochs): the plot area, grid lines with tick numbers, and the curves.
//! Everything is sized by the canvas's `pixel_ratio`, so presentation mode scales it, and every
//! tick number is measured and kept inside the canvas.

use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

/// Maps `x ∈ [0, x_max]` and `y ∈ [0, y_max]` onto a canvas's plot area, leaving room for the
/// tick numbers.
#[derive(Clone, Copy)]
pub struct Axes {
    /// Left edge of the plot area, in backing pixels.
    pub left: f64,
    /// Top edge of the plot area.
    pub top: f64,
    /// Right edge of the plot area.
    pub right: f64,
    /// Bottom edge of the plot area.
    pub bottom: f64,
    /// The largest `x` shown.
    pub x_max: f64,
    /// The largest `y` shown.
    pub y_max: f64,
    /// Width of the whole canvas, in backing pixels.
    pub width: f64,
}

/// Where a tick's number was written, in backing pixels: the box of its text's ink.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl Axes {
    /// The plot area of a `w × h` canvas at `ratio` backing pixels per CSS pixel, showing
    /// `x ∈ [0, x_max]` and `y ∈ [0, y_max]`.
    pub fn new(w: f64, h: f64, ratio: f64, x_max: f64, y_max: f64) -> Axes {
        Axes {
            left: 44.0 * ratio,
            top: 8.0 * ratio,
            right: w - 16.0 * ratio,
            bottom: h - 22.0 * ratio,
            x_max,
            y_max,
            width: w,
        }
    }

    /// The pixel column of `x`.
    pub fn px(self, x: f64) -> f64 {
        self.left + x / self.x_max * (self.right - self.left)
    }

    /// The pixel row of `y`, held inside the plot (a value above the top sits on its edge).
    pub fn py(self, y: f64) -> f64 {
        self.bottom - (y / self.y_max).clamp(0.0, 1.0) * (self.bottom - self.top)
    }
}

/// Ticks `0, s, 2s, … ≤ max` with the step `s` (1, 2 or 5 times a power of ten, at least
/// `least`) giving at most about `most` of them, each with its number written to the step's
/// decimals, so that no two ticks read the same.
pub fn ticks(max: f64, most: usize, least: f64) -> Vec<(f64, String)> {
    let rough = (max / most.max(1) as f64).max(least).max(f64::MIN_POSITIVE);
    let power = 10f64.powf(rough.log10().floor());
    let step =
        [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= rough).unwrap_or(10.0 * power);
    let decimals = (-step.log10().floor()).max(0.0) as usize;
    let count = (max / step + 1e-9).floor() as usize;
    (0..=count).map(|i| i as f64 * step).map(|v| (v, format!("{v:.decimals$}"))).collect()
}

/// The left edge of a label `width` wide centred on `x`, moved inward just enough to stay within
/// `0..canvas_width` (the last tick's number sits at the plot's right edge, and a wide number
/// such as `10000` would pass the canvas's); a label wider than the canvas starts at 0.
pub fn centred_within(x: f64, width: f64, canvas_width: f64) -> f64 {
    (x - width / 2.0).min(canvas_width - width).max(0.0)
}

/// Draws the grid lines at the ticks `x` and `y` (values and their numbers), the numbers beside
/// the axes (`y`'s ending left of the axis, `x`'s centred under their ticks, each kept inside
/// the canvas), and the axes themselves. Returns where the numbers were written, `y`'s first.
pub fn grid(
    ctx: &CanvasRenderingContext2d,
    a: Axes,
    ratio: f64,
    x: &[(f64, String)],
    y: &[(f64, String)],
) -> Result<Vec<LabelBox>, JsValue> {
    ctx.set_font(&format!("{}px sans-serif", (11.0 * ratio).round()));
    ctx.set_fill_style_str("#5a656d");
    ctx.set_stroke_style_str("rgba(0, 0, 0, 0.1)");
    ctx.set_line_width(ratio);
    ctx.set_text_align("left");
    let mut boxes = Vec::with_capacity(x.len() + y.len());
    for (v, text) in y {
        segment(ctx, (a.left, a.py(*v)), (a.right, a.py(*v)));
        let end = a.left - 4.0 * ratio;
        boxes.push(label(ctx, text, |width| (end - width).max(0.0), a.py(*v) + 4.0 * ratio)?);
    }
    for (v, text) in x {
        segment(ctx, (a.px(*v), a.top), (a.px(*v), a.bottom));
        let at = |width| centred_within(a.px(*v), width, a.width);
        boxes.push(label(ctx, text, at, a.bottom + 15.0 * ratio)?);
    }
    ctx.set_stroke_style_str("#1d2327");
    segment(ctx, (a.left, a.top), (a.left, a.bottom));
    segment(ctx, (a.left, a.bottom), (a.right, a.bottom));
    Ok(boxes)
}

/// Writes `text` with its baseline at `baseline` and its left edge where `left` puts a text of
/// its measured width; returns the box of its ink.
fn label(
    ctx: &CanvasRenderingContext2d,
    text: &str,
    left: impl Fn(f64) -> f64,
    baseline: f64,
) -> Result<LabelBox, JsValue> {
    let metrics = ctx.measure_text(text)?;
    let x = left(metrics.width());
    ctx.fill_text(text, x, baseline)?;
    Ok(LabelBox {
        left: x - metrics.actual_bounding_box_left(),
        top: baseline - metrics.actual_bounding_box_ascent(),
        right: x + metrics.actual_bounding_box_right(),
        bottom: baseline + metrics.actual_bounding_box_descent(),
    })
}

/// A straight line from `from` to `to`.
pub fn segment(ctx: &CanvasRenderingContext2d, from: (f64, f64), to: (f64, f64)) {
    ctx.begin_path();
    ctx.move_to(from.0, from.1);
    ctx.line_to(to.0, to.1);
    ctx.stroke();
}

/// A polyline through the points (in pixels) whose row is finite.
pub fn polyline(ctx: &CanvasRenderingContext2d, points: impl Iterator<Item = (f64, f64)>) {
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

/// Many noisy values `(x, y)` (a loss per mini-batch): a line through every one, or, when there
/// are more than two per pixel column, a stroke from the lowest to the highest in each column,
/// in the stroke style already set.
pub fn noisy_line(ctx: &CanvasRenderingContext2d, a: Axes, ratio: f64, values: &[(f64, f64)]) {
    let columns = (a.right - a.left).max(1.0) as usize;
    if values.len() <= 2 * columns {
        polyline(ctx, values.iter().map(|&(x, y)| (a.px(x), a.py(y))));
        return;
    }
    let mut band = vec![(f64::INFINITY, f64::NEG_INFINITY); columns + 1];
    for &(x, y) in values.iter().filter(|(_, y)| y.is_finite()) {
        let c = ((a.px(x) - a.left).max(0.0) as usize).min(columns);
        band[c] = (band[c].0.min(y), band[c].1.max(y));
    }
    ctx.begin_path();
    for (c, &(lo, hi)) in band.iter().enumerate().filter(|(_, b)| b.0 <= b.1) {
        let x = a.left + c as f64 + 0.5;
        ctx.move_to(x, a.py(lo) + 0.5 * ratio);
        ctx.line_to(x, a.py(hi) - 0.5 * ratio);
    }
    ctx.stroke();
}

#[cfg(test)]
mod tests {
    use super::{centred_within, ticks};

    #[test]
    fn a_number_stays_centred_under_its_tick_unless_that_would_pass_an_edge() {
        assert_eq!(centred_within(100.0, 30.0, 300.0), 85.0);
        assert_eq!(centred_within(284.0, 35.0, 300.0), 265.0, "the last tick's 10000 ends at the edge");
        assert_eq!(centred_within(5.0, 20.0, 300.0), 0.0);
        assert_eq!(centred_within(50.0, 400.0, 300.0), 0.0, "wider than the canvas: from its left edge");
    }

    fn labels(max: f64, most: usize) -> Vec<String> {
        ticks(max, most, 0.0).into_iter().map(|(_, label)| label).collect()
    }

    #[test]
    fn no_two_ticks_read_the_same() {
        assert_eq!(labels(1e-3, 5), ["0.0000", "0.0002", "0.0004", "0.0006", "0.0008", "0.0010"]);
        assert_eq!(labels(1.0, 5), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
        assert_eq!(labels(2.3, 5), ["0.0", "0.5", "1.0", "1.5", "2.0"]);
        assert_eq!(labels(10_000.0, 5), ["0", "2000", "4000", "6000", "8000", "10000"]);
        let whole: Vec<String> = ticks(1.0, 5, 1.0).into_iter().map(|(_, label)| label).collect();
        assert_eq!(whole, ["0", "1"], "a count's ticks are whole numbers");
        for max in [3e-4, 0.07, 0.9, 1.3, 7.0, 45.0, 830.0] {
            let all = labels(max, 5);
            let mut distinct = all.clone();
            distinct.dedup();
            assert_eq!(all, distinct, "{max}");
            assert!(all.len() >= 2 && all.len() <= 11, "{max}: {all:?}");
        }
    }
}
