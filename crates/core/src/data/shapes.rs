//! Clean points of the classification shapes, one class at a time, inside `[−6, 6]²`.
//!
//! Each sampler leaves a gap between the classes, so noise 0 gives separable data; the spec adds
//! the noise afterwards.

use crate::Rng;
use rand::Rng as _;
use rand_distr::StandardNormal;
use std::f64::consts::{PI, TAU};

/// The circle's inner class fills `r ≤ 2.5`, the outer class `3.5 ≤ r ≤ 5`.
const CIRCLE_RADII: [(f64, f64); 2] = [(3.5, 5.0), (0.0, 2.5)];
/// XOR points keep this far from both axes, so the quadrants do not touch.
const XOR_GAP: f64 = 0.3;
/// Each Gaussian cloud: its spread `σ` and the radius it is cut at (the clouds never meet).
const GAUSS_SIGMA: f64 = 0.8;
const GAUSS_CUT: f64 = 2.5;
/// Spiral arms run from radius 0.5 (not 0, where the arms would meet) to 5 in 1.75 turns.
const SPIRAL_RADII: (f64, f64) = (0.5, 5.0);
const SPIRAL_TURNS: f64 = 1.75;
/// The unit half-moons are scaled by this to fill the playground.
const MOON_SCALE: f64 = 3.0;

/// Class 1: a disc `r ≤ 2.5`; class 0: a ring `3.5 ≤ r ≤ 5` (radius and angle uniform).
pub(super) fn circle(class: usize, rng: &mut Rng) -> [f64; 2] {
    let (r_min, r_max) = CIRCLE_RADII[class];
    let r = rng.random_range(r_min..=r_max);
    let angle = rng.random_range(0.0..TAU);
    [r * angle.cos(), r * angle.sin()]
}

/// Class 1: a quadrant where `x1·x2 > 0`; class 0: one where `x1·x2 < 0`; `0.3 ≤ |x1|, |x2| ≤ 5`.
pub(super) fn xor(class: usize, rng: &mut Rng) -> [f64; 2] {
    let sign_x = if rng.random::<bool>() { 1.0 } else { -1.0 };
    let sign_y = if class == 1 { sign_x } else { -sign_x };
    let magnitude = |rng: &mut Rng| rng.random_range(XOR_GAP..=5.0);
    [sign_x * magnitude(rng), sign_y * magnitude(rng)]
}

/// Class 1 around `(2, 2)`, class 0 around `(−2, −2)`: Gaussian with `σ = 0.8`, redrawn until
/// within 2.5 of the centre.
pub(super) fn gauss(class: usize, rng: &mut Rng) -> [f64; 2] {
    let centre = if class == 1 { 2.0 } else { -2.0 };
    loop {
        let dx: f64 = rng.sample::<f64, _>(StandardNormal) * GAUSS_SIGMA;
        let dy: f64 = rng.sample::<f64, _>(StandardNormal) * GAUSS_SIGMA;
        if dx.hypot(dy) <= GAUSS_CUT {
            return [centre + dx, centre + dy];
        }
    }
}

/// One arm of a two-armed spiral per class.
pub(super) fn spiral2(class: usize, rng: &mut Rng) -> [f64; 2] {
    spiral(class, 2, rng)
}

/// One arm of a three-armed spiral per class.
pub(super) fn spiral3(class: usize, rng: &mut Rng) -> [f64; 2] {
    spiral(class, 3, rng)
}

/// A point on arm `class` of `arms`: at `s` uniform in `[0, 1]`, `r = 0.5 + 4.5·s` and
/// `θ = 2π·(1.75·s + class / arms)`.
fn spiral(class: usize, arms: usize, rng: &mut Rng) -> [f64; 2] {
    spiral_at(rng.random_range(0.0..=1.0), class, arms)
}

/// The point at position `s ∈ [0, 1]` along arm `class` of `arms`.
fn spiral_at(s: f64, class: usize, arms: usize) -> [f64; 2] {
    let r = SPIRAL_RADII.0 + (SPIRAL_RADII.1 - SPIRAL_RADII.0) * s;
    let angle = TAU * (SPIRAL_TURNS * s + class as f64 / arms as f64);
    [r * angle.cos(), r * angle.sin()]
}

/// Class 0: the upper moon `(cos θ, sin θ)`; class 1: the lower moon `(1 − cos θ, 0.5 − sin θ)`;
/// `θ ∈ [0, π]`, then centred on `(0.5, 0.25)` and scaled by 3.
pub(super) fn moons(class: usize, rng: &mut Rng) -> [f64; 2] {
    let theta = rng.random_range(0.0..=PI);
    let (x, y) = if class == 0 { (theta.cos(), theta.sin()) } else { (1.0 - theta.cos(), 0.5 - theta.sin()) };
    [MOON_SCALE * (x - 0.5), MOON_SCALE * (y - 0.25)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng_from_seed;

    fn many(sample: fn(usize, &mut Rng) -> [f64; 2], class: usize) -> Vec<[f64; 2]> {
        let mut rng = rng_from_seed(7);
        (0..500).map(|_| sample(class, &mut rng)).collect()
    }

    fn radius(p: [f64; 2]) -> f64 {
        p[0].hypot(p[1])
    }

    #[test]
    fn circle_classes_keep_their_radii() {
        assert!(many(circle, 1).iter().all(|&p| radius(p) <= 2.5 + 1e-12));
        assert!(many(circle, 0).iter().all(|&p| (3.5 - 1e-12..=5.0 + 1e-12).contains(&radius(p))));
    }

    #[test]
    fn xor_classes_keep_their_quadrants_and_gap() {
        for (class, sign) in [(1, 1.0), (0, -1.0)] {
            for p in many(xor, class) {
                assert_eq!((p[0] * p[1]).signum(), sign);
                assert!(p[0].abs() >= XOR_GAP && p[1].abs() >= XOR_GAP);
            }
        }
    }

    #[test]
    fn gauss_clouds_stay_near_their_centres() {
        let near = |p: [f64; 2], c: f64| (p[0] - c).hypot(p[1] - c) <= GAUSS_CUT;
        assert!(many(gauss, 1).iter().all(|&p| near(p, 2.0)));
        assert!(many(gauss, 0).iter().all(|&p| near(p, -2.0)));
    }

    #[test]
    fn spiral_arms_stay_between_their_radii() {
        for class in 0..3 {
            assert!(many(spiral3, class).iter().all(|&p| (0.5 - 1e-12..=5.0 + 1e-12).contains(&radius(p))));
        }
    }

    #[test]
    fn spiral_arms_follow_the_formula() {
        let close = |a: [f64; 2], b: [f64; 2]| (a[0] - b[0]).hypot(a[1] - b[1]) < 1e-12;
        // s = 0: r = 0.5, the two arms start on opposite sides of the origin.
        assert!(close(spiral_at(0.0, 0, 2), [0.5, 0.0]));
        assert!(close(spiral_at(0.0, 1, 2), [-0.5, 0.0]));
        // s = 1: r = 5, θ = 3.5π, pointing down.
        assert!(close(spiral_at(1.0, 0, 2), [0.0, -5.0]));
        // Three arms start a third of a turn apart.
        assert!(close(spiral_at(0.0, 1, 3), [-0.25, 0.5 * (TAU / 3.0).sin()]));
    }

    #[test]
    fn moons_lie_on_their_half_circles() {
        for p in many(moons, 0) {
            let (x, y) = (p[0] / MOON_SCALE + 0.5, p[1] / MOON_SCALE + 0.25);
            assert!((x.hypot(y) - 1.0).abs() < 1e-9 && y >= -1e-12);
        }
        for p in many(moons, 1) {
            let (x, y) = (p[0] / MOON_SCALE + 0.5, p[1] / MOON_SCALE + 0.25);
            assert!(((x - 1.0).hypot(y - 0.5) - 1.0).abs() < 1e-9 && y <= 0.5 + 1e-12);
        }
    }
}
