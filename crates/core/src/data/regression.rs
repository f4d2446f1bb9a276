//! Clean regression examples on `[−6, 6]²` with exact targets in `[−1, 1]`.

use crate::Rng;
use rand::Rng as _;

/// Half the side of the square the inputs are drawn from.
const HALF_SIDE: f64 = 6.0;

/// One Gaussian bump `h·exp(−|p − c|² / (2w²))`.
struct Bump {
    centre: [f64; 2],
    height: f64,
    width: f64,
}

/// Bumps far enough apart (and low enough) that their sum stays within `[−1, 1]`.
const BUMPS: [Bump; 5] = [
    Bump { centre: [-3.0, 3.0], height: 0.9, width: 1.5 },
    Bump { centre: [3.0, -3.0], height: -0.9, width: 1.5 },
    Bump { centre: [3.0, 3.0], height: 0.7, width: 1.2 },
    Bump { centre: [-3.0, -3.0], height: -0.7, width: 1.2 },
    Bump { centre: [0.0, 0.0], height: -0.5, width: 1.0 },
];

/// A point uniform in `[−6, 6]²`.
fn uniform_point(rng: &mut Rng) -> [f64; 2] {
    let mut coordinate = || rng.random_range(-HALF_SIDE..=HALF_SIDE);
    [coordinate(), coordinate()]
}

/// A uniform point and its target on the plane `t = (x1 + x2) / 12`.
pub(super) fn plane(rng: &mut Rng) -> ([f64; 2], f64) {
    let p = uniform_point(rng);
    (p, plane_at(p))
}

/// `t = (x1 + x2) / 12`: `−1` at `(−6, −6)`, `1` at `(6, 6)`.
fn plane_at(p: [f64; 2]) -> f64 {
    (p[0] + p[1]) / (2.0 * HALF_SIDE)
}

/// A uniform point and its target on the bumps.
pub(super) fn bumps(rng: &mut Rng) -> ([f64; 2], f64) {
    let p = uniform_point(rng);
    (p, bumps_at(p))
}

/// `t = Σ h·exp(−|p − c|² / (2w²))` over the fixed bumps.
fn bumps_at(p: [f64; 2]) -> f64 {
    BUMPS
        .iter()
        .map(|b| {
            let d2 = (p[0] - b.centre[0]).powi(2) + (p[1] - b.centre[1]).powi(2);
            b.height * (-d2 / (2.0 * b.width * b.width)).exp()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng_from_seed;

    #[test]
    fn plane_targets_by_hand() {
        assert_eq!(plane_at([-6.0, -6.0]), -1.0);
        assert_eq!(plane_at([6.0, 6.0]), 1.0);
        assert_eq!(plane_at([3.0, -1.5]), 0.125);
    }

    #[test]
    fn bumps_peak_near_their_centres() {
        assert!((bumps_at([-3.0, 3.0]) - 0.9).abs() < 0.01);
        assert!((bumps_at([3.0, -3.0]) + 0.9).abs() < 0.01);
        assert!((bumps_at([0.0, 0.0]) + 0.5).abs() < 0.05);
    }

    #[test]
    fn bumps_stay_within_one_over_a_fine_grid() {
        let steps = 241;
        let at = |i: usize| -HALF_SIDE + 2.0 * HALF_SIDE * i as f64 / (steps - 1) as f64;
        let max = (0..steps)
            .flat_map(|i| (0..steps).map(move |j| bumps_at([at(i), at(j)]).abs()))
            .fold(0.0, f64::max);
        assert!(max <= 1.0 && max > 0.85, "max |t| = {max}");
    }

    #[test]
    fn sampled_examples_are_inside_and_exact() {
        let mut rng = rng_from_seed(3);
        for _ in 0..200 {
            let (p, t) = plane(&mut rng);
            assert!(p.iter().all(|c| c.abs() <= HALF_SIDE));
            assert_eq!(t, plane_at(p));
            let (q, u) = bumps(&mut rng);
            assert_eq!(u, bumps_at(q));
        }
    }
}
