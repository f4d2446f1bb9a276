//! Preparing a drawn digit the way MNIST's digits were prepared: the ink's bounding box scaled
//! to fit a 20×20 box (keeping its aspect ratio), then placed in the 28×28 field so that its
//! centre of mass is the field's centre.

use super::{PIXELS, SIDE};

/// Pixels per side of the box the ink is scaled into.
pub const BOX: usize = 20;

/// A drawn `width × height` image (ink from 0 to 1, row by row) as a 28×28 MNIST-style input.
///
/// The ink's bounding box (pixels above 0) is scaled by `s = 20 / max(box width, box height)`,
/// each output pixel the average of the ink it covers (area resampling, so a digit drawn twice
/// as large gives the same result), and shifted by whole pixels, as MNIST's were, so that the
/// centre of mass `Σ vᵢ·pᵢ / Σ vᵢ` lands in pixel (14, 14) counting from 0, as in MNIST: within
/// half a pixel of the point `(14.5, 14.5)` from the top-left corner (a pixel `(x, y)` stands
/// at `(x + ½, y + ½)`). Values outside `[0, 1]` are clamped first, NaN
/// counts as 0. An image without ink gives 784 zeros.
///
/// # Panics
/// If `image.len() != width × height`: the caller's bug.
pub fn centre(image: &[f32], width: usize, height: usize) -> [f32; PIXELS] {
    assert_eq!(image.len(), width * height, "a {width}×{height} image has {} values", width * height);
    let ink = |x: usize, y: usize| {
        let v = image[y * width + x];
        if v > 0.0 {
            v.min(1.0)
        } else {
            0.0
        }
    };
    let mut out = [0.0; PIXELS];
    let Some(bounds) = Bounds::of(width, height, &ink) else { return out };
    let s = BOX as f64 / bounds.width().max(bounds.height()) as f64;
    let (cx, cy) = bounds.centre_of_mass(&ink);
    let centre = SIDE as f64 / 2.0 + 0.5;
    // Output x = s·(source x − x0) + shift: a whole shift keeps the box's edges on pixel edges.
    let weights_x = coverage(bounds.x0, bounds.x1, s, (centre - s * (cx - bounds.x0 as f64)).round());
    let weights_y = coverage(bounds.y0, bounds.y1, s, (centre - s * (cy - bounds.y0 as f64)).round());
    // rows[y][X] = Σₓ ink(x, y)·wx[X][x], then out[Y][X] = s²·Σ_y wy[Y][y]·rows[y][X].
    let rows: Vec<[f64; SIDE]> = (bounds.y0..bounds.y1)
        .map(|y| {
            std::array::from_fn(|col| weights_x[col].iter().map(|&(x, w)| w * f64::from(ink(x, y))).sum())
        })
        .collect();
    for (row, weights) in weights_y.iter().enumerate() {
        for col in 0..SIDE {
            let covered: f64 = weights.iter().map(|&(y, w)| w * rows[y - bounds.y0][col]).sum();
            out[row * SIDE + col] = (covered * s * s).clamp(0.0, 1.0) as f32;
        }
    }
    out
}

/// The ink's bounding box, `x0..x1` × `y0..y1` (ends excluded).
struct Bounds {
    x0: usize,
    x1: usize,
    y0: usize,
    y1: usize,
}

impl Bounds {
    /// The smallest box holding every pixel with ink, or `None` for a blank image.
    fn of(width: usize, height: usize, ink: &impl Fn(usize, usize) -> f32) -> Option<Bounds> {
        let mut inked =
            (0..height).flat_map(|y| (0..width).map(move |x| (x, y))).filter(|&(x, y)| ink(x, y) > 0.0);
        let (x, y) = inked.next()?;
        let start = Bounds { x0: x, x1: x + 1, y0: y, y1: y + 1 };
        Some(inked.fold(start, |b, (x, y)| Bounds {
            x0: b.x0.min(x),
            x1: b.x1.max(x + 1),
            y0: b.y0.min(y),
            y1: b.y1.max(y + 1),
        }))
    }

    fn width(&self) -> usize {
        self.x1 - self.x0
    }

    fn height(&self) -> usize {
        self.y1 - self.y0
    }

    /// `(Σ v·x, Σ v·y) / Σ v` over the box, pixel `(x, y)` standing at `(x + ½, y + ½)`.
    fn centre_of_mass(&self, ink: &impl Fn(usize, usize) -> f32) -> (f64, f64) {
        let (mut mass, mut mx, mut my) = (0.0, 0.0, 0.0);
        for y in self.y0..self.y1 {
            for x in self.x0..self.x1 {
                let v = f64::from(ink(x, y));
                mass += v;
                mx += v * (x as f64 + 0.5);
                my += v * (y as f64 + 0.5);
            }
        }
        (mx / mass, my / mass)
    }
}

/// For each of the 28 output pixels `X` along one axis, the source pixels `i` in `start..end`
/// it covers and by how much: output pixel `X` spans source `[start + (X − shift)/s,
/// start + (X + 1 − shift)/s)`, and source pixel `i` spans `[i, i + 1)`.
fn coverage(start: usize, end: usize, s: f64, shift: f64) -> Vec<Vec<(usize, f64)>> {
    (0..SIDE)
        .map(|out| {
            let from = start as f64 + (out as f64 - shift) / s;
            let to = start as f64 + (out as f64 + 1.0 - shift) / s;
            let first = from.floor().max(start as f64) as usize;
            let last = (to.ceil().min(end as f64).max(first as f64)) as usize;
            (first..last)
                .map(|i| (i, (to.min(i as f64 + 1.0) - from.max(i as f64)).max(0.0)))
                .filter(|&(_, w)| w > 0.0)
                .collect()
        })
        .collect()
}
