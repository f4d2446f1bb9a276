//! The one handle JavaScript holds: the page state, the trainer, and the coarse operations
//! the page calls (apply settings, train, step, draw, read stats, edit a weight).

use crate::js::{to_js, Refusal};
use crate::notice::{notices_accessors, Notice};
use crate::query;
use crate::replay::log::Edit;
use crate::state::PageState;
use crate::work::{frame_steps, step_work, train_towards};
use asaku_core::data::{DataKind, Split};
use asaku_core::layers::Output;
use asaku_core::train::{Change, Trainer};
use asaku_core::{Choice, Error};
use wasm_bindgen::prelude::*;

/// The playground: the state shown on the page and the run it describes.
#[wasm_bindgen]
pub struct Playground {
    pub(crate) state: PageState,
    pub(crate) notices: Vec<Notice>,
    pub(crate) run: Run,
    pub(crate) draw: crate::frame::DrawBuffers,
    /// What a link needs to rebuild the run (see [`crate::replay`]).
    pub(crate) record: crate::replay::Record,
    /// The run of the link the playground was opened with, still to be replayed.
    pub(crate) replay: crate::replay::Replay,
}

impl Playground {
    /// What it said (its notices) and its trainer (`None` without a network): what a lesson
    /// that replayed a playground's run takes from it.
    pub(crate) fn into_parts(self) -> (Vec<Notice>, Option<Trainer<f32>>) {
        let trainer = match self.run {
            Run::Ready { trainer, .. } => Some(*trainer),
            Run::Unavailable { .. } => None,
        };
        (self.notices, trainer)
    }
}

/// A trainer on its data, or the reason there is none (e.g. too few user points).
pub(crate) enum Run {
    Ready { trainer: Box<Trainer<f32>>, split: Split },
    Unavailable { problem: Error, split: Option<Split> },
}

pub(crate) fn build(state: &PageState) -> Run {
    let split = match state.split() {
        Ok(split) => split,
        Err(e) => return Run::Unavailable { problem: e, split: None },
    };
    match state.settings.build_on(&split) {
        Ok(trainer) => Run::Ready { trainer: Box::new(trainer), split },
        Err(e) => Run::Unavailable { problem: e, split: Some(split) },
    }
}

/// The output `kind`'s data needs, given the chosen `output`: softmax for more than two
/// classes, identity for regression, sigmoid instead of identity for two classes, else `output`.
/// The one rule for both links and the page's controls.
pub fn fitting_output(kind: DataKind, output: Output) -> Output {
    match kind.task().classes() {
        None => Output::Identity,
        Some(k) if k > 2 => Output::Softmax,
        Some(_) if output == Output::Identity => Output::Sigmoid,
        Some(_) => output,
    }
}

/// Reads a query into the state the playground shows and the run it describes: unusable
/// values fall back to defaults, with a notice each; settings that cannot work together fall
/// back as a whole, with a notice. (A run on too few user points stays unavailable: the page
/// says why and keeps the points.)
pub(crate) fn settle(query: &str) -> (PageState, Vec<Notice>, Run) {
    let (mut state, mut notices) = query::read(query);
    let fitting = fitting_output(state.settings.data.kind, state.settings.output);
    if let Some(output) = (fitting != state.settings.output).then_some(fitting) {
        let names = [
            ("output", state.settings.output.name().to_string()),
            ("data", state.settings.data.kind.name().to_string()),
            ("fitting", output.name().to_string()),
        ];
        notices.push(Notice::new("notice.output", names));
        state.settings.output = output;
    }
    let mut run = build(&state);
    if let (Run::Unavailable { problem, split: Some(_) }, None) = (&run, &state.user_points) {
        notices.push(Notice::new("notice.incompatible", []).with("why", problem.into()));
        state.settings = Default::default();
        run = build(&state);
    }
    (state, notices, run)
}

#[wasm_bindgen]
impl Playground {
    /// Builds the playground from a URL query. Unusable values fall back to defaults, with a
    /// notice each; settings that cannot work together fall back as a whole, with a notice.
    #[wasm_bindgen(constructor)]
    /// A link's run (`epoch`, `step`, `log`) is replayed by [`Playground::replay_advance`].
    pub fn new(query: &str) -> Playground {
        let (settings, replay, mut run_notices) = crate::replay::split_query(query);
        let (state, mut notices, run) = settle(&settings);
        notices.append(&mut run_notices);
        let (draw, record) = Default::default();
        let mut pg = Playground { state, notices, run, draw, record, replay: Default::default() };
        pg.start_replay(replay);
        pg
    }

    /// The current state, as a plain object (the same fields as the Rust `PageState`).
    pub fn state(&self) -> Result<JsValue, JsError> {
        to_js(&self.state)
    }

    /// The current state as a URL query (without `?`).
    pub fn query(&self) -> String {
        query::write(&self.state)
    }

    /// Moves to a new state: live changes keep the weights and epoch, others rebuild the run.
    /// Returns `"none"`, `"live"` or `"rebuild"`. On an error nothing changes and the
    /// [`Refusal`] says what is wrong.
    pub fn apply(&mut self, next: JsValue) -> Result<String, Refusal> {
        let next: PageState = serde_wasm_bindgen::from_value(next)
            .map_err(|e| Refusal(Notice::new("refusal.unreadable", [("detail", e.to_string())])))?;
        let change = self.apply_and_record(next)?;
        Ok(match change {
            Change::None => "none",
            Change::Live => "live",
            Change::Rebuild => "rebuild",
        }
        .into())
    }

    /// Starts the run again from its seed (the same seed gives the same start).
    pub fn reset(&mut self) {
        self.run = build(&self.state);
        self.record_start();
    }

    /// Trains `epochs` epochs (finishing one already begun counts as one), stopping if it
    /// diverges; with `max_steps`, at most that many steps of them: the play loop's budget per
    /// frame (see [`Playground::frame_steps`]), so an epoch too big for one frame is trained
    /// across frames. Returns the steps done.
    pub fn train(&mut self, epochs: u32, max_steps: Option<u32>) -> u32 {
        let Run::Ready { trainer, .. } = &mut self.run else { return 0 };
        let target = trainer.epoch_count() + epochs as usize;
        let done = train_towards(trainer, target, max_steps.map_or(usize::MAX, |m| m as usize));
        self.record.steps += done as u64;
        u32::try_from(done).unwrap_or(u32::MAX)
    }

    /// Steps of this network on this data that fit in one animation frame's work (see
    /// [`crate::work`]); 0 when there is no network.
    #[wasm_bindgen(js_name = frameSteps)]
    pub fn frame_steps(&self) -> u32 {
        let Run::Ready { trainer, split } = &self.run else { return 0 };
        frame_steps(step_work(trainer, split.train.points.len() + split.test.points.len()))
    }

    /// Trains one mini-batch.
    #[wasm_bindgen(js_name = stepBatch)]
    pub fn step_batch(&mut self) {
        self.train_steps(1);
    }

    /// Sets weight `W[layer][row, col]`, or the bias `b[layer][col]` when `row` is −1.
    #[wasm_bindgen(js_name = setWeight)]
    pub fn set_weight(&mut self, layer: usize, row: i32, col: usize, value: f64) -> Result<(), Refusal> {
        let Run::Ready { trainer, .. } = &mut self.run else {
            return Err(Refusal(Notice::new("refusal.noNetwork", [])));
        };
        let row = usize::try_from(row).ok();
        trainer.set_parameter(layer, row, col, value)?;
        self.record(Edit::Weight { layer, row, col, value: value as f32 });
        Ok(())
    }

    /// Weights of affine layer `layer`, row by row (`W[i, j]` at `i·outputs + j`).
    pub fn weights(&self, layer: usize) -> Vec<f32> {
        self.affine(layer).map(|a| a.w.transpose().as_slice().to_vec()).unwrap_or_default()
    }

    /// Biases of affine layer `layer`.
    pub fn biases(&self, layer: usize) -> Vec<f32> {
        self.affine(layer).map(|a| a.b.as_slice().to_vec()).unwrap_or_default()
    }

    fn affine(&self, layer: usize) -> Option<&asaku_core::layers::Affine<f32>> {
        match &self.run {
            Run::Ready { trainer, .. } => trainer.network().affines().nth(layer),
            Run::Unavailable { .. } => None,
        }
    }
}

impl Playground {
    /// [`Playground::apply_state`], recorded for the link: a live change as log entries, a
    /// rebuild as the run's new start.
    pub(crate) fn apply_and_record(&mut self, next: PageState) -> Result<Change, Error> {
        let before = self.state.clone();
        let change = self.apply_state(next)?;
        match change {
            Change::None => {}
            Change::Live => self.record_settings(&before, true),
            Change::Rebuild => self.record_settings(&before, false),
        }
        Ok(change)
    }

    /// [`Playground::apply`] on a Rust value: what moving to `next` took, or why it cannot.
    /// All or nothing: `next` is checked as a whole ([`PageState::validate`]) and a new run is
    /// built before anything changes, so on an error the state and the run are as they were.
    pub(crate) fn apply_state(&mut self, next: PageState) -> Result<Change, Error> {
        next.validate().map_err(|invalid| invalid.problem)?;
        let mut change = self.state.settings.change_to(&next.settings);
        if next.user_points != self.state.user_points {
            change = Change::Rebuild;
        }
        match (change, &mut self.run) {
            (Change::None, _) => {}
            // Cannot fail on checked settings, and changes nothing when it does.
            (Change::Live, Run::Ready { trainer, .. }) => next.settings.apply_live(trainer.as_mut())?,
            _ => {
                let run = build(&next);
                if let (Run::Unavailable { problem, .. }, None) = (&run, &next.user_points) {
                    return Err(problem.clone());
                }
                self.run = run;
                change = Change::Rebuild;
            }
        }
        self.state = next;
        Ok(change)
    }
}

notices_accessors!(Playground);

#[path = "playground_points.rs"]
mod points;
#[cfg(test)]
#[path = "playground_tests.rs"]
mod tests;
