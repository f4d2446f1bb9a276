//! Generating a [`DataSpec`]: seeded points, noise, shuffle, split.

use super::dataset::Dataset;
use super::kind::Source;
use super::spec::{DataSpec, Split};
use crate::{rng_from_seed, Result, Rng};
use rand::seq::SliceRandom;
use rand::Rng as _;
use rand_distr::StandardNormal;

/// Noise `n` moves each coordinate by a Gaussian with `σ = 2·n` (so `σ = 1` at the maximum).
const NOISE_SIGMA_PER_UNIT: f64 = 2.0;

impl DataSpec {
    /// Generates every point with a generator seeded by `seed`, shuffles them and splits them by
    /// `train_ratio` (each side gets at least one point). Classes take turns, so their counts differ
    /// by at most one. Gates give their four points as both the train and the test set.
    pub fn generate(&self) -> Result<Split> {
        self.validate()?;
        let mut rng = rng_from_seed(self.seed);
        let mut examples = match self.kind.source() {
            Source::Gate(gate) => {
                let set = gate.dataset();
                return Ok(Split { train: set.clone(), test: set });
            }
            Source::Classes { classes, sample } => {
                self.sample_all(&mut rng, |i, rng| (sample(i % classes, rng), (i % classes) as f64))
            }
            Source::Regression { sample } => self.sample_all(&mut rng, |_, rng| sample(rng)),
        };
        examples.shuffle(&mut rng);
        Ok(self.split(examples))
    }

    /// Draws `points` examples with `example(i, rng)`, each moved by the noise.
    fn sample_all(
        &self,
        rng: &mut Rng,
        mut example: impl FnMut(usize, &mut Rng) -> ([f64; 2], f64),
    ) -> Vec<([f64; 2], f64)> {
        let sigma = NOISE_SIGMA_PER_UNIT * self.noise;
        (0..self.points)
            .map(|i| {
                let (p, label) = example(i, rng);
                let mut jitter = || sigma * rng.sample::<f64, _>(StandardNormal);
                ([p[0] + jitter(), p[1] + jitter()], label)
            })
            .collect()
    }

    /// Cuts shuffled examples into train and test sets.
    fn split(&self, mut examples: Vec<([f64; 2], f64)>) -> Split {
        let n = examples.len();
        let n_train = super::split::train_count(n, self.train_ratio);
        let test = examples.split_off(n_train);
        Split { train: self.dataset(examples), test: self.dataset(test) }
    }

    /// A data set of this spec's kind from examples.
    fn dataset(&self, examples: Vec<([f64; 2], f64)>) -> Dataset {
        let (points, labels) = examples.into_iter().unzip();
        Dataset { points, labels, task: self.kind.task(), domain: self.kind.domain() }
    }
}

#[cfg(test)]
mod tests {
    use super::super::kind::{DataKind, Task};
    use super::*;
    use strum::IntoEnumIterator;

    fn spec(kind: DataKind, points: usize, noise: f64, seed: u64) -> DataSpec {
        DataSpec { kind, points, noise, train_ratio: 0.5, seed }
    }

    fn all(split: &Split) -> (Vec<[f64; 2]>, Vec<f64>) {
        let points = [split.train.points.clone(), split.test.points.clone()].concat();
        (points, [split.train.labels.clone(), split.test.labels.clone()].concat())
    }

    #[test]
    fn same_seed_same_points_other_seed_other_points() {
        for kind in DataKind::iter().filter(|k| !matches!(k.source(), Source::Gate(_))) {
            let a = spec(kind, 100, 0.2, 9).generate().unwrap();
            assert_eq!(a, spec(kind, 100, 0.2, 9).generate().unwrap(), "{kind:?}");
            assert_ne!(a.train.points, spec(kind, 100, 0.2, 10).generate().unwrap().train.points);
        }
    }

    #[test]
    fn split_sizes_follow_the_ratio_and_keep_one_each() {
        let split = DataSpec { train_ratio: 0.7, ..spec(DataKind::Xor, 201, 0.0, 1) }.generate().unwrap();
        assert_eq!((split.train.len(), split.test.len()), (141, 60));
        let tiny = DataSpec { train_ratio: 0.1, ..spec(DataKind::Xor, 4, 0.0, 1) }.generate().unwrap();
        assert_eq!((tiny.train.len(), tiny.test.len()), (1, 3));
        let tiny = DataSpec { train_ratio: 0.9, ..spec(DataKind::Xor, 4, 0.0, 1) }.generate().unwrap();
        assert_eq!((tiny.train.len(), tiny.test.len()), (3, 1));
    }

    #[test]
    fn classes_are_balanced_and_spiral3_has_three() {
        let split = spec(DataKind::Spiral3, 301, 0.1, 4).generate().unwrap();
        let counts: Vec<usize> =
            (0..3).map(|c| split.train.class_counts()[c] + split.test.class_counts()[c]).collect();
        assert_eq!(counts, [101, 100, 100]);
        assert_eq!(split.train.task, Task::Classification { classes: 3 });
    }

    #[test]
    fn clean_circle_puts_class_one_inside() {
        let (points, labels) = all(&spec(DataKind::Circle, 400, 0.0, 2).generate().unwrap());
        let radii = |class: f64| {
            points.iter().zip(&labels).filter(move |(_, &l)| l == class).map(|(p, _)| p[0].hypot(p[1]))
        };
        let inside_max = radii(1.0).fold(0.0, f64::max);
        let outside_min = radii(0.0).fold(f64::INFINITY, f64::min);
        assert!(inside_max < outside_min, "{inside_max} vs {outside_min}");
    }

    #[test]
    fn noise_moves_points() {
        let (clean, _) = all(&spec(DataKind::Circle, 400, 0.0, 2).generate().unwrap());
        let (noisy, _) = all(&spec(DataKind::Circle, 400, 0.5, 2).generate().unwrap());
        let outside_ring = |ps: &[[f64; 2]]| ps.iter().filter(|p| p[0].hypot(p[1]) > 5.0 + 1e-9).count();
        assert_eq!(outside_ring(&clean), 0);
        assert!(outside_ring(&noisy) > 40, "{}", outside_ring(&noisy));
    }

    #[test]
    fn gates_ignore_points_and_noise() {
        let split = spec(DataKind::GateAnd, 9999, 0.5, 3).generate().unwrap();
        assert_eq!(split.train, split.test);
        assert_eq!(split.train.points, [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]);
        assert_eq!(split.train.labels, [0.0, 0.0, 0.0, 1.0]);
    }

    #[test]
    fn regression_targets_lie_within_one() {
        for kind in [DataKind::Plane, DataKind::Bumps] {
            let (_, targets) = all(&spec(kind, 1000, 0.5, 5).generate().unwrap());
            assert!(targets.iter().all(|t| t.abs() <= 1.0), "{kind:?}");
            assert!(targets.iter().any(|t| t.abs() > 0.5), "{kind:?}");
        }
    }
}
