//! The settings that generate a data set, and the train/test split they produce (the
//! generation itself is in `generate.rs`).

use super::dataset::{Dataset, MAX_POINTS};
use super::kind::DataKind;
use crate::error::{Allowed, Quantity};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// The allowed total number of generated points.
const POINTS: RangeInclusive<usize> = 4..=MAX_POINTS;
/// The allowed noise (a fraction, like TensorFlow Playground's 0–50).
pub const NOISE: RangeInclusive<f64> = 0.0..=0.5;
/// The allowed fraction of points used for training.
pub const TRAIN_RATIO: RangeInclusive<f64> = 0.1..=0.9;

/// Everything that determines a generated data set: the same spec always gives the same points.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataSpec {
    /// Which data set.
    pub kind: DataKind,
    /// The total number of points, train and test together, in `4..=10000` (ignored by gates).
    pub points: usize,
    /// How far points are moved at random, in `[0, 0.5]` (ignored by gates): each coordinate gets
    /// a Gaussian with `σ = 2·noise`; 0 gives clean, separable classes.
    pub noise: f64,
    /// The fraction of points used for training, in `[0.1, 0.9]`; the rest are for testing.
    pub train_ratio: f64,
    /// The seed of the generator.
    pub seed: u64,
}

/// A generated data set cut into the points trained on and the points held out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Split {
    /// The points the network learns from.
    pub train: Dataset,
    /// The points it is measured on.
    pub test: Dataset,
}

impl Default for DataSpec {
    /// A clean circle of 500 points, half for training, seed 1.
    fn default() -> Self {
        DataSpec { kind: DataKind::Circle, points: 500, noise: 0.0, train_ratio: 0.5, seed: 1 }
    }
}

impl DataSpec {
    /// Checks the number of points, the noise and the train ratio against their ranges.
    pub fn validate(&self) -> Result<()> {
        if !POINTS.contains(&self.points) {
            let (low, high) = (*POINTS.start() as f64, *POINTS.end() as f64);
            return Err(out_of_range(Quantity::Points, self.points, low, high));
        }
        if !NOISE.contains(&self.noise) {
            return Err(out_of_range(Quantity::Noise, self.noise, *NOISE.start(), *NOISE.end()));
        }
        check_train_ratio(self.train_ratio)
    }
}

/// Checks a train ratio: between 0.1 and 0.9.
pub(super) fn check_train_ratio(train_ratio: f64) -> Result<()> {
    if !TRAIN_RATIO.contains(&train_ratio) {
        return Err(out_of_range(
            Quantity::TrainRatio,
            train_ratio,
            *TRAIN_RATIO.start(),
            *TRAIN_RATIO.end(),
        ));
    }
    Ok(())
}

fn out_of_range(what: Quantity, got: impl ToString, low: f64, high: f64) -> Error {
    Error::OutOfRange { what, got: got.to_string(), allowed: Allowed::Between { low, high } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_settings_are_refused() {
        let err = |s: DataSpec| s.validate().unwrap_err().to_string();
        let base = DataSpec::default();
        assert_eq!(
            err(DataSpec { points: 3, ..base }),
            "the number of points is 3, but it must be between 4 and 10000"
        );
        assert!(err(DataSpec { points: 10_001, ..base }).contains("is 10001"));
        assert_eq!(
            err(DataSpec { noise: 0.6, ..base }),
            "the noise is 0.6, but it must be between 0 and 0.5"
        );
        let nan = DataSpec { noise: f64::NAN, ..base };
        assert!(err(nan).starts_with("the noise is NaN"));
        let ratio = DataSpec { train_ratio: 0.05, ..base };
        assert_eq!(err(ratio), "the train ratio is 0.05, but it must be between 0.1 and 0.9");
        assert_eq!(base.validate(), Ok(()));
    }

    #[test]
    fn generate_checks_the_spec_first() {
        let bad = DataSpec { points: 0, ..DataSpec::default() };
        assert_eq!(bad.generate().unwrap_err(), bad.validate().unwrap_err());
    }
}
