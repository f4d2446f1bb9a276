//! Recording the run as it goes, and writing it as a link in the current form (see [`super`]).

use super::log::{self, Edit, Entry, LIVE_KEYS};
use super::{Record, Replay};
use crate::playground::Playground;
use crate::query;
use crate::state::PageState;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Playground {
    /// The current run as a URL query (without `?`) in the current form: the settings and view
    /// shown now (with the data the run began on), then `epoch=` (and `step=` within it, unless
    /// at an epoch's end), `form=2` and `log=`. A run opened from a model file links its
    /// settings only.
    pub fn link(&self) -> String {
        if self.record.from_file {
            return query::write(&self.state);
        }
        let mut shown = self.state.clone();
        shown.user_points.clone_from(&self.record.origin.user_points);
        let mut link = query::write(&shown);
        let (epoch, step) = self.position();
        if epoch > 0 || step > 0 || !self.record.log.is_empty() {
            link.push_str(&format!("&epoch={epoch}"));
        }
        if step > 0 {
            link.push_str(&format!("&step={step}"));
        }
        if !self.record.log.is_empty() {
            link.push_str(&format!("&form=2&log={}", query::encode(&log::write(&self.record.log))));
        }
        link
    }
}

impl Playground {
    /// Whether nothing has been trained or changed by hand since the run began from the state
    /// shown (not from a model file): a change now begins the run again, as its new start.
    pub(crate) fn run_is_fresh(&self) -> bool {
        !self.record.from_file && self.record.steps == 0 && self.record.log.is_empty()
    }

    /// The run begins again from the state shown.
    pub(crate) fn record_start(&mut self) {
        self.record = Record::new(self.state.clone());
    }

    /// Adds `edit` to the log, made after the steps trained so far.
    pub(crate) fn record(&mut self, edit: Edit) {
        self.record.log.push(Entry { step: self.record.steps, edit });
    }

    /// Records a change of settings from `before` that kept the run (`live`) or began it again.
    /// A live change on a fresh run becomes part of its start (building the run with it gives
    /// the same run); later, each changed key is logged with the value it had.
    pub(crate) fn record_settings(&mut self, before: &PageState, live: bool) {
        if !live || self.run_is_fresh() {
            self.record_start();
            return;
        }
        for key in LIVE_KEYS {
            let (from, value) = (query::write_key(before, key), query::write_key(&self.state, key));
            if value != from {
                self.record(Edit::Setting { key, from, value: value.unwrap_or_default() });
            }
        }
    }

    /// Starts replaying `replay` (from [`super::split_query`]) on a playground just built.
    pub(crate) fn start_replay(&mut self, replay: Replay) {
        self.record_start();
        self.replay = replay;
    }
}
