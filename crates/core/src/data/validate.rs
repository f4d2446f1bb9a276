//! The checks behind [`Dataset::from_points`](super::Dataset::from_points), one per rule, each
//! failing with a sentence saying what is wrong and what is allowed.

use super::dataset::{Rect, MAX_CLASSES, MAX_COORDINATE, MAX_POINTS, MIN_POINTS};
use super::kind::Task;
use crate::error::{Allowed, DataProblem, LabelRule, Quantity};
use crate::{Error, Result};

/// Between [`MIN_POINTS`] and [`MAX_POINTS`] points, and one label per point.
pub(super) fn counts(points: usize, labels: usize) -> Result<()> {
    if !(MIN_POINTS..=MAX_POINTS).contains(&points) {
        return Err(Error::OutOfRange {
            what: Quantity::Points,
            got: points.to_string(),
            allowed: Allowed::Between { low: MIN_POINTS as f64, high: MAX_POINTS as f64 },
        });
    }
    if points != labels {
        return Err(Error::InvalidData(DataProblem::LabelCount { points, labels }));
    }
    Ok(())
}

/// A classification has between 2 and [`MAX_CLASSES`] classes.
pub(super) fn task(task: Task) -> Result<()> {
    match task.classes() {
        Some(classes) if !(2..=MAX_CLASSES).contains(&classes) => Err(Error::OutOfRange {
            what: Quantity::Classes,
            got: classes.to_string(),
            allowed: Allowed::Between { low: 2.0, high: MAX_CLASSES as f64 },
        }),
        _ => Ok(()),
    }
}

/// Finite edges with `x_min < x_max` and `y_min < y_max`.
pub(super) fn domain(rect: Rect) -> Result<()> {
    let Rect { x_min, x_max, y_min, y_max } = rect;
    let finite = [x_min, x_max, y_min, y_max].iter().all(|v| v.is_finite());
    if finite && x_min < x_max && y_min < y_max {
        return Ok(());
    }
    Err(Error::InvalidData(DataProblem::Domain(rect)))
}

/// Every coordinate finite, also as the 32-bit float training turns it into
/// (`|c| ≤` [`MAX_COORDINATE`]).
pub(super) fn points(points: &[[f64; 2]]) -> Result<()> {
    match points.iter().position(|p| !p.iter().all(|&c| c.abs() <= MAX_COORDINATE)) {
        None => Ok(()),
        Some(i) => {
            Err(Error::InvalidData(DataProblem::Point { number: i + 1, x1: points[i][0], x2: points[i][1] }))
        }
    }
}

/// Every label finite; class labels whole numbers in `0..classes`.
pub(super) fn labels(labels: &[f64], task: Task) -> Result<()> {
    labels.iter().enumerate().try_for_each(|(i, &label)| {
        label_fits(label, task)
            .map_err(|rule| Error::InvalidData(DataProblem::Label { number: i + 1, label, rule }))
    })
}

/// Whether one label suits the task, or what a label must be instead.
pub(super) fn label_fits(label: f64, task: Task) -> Result<(), LabelRule> {
    match task.classes() {
        _ if !label.is_finite() => Err(LabelRule::Finite),
        Some(classes) if label.fract() != 0.0 || !(0.0..classes as f64).contains(&label) => {
            Err(LabelRule::Class { high: classes - 1 })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::dataset::{Dataset, GATE_DOMAIN};
    use super::*;

    const TWO: Task = Task::Classification { classes: 2 };

    /// 1e308 is finite as f64 but infinite as the f32 training uses: refused, naming the point.
    #[test]
    fn a_coordinate_past_f32_is_refused() {
        let err = points(&[[0.0, 1.0], [1e308, 0.0]]).unwrap_err().to_string();
        assert!(err.starts_with("invalid data: point 2 is (1e308, 0), but every coordinate"), "{err}");
        assert!(points(&[[3.4e38, -3.4e38]]).is_ok());
    }

    fn check(points: Vec<[f64; 2]>, labels: Vec<f64>, task: Task, domain: Rect) -> String {
        Dataset::from_points(points, labels, task, domain).unwrap_err().to_string()
    }

    fn two_points() -> Vec<[f64; 2]> {
        vec![[0.0, 0.0], [1.0, 1.0]]
    }

    #[test]
    fn too_few_and_too_many_points() {
        let few = check(vec![[0.0, 0.0]], vec![0.0], TWO, GATE_DOMAIN);
        assert_eq!(few, "the number of points is 1, but it must be between 2 and 10000");
        let many = vec![[0.0, 0.0]; MAX_POINTS + 1];
        let err = check(many, vec![0.0; MAX_POINTS + 1], TWO, GATE_DOMAIN);
        assert!(err.contains("is 10001"), "{err}");
    }

    #[test]
    fn one_label_per_point() {
        let err = check(two_points(), vec![0.0], TWO, GATE_DOMAIN);
        assert_eq!(err, "invalid data: there are 2 points but 1 labels; give exactly one label per point");
    }

    #[test]
    fn class_count_in_range() {
        let one = Task::Classification { classes: 1 };
        let err = check(two_points(), vec![0.0, 0.0], one, GATE_DOMAIN);
        assert_eq!(err, "the number of classes is 1, but it must be between 2 and 10");
    }

    #[test]
    fn domain_must_be_finite_and_non_empty() {
        let flat = Rect { x_min: 1.0, x_max: 1.0, y_min: 0.0, y_max: 1.0 };
        assert!(check(two_points(), vec![0.0, 1.0], TWO, flat).contains("x_min < x_max"));
        let open = Rect { x_min: 0.0, x_max: f64::INFINITY, y_min: 0.0, y_max: 1.0 };
        assert!(check(two_points(), vec![0.0, 1.0], TWO, open).contains("not finite"));
    }

    /// A point past the range is named before the domain it makes unbounded.
    #[test]
    fn a_point_is_named_before_the_domain() {
        let open = Rect { x_min: f64::NEG_INFINITY, x_max: f64::INFINITY, y_min: 0.0, y_max: 1.0 };
        let err = check(vec![[0.0, 0.0], [1e308, 0.0]], vec![0.0, 1.0], TWO, open);
        assert!(err.starts_with("invalid data: point 2 is (1e308, 0)"), "{err}");
    }

    #[test]
    fn coordinates_must_be_finite() {
        let err = check(vec![[0.0, 0.0], [f64::NAN, 2.0]], vec![0.0, 1.0], TWO, GATE_DOMAIN);
        assert!(
            err.starts_with(
                "invalid data: point 2 is (NaN, 2), but every coordinate must be a finite number"
            ),
            "{err}"
        );
    }

    #[test]
    fn class_labels_must_be_whole_and_in_range() {
        let half = check(two_points(), vec![0.5, 1.0], TWO, GATE_DOMAIN);
        assert_eq!(
            half,
            "invalid data: point 1 has label 0.5, but a class label must be a whole number from 0 to 1"
        );
        assert!(check(two_points(), vec![0.0, 2.0], TWO, GATE_DOMAIN).contains("point 2 has label 2"));
        assert!(check(two_points(), vec![-1.0, 0.0], TWO, GATE_DOMAIN).contains("label -1"));
    }

    #[test]
    fn regression_labels_must_be_finite() {
        let err = check(two_points(), vec![0.5, f64::INFINITY], Task::Regression, GATE_DOMAIN);
        assert_eq!(err, "invalid data: point 2 has label inf, but every label must be a finite number");
    }
}
