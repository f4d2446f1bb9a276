//! Points placed by hand on the playground: before any training they begin the run again with
//! them (they are part of its start, and its link's `user=`); once training has begun each one
//! joins the running network's training set ([`asaku_core::train::Trainer::add_examples`]), so
//! the weights and the epoch are kept, and the link logs it at its step.

use super::{build, Playground, Run};
use crate::js::Refusal;
use crate::notice::Notice;
use crate::query;
use crate::replay::log::Edit;
use crate::state::{check_point, PageState, UserPoint};
use asaku_core::data::Dataset;
use asaku_core::error::Quantity;
use asaku_core::Error;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Playground {
    /// Adds a point of class (or value) `label` where the plot was clicked, at fractions
    /// `(fx, fy)` of its width and height from the top-left, as [`Playground::add_point_at`]
    /// does. Returns `"live"` or `"rebuild"`, as [`Playground::apply`] does.
    #[wasm_bindgen(js_name = addPoint)]
    pub fn add_point(&mut self, fx: f64, fy: f64, label: f64) -> Result<String, Refusal> {
        if !((0.0..=1.0).contains(&fx) && (0.0..=1.0).contains(&fy)) {
            return Err(Refusal(Notice::new("refusal.outsidePlot", [])));
        }
        let [x1, x2] = crate::draw::points::Frame::point_at(self.state.settings.data.kind.domain(), fx, fy);
        self.add_point_at(x1, x2, label)
    }

    /// Adds a point of class (or value) `label` at `(x1, x2)` in the data set's coordinates (the
    /// keyboard's way to place a point); the data become the user's own. Before any training
    /// the run begins again with it (`"rebuild"`); after, it joins the running network's
    /// training set (`"live"`). Coordinates and label are kept to three decimals, as links
    /// write points.
    #[wasm_bindgen(js_name = addPointAt)]
    pub fn add_point_at(&mut self, x1: f64, x2: f64, label: f64) -> Result<String, Refusal> {
        let [x1, x2, label] = [x1, x2, label].map(query::round3);
        let point = UserPoint { x: [x1, x2], label, test: false };
        if self.run_is_fresh() || !matches!(self.run, Run::Ready { .. }) {
            self.add_point_starting_again(x1, x2, label)?;
            return Ok("rebuild".into());
        }
        self.add_point_live(point)?;
        self.record(Edit::Point { x: [x1, x2], label });
        Ok("live".into())
    }

    /// Removes every point: the user starts an empty data set of the same kind, a new run.
    #[wasm_bindgen(js_name = clearPoints)]
    pub fn clear_points(&mut self) {
        self.state.user_points = Some(Vec::new());
        self.run = build(&self.state);
        self.record_start();
    }
}

impl Playground {
    /// Adds a point (kept to three decimals) and begins the run again with it: what a point
    /// does before any training, and what it did in links of the first form.
    pub(crate) fn add_point_starting_again(&mut self, x1: f64, x2: f64, label: f64) -> Result<(), Refusal> {
        self.add_user_point(UserPoint { x: [x1, x2], label, test: false })?;
        self.record_start();
        Ok(())
    }

    /// Adds `point` to the data, which become the user's own, and builds the run on them.
    pub(crate) fn add_user_point(&mut self, point: UserPoint) -> Result<(), Error> {
        let next = self.with_point(point)?;
        self.apply_state(next).map(|_| ())
    }

    /// Adds `point` to the running network's training set and to the data shown. Generated
    /// data first become the user's own (kept to three decimals, inside the plot) in the
    /// trainer too, so the network trains on the points shown, listed and written by a Reset.
    fn add_point_live(&mut self, point: UserPoint) -> Result<(), Error> {
        let next = self.with_point(point)?;
        next.validate().map_err(|invalid| invalid.problem)?;
        let own = match &self.state.user_points {
            Some(_) => None,
            None => {
                let mut own = next.clone();
                if let Some(points) = own.user_points.as_mut() {
                    points.pop();
                }
                Some(own.split()?)
            }
        };
        let Run::Ready { trainer, split } = &mut self.run else { unreachable!("checked by the caller") };
        // On copies, so that a refusal half-way changes nothing.
        let mut grown = trainer.clone();
        let mut shown = match own {
            Some(own) => {
                self.state.settings.set_data(grown.as_mut(), &own)?;
                own
            }
            None => split.clone(),
        };
        let (task, domain) = (shown.train.task, shown.train.domain);
        let data = Dataset { points: vec![point.x], labels: vec![point.label], task, domain };
        self.state.settings.add_points(grown.as_mut(), &data)?;
        shown.train.points.push(point.x);
        shown.train.labels.push(point.label);
        (*trainer, *split, self.state) = (grown, shown, next);
        Ok(())
    }

    /// The state with `point` added to the data, which become the user's own (a generated
    /// set's points kept to link precision), once the point is checked against the data set.
    fn with_point(&self, point: UserPoint) -> Result<PageState, Error> {
        check_point(self.state.settings.data.kind, &point, [Quantity::NewPoint, Quantity::NewLabel])?;
        let mut next = self.state.clone();
        let mut points = match &next.user_points {
            Some(points) => points.clone(),
            None => next.user_points_or_generated().into_iter().map(to_link_precision).collect(),
        };
        points.push(to_link_precision(point));
        next.user_points = Some(points);
        Ok(next)
    }
}

/// A point the page makes (a click, or the generated points becoming the user's own) kept to
/// 3 decimals, what its link writes, so the link reads back to the same points.
fn to_link_precision(point: UserPoint) -> UserPoint {
    UserPoint { x: point.x.map(query::round3), label: query::round3(point.label), ..point }
}

#[cfg(test)]
#[path = "playground_points_tests.rs"]
mod tests;
