//! Digits and weights as pictures: a 28×28 image in grey (ink dark on white, as written), and
//! the first layer's weight vectors side by side, each as a 28×28 tile coloured on the diverging
//! scale (blue for a positive weight, orange for a negative one).

use crate::color::diverging;
use crate::draw::canvas::{context, put_square};
use asaku_core::Matrix;
use wasm_bindgen::{Clamped, JsValue};
use web_sys::{HtmlCanvasElement, ImageData};

/// Side of a digit in pixels.
pub const SIDE: usize = 28;
/// Tiles per row of the weights' atlas.
pub const ATLAS_COLUMNS: usize = 10;
/// Pixels between tiles of the atlas.
const GAP: usize = 2;

/// Draws `pixels` (784 values in `[0, 1]`, row by row, 1 = ink) on `canvas`, made 28×28.
pub fn draw_digit(canvas: &HtmlCanvasElement, pixels: &[f32]) -> Result<(), JsValue> {
    let rgba: Vec<u8> = pixels
        .iter()
        .flat_map(|&p| {
            let grey = (255.0 - 255.0 * p.clamp(0.0, 1.0) + 0.5) as u8;
            [grey, grey, grey, 255]
        })
        .collect();
    put_square(canvas, SIDE as u32, &rgba)
}

/// Width and height of the atlas of `units` tiles.
pub fn atlas_size(units: usize) -> (usize, usize) {
    let columns = units.clamp(1, ATLAS_COLUMNS);
    let rows = units.div_ceil(ATLAS_COLUMNS).max(1);
    (columns * (SIDE + GAP) - GAP, rows * (SIDE + GAP) - GAP)
}

/// Draws the first layer's weights `w` (`784 × units`) on `canvas`: column `j` as tile `j`,
/// each tile scaled by its own largest `|w|`, so every unit's pattern shows.
pub fn draw_weights(canvas: &HtmlCanvasElement, w: &Matrix<f32>) -> Result<(), JsValue> {
    let units = w.ncols();
    let (width, height) = atlas_size(units);
    let mut rgba = vec![255u8; width * height * 4];
    for j in 0..units {
        let column = w.column(j);
        let scale = column.iter().fold(0.0f32, |m, v| m.max(v.abs()));
        let (x0, y0) = ((j % ATLAS_COLUMNS) * (SIDE + GAP), (j / ATLAS_COLUMNS) * (SIDE + GAP));
        for (k, &v) in column.iter().enumerate() {
            let colour = diverging(if scale > 0.0 { v / scale } else { 0.0 });
            let at = ((y0 + k / SIDE) * width + x0 + k % SIDE) * 4;
            rgba[at..at + 3].copy_from_slice(&colour);
        }
    }
    if canvas.width() != width as u32 || canvas.height() != height as u32 {
        canvas.set_width(width as u32);
        canvas.set_height(height as u32);
    }
    let image = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), width as u32, height as u32)?;
    context(canvas)?.put_image_data(&image, 0.0, 0.0)
}
