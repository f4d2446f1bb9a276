//! The page's Export model and Import model: the run as a model file ([`asaku_core::model`]),
//! the same format the command line's `--save` and `--load` use.

use crate::js::Refusal;
use crate::notice::Notice;
use crate::playground::{Playground, Run};
use crate::state::{PageState, UserPoint};
use asaku_core::model::{self, LabelledPoint, Model, OwnPoints};
use asaku_core::Choice;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Playground {
    /// The current run as a model file's JSON text; refused when there is no network.
    #[wasm_bindgen(js_name = exportModel)]
    pub fn export_model(&self) -> Result<String, Refusal> {
        let Run::Ready { trainer, .. } = &self.run else {
            return Err(Refusal(Notice::new("refusal.noNetwork", [])));
        };
        let kind = self.state.settings.data.kind;
        let points = self.state.user_points.as_ref().map(|points| OwnPoints {
            task: kind.task(),
            domain: kind.domain(),
            points: points.iter().map(|p| LabelledPoint { x: p.x, label: p.label, test: p.test }).collect(),
        });
        Ok(model::write(&self.state.settings, points.as_ref(), trainer))
    }

    /// Opens a model file: its settings, data, weights, epoch and history replace the current
    /// run (the display choices stay). All or nothing: on an error nothing changes and the
    /// [`Refusal`] says what is wrong with the file.
    #[wasm_bindgen(js_name = importModel)]
    pub fn import_model(&mut self, text: &str) -> Result<(), Refusal> {
        let Model { settings, points, trainer } = model::read(text)?;
        let kind = settings.data.kind;
        let user_points = match points {
            None => None,
            Some(own) if own.task == kind.task() && own.domain == kind.domain() => {
                Some(own.points.iter().map(|p| UserPoint { x: p.x, label: p.label, test: p.test }).collect())
            }
            Some(_) => {
                return Err(Refusal(Notice::new("refusal.modelPoints", [("data", kind.name().to_string())])))
            }
        };
        let next = PageState { settings, user_points, view: self.state.view.clone() };
        next.validate().map_err(|invalid| Refusal::from(invalid.problem))?;
        let split = next.split()?;
        self.state = next;
        self.run = Run::Ready { trainer: Box::new(trainer), split };
        self.record = crate::replay::Record::from_file(self.state.clone());
        Ok(())
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
