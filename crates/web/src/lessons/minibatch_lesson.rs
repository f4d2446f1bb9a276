//! The mini-batch lesson's handle: the playground's network (its URL keys) trained with
//! `B = 1`, `B = 10` and `B = N` from the same weights, `epoch` epochs each, read from and
//! written back to the URL (`?lesson=minibatch&<playground keys>&epoch=…`), and reached a
//! frame's work at a time (see [`super::catchup`]).

use super::catchup::Progress;
use super::minibatch::{Comparison, RunReport, MAX_EPOCHS};
use super::minibatch_draw::draw_run;
use super::run::{epoch_asked, PlaygroundRun};
use crate::js::to_json_like;
use crate::notice::{notices_accessors, Notice};
use asaku_core::train::Sampling;
use asaku_core::Choice;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// The lesson's state.
#[wasm_bindgen]
pub struct MinibatchLesson {
    comparison: Comparison,
    evaluated: usize,
    playground: String,
    sampling: Sampling,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl MinibatchLesson {
    /// Reads the playground's keys and `epoch` (epochs trained by all three runs) from a query;
    /// bad values fall back with a notice. The runs start at epoch 0 and catch up to `epoch`
    /// through [`MinibatchLesson::advance`].
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> MinibatchLesson {
        let mut notices = Vec::new();
        // The playground's run is not trained; the three runs are.
        let mut run = PlaygroundRun::read(query, &[], &mut notices);
        run.drop_changes(&mut notices);
        let split = run.state.split().expect("the playground's run was built on this data");
        let mut comparison = Comparison::new(&run.state.settings, &split)
            .expect("any batch size builds where the playground's did");
        comparison.ask(epoch_asked(query, MAX_EPOCHS, comparison.epoch_steps(), &mut notices));
        let sampling = run.state.settings.sampling;
        let (evaluated, playground) = (run.evaluated, run.playground_query());
        MinibatchLesson { comparison, evaluated, playground, sampling, notices }
    }

    /// How the batches are drawn (`shuffle`: each epoch walks through a shuffle, `⌈N/B⌉`
    /// updates; `replacement`: `⌊N/B⌋` batches drawn at random).
    pub fn sampling(&self) -> String {
        self.sampling.name().to_string()
    }

    /// The lesson's part of the URL.
    pub fn query(&self) -> String {
        let parts =
            ["lesson=minibatch", &self.playground, &format!("epoch={}", self.comparison.epoch_count())];
        parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("&")
    }

    /// The playground's keys alone, for the link back to the playground with this network.
    #[wasm_bindgen(js_name = playgroundQuery)]
    pub fn playground_query(&self) -> String {
        self.playground.clone()
    }

    /// Epochs asked of the three runs.
    #[wasm_bindgen(js_name = epochCount)]
    pub fn epoch_count(&self) -> usize {
        self.comparison.epoch_count()
    }

    /// The most epochs the lesson trains ([`MAX_EPOCHS`], or fewer under the step cap).
    #[wasm_bindgen(js_name = maxEpochs)]
    pub fn max_epochs(&self) -> usize {
        self.comparison.max_epochs()
    }

    /// Asks for `k` more epochs of each run (fewer at the cap), to be trained by
    /// [`MinibatchLesson::advance`]; returns how many were asked.
    pub fn ask(&mut self, k: usize) -> usize {
        self.comparison.ask(k)
    }

    /// Trains at most `max_steps` steps towards the epochs asked. Returns the progress:
    /// `{ done, total, epoch, target, cancelled }`.
    pub fn advance(&mut self, max_steps: u32) -> Result<JsValue, JsError> {
        self.advance_by(max_steps as usize);
        self.progress()
    }

    /// Where the catch-up stands: `{ done, total, epoch, target, cancelled }` (steps done and in
    /// all, epochs completed by every run and asked, and the epoch asked before a Cancel, or
    /// `null`).
    pub fn progress(&self) -> Result<JsValue, JsError> {
        to_json_like(&self.progress_value())
    }

    /// Stops catching up: every run goes back to the last epoch all completed, which the URL
    /// then says.
    pub fn cancel(&mut self) {
        self.comparison.cancel();
    }

    /// Steps of the three runs that fit in one animation frame's work.
    #[wasm_bindgen(js_name = frameSteps)]
    pub fn frame_steps(&self) -> u32 {
        self.comparison.frame_steps(self.evaluated)
    }

    /// The learning rate the three runs share.
    #[wasm_bindgen(js_name = learningRate)]
    pub fn learning_rate(&self) -> f64 {
        self.comparison.settings().learning_rate
    }

    /// The name of the update rule the three runs share (`sgd`, `momentum`, …).
    pub fn optimizer(&self) -> String {
        self.comparison.settings().optimizer.name().to_string()
    }

    /// Back to epoch 0.
    pub fn restart(&mut self) {
        self.comparison.restart();
    }

    /// How many runs have diverged.
    pub fn diverged(&self) -> usize {
        self.comparison.diverged()
    }

    /// Each run's numbers, smallest batch first: `[{ batchSize, examples, stepsPerEpoch, epoch,
    /// updates, loss, accuracy, msPerEpoch, timedEpochs, jitter, status }]`.
    pub fn reports(&self) -> Result<JsValue, JsError> {
        let reports: Vec<RunReport> = self.run_reports();
        to_json_like(&reports)
    }

    /// Draws run `index`'s loss curves on `canvas`: every mini-batch's loss as a thin line, the
    /// training loss at each epoch's end as a bold one, on the loss axis the three share.
    #[wasm_bindgen(js_name = drawRun)]
    pub fn draw_run(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        let run =
            self.comparison.runs().get(index).ok_or_else(|| JsValue::from_str("there are three runs"))?;
        draw_run(canvas, run, self.comparison.epoch_count(), self.comparison.loss_top())
    }
}

impl MinibatchLesson {
    /// At most `max_steps` steps towards the epochs asked; returns how many were done.
    pub fn advance_by(&mut self, max_steps: usize) -> usize {
        self.comparison.advance(max_steps)
    }

    /// Where the catch-up stands (see [`MinibatchLesson::progress`]).
    pub fn progress_value(&self) -> Progress {
        self.comparison.progress()
    }

    /// Each run's numbers, smallest batch first.
    pub fn run_reports(&self) -> Vec<RunReport> {
        self.comparison.runs().iter().map(|r| r.report()).collect()
    }
}

notices_accessors!(MinibatchLesson);
