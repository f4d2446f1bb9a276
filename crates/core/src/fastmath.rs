//! `exp` and `tanh` for `f32` without a library call, so loops over whole matrices can be
//! vectorised (glibc's `tanhf` alone was most of a grid sweep's time).
//!
//! `eˣ = 2ᵏ · eʳ` with `k = round(x·log₂e)` and `r = x − k·ln 2` (`|r| ≤ ½ ln 2`, with `ln 2`
//! split in two parts so `r` keeps its digits); `eʳ` by its Taylor series to the 7th power
//! (error below 1e-8), and `2ᵏ` written straight into the exponent bits.
//! `tanh a = 1 − 2/(e^{2a} + 1)`, with its odd Taylor series near 0 where that form would cancel.

/// Inputs are clamped to `[EXP_MIN, EXP_MAX]`, where `eˣ` stays a normal `f32`.
const EXP_MIN: f32 = -87.0;
/// See [`EXP_MIN`].
const EXP_MAX: f32 = 88.0;
/// `1.5·2²³`: adding and subtracting it rounds an `f32` to the nearest whole number.
const ROUNDER: f32 = 12_582_912.0;
/// `ln 2` to 9 bits (exact in `f32`, so `k·LN_2_HIGH` is exact)...
const LN_2_HIGH: f32 = 0.693_359_4;
/// ...and the rest of it: `ln 2 = LN_2_HIGH + LN_2_LOW`.
const LN_2_LOW: f32 = -2.121_944_4e-4;
/// Beyond this, `tanh a` rounds to ±1 in `f32`.
const TANH_SATURATION: f32 = 10.0;
/// Below this, the Taylor series of `tanh` is used.
const TANH_SMALL: f32 = 0.25;

/// `eˣ` to within about 2e-7 relative error; NaN stays NaN.
#[inline(always)]
pub fn exp_f32(x: f32) -> f32 {
    let clamped = x.clamp(EXP_MIN, EXP_MAX);
    let shifted = clamped * std::f32::consts::LOG2_E + ROUNDER;
    // The low mantissa bits of `shifted` now hold `k` (two's complement): no float→int cast.
    let k_bits = shifted.to_bits().wrapping_sub(ROUNDER.to_bits());
    let k = shifted - ROUNDER;
    let r = clamped - k * LN_2_HIGH - k * LN_2_LOW;
    // Σ rⁿ/n! for n ≤ 7, by Horner's rule.
    let p = 1.0
        + r * (1.0
            + r * (1.0 / 2.0
                + r * (1.0 / 6.0
                    + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r * (1.0 / 5040.0)))))));
    let scale = f32::from_bits(k_bits.wrapping_add(127) << 23);
    let e = p * scale;
    if x.is_nan() {
        x
    } else {
        e
    }
}

/// `ln(1 + x)` for `x > −1`, to within about 2e-7 absolute error: `1 + x = 2ᵏ·m` with
/// `m ∈ [√½, √2)`, then `ln m = 2·atanh s = 2(s + s³/3 + s⁵/5 + …)` with `s = (m − 1)/(m + 1)`,
/// `|s| ≤ 0.172`. NaN stays NaN.
#[inline(always)]
pub fn ln_1p_f32(x: f32) -> f32 {
    let v = 1.0 + x;
    let bits = v.to_bits();
    // Exponent k and mantissa m ∈ [1, 2); move m above √2 down to [√½, 1) so |s| stays small.
    let big = (bits & MANTISSA_MASK) > SQRT_2_MANTISSA;
    let k = ((bits >> 23) as i32 - 127 + i32::from(big)) as f32;
    let m = f32::from_bits((bits & MANTISSA_MASK) | if big { HALF_EXPONENT } else { ONE_EXPONENT });
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let series = 2.0 * s * (1.0 + s2 * (1.0 / 3.0 + s2 * (1.0 / 5.0 + s2 * (1.0 / 7.0 + s2 * (1.0 / 9.0)))));
    let ln = k * std::f32::consts::LN_2 + series;
    if v > 0.0 {
        ln
    } else if v == 0.0 {
        f32::NEG_INFINITY
    } else {
        f32::NAN
    }
}

/// The mantissa bits of an `f32`.
const MANTISSA_MASK: u32 = 0x007F_FFFF;
/// The mantissa bits of `√2`.
const SQRT_2_MANTISSA: u32 = 0x0035_04F3;
/// Exponent bits of 1.0 (mantissa in `[1, 2)`).
const ONE_EXPONENT: u32 = 0x3F80_0000;
/// Exponent bits of 0.5 (mantissa in `[½, 1)`).
const HALF_EXPONENT: u32 = 0x3F00_0000;

/// `tanh a` to within about 2e-7; NaN stays NaN.
#[inline(always)]
pub fn tanh_f32(a: f32) -> f32 {
    let m = a.abs().clamp(0.0, TANH_SATURATION);
    let far = 1.0 - 2.0 / (exp_f32(2.0 * m) + 1.0);
    let m2 = m * m;
    // a − a³/3 + 2a⁵/15 − 17a⁷/315 + 62a⁹/2835 − 1382a¹¹/155925.
    let odd = -17.0 / 315.0 + m2 * (62.0 / 2835.0 + m2 * (-1382.0 / 155_925.0));
    let near = m * (1.0 + m2 * (-1.0 / 3.0 + m2 * (2.0 / 15.0 + m2 * odd)));
    let t = if m < TANH_SMALL { near } else { far };
    if a.is_nan() {
        a
    } else {
        t.copysign(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(from: f32, to: f32, n: usize) -> impl Iterator<Item = f32> {
        (0..=n).map(move |i| from + (to - from) * i as f32 / n as f32)
    }

    #[test]
    fn exp_matches_the_library() {
        let worst = grid(-87.0, 88.0, 200_000)
            .map(|x| ((f64::from(exp_f32(x)) - f64::from(x).exp()) / f64::from(x).exp()).abs())
            .fold(0.0, f64::max);
        assert!(worst < 3e-7, "worst relative error {worst}");
        assert_eq!(exp_f32(0.0), 1.0);
        assert_eq!(exp_f32(-1000.0), exp_f32(EXP_MIN));
        assert!(exp_f32(f32::NAN).is_nan());
        assert!(exp_f32(1000.0).is_finite());
    }

    #[test]
    fn ln_1p_matches_the_library() {
        let worst = grid(-0.999, 1000.0, 400_000)
            .map(|x| (f64::from(ln_1p_f32(x)) - f64::from(x).ln_1p()).abs())
            .fold(0.0, f64::max);
        assert!(worst < 5e-7, "worst absolute error {worst}");
        assert_eq!(ln_1p_f32(0.0), 0.0);
        assert_eq!(ln_1p_f32(-1.0), f32::NEG_INFINITY);
        assert!(ln_1p_f32(-2.0).is_nan() && ln_1p_f32(f32::NAN).is_nan());
    }

    #[test]
    fn tanh_matches_the_library() {
        let worst = grid(-12.0, 12.0, 200_000)
            .map(|a| (f64::from(tanh_f32(a)) - f64::from(a).tanh()).abs())
            .fold(0.0, f64::max);
        assert!(worst < 2e-7, "worst absolute error {worst}");
        let tiny = grid(-0.25, 0.25, 10_000).filter(|a| *a != 0.0);
        let worst_relative = tiny
            .map(|a| ((f64::from(tanh_f32(a)) - f64::from(a).tanh()) / f64::from(a).tanh()).abs())
            .fold(0.0, f64::max);
        assert!(worst_relative < 3e-7, "near 0, relative error {worst_relative}");
        assert_eq!(tanh_f32(0.0), 0.0);
        assert_eq!(tanh_f32(100.0), 1.0);
        assert_eq!(tanh_f32(-100.0), -1.0);
        assert!(tanh_f32(f32::NAN).is_nan());
    }
}
