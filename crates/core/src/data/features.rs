//! Input features: what the network sees of a point `(x1, x2)`, as in TensorFlow Playground.

use crate::error::NetworkProblem;
use crate::{Choice, Error, Matrix, Real, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

crate::choice! {
    /// One input computed from a point.
    pub enum Feature: Feature {
        /// `x1`.
        X1,
        /// `x2`.
        X2,
        /// `x1²`.
        X1Squared,
        /// `x2²`.
        X2Squared,
        /// `x1·x2`.
        X1TimesX2,
        /// `sin(x1)`.
        SinX1,
        /// `sin(x2)`.
        SinX2,
    }
}

impl Feature {
    /// The feature's value at the point `p = (x1, x2)`.
    pub fn value(self, p: [f64; 2]) -> f64 {
        let [x1, x2] = p;
        match self {
            Feature::X1 => x1,
            Feature::X2 => x2,
            Feature::X1Squared => x1 * x1,
            Feature::X2Squared => x2 * x2,
            Feature::X1TimesX2 => x1 * x2,
            Feature::SinX1 => x1.sin(),
            Feature::SinX2 => x2.sin(),
        }
    }
}

/// The network's inputs: a non-empty list of features without repeats, in order. The order fixes
/// the columns of the input matrix. Written and read as `x1,x2,sin-x1`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<Feature>", into = "Vec<Feature>")]
pub struct FeatureSet(Vec<Feature>);

impl FeatureSet {
    /// Checks a list of features: at least one, and none twice.
    pub fn new(features: Vec<Feature>) -> Result<FeatureSet> {
        if features.is_empty() {
            return Err(Error::InvalidNetwork(NetworkProblem::NoFeatures { allowed: Feature::names() }));
        }
        if let Some((i, &twice)) = features.iter().enumerate().find(|(i, f)| features[..*i].contains(f)) {
            return Err(Error::InvalidNetwork(NetworkProblem::FeatureTwice {
                feature: twice.name(),
                position: i + 1,
            }));
        }
        Ok(FeatureSet(features))
    }

    /// Reads a comma-separated list such as `x1,x2,sin-x1` (spaces around names are ignored).
    pub fn parse(text: &str) -> Result<FeatureSet> {
        let features = text
            .split(',')
            .filter(|item| !item.trim().is_empty())
            .map(Feature::parse)
            .collect::<Result<Vec<_>>>()?;
        FeatureSet::new(features)
    }

    /// The number of features, i.e. of input columns.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: a feature set keeps at least one feature.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The features in column order.
    pub fn iter(&self) -> impl Iterator<Item = Feature> + '_ {
        self.0.iter().copied()
    }

    /// The `N×F` input matrix `x`: row `i` holds every feature of point `i`.
    pub fn inputs<T: Real>(&self, points: &[[f64; 2]]) -> Matrix<T> {
        Matrix::from_fn(points.len(), self.len(), |row, col| T::of(self.0[col].value(points[row])))
    }
}

impl Default for FeatureSet {
    /// `x1,x2`: the raw coordinates.
    fn default() -> Self {
        FeatureSet(vec![Feature::X1, Feature::X2])
    }
}

impl fmt::Display for FeatureSet {
    /// Writes the names comma-separated, as [`FeatureSet::parse`] reads them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iter().map(Feature::name).collect::<Vec<_>>().join(","))
    }
}

impl TryFrom<Vec<Feature>> for FeatureSet {
    type Error = Error;

    /// Same as [`FeatureSet::new`].
    fn try_from(features: Vec<Feature>) -> Result<FeatureSet> {
        FeatureSet::new(features)
    }
}

impl From<FeatureSet> for Vec<Feature> {
    /// The features in column order.
    fn from(set: FeatureSet) -> Vec<Feature> {
        set.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_at_a_hand_computed_point() {
        let p = [2.0, -3.0];
        let values: Vec<f64> =
            [Feature::X1, Feature::X2, Feature::X1Squared, Feature::X2Squared, Feature::X1TimesX2]
                .iter()
                .map(|f| f.value(p))
                .collect();
        assert_eq!(values, [2.0, -3.0, 4.0, 9.0, -6.0]);
        let half_pi = [std::f64::consts::FRAC_PI_2, 0.0];
        assert_eq!((Feature::SinX1.value(half_pi), Feature::SinX2.value(half_pi)), (1.0, 0.0));
    }

    #[test]
    fn inputs_have_one_row_per_point() {
        let set = FeatureSet::parse("x1-times-x2, x1,x2-squared").unwrap();
        let x: Matrix<f64> = set.inputs(&[[1.0, 2.0], [3.0, -1.0]]);
        assert_eq!(x, Matrix::from_row_slice(2, 3, &[2.0, 1.0, 4.0, -3.0, 3.0, 1.0]));
        assert_eq!(FeatureSet::default().inputs::<f32>(&[[0.5, 1.5]]).as_slice(), [0.5, 1.5]);
    }

    #[test]
    fn parse_and_display_round_trip() {
        let set = FeatureSet::parse("x1,x2,sin-x1").unwrap();
        assert_eq!(set.len(), 3);
        assert!(!set.is_empty());
        assert_eq!(set.iter().collect::<Vec<_>>(), [Feature::X1, Feature::X2, Feature::SinX1]);
        assert_eq!(set.to_string(), "x1,x2,sin-x1");
        assert_eq!(FeatureSet::parse(&set.to_string()), Ok(set));
        assert_eq!(FeatureSet::default().to_string(), "x1,x2");
    }

    #[test]
    fn empty_lists_are_refused() {
        let expected = "invalid network: a feature list must keep at least one input; choose from \
                        x1, x2, x1-squared, x2-squared, x1-times-x2, sin-x1, sin-x2";
        assert_eq!(FeatureSet::new(vec![]).unwrap_err().to_string(), expected);
        assert_eq!(FeatureSet::parse(" , ").unwrap_err().to_string(), expected);
    }

    #[test]
    fn repeats_and_unknown_names_are_refused() {
        let err = FeatureSet::parse("x1,x2,x1").unwrap_err().to_string();
        assert_eq!(err, "invalid network: feature x1 is listed twice (again at position 3); list each feature at most once");
        let err = FeatureSet::parse("x1,cos-x1").unwrap_err().to_string();
        assert!(err.starts_with("unknown feature \"cos-x1\": use one of x1, x2"), "{err}");
    }
}
