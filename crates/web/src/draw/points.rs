//! Data points over the heatmap, and the small previews of each data set.

use super::canvas::{context, css, pixel_ratio};
use crate::color::{class_color, diverging, NEUTRAL};
use asaku_core::data::{Dataset, Rect, Task};
use std::f64::consts::TAU;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Maps a data point to canvas pixels (`x1` to the right, `x2` up) and back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The data rectangle shown.
    pub domain: Rect,
    /// Canvas width in pixels.
    pub width: f64,
    /// Canvas height in pixels.
    pub height: f64,
}

impl Frame {
    /// The pixel where point `p` is drawn.
    pub fn to_pixel(&self, p: [f64; 2]) -> (f64, f64) {
        let d = self.domain;
        let x = (p[0] - d.x_min) / (d.x_max - d.x_min) * self.width;
        let y = (d.y_max - p[1]) / (d.y_max - d.y_min) * self.height;
        (x, y)
    }

    /// The data point under a position given as fractions `(fx, fy)` of the width and height,
    /// measured from the top-left corner.
    pub fn point_at(domain: Rect, fx: f64, fy: f64) -> [f64; 2] {
        [domain.x_min + fx * (domain.x_max - domain.x_min), domain.y_max - fy * (domain.y_max - domain.y_min)]
    }
}

/// The fill colour of a point with `label`.
pub fn point_color(task: Task, label: f64) -> [u8; 3] {
    match task {
        Task::Classification { .. } => class_color(label as usize),
        Task::Regression => diverging(label as f32),
    }
}

/// Clears the canvas and draws the training points (white outline) and, if `test` is given,
/// the test points (dark outline), each `radius` CSS pixels wide.
pub fn draw_points(
    canvas: &HtmlCanvasElement,
    train: &Dataset,
    test: Option<&Dataset>,
    radius: f64,
) -> Result<(), JsValue> {
    let ctx = context(canvas)?;
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    ctx.clear_rect(0.0, 0.0, w, h);
    let frame = Frame { domain: train.domain, width: w, height: h };
    let ratio = pixel_ratio(canvas);
    dots(&ctx, &frame, train, radius * ratio, "white", ratio)?;
    if let Some(test) = test {
        dots(&ctx, &frame, test, radius * ratio, "#222", ratio)?;
    }
    Ok(())
}

fn dots(
    ctx: &CanvasRenderingContext2d,
    frame: &Frame,
    data: &Dataset,
    r: f64,
    outline: &str,
    ratio: f64,
) -> Result<(), JsValue> {
    ctx.set_line_width(ratio);
    ctx.set_stroke_style_str(outline);
    for (&p, &label) in data.points.iter().zip(&data.labels) {
        let (x, y) = frame.to_pixel(p);
        ctx.begin_path();
        ctx.arc(x, y, r, 0.0, TAU)?;
        ctx.set_fill_style_str(&css(point_color(data.task, label)));
        ctx.fill();
        ctx.stroke();
    }
    Ok(())
}

/// A data set's preview: its points on a neutral square, the right way up.
pub fn draw_preview(canvas: &HtmlCanvasElement, data: &Dataset) -> Result<(), JsValue> {
    let ctx = context(canvas)?;
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    ctx.set_fill_style_str(&css(NEUTRAL));
    ctx.fill_rect(0.0, 0.0, w, h);
    let frame = Frame { domain: data.domain, width: w, height: h };
    let r = (w / 40.0).max(1.5);
    for (&p, &label) in data.points.iter().zip(&data.labels) {
        let (x, y) = frame.to_pixel(p);
        ctx.set_fill_style_str(&css(point_color(data.task, label)));
        ctx.begin_path();
        ctx.arc(x, y, r, 0.0, TAU)?;
        ctx.fill();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use asaku_core::data::PLAYGROUND_DOMAIN;

    #[test]
    fn up_is_up_and_clicks_map_back() {
        let frame = Frame { domain: PLAYGROUND_DOMAIN, width: 300.0, height: 300.0 };
        assert_eq!(frame.to_pixel([-6.0, 6.0]), (0.0, 0.0));
        assert_eq!(frame.to_pixel([6.0, -6.0]), (300.0, 300.0));
        assert_eq!(frame.to_pixel([0.0, 3.0]), (150.0, 75.0));
        assert_eq!(Frame::point_at(PLAYGROUND_DOMAIN, 0.5, 0.25), [0.0, 3.0]);
    }
}
