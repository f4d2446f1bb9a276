//! Drawing initial weights.

use super::spec::Init;
use crate::layers::Affine;
use crate::real::{Matrix, Real};
use crate::Rng;
use rand::Rng as _;
use rand_distr::{Distribution, StandardNormal};

/// Standard deviation of [`Init::Small`]: the book's `weight_init_std`.
pub const SMALL_STD: f64 = 0.01;
/// Half-width of [`Init::Uniform`].
pub const UNIFORM_HALF_WIDTH: f64 = 0.5;

impl Init {
    /// One weight for a layer with `fan_in` inputs.
    pub fn sample(self, fan_in: usize, rng: &mut Rng) -> f64 {
        let n = fan_in as f64;
        let normal = |rng: &mut Rng, std: f64| {
            std * <StandardNormal as Distribution<f64>>::sample(&StandardNormal, rng)
        };
        match self {
            Init::Small => normal(rng, SMALL_STD),
            Init::Xavier => normal(rng, (1.0 / n).sqrt()),
            Init::He => normal(rng, (2.0 / n).sqrt()),
            Init::Uniform => rng.random_range(-UNIFORM_HALF_WIDTH..UNIFORM_HALF_WIDTH),
        }
    }
}

/// A fresh `inputs × outputs` affine layer: weights from `init`, biases 0.
pub fn affine<T: Real>(init: Init, inputs: usize, outputs: usize, rng: &mut Rng) -> Affine<T> {
    // Column by column, top to bottom: the draw order is part of what a seed reproduces.
    let w = Matrix::from_fn(inputs, outputs, |_, _| T::of(init.sample(inputs, rng)));
    Affine::new(w, Matrix::zeros(1, outputs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng_from_seed;

    fn std_of(init: Init, fan_in: usize) -> f64 {
        let mut rng = rng_from_seed(7);
        let draws: Vec<f64> = (0..20_000).map(|_| init.sample(fan_in, &mut rng)).collect();
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        (draws.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / draws.len() as f64).sqrt()
    }

    #[test]
    fn spreads_follow_each_rule() {
        assert!((std_of(Init::Small, 100) - 0.01).abs() < 0.0005);
        assert!((std_of(Init::Xavier, 100) - 0.1).abs() < 0.005);
        assert!((std_of(Init::He, 50) - 0.2).abs() < 0.01);
        // U(−a, a) has standard deviation a/√3.
        assert!((std_of(Init::Uniform, 3) - 0.5 / 3f64.sqrt()).abs() < 0.01);
    }

    #[test]
    fn same_seed_same_weights_and_zero_biases() {
        let a: Affine<f32> = affine(Init::He, 3, 4, &mut rng_from_seed(1));
        let b: Affine<f32> = affine(Init::He, 3, 4, &mut rng_from_seed(1));
        assert_eq!(a.w, b.w);
        assert!(a.b.iter().all(|&v| v == 0.0));
    }
}
