//! The targets `t` a network is trained towards, in the shape its output layer needs.

use super::dataset::Dataset;
use super::kind::Task;
use crate::error::DataProblem;
use crate::{Error, Matrix, Real, Result};
use serde::{Deserialize, Serialize};

/// How labels become the target matrix `t` (one example per row).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetEncoding {
    /// `N×classes`, a 1 in the column of the point's class (for a softmax output).
    OneHot {
        /// The number of output columns (at least the data's number of classes).
        classes: usize,
    },
    /// `N×1`, 0 or 1 (for a sigmoid output on two classes).
    Binary,
    /// `N×1`, `−1` for class 0 and `+1` for class 1 (for a tanh output on two classes).
    Signed,
    /// `N×1`, the regression target itself (for an identity output).
    Value,
}

impl TargetEncoding {
    /// The number of columns of `t`.
    pub fn columns(self) -> usize {
        match self {
            TargetEncoding::OneHot { classes } => classes,
            TargetEncoding::Binary | TargetEncoding::Signed | TargetEncoding::Value => 1,
        }
    }

    /// Whether this encoding can describe data of `task`, or why not.
    fn check(self, task: Task) -> Result<()> {
        let fits = match (self, task) {
            (TargetEncoding::OneHot { classes }, Task::Classification { classes: k }) => classes >= k,
            (TargetEncoding::Binary | TargetEncoding::Signed, Task::Classification { classes }) => {
                classes == 2
            }
            (TargetEncoding::Value, Task::Regression) => true,
            _ => false,
        };
        if fits {
            return Ok(());
        }
        Err(Error::InvalidData(DataProblem::Targets { encoding: self, task }))
    }
}

impl Dataset {
    /// The class index of every point, in order.
    ///
    /// # Panics
    /// On a regression set, or a label that is not a class index: both are bugs, since
    /// [`Dataset::from_points`] and the generators only make valid sets (check the task first).
    pub fn class_indices(&self) -> Vec<usize> {
        let classes =
            self.task.classes().expect("class_indices needs a classification set, not a regression");
        self.labels
            .iter()
            .map(|&label| {
                assert!(
                    label.fract() == 0.0 && (0.0..classes as f64).contains(&label),
                    "label {label} is not a class index below {classes}"
                );
                label as usize
            })
            .collect()
    }

    /// The `N×columns` target matrix for `encoding`, or an error saying which outputs fit this data.
    pub fn targets<T: Real>(&self, encoding: TargetEncoding) -> Result<Matrix<T>> {
        encoding.check(self.task)?;
        let n = self.len();
        Ok(match encoding {
            TargetEncoding::OneHot { classes } => {
                let mut t = Matrix::zeros(n, classes);
                for (row, class) in self.class_indices().into_iter().enumerate() {
                    t[(row, class)] = T::one();
                }
                t
            }
            TargetEncoding::Binary | TargetEncoding::Value => {
                Matrix::from_fn(n, 1, |row, _| T::of(self.labels[row]))
            }
            TargetEncoding::Signed => Matrix::from_fn(n, 1, |row, _| T::of(2.0 * self.labels[row] - 1.0)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::dataset::GATE_DOMAIN;
    use super::*;

    fn classes(labels: &[f64], classes: usize) -> Dataset {
        let points = vec![[0.0, 0.0]; labels.len()];
        let task = Task::Classification { classes };
        Dataset::from_points(points, labels.to_vec(), task, GATE_DOMAIN).unwrap()
    }

    fn regression() -> Dataset {
        Dataset::from_points(vec![[0.0, 0.0]; 2], vec![0.25, -0.5], Task::Regression, GATE_DOMAIN).unwrap()
    }

    #[test]
    fn one_hot_rows() {
        let t: Matrix<f64> =
            classes(&[2.0, 0.0, 1.0], 3).targets(TargetEncoding::OneHot { classes: 3 }).unwrap();
        assert_eq!(t, Matrix::from_row_slice(3, 3, &[0., 0., 1., 1., 0., 0., 0., 1., 0.]));
    }

    #[test]
    fn binary_signed_and_value_columns() {
        let set = classes(&[1.0, 0.0], 2);
        let binary: Matrix<f32> = set.targets(TargetEncoding::Binary).unwrap();
        let signed: Matrix<f32> = set.targets(TargetEncoding::Signed).unwrap();
        assert_eq!(binary.as_slice(), [1.0, 0.0]);
        assert_eq!(signed.as_slice(), [1.0, -1.0]);
        let value: Matrix<f64> = regression().targets(TargetEncoding::Value).unwrap();
        assert_eq!(value.shape(), (2, 1));
        assert_eq!(value.as_slice(), [0.25, -0.5]);
    }

    #[test]
    fn class_indices_and_columns() {
        assert_eq!(classes(&[2.0, 0.0, 1.0], 3).class_indices(), [2, 0, 1]);
        assert_eq!(TargetEncoding::OneHot { classes: 4 }.columns(), 4);
        assert_eq!(TargetEncoding::Signed.columns(), 1);
    }

    #[test]
    #[should_panic(expected = "needs a classification set")]
    fn class_indices_of_regression_is_a_bug() {
        regression().class_indices();
    }

    #[test]
    fn mismatched_encodings_say_what_fits() {
        let three = classes(&[0.0, 1.0, 2.0], 3);
        let err = three.targets::<f64>(TargetEncoding::Signed).unwrap_err().to_string();
        assert_eq!(err, "invalid data: a −1/+1 target (tanh) cannot hold the targets of 3-class data; 3 classes need a softmax output with at least 3 columns");
        let err = three.targets::<f64>(TargetEncoding::OneHot { classes: 2 }).unwrap_err().to_string();
        assert!(err.contains("with 2 columns"), "{err}");
        let err = regression().targets::<f64>(TargetEncoding::Binary).unwrap_err().to_string();
        assert!(err.ends_with("regression needs a single identity (value) output"), "{err}");
        let err = classes(&[0.0, 1.0], 2).targets::<f64>(TargetEncoding::Value).unwrap_err().to_string();
        assert!(err.ends_with("two classes suit a sigmoid (0/1), tanh (−1/+1) or 2-column softmax output"));
    }
}
