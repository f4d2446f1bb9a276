//! The playground's side of opening a link's run: replaying it a bounded number of steps per
//! call (recording the run and writing its link is in [`super::record`]).

use super::log::{Edit, Entry};
use super::{Form, MAX_LINK_CHARS};
use crate::js::Refusal;
use crate::lessons::catchup::{Progress, MAX_STEPS};
use crate::notice::Notice;
use crate::playground::{Playground, Run};
use crate::query;
use crate::work::{steps_to, train_towards};
use asaku_core::train::Trainer;
use wasm_bindgen::prelude::*;

/// Most characters of a link the Share dialog offers ([`MAX_LINK_CHARS`]).
#[wasm_bindgen(js_name = maxLinkChars)]
pub fn max_link_chars() -> usize {
    MAX_LINK_CHARS
}

#[wasm_bindgen]
impl Playground {
    /// Replays at most `max_steps` more training steps of the link the playground was opened
    /// with (and every change of its log on the way). Returns the progress, as a lesson's
    /// catch-up does: `{ done, total, epoch, target, cancelled }`.
    #[wasm_bindgen(js_name = replayAdvance)]
    pub fn replay_advance(&mut self, max_steps: u32) -> Result<JsValue, JsError> {
        crate::js::to_json_like(&self.advance(max_steps as usize))
    }

    /// Whether [`Playground::link`] rebuilds the run shown: not when its weights came from a model
    /// file (the link then carries the settings only, and the model file is what to share).
    #[wasm_bindgen(js_name = linkCarriesRun)]
    pub fn link_carries_run(&self) -> bool {
        !self.record.from_file
    }

    /// Whether the link the playground was opened with still has a run to replay.
    #[wasm_bindgen(js_name = hasReplay)]
    pub fn has_replay(&self) -> bool {
        self.replay.active
    }

    /// Where the replay stands: `{ done, total, epoch, target, cancelled }`.
    #[wasm_bindgen(js_name = replayProgress)]
    pub fn replay_progress(&self) -> Result<JsValue, JsError> {
        crate::js::to_json_like(&self.progress())
    }

    /// Stops the replay where it is: the link then says the epoch reached and the changes made.
    #[wasm_bindgen(js_name = replayCancel)]
    pub fn replay_cancel(&mut self) {
        if self.replay.active {
            self.replay.active = false;
            self.replay.entries.clear();
            self.replay.cancelled = Some(self.replay.epoch);
        }
    }
}

impl Playground {
    /// [`Playground::replay_advance`] on Rust values.
    pub(crate) fn advance(&mut self, max_steps: usize) -> Progress {
        let mut budget = max_steps;
        while self.replay.active && self.replay_part(&mut budget) {}
        self.progress()
    }

    /// Where the replay stands.
    pub(crate) fn progress(&self) -> Progress {
        let r = &self.replay;
        let ahead = |to: u64| usize::try_from(to.saturating_sub(r.at)).unwrap_or(usize::MAX);
        let remaining = match (r.active, r.entries.back()) {
            (false, _) => 0,
            (true, None) => self.steps_to_position(),
            (true, Some((_, last))) => ahead(last.step).max(self.steps_to_position()),
        };
        let total = r.done + remaining.min(MAX_STEPS - r.done);
        let (epoch, _) = self.position();
        Progress { done: r.done, total, epoch, target: r.epoch, cancelled: r.cancelled }
    }

    /// One part of the replay within `budget` steps: the next entry if it is due, else training
    /// towards it (or towards the link's epoch). Returns whether to go on.
    fn replay_part(&mut self, budget: &mut usize) -> bool {
        let cap = MAX_STEPS - self.replay.done;
        let next = self.replay.entries.front().map(|(_, e)| e.step);
        if next.is_some_and(|s| s <= self.replay.at) {
            let (n, entry) = self.replay.entries.pop_front().expect("an entry is due");
            self.replay_entry(n, &entry);
            return true;
        }
        if next.is_none() && self.past_position() {
            let (epoch, step) = self.position();
            let vars = [
                ("epoch", self.replay.epoch.to_string()),
                ("step", self.replay.step.to_string()),
                ("reached", epoch.to_string()),
                ("inEpoch", step.to_string()),
            ];
            self.notices.push(Notice::new("notice.logPosition", vars));
            return self.finish();
        }
        let wanted = match next {
            Some(step) => usize::try_from(step - self.replay.at).unwrap_or(usize::MAX),
            None => self.steps_to_position(),
        };
        if wanted == 0 {
            return self.finish();
        }
        if cap == 0 {
            self.notices.push(Notice::new(
                "notice.replayCap",
                [("cap", MAX_STEPS.to_string()), ("epoch", self.position().0.to_string())],
            ));
            return self.finish();
        }
        let did = self.train_steps(wanted.min(*budget).min(cap));
        self.replay.done += did;
        self.replay.at += did as u64;
        *budget -= did;
        match (did, next) {
            // Nothing trains (no network, or it diverged): the changes still come, in order.
            (0, Some(step)) if *budget > 0 => {
                self.replay.at = step;
                true
            }
            (0, None) if *budget > 0 => self.finish(),
            // A change due now costs no step: it is made in this call, even with no budget left
            // (else the progress would say done with the change still to make).
            _ => *budget > 0 || self.replay.entries.front().is_some_and(|(_, e)| e.step <= self.replay.at),
        }
    }

    /// The replay is over.
    fn finish(&mut self) -> bool {
        self.replay.active = false;
        false
    }

    /// Makes change `entry` (number `n` of the link's log) as the page would; one that is
    /// refused is left out with a notice saying why.
    fn replay_entry(&mut self, n: usize, entry: &Entry) {
        let done = match &entry.edit {
            Edit::Weight { layer, row, col, value } => {
                let row = row.map_or(Ok(-1), i32::try_from).unwrap_or(i32::MAX);
                self.set_weight(*layer, row, *col, f64::from(*value))
            }
            Edit::Point { x: [x1, x2], label } if self.replay.form == Form::Start => {
                self.add_point_starting_again(*x1, *x2, *label)
            }
            Edit::Point { x: [x1, x2], label } => self.add_point_at(*x1, *x2, *label).map(|_| ()),
            Edit::Clear => {
                self.clear_points();
                Ok(())
            }
            Edit::Reset => {
                self.reset();
                Ok(())
            }
            Edit::Setting { key, value, from } => {
                self.check_from(n, entry, key, from.as_deref());
                self.set_live(key, value)
            }
        };
        if let Err(Refusal(why)) = done {
            let vars = [("n", n.to_string()), ("got", crate::notice::shown(&entry.text()))];
            self.notices.push(Notice::new("notice.logApply", vars).with("why", why));
        }
    }

    /// In a link of the current form, says (with a notice) when change `entry` (number `n`) has
    /// `key` changing from a value other than the one it has at that step: a link edited by
    /// hand. The change is made all the same.
    fn check_from(&mut self, n: usize, entry: &Entry, key: &str, from: Option<&str>) {
        let Some(from) = from.filter(|_| self.replay.form == Form::Current) else { return };
        let mut said = self.state.clone();
        let read = query::read_key(&mut said, key, from).expect("a live key is a URL key");
        let was = query::write_key(&self.state, key).unwrap_or_default();
        if read.is_ok() && query::write_key(&said, key).unwrap_or_default() == was {
            return;
        }
        let vars = [
            ("n", n.to_string()),
            ("got", crate::notice::shown(&entry.text())),
            ("key", key.to_string()),
            ("from", crate::notice::shown(from)),
            ("was", was),
        ];
        self.notices.push(Notice::new("notice.logFrom", vars));
    }

    /// Changes live setting `key` to `value` (as its URL key writes it), as the page's controls do.
    fn set_live(&mut self, key: &str, value: &str) -> Result<(), Refusal> {
        let mut next = self.state.clone();
        query::read_key(&mut next, key, value).expect("a live key is a URL key")?;
        self.apply_and_record(next)?;
        Ok(())
    }

    /// Trains at most `max_steps` steps (stopping if it diverges), counting them in the record.
    pub(crate) fn train_steps(&mut self, max_steps: usize) -> usize {
        let Run::Ready { trainer, .. } = &mut self.run else { return 0 };
        let done = train_towards(trainer, usize::MAX, max_steps);
        self.record.steps += done as u64;
        done
    }

    /// The trainer's epoch and step within it (0, 0 without a network).
    pub(super) fn position(&self) -> (usize, usize) {
        match &self.run {
            Run::Ready { trainer, .. } => (trainer.epoch_count(), trainer.step_in_epoch()),
            Run::Unavailable { .. } => (0, 0),
        }
    }

    /// Whether the run is already past the link's epoch and step.
    fn past_position(&self) -> bool {
        self.position() > (self.replay.epoch, self.replay.step)
    }

    /// Steps from here to the link's epoch and step (none if already past them).
    fn steps_to_position(&self) -> usize {
        let Run::Ready { trainer, .. } = &self.run else { return 0 };
        position_steps(trainer, self.replay.epoch, self.replay.step)
    }
}

/// Steps `trainer` needs to reach `step` steps into epoch `epoch` (0 if it is past them).
fn position_steps(trainer: &Trainer<f32>, epoch: usize, step: usize) -> usize {
    let now = (trainer.epoch_count(), trainer.step_in_epoch());
    match now.0.cmp(&epoch) {
        std::cmp::Ordering::Greater => 0,
        std::cmp::Ordering::Equal => step.saturating_sub(now.1),
        std::cmp::Ordering::Less => steps_to(trainer, epoch) + step,
    }
}
