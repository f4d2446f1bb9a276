//! Everything the page shows, as one value: the engine's training settings, the user's own
//! points (if any), and how things are displayed. The URL is this value written out.

use asaku_core::data::{Dataset, Split};
use asaku_core::train::Settings;
use asaku_core::Result;
use serde::{Deserialize, Serialize};

mod validate;

pub use validate::{check_point, Invalid};

/// One point the user placed (or kept from a generated set when they started editing it).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserPoint {
    /// `(x1, x2)` in the data set's coordinates.
    pub x: [f64; 2],
    /// Class index (classification) or target value (regression).
    pub label: f64,
    /// Held out for testing rather than trained on.
    pub test: bool,
}

/// Display choices that do not change what is computed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct View {
    /// Epochs trained per animation frame while playing (`1..=MAX_SPEED`, see [`crate::limits`]).
    pub speed: u32,
    /// Draw the test points too.
    pub show_test: bool,
    /// Colour the output by its decision only (no shades).
    pub discrete: bool,
    /// Interface language (`"en"` or `"ja"`), or `None` to follow the browser.
    pub lang: Option<String>,
    /// Shown inside another page (a slide): no masthead or tabs, and no autofocus.
    pub embed: bool,
    /// Presentation mode, for a projector: larger text, chart labels, lines and points.
    pub present: bool,
    /// Parts and controls an embed (or any link) leaves out; their read-outs stay.
    pub hide: Hide,
}

/// What the page leaves out, one switch per URL key `<part>_hide` (see [`crate::query`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Hide {
    /// The data panel (data choice, its sliders and adding points).
    pub data: bool,
    /// The folded-away training settings.
    pub settings: bool,
    /// The add/remove layer buttons (the layer count stays).
    pub layers: bool,
    /// The speed slider (the speed read-out stays).
    pub speed: bool,
    /// The activation function's chart.
    pub activation: bool,
}

impl Default for View {
    fn default() -> Self {
        Self {
            speed: 1,
            show_test: false,
            discrete: false,
            lang: None,
            embed: false,
            present: false,
            hide: Hide::default(),
        }
    }
}

/// The whole state of the page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageState {
    /// How the network is built and trained (and which data set is generated).
    pub settings: Settings,
    /// The user's own points, replacing the generated ones; their task and drawing area are
    /// those of `settings.data.kind`.
    pub user_points: Option<Vec<UserPoint>>,
    /// Display choices.
    pub view: View,
}

impl PageState {
    /// The data to train on: the user's points if there are any, else the generated set.
    /// User points are checked as one set (at least 2 points, finite, valid labels) and then
    /// split by their test flags; either side may be empty.
    pub fn split(&self) -> Result<Split> {
        let Some(points) = &self.user_points else {
            return self.settings.data.generate();
        };
        let kind = self.settings.data.kind;
        let xs = points.iter().map(|p| p.x).collect();
        let labels = points.iter().map(|p| p.label).collect();
        let all = Dataset::from_points(xs, labels, kind.task(), kind.domain())?;
        let side = |test: bool| {
            let chosen = points.iter().filter(|p| p.test == test);
            Dataset {
                points: chosen.clone().map(|p| p.x).collect(),
                labels: chosen.map(|p| p.label).collect(),
                ..all.clone()
            }
        };
        Ok(Split { train: side(false), test: side(true) })
    }

    /// Turns the current data into editable user points: a generated set's points are kept,
    /// except those its noise moved outside the plot (which user points may not be).
    pub fn user_points_or_generated(&self) -> Vec<UserPoint> {
        if let Some(points) = &self.user_points {
            return points.clone();
        }
        let Ok(split) = self.settings.data.generate() else { return Vec::new() };
        let domain = self.settings.data.kind.domain();
        let side = |d: &Dataset, test: bool| -> Vec<UserPoint> {
            let points = d.points.iter().zip(&d.labels).filter(|(&x, _)| domain.contains(x));
            points.map(|(&x, &label)| UserPoint { x, label, test }).collect()
        };
        [side(&split.train, false), side(&split.test, true)].concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_points_split_into_train_and_test() {
        let p = |x: f64, label: f64, test: bool| UserPoint { x: [x, x], label, test };
        let state = PageState {
            user_points: Some(vec![p(1.0, 0.0, false), p(2.0, 1.0, false), p(3.0, 1.0, true)]),
            ..PageState::default()
        };
        let split = state.split().unwrap();
        assert_eq!(split.train.points, vec![[1.0, 1.0], [2.0, 2.0]]);
        assert_eq!(split.test.labels, vec![1.0]);
    }

    #[test]
    fn too_few_user_points_is_an_error_with_a_sentence() {
        let state = PageState { user_points: Some(vec![]), ..PageState::default() };
        let err = state.split().unwrap_err().to_string();
        assert!(err.contains("between 2 and"), "{err}");
    }

    #[test]
    fn editing_a_generated_set_keeps_its_points() {
        let state = PageState::default();
        let points = state.user_points_or_generated();
        assert_eq!(points.len(), 500);
        assert_eq!(points.iter().filter(|p| p.test).count(), 250);
    }
}
