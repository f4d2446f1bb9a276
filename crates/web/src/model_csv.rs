//! The page's own data: points read from CSV text (`x1,x2,label`, the format of the command
//! line's `--points-file`) and the current data set written in that format.

use crate::js::Refusal;
use crate::notice::Notice;
use crate::playground::Playground;
use crate::state::UserPoint;
use asaku_core::data::{parse_points, point_lines};
use asaku_core::error::written;
use asaku_core::Choice;
use std::fmt::Write;
use wasm_bindgen::prelude::*;

/// The first line of an exported CSV file.
const HEADER: &str = "x1,x2,label";

#[wasm_bindgen]
impl Playground {
    /// Replaces the data by the points of CSV `text`, split into training and test points by the
    /// train ratio and the data seed (as the command line does). Each bad line is refused with its
    /// number and what is wrong, as is a point outside the plot; on an error nothing changes.
    #[wasm_bindgen(js_name = importPoints)]
    pub fn import_points(&mut self, text: &str) -> Result<(), Refusal> {
        let data = &self.state.settings.data;
        let (kind, domain) = (data.kind, data.kind.domain());
        let set = parse_points(text, kind.task())?;
        let lines = point_lines(text);
        if let Some((&line, p)) = lines.iter().zip(&set.points).find(|(_, &p)| !domain.contains(p)) {
            let vars = [
                ("line", line.to_string()),
                ("x1", written(p[0])),
                ("x2", written(p[1])),
                ("data", kind.name().to_string()),
                ("low", written(domain.x_min)),
                ("high", written(domain.x_max)),
            ];
            return Err(Refusal(Notice::new("refusal.csvOutside", vars)));
        }
        let split = set.split(data.train_ratio, data.seed)?;
        let side = |d: &asaku_core::data::Dataset, test: bool| -> Vec<UserPoint> {
            d.points.iter().zip(&d.labels).map(|(&x, &label)| UserPoint { x, label, test }).collect()
        };
        let mut next = self.state.clone();
        next.user_points = Some([side(&split.train, false), side(&split.test, true)].concat());
        self.apply_state(next)?;
        Ok(())
    }

    /// The current data set (training and test points) as CSV text that
    /// [`Playground::import_points`] and `asaku train --points-file` read.
    #[wasm_bindgen(js_name = exportPoints)]
    pub fn export_points(&self) -> String {
        let mut text = format!("{HEADER}\n");
        for p in self.state.user_points_or_generated() {
            let _ = writeln!(text, "{},{},{}", p.x[0], p.x[1], p.label);
        }
        text
    }
}
