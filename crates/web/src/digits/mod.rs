//! The digits tab (`?lesson=digits`): the book's handwritten-digit network (chapters 3.6, 4.5
//! and 5.7) trained live on the digits asset, which the page fetches only when this tab opens
//! and hands over as bytes. The handle [`DigitsLab`] decodes them with `asaku_core::digits`,
//! trains a bounded number of steps per call, and shows what the network learned and gets wrong.

pub mod chart;
mod decode;
pub mod inspect;
mod model;
pub mod pictures;
pub mod settings;
pub mod training;
pub mod verdicts;

use crate::js::{to_json_like, Refusal};
use crate::notice::{notices_accessors, Notice};
use asaku_core::digits::{centre, decode, DigitSet, DigitSettings};
use asaku_core::network::Evaluator;
use asaku_core::Matrix;
use inspect::TestSet;
use training::Training;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Most epochs a link may ask the tab to train as it opens (`epoch=`): twice the book's run.
pub const MAX_LINK_EPOCHS: usize = 250;

/// Most updates a link may ask the tab to train as it opens: the book's 10,000 twice over, about
/// 15 s at the rate the tab trains while it plays (see the README's "The digits tab").
pub const MAX_LINK_UPDATES: usize = 20_000;

/// The digits network, its data and its settings.
#[wasm_bindgen]
pub struct DigitsLab {
    set: DigitSet,
    settings: DigitSettings,
    training: Training,
    test: TestSet,
    /// The last drawn digit, preprocessed as MNIST's were.
    drawn: Option<Vec<f32>>,
    /// The epoch the link asked to train to as the tab opens.
    asked: usize,
    /// Whether the network came from a model file (its epoch then does not go in the URL: the
    /// settings and seed alone do not give its weights back).
    from_file: bool,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl DigitsLab {
    /// Decodes the digits asset `bytes` (already decompressed) and builds the network the tab's
    /// `query` asks for (bad values fall back with a notice). A truncated or corrupt asset throws
    /// the engine's reason as `{ key, vars }`.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8], query: &str) -> Result<DigitsLab, JsValue> {
        let set = decode(bytes).map_err(|e| Refusal(Notice::from(&e)))?;
        let (settings, mut notices) = settings::read(query);
        let labels = (0..set.test.count()).map(|i| usize::from(set.test.label(i))).collect();
        let test = TestSet { examples: set.test.examples::<f32>(), labels };
        let training = Training::new(settings.build(&set).map_err(Refusal::from)?);
        let per_epoch = training.trainer().steps_per_epoch();
        let cap = (MAX_LINK_EPOCHS, MAX_LINK_UPDATES);
        let asked = crate::lessons::run::epoch_asked_within(query, cap, per_epoch, &mut notices);
        Ok(DigitsLab { set, settings, training, test, drawn: None, asked, from_file: false, notices })
    }

    /// The tab's part of the URL: `lesson=digits`, every setting, and `epoch=` once the network
    /// has trained whole epochs (the link trains it to the end of the last epoch completed;
    /// not for a network from a model file).
    pub fn query(&self) -> String {
        let epoch = self.training.trainer().epoch_count();
        let trained = if epoch > 0 && !self.from_file { format!("&epoch={epoch}") } else { String::new() };
        format!("lesson=digits&{}{trained}", settings::query(&self.settings))
    }

    /// The epoch the link asked to train to as the tab opens (0: none), at most
    /// [`MAX_LINK_EPOCHS`] and [`MAX_LINK_UPDATES`] updates.
    #[wasm_bindgen(js_name = askedEpoch)]
    pub fn asked_epoch(&self) -> u32 {
        u32::try_from(self.asked).unwrap_or(u32::MAX)
    }

    /// The value of setting `key` (`hidden`, `activation`, `optimizer`, `lr`, `batch`, `seed`).
    pub fn get(&self, key: &str) -> String {
        settings::get(&self.settings, key)
    }

    /// Sets `key` to `value` and starts again from epoch 0 with it; a value the engine refuses
    /// throws its reason as `{ key, vars }` and changes nothing.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), JsValue> {
        let mut next = self.settings.clone();
        settings::set(&mut next, key, value).map_err(Refusal::from)?;
        let trainer = next.build(&self.set).map_err(Refusal::from)?;
        self.settings = next;
        self.training = Training::new(trainer);
        self.from_file = false;
        Ok(())
    }

    /// Back to epoch 0: the same settings and seed give the same start.
    pub fn reset(&mut self) {
        let trainer = self.settings.build(&self.set).expect("these settings built the run before");
        self.training = Training::new(trainer);
        self.from_file = false;
    }

    /// Steps that fit in one animation frame's work.
    #[wasm_bindgen(js_name = frameSteps)]
    pub fn frame_steps(&self) -> u32 {
        self.training.frame_steps()
    }

    /// Does at most `max_steps` steps' worth of work, what an epoch's end has pending first (its
    /// evaluation, then the mistakes on the test set), then steps not past the end of epoch
    /// `until` when given; returns the budget used (0 once there is nothing left to do or it has
    /// diverged).
    pub fn advance(&mut self, max_steps: u32, until: Option<u32>) -> u32 {
        self.training.advance(max_steps as usize, until.map(|e| e as usize), &self.test) as u32
    }

    /// Finishes an epoch's pending evaluation and mistakes at once, and finds the mistakes of
    /// the network now (when training stops).
    #[wasm_bindgen(js_name = finishEvaluation)]
    pub fn finish_evaluation(&mut self) {
        self.training.finish_evaluation(&self.test);
    }

    /// The run's numbers: `{ epoch, stepInEpoch, stepsPerEpoch, updates, loss, trainAccuracy,
    /// testAccuracy, updatesPerSecond, imagesPerSecond, status, mistakesAt }`.
    pub fn report(&self) -> Result<JsValue, JsError> {
        to_json_like(&self.training.report())
    }

    /// Draws the loss of every mini-batch against iterations on `canvas`.
    #[wasm_bindgen(js_name = drawLosses)]
    pub fn draw_losses(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        chart::draw_losses(canvas, self.training.batch_losses()).map(drop)
    }

    /// Draws the training and test accuracy per epoch on `canvas`.
    #[wasm_bindgen(js_name = drawAccuracy)]
    pub fn draw_accuracy(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        chart::draw_accuracy(canvas, &self.training.trainer().history().decimated()).map(drop)
    }

    /// Draws every first-layer weight vector as a 28×28 tile on `canvas` (10 tiles a row).
    #[wasm_bindgen(js_name = drawWeights)]
    pub fn draw_weights(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        let first = self.training.trainer().network().affines().next().expect("a network has a first layer");
        pictures::draw_weights(canvas, &first.w)
    }

    /// The newest confusion matrix and misclassified test images found: `{ confusion, wrong }`
    /// (see [`inspect::Mistakes`]), of the network at `report().mistakesAt` updates (each epoch's
    /// end while playing; the network now once [`DigitsLab::finish_evaluation`] ran).
    pub fn mistakes(&mut self) -> Result<JsValue, JsError> {
        to_json_like(self.training.mistakes(&self.test))
    }

    /// Draws test image `i` on `canvas` (28×28).
    #[wasm_bindgen(js_name = drawTestImage)]
    pub fn draw_test_image(&self, canvas: &HtmlCanvasElement, i: usize) -> Result<(), JsValue> {
        pictures::draw_digit(canvas, &self.test.image(i))
    }

    /// The network's ten probabilities for test image `i`.
    #[wasm_bindgen(js_name = testProbabilities)]
    pub fn test_probabilities(&self, i: usize) -> Vec<f32> {
        self.probabilities(&self.test.image(i))
    }

    /// Preprocesses a drawn digit (`width × height` ink values in `[0, 1]`, row by row) as MNIST's
    /// were, keeps it for [`DigitsLab::draw_drawn`], and returns the network's ten
    /// probabilities for it.
    pub fn classify(&mut self, ink: &[f32], width: usize, height: usize) -> Vec<f32> {
        let centred = centre(ink, width, height).to_vec();
        let probabilities = self.probabilities(&centred);
        self.drawn = Some(centred);
        probabilities
    }

    /// Draws the last drawn digit after preprocessing (28×28; blank before any).
    #[wasm_bindgen(js_name = drawDrawn)]
    pub fn draw_drawn(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        pictures::draw_digit(canvas, self.drawn.as_deref().unwrap_or(&[0.0; 784]))
    }

    /// Classifies the test set one image at a time and in batches of 100, timed: `{ images,
    /// widths, one, batched }` (see [`inspect::Inference`]).
    #[wasm_bindgen(js_name = timeInference)]
    pub fn time_inference(&self) -> Result<JsValue, JsError> {
        to_json_like(&self.test.time_inference(self.training.trainer().network()))
    }
}

impl DigitsLab {
    /// The network's softmax output for one image's 784 pixels.
    fn probabilities(&self, pixels: &[f32]) -> Vec<f32> {
        let x = Matrix::from_row_slice(1, pixels.len(), pixels);
        let y = Evaluator::new().run(self.training.trainer().network(), &x).clone();
        y.iter().copied().collect()
    }
}

notices_accessors!(DigitsLab);

#[cfg(test)]
mod tests;
