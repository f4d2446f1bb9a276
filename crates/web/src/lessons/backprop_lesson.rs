//! The numerical-gradient-versus-backprop lesson's handle: the playground's network (from the
//! URL, see [`PlaygroundRun`]), one mini-batch, both gradients, the gradient check, and the
//! measured time of each method (`?lesson=backprop&precision=…&param=…&<playground keys>`).

use super::backprop::{compare, Comparison, ElementRow, ParameterRow, AGREE};
use super::catchup::CatchUp;
use super::query_value;
use super::run::{epoch_asked, PlaygroundRun, MAX_EPOCH};
use crate::js::to_js;
use crate::notice::{notices_accessors, shown, Notice};
use asaku_core::real::{Matrix, Real};
use asaku_core::train::{Status, Trainer};
use asaku_core::Choice;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The lesson's own URL keys (the others are the playground's).
const OWN_KEYS: [&str; 2] = ["precision", "param"];

/// Backprop's passes through the network per gradient: one forward, one backward.
const BACKPROP_PASSES: [usize; 2] = [1, 1];

/// Most examples the gradients are computed on: the numerical gradient runs the network
/// `2·P` times, so a full batch of thousands would hold the page for seconds. (The book checks
/// its gradients on 3 examples.)
pub const MAX_CHECK_ROWS: usize = 100;

/// What the page shows about the network and the batch.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Summary {
    widths: Vec<usize>,
    activation: &'static str,
    output: &'static str,
    parameters: usize,
    batch: usize,
    epoch: usize,
    diverged: bool,
    loss: f64,
    numerical_passes: [usize; 2],
    backprop_passes: [usize; 2],
    max_relative_error: f64,
    agree: bool,
    precision: &'static str,
    parameter: String,
}

/// The lesson's state.
#[wasm_bindgen]
pub struct BackpropLesson {
    run: PlaygroundRun,
    catch_up: CatchUp<Trainer<f32>>,
    double: bool,
    param: usize,
    comparison: Comparison,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl BackpropLesson {
    /// Reads the playground's keys plus `precision` (`f64` or `f32`) and `param` (`W1`, `b1`, …)
    /// from a query; bad values fall back with a notice. The network starts at epoch 0 and
    /// catches up to the `epoch` asked through [`BackpropLesson::advance`].
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> BackpropLesson {
        let mut notices = Vec::new();
        let mut run = PlaygroundRun::read(query, &OWN_KEYS, &mut notices);
        let mut catch_up = CatchUp::new();
        catch_up.ask(epoch_asked(query, MAX_EPOCH, run.trainer.steps_per_epoch(), &mut notices));
        run.start_replay(catch_up.target());
        let double = match query_value(query, "precision").as_deref().map(str::trim) {
            None | Some("f64") => true,
            Some("f32") => false,
            Some(other) => {
                notices.push(Notice::not_one_of("precision", other, "f64, f32", "f64"));
                true
            }
        };
        let comparison = Comparison { names: vec![], backprop: vec![], numerical: vec![], loss: 0.0 };
        let mut lesson = BackpropLesson { run, catch_up, double, param: 0, comparison, notices };
        lesson.recompute();
        if let Some(name) = query_value(query, "param") {
            if !lesson.choose_parameter(&name) {
                let names = lesson.comparison.names.join(", ");
                let vars = [("got", shown(&name)), ("names", names), ("fallback", "W1".into())];
                lesson.notices.push(Notice::new("notice.param", vars));
            }
        }
        lesson
    }

    /// The lesson's part of the URL: its own keys, then the playground's, with the epoch asked
    /// (the one reached, after a Cancel).
    pub fn query(&self) -> String {
        format!(
            "lesson=backprop&precision={}&param={}&{}",
            self.precision(),
            self.comparison.names[self.param],
            self.run.query(self.catch_up.target())
        )
    }

    /// The playground's keys alone: the link back to the playground with this network.
    #[wasm_bindgen(js_name = playgroundQuery)]
    pub fn playground_query(&self) -> String {
        self.run.playground_query()
    }

    /// `f64` or `f32`: the number type both gradients are computed in.
    pub fn precision(&self) -> String {
        if self.double { "f64" } else { "f32" }.into()
    }

    /// Computes in `f64` or `f32`; false, and no change, for any other name.
    #[wasm_bindgen(js_name = setPrecision)]
    pub fn set_precision(&mut self, name: &str) -> bool {
        let double = match name {
            "f64" => true,
            "f32" => false,
            _ => return false,
        };
        self.double = double;
        self.recompute();
        true
    }

    /// The parameters' names, `W1, b1, W2, …`.
    pub fn names(&self) -> Vec<String> {
        self.comparison.names.clone()
    }

    /// Shows parameter `name`'s elements; false, and no change, when there is no such parameter.
    #[wasm_bindgen(js_name = chooseParameter)]
    pub fn choose_parameter(&mut self, name: &str) -> bool {
        let found = self.comparison.names.iter().position(|n| n == name.trim());
        self.param = found.unwrap_or(self.param);
        found.is_some()
    }

    /// `{ widths, activation, output, parameters, batch, epoch, diverged, loss,
    /// numericalPasses, backpropPasses, maxRelativeError, agree, precision, parameter }`.
    pub fn summary(&self) -> Result<JsValue, JsError> {
        to_js(&self.summary_value())
    }

    /// The gradient check: `[{ name, shape, max_difference, max_relative_error }]`.
    pub fn parameters(&self) -> Result<JsValue, JsError> {
        to_js(&self.parameter_rows())
    }

    /// The chosen parameter's elements: `[{ at, backprop, numerical, difference }]`.
    pub fn elements(&self) -> Result<JsValue, JsError> {
        to_js(&self.element_rows())
    }
}

impl BackpropLesson {
    /// Both gradients of the batch, in the chosen precision.
    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// The gradient check's lines (see [`Comparison::parameters`]).
    pub fn parameter_rows(&self) -> Vec<ParameterRow> {
        self.comparison.parameters()
    }

    /// The chosen parameter's elements (see [`Comparison::elements`]).
    pub fn element_rows(&self) -> Vec<ElementRow> {
        self.comparison.elements(self.param)
    }

    fn summary_value(&self) -> Summary {
        let spec = self.run.trainer.network().spec();
        let max_relative_error = self.comparison.max_relative_error();
        Summary {
            widths: spec.widths(),
            activation: spec.activation.name(),
            output: spec.output.name(),
            parameters: self.comparison.parameter_count(),
            batch: self.batch_rows(),
            epoch: self.run.trainer.epoch_count(),
            diverged: self.run.trainer.status() != Status::Training,
            loss: self.comparison.loss,
            numerical_passes: [self.comparison.numerical_forward_passes(), 0],
            backprop_passes: BACKPROP_PASSES,
            max_relative_error,
            agree: max_relative_error <= AGREE,
            precision: if self.double { "f64" } else { "f32" },
            parameter: self.comparison.names[self.param].clone(),
        }
    }

    /// The batch the gradients are of: the first `B` training examples, `B` the playground's
    /// batch size, at most [`MAX_CHECK_ROWS`] (and at most all of them).
    fn batch_rows(&self) -> usize {
        let examples = self.run.trainer.training_examples();
        self.run.state.settings.batch_size.min(MAX_CHECK_ROWS).min(examples.len())
    }

    /// The network and the batch in number type `T`.
    fn in_precision<T: Real>(&self) -> (asaku_core::network::Network<T>, Matrix<T>, Matrix<T>) {
        let examples = self.run.trainer.training_examples();
        let rows = self.batch_rows();
        let cast = |m: &Matrix<f32>| m.rows(0, rows).map(|v| T::of(f64::from(v)));
        (self.run.trainer.network().cast::<T>(), cast(&examples.x), cast(&examples.t))
    }

    pub(super) fn recompute(&mut self) {
        self.comparison = if self.double { self.compare_in::<f64>() } else { self.compare_in::<f32>() };
    }

    fn compare_in<T: Real>(&self) -> Comparison {
        let (network, x, t) = self.in_precision::<T>();
        compare(&network, &x, &t)
    }
}

notices_accessors!(BackpropLesson);

#[path = "backprop_timing.rs"]
mod timing;

#[path = "backprop_training.rs"]
mod training;
