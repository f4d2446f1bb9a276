//! Colours: values in `[−1, 1]` and class probabilities turned into RGBA pixels.
//!
//! One palette for the whole page: class 0 (and negative values) orange, class 1 (and
//! positive values) blue, class 2 green, with a light grey for 0 / undecided.

/// An RGB colour.
pub type Rgb = [u8; 3];

/// Class 0 and negative values.
pub const ORANGE: Rgb = [245, 147, 34];
/// Class 1 and positive values.
pub const BLUE: Rgb = [8, 119, 189];
/// Class 2.
pub const GREEN: Rgb = [44, 160, 44];
/// The colour of 0 (and of an even split between classes).
pub const NEUTRAL: Rgb = [232, 234, 235];
/// How much of a class colour the background keeps, so points stay visible on it.
pub const BACKGROUND_STRENGTH: f32 = 0.65;

/// The colour of class `k` (used for points and softmax backgrounds).
pub fn class_color(k: usize) -> Rgb {
    [ORANGE, BLUE, GREEN].get(k).copied().unwrap_or(NEUTRAL)
}

/// `a + (b − a)·s`, channel by channel, for `s ∈ [0, 1]`.
pub fn mix(a: Rgb, b: Rgb, s: f32) -> Rgb {
    let s = s.clamp(0.0, 1.0);
    // Channels stay within 0..=255, so adding ½ and truncating rounds (and, unlike `round`,
    // needs no library call in WebAssembly).
    std::array::from_fn(|i| (f32::from(a[i]) + (f32::from(b[i]) - f32::from(a[i])) * s + 0.5) as u8)
}

/// The diverging scale: `−1` orange, `0` neutral, `+1` blue; outside `[−1, 1]` is clamped and
/// NaN is neutral.
pub fn diverging(v: f32) -> Rgb {
    if v.is_nan() {
        return NEUTRAL;
    }
    if v < 0.0 {
        mix(NEUTRAL, ORANGE, -v)
    } else {
        mix(NEUTRAL, BLUE, v)
    }
}

/// How one cell's values become a colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shading {
    /// Show only the winning side/class at full strength (no shades).
    pub discrete: bool,
    /// Fraction of full colour (1 for thumbnails, [`BACKGROUND_STRENGTH`] behind points).
    pub strength: f32,
}

impl Shading {
    /// Colour of a single value in `[−1, 1]`.
    pub fn value(self, v: f32) -> Rgb {
        let v = if self.discrete && v != 0.0 { v.signum() } else { v };
        diverging(v * self.strength)
    }

    /// Colour of a probability row `p` over classes: the classes' colours weighted by `p`
    /// (or the most probable class's, when discrete), faded towards neutral.
    pub fn classes(self, p: &[f32]) -> Rgb {
        let best = (0..p.len()).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(0);
        let mixed = if self.discrete {
            class_color(best)
        } else {
            let mut sum = [0.0f32; 3];
            for (k, &pk) in p.iter().enumerate() {
                let c = class_color(k);
                (0..3).for_each(|i| sum[i] += pk.clamp(0.0, 1.0) * f32::from(c[i]));
            }
            sum.map(|s| s.round().clamp(0.0, 255.0) as u8)
        };
        mix(NEUTRAL, mixed, self.strength)
    }
}

/// Colours sampled from a map over `[lo, hi]`: painting looks a colour up instead of computing
/// it, which keeps a 100×100 map at a few nanoseconds per pixel in WebAssembly.
struct Lut {
    lo: f32,
    step: f32,
    colors: [[u8; 4]; LUT_SIZE],
    nan: [u8; 4],
}

/// Entries per lookup table: odd, so the middle entry is exactly the middle of the range.
const LUT_SIZE: usize = 255;

impl Lut {
    fn new(lo: f32, hi: f32, map: impl Fn(f32) -> Rgb) -> Lut {
        let step = (hi - lo) / (LUT_SIZE - 1) as f32;
        let rgba = |[r, g, b]: Rgb| [r, g, b, 255];
        let colors = std::array::from_fn(|i| rgba(map(lo + step * i as f32)));
        Lut { lo, step, colors, nan: rgba(map(f32::NAN)) }
    }

    fn get(&self, v: f32) -> [u8; 4] {
        if v.is_nan() {
            return self.nan;
        }
        let i = ((v - self.lo) / self.step + 0.5).clamp(0.0, (LUT_SIZE - 1) as f32);
        self.colors[i as usize]
    }
}

/// Writes `values` (one per pixel, row by row) as opaque RGBA into `out` (4 bytes per pixel),
/// coloured by `map`, which is sampled over `range`; values outside it take the nearer end's
/// colour.
pub fn paint_values(values: &[f32], range: (f32, f32), map: impl Fn(f32) -> Rgb, out: &mut Vec<u8>) {
    let lut = Lut::new(range.0, range.1, map);
    out.resize(values.len() * 4, 255);
    for (pixel, &v) in out.chunks_exact_mut(4).zip(values) {
        pixel.copy_from_slice(&lut.get(v));
    }
}

/// Keeps every `stride`-th pixel of every `stride`-th row of an `n×n` RGBA image.
pub fn downsample(rgba: &[u8], n: usize, stride: usize, out: &mut Vec<u8>) {
    out.clear();
    for row in rgba.chunks_exact(4 * n).step_by(stride) {
        for pixel in row.chunks_exact(4).step_by(stride) {
            out.extend_from_slice(pixel);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diverging_scale_ends_and_middle() {
        assert_eq!(diverging(-1.0), ORANGE);
        assert_eq!(diverging(1.0), BLUE);
        assert_eq!(diverging(0.0), NEUTRAL);
        assert_eq!(diverging(5.0), BLUE, "clamped");
        assert_eq!(diverging(f32::NAN), NEUTRAL);
        assert_eq!(diverging(0.5), [120, 177, 212]);
    }

    #[test]
    fn discrete_shading_picks_a_side() {
        let discrete = Shading { discrete: true, strength: 1.0 };
        assert_eq!(discrete.value(0.1), BLUE);
        assert_eq!(discrete.value(-0.01), ORANGE);
        assert_eq!(discrete.classes(&[0.2, 0.3, 0.5]), GREEN);
        let soft = Shading { discrete: false, strength: 1.0 };
        assert_eq!(soft.classes(&[1.0, 0.0, 0.0]), ORANGE);
        assert_eq!(soft.classes(&[0.5, 0.5, 0.0]), mix(ORANGE, BLUE, 0.5));
    }

    #[test]
    fn paints_rgba_rows() {
        let mut out = Vec::new();
        paint_values(&[-1.0, 1.0, 0.0, 7.0, f32::NAN], (-1.0, 1.0), diverging, &mut out);
        let [n0, n1, n2] = NEUTRAL;
        let expected = [
            [245, 147, 34, 255],
            [8, 119, 189, 255],
            [n0, n1, n2, 255],
            [8, 119, 189, 255],
            [n0, n1, n2, 255],
        ];
        assert_eq!(out, expected.concat());
    }

    #[test]
    fn downsampling_keeps_every_other_pixel() {
        let image: Vec<u8> = (0..16u8).flat_map(|i| [i, i, i, 255]).collect();
        let mut out = Vec::new();
        downsample(&image, 4, 2, &mut out);
        assert_eq!(out, [0, 2, 8, 10].iter().flat_map(|&i| [i, i, i, 255]).collect::<Vec<u8>>());
    }

    #[test]
    fn lookup_stays_within_one_step_of_the_exact_colour() {
        let mut out = Vec::new();
        let values: Vec<f32> = (0..=1000).map(|i| -1.0 + i as f32 / 500.0).collect();
        paint_values(&values, (-1.0, 1.0), diverging, &mut out);
        for (pixel, &v) in out.chunks_exact(4).zip(&values) {
            let exact = diverging(v);
            assert!((0..3).all(|c| pixel[c].abs_diff(exact[c]) <= 2), "{v}: {pixel:?} vs {exact:?}");
        }
    }
}
