//! The backprop lesson's training: catching up to the epoch asked (first replaying the
//! playground's changes by hand, when its link had any), one more epoch at a time, Cancel and
//! back to epoch 0.

use super::BackpropLesson;
use crate::js::to_json_like;
use crate::lessons::catchup::{CatchUp, Progress};
use asaku_core::train::Status;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl BackpropLesson {
    /// Trains at most `max_steps` steps towards the epoch asked, and computes both gradients
    /// again once it is reached. Returns the progress: `{ done, total, epoch, target, cancelled }`.
    pub fn advance(&mut self, max_steps: u32) -> Result<JsValue, JsError> {
        self.advance_by(max_steps as usize);
        self.progress()
    }

    /// Where the catch-up stands: `{ done, total, epoch, target, cancelled }` (steps done and in
    /// all, epochs completed and asked, and the epoch asked before a Cancel, or `null`).
    pub fn progress(&self) -> Result<JsValue, JsError> {
        to_json_like(&self.progress_value())
    }

    /// Stops catching up: back to the last epoch completed, which the URL then says (or, while
    /// a run changed by hand is replayed, where the replay stands, without the changes not made yet).
    pub fn cancel(&mut self) {
        match self.run.cancel_replay() {
            Some(asked) => self.resume(Some(asked)),
            None => self.catch_up.cancel(&mut self.run.trainer),
        }
        self.recompute();
    }

    /// Steps of this network that fit in one animation frame's work.
    #[wasm_bindgen(js_name = frameSteps)]
    pub fn frame_steps(&self) -> u32 {
        self.run.frame_steps()
    }

    /// Asks for one more epoch, to be trained by [`BackpropLesson::advance`]. Returns false (and
    /// asks nothing) once the run has diverged.
    #[wasm_bindgen(js_name = askEpoch)]
    pub fn ask_epoch(&mut self) -> bool {
        let training = self.run.trainer.status() == Status::Training && self.run.replay_progress().is_none();
        if training {
            self.catch_up.ask(self.catch_up.target() + 1);
        }
        training
    }

    /// Back to the untrained network (epoch 0).
    pub fn restart(&mut self) {
        self.run.restart();
        self.catch_up = CatchUp::new();
        self.recompute();
    }
}

impl BackpropLesson {
    /// At most `max_steps` steps towards the epoch asked (first replaying the run's changes by
    /// hand, if it had any); both gradients again once there.
    pub fn advance_by(&mut self, max_steps: usize) {
        if let Some(progress) = self.run.advance_replay(max_steps) {
            if progress.done >= progress.total {
                self.resume(None);
                self.recompute();
            }
            return;
        }
        let done = self.catch_up.advance(&mut self.run.trainer, max_steps);
        let progress = self.catch_up.progress(&self.run.trainer);
        if done > 0 && progress.done == progress.total {
            self.recompute();
        }
    }

    /// The network's trainer (its weights, epoch and history).
    #[cfg(test)]
    pub(crate) fn trainer(&self) -> &asaku_core::train::Trainer<f32> {
        &self.run.trainer
    }

    /// Where the replay, or else the catch-up, stands.
    pub fn progress_value(&self) -> Progress {
        self.run.replay_progress().unwrap_or_else(|| self.catch_up.progress(&self.run.trainer))
    }

    /// The replay is over: the catch-up goes on from where it left the run, and what it said
    /// joins the lesson's notices.
    fn resume(&mut self, cancelled: Option<usize>) {
        self.catch_up.resume(&self.run.trainer, cancelled);
        self.notices.append(&mut self.run.replay_notices);
    }
}
