//! A labelled set of 2-D points and the region it is drawn in.

use super::kind::Task;
use super::validate;
use crate::Result;
use serde::{Deserialize, Serialize};

/// The fewest points a data set may have.
pub const MIN_POINTS: usize = 2;
/// The most points a data set may have (generated or supplied by a user).
pub const MAX_POINTS: usize = 10_000;
/// The largest size of a point's coordinate: about the largest 32-bit float (`3.4028235·10³⁸`),
/// which training turns the points into, written short.
pub const MAX_COORDINATE: f64 = 3.4e38;
/// The most classes a user data set may have.
pub const MAX_CLASSES: usize = 10;

/// An axis-aligned rectangle `[x_min, x_max] × [y_min, y_max]`: the region a data set is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rect {
    /// Left edge.
    pub x_min: f64,
    /// Right edge.
    pub x_max: f64,
    /// Bottom edge.
    pub y_min: f64,
    /// Top edge.
    pub y_max: f64,
}

/// `[−6, 6]²`, where the generated sets live (as in TensorFlow Playground).
pub const PLAYGROUND_DOMAIN: Rect = Rect::square([0.0, 0.0], 6.0);
/// `[−0.5, 1.5]²`, around the four logic-gate points.
pub const GATE_DOMAIN: Rect = Rect::square([0.5, 0.5], 1.0);

impl Rect {
    /// The square with this centre and half-side.
    pub const fn square(centre: [f64; 2], half_side: f64) -> Rect {
        Rect {
            x_min: centre[0] - half_side,
            x_max: centre[0] + half_side,
            y_min: centre[1] - half_side,
            y_max: centre[1] + half_side,
        }
    }

    /// True when `p` lies inside or on the edge.
    pub fn contains(&self, p: [f64; 2]) -> bool {
        (self.x_min..=self.x_max).contains(&p[0]) && (self.y_min..=self.y_max).contains(&p[1])
    }
}

/// Points with one label each: a class index (`0.0, 1.0, …`) for classification, the real
/// target for regression. Build one from outside data with [`Dataset::from_points`], which
/// checks every field; the generators build them directly.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dataset {
    /// The inputs `(x1, x2)`.
    pub points: Vec<[f64; 2]>,
    /// One label per point.
    pub labels: Vec<f64>,
    /// Classification (with its number of classes) or regression.
    pub task: Task,
    /// The region to draw.
    pub domain: Rect,
}

impl Dataset {
    /// Checks user-supplied points and labels into a data set: between [`MIN_POINTS`] and
    /// [`MAX_POINTS`] points, one label per point, every number finite, class labels whole
    /// numbers in `0..classes` with `2 ≤ classes ≤` [`MAX_CLASSES`], and a non-empty finite domain.
    pub fn from_points(points: Vec<[f64; 2]>, labels: Vec<f64>, task: Task, domain: Rect) -> Result<Dataset> {
        validate::counts(points.len(), labels.len())?;
        validate::task(task)?;
        validate::points(&points)?;
        validate::domain(domain)?;
        validate::labels(&labels, task)?;
        Ok(Dataset { points, labels, task, domain })
    }

    /// The number of points.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when there are no points (never for a checked or generated set).
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// How many points carry each class label, indexed by class; empty for regression.
    pub fn class_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.task.classes().unwrap_or(0)];
        if !counts.is_empty() {
            for class in self.class_indices() {
                counts[class] += 1;
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: Task = Task::Classification { classes: 2 };

    #[test]
    fn domains_by_hand() {
        assert_eq!(PLAYGROUND_DOMAIN, Rect { x_min: -6.0, x_max: 6.0, y_min: -6.0, y_max: 6.0 });
        assert_eq!(GATE_DOMAIN, Rect { x_min: -0.5, x_max: 1.5, y_min: -0.5, y_max: 1.5 });
        assert!(GATE_DOMAIN.contains([1.5, -0.5]));
        assert!(!GATE_DOMAIN.contains([1.6, 0.0]));
    }

    #[test]
    fn from_points_keeps_good_data() {
        let set = Dataset::from_points(
            vec![[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]],
            vec![1.0, 0.0, 1.0],
            TWO,
            GATE_DOMAIN,
        )
        .unwrap();
        assert_eq!(set.len(), 3);
        assert!(!set.is_empty());
        assert_eq!(set.class_counts(), [1, 2]);
    }

    #[test]
    fn regression_has_no_class_counts() {
        let set = Dataset::from_points(
            vec![[0.0, 1.0], [2.0, 3.0]],
            vec![0.25, -7.5],
            Task::Regression,
            GATE_DOMAIN,
        )
        .unwrap();
        assert_eq!(set.class_counts(), Vec::<usize>::new());
        assert_eq!(set.labels, [0.25, -7.5]);
    }
}
