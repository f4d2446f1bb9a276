//! The points a model was trained on when they are not a generated set: a user's own points
//! (from a CSV file or placed by hand), each marked as a training or a test point.

use crate::data::{Dataset, Rect, Split, Task};
use crate::Result;
use serde::{Deserialize, Serialize};

/// One point with its label, and which side of the split it is on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelledPoint {
    /// `(x1, x2)`.
    pub x: [f64; 2],
    /// Class index (classification) or target value (regression).
    pub label: f64,
    /// Held out for testing rather than trained on.
    pub test: bool,
}

/// A user's own data set: the points in order (training points keep their order among
/// themselves, and so do test points), their task and the area they are drawn in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnPoints {
    /// Classification (with its number of classes) or regression.
    pub task: Task,
    /// The area drawn.
    pub domain: Rect,
    /// The points.
    pub points: Vec<LabelledPoint>,
}

impl OwnPoints {
    /// The points of a split, training points first.
    pub fn from_split(split: &Split) -> OwnPoints {
        fn side(d: &Dataset, test: bool) -> impl Iterator<Item = LabelledPoint> + '_ {
            d.points.iter().zip(&d.labels).map(move |(&x, &label)| LabelledPoint { x, label, test })
        }
        let points = side(&split.train, false).chain(side(&split.test, true)).collect();
        OwnPoints { task: split.train.task, domain: split.train.domain, points }
    }

    /// Checks the points as one set (2 to 10000 points, finite, labels that fit the task, a
    /// finite domain) and splits them by their test flags; the test side may be empty.
    pub fn split(&self) -> Result<Split> {
        let xs = self.points.iter().map(|p| p.x).collect();
        let labels = self.points.iter().map(|p| p.label).collect();
        let all = Dataset::from_points(xs, labels, self.task, self.domain)?;
        let side = |test: bool| {
            let chosen = self.points.iter().filter(|p| p.test == test);
            Dataset {
                points: chosen.clone().map(|p| p.x).collect(),
                labels: chosen.map(|p| p.label).collect(),
                ..all.clone()
            }
        };
        Ok(Split { train: side(false), test: side(true) })
    }
}
