//! Lesson 7, second part: the backward pass through a tiny network's layers, one layer per
//! step, with real numbers. The network is the book's 2-3-2 example of chapter 3
//! (`init_network`), with ReLU or sigmoid in the middle and softmax with cross-entropy at the
//! end, for one input `x = (1.0, 0.5)` of class 1.

use crate::js::to_js;
use crate::notice::{notices_accessors, Notice};
use asaku_core::functions::Activation;
use asaku_core::layers::{ActivationLayer, Affine, Output, WithLoss};
use asaku_core::{Choice, Matrix};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The input and the parameters (the book's chapter 3 `init_network`), and the target.
const X: [f64; 2] = [1.0, 0.5];
const W1: [[f64; 3]; 2] = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]];
const B1: [f64; 3] = [0.1, 0.2, 0.3];
const W2: [[f64; 2]; 3] = [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]];
const B2: [f64; 2] = [0.1, 0.2];
const T: [f64; 2] = [0.0, 1.0];

/// A named matrix for display, row by row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Named {
    /// Its name, e.g. `A1` or `dW2`.
    pub name: &'static str,
    /// Rows.
    pub rows: usize,
    /// Columns.
    pub cols: usize,
    /// The values, row by row.
    pub values: Vec<f64>,
}

/// One layer: what its forward pass computed, and (once stepped) its backward results.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stage {
    /// `affine1`, `activation`, `affine2` or `softmax-with-loss`.
    pub layer: &'static str,
    /// The forward rule's results (and the parameters used).
    pub forward: Vec<Named>,
    /// The backward rule's results, empty until the backward pass reaches this layer.
    pub backward: Vec<Named>,
    /// Whether this layer is the next to step.
    pub next: bool,
}

/// The network after `step` backward steps (one per layer, right to left; clamped).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Net {
    /// The hidden activation's name.
    pub activation: &'static str,
    /// Backward steps taken.
    pub step: usize,
    /// How many there are (one per layer).
    pub steps: usize,
    /// The cross-entropy loss `L`.
    pub loss: f64,
    /// The layers in forward order.
    pub stages: Vec<Stage>,
}

fn named(name: &'static str, m: &Matrix<f64>) -> Named {
    let values = (0..m.nrows()).flat_map(|i| (0..m.ncols()).map(move |j| m[(i, j)])).collect();
    Named { name, rows: m.nrows(), cols: m.ncols(), values }
}

fn matrix<const R: usize, const C: usize>(rows: [[f64; C]; R]) -> Matrix<f64> {
    Matrix::from_fn(R, C, |i, j| rows[i][j])
}

/// Runs the network forward, then backward through its last `step` layers.
pub fn network(activation: Activation, step: usize) -> Net {
    let (x, t) = (matrix([X]), matrix([T]));
    let mut affine1 = Affine::new(matrix(W1), matrix([B1]));
    let mut hidden = ActivationLayer::<f64>::new(activation);
    let mut affine2 = Affine::new(matrix(W2), matrix([B2]));
    let mut last = WithLoss::<f64>::new(Output::Softmax);
    let a1 = affine1.forward(&x).clone();
    let z1 = hidden.forward(&a1).clone();
    let a2 = affine2.forward(&z1).clone();
    let loss = last.forward(&a2, &t);
    let y = last.output().clone();
    let mut stages = vec![
        Stage {
            layer: "affine1",
            forward: vec![named("X", &x), named("W1", &affine1.w), named("b1", &affine1.b), named("A1", &a1)],
            backward: vec![],
            next: false,
        },
        Stage { layer: "activation", forward: vec![named("Z1", &z1)], backward: vec![], next: false },
        Stage {
            layer: "affine2",
            forward: vec![named("W2", &affine2.w), named("b2", &affine2.b), named("A2", &a2)],
            backward: vec![],
            next: false,
        },
        Stage {
            layer: "softmax-with-loss",
            forward: vec![named("Y", &y), named("T", &t), named("L", &Matrix::from_element(1, 1, loss))],
            backward: vec![],
            next: false,
        },
    ];
    let steps = stages.len();
    let step = step.min(steps);
    if step >= 1 {
        let da2 = last.backward(&t).clone();
        stages[3].backward = vec![named("dA2", &da2)];
        if step >= 2 {
            let dz1 = affine2.backward(&z1, &da2).clone();
            stages[2].backward =
                vec![named("dW2", &affine2.dw), named("db2", &affine2.db), named("dZ1", &dz1)];
            if step >= 3 {
                let da1 = hidden.backward(&a1, &dz1).clone();
                stages[1].backward = vec![named("dA1", &da1)];
                if step >= 4 {
                    let dx = affine1.backward(&x, &da1).clone();
                    stages[0].backward =
                        vec![named("dW1", &affine1.dw), named("db1", &affine1.db), named("dX", &dx)];
                }
            }
        }
    }
    if step < steps {
        stages[steps - 1 - step].next = true;
    }
    Net { activation: activation.into(), step, steps, loss, stages }
}

/// The lesson's network part: the hidden activation and the backward steps taken.
#[wasm_bindgen]
pub struct NetworkLesson {
    activation: Activation,
    step: usize,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl NetworkLesson {
    /// Reads `net` (`relu` or `sigmoid`) and `layer` (backward steps) from a query; bad values
    /// fall back with a notice.
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> NetworkLesson {
        let mut notices = Vec::new();
        let activation = match super::query_value(query, "net").as_deref() {
            None | Some("relu") => Activation::Relu,
            Some("sigmoid") => Activation::Sigmoid,
            Some(other) => {
                notices.push(Notice::not_one_of("net", other, "relu, sigmoid", "relu"));
                Activation::Relu
            }
        };
        let value = super::query_value(query, "layer");
        let steps = network(activation, 0).steps as f64;
        let step = super::number_in("layer", value.as_deref(), 0.0..=steps, 0.0, &mut notices) as usize;
        NetworkLesson { activation, step, notices }
    }

    /// This part of the URL: `net=…&layer=…`.
    pub fn query(&self) -> String {
        format!("net={}&layer={}", self.activation.name(), self.step)
    }

    /// Chooses the hidden activation (`relu` or `sigmoid`), back at step 0.
    pub fn choose(&mut self, name: &str) -> Result<(), JsError> {
        self.activation = match name {
            "relu" => Activation::Relu,
            "sigmoid" => Activation::Sigmoid,
            _ => return Err(JsError::new(&format!("\"{name}\" is not relu or sigmoid"))),
        };
        self.step = 0;
        Ok(())
    }

    /// One more layer backward; returns false when the backward pass is already complete.
    pub fn step(&mut self) -> bool {
        let more = self.step < network(self.activation, 0).steps;
        self.step += usize::from(more);
        more
    }

    /// Back to the forward pass only.
    pub fn restart(&mut self) {
        self.step = 0;
    }

    /// The network as `{ activation, step, steps, loss, stages: [{ layer, forward, backward,
    /// next }] }`, each matrix as `{ name, rows, cols, values }`.
    pub fn network(&self) -> Result<JsValue, JsError> {
        to_js(&network(self.activation, self.step))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(net: &'a Net, name: &str) -> &'a Named {
        net.stages.iter().flat_map(|s| s.forward.iter().chain(&s.backward)).find(|n| n.name == name).unwrap()
    }

    /// The loss with `W1[i][j]` moved by `h`, for a central difference.
    fn loss_with(activation: Activation, i: usize, j: usize, h: f64) -> f64 {
        let mut w1 = matrix(W1);
        w1[(i, j)] += h;
        let mut a = Affine::new(w1, matrix([B1]));
        let mut hidden = ActivationLayer::<f64>::new(activation);
        let mut b = Affine::new(matrix(W2), matrix([B2]));
        let z = hidden.forward(a.forward(&matrix([X]))).clone();
        WithLoss::<f64>::new(Output::Softmax).forward(b.forward(&z), &matrix([T]))
    }

    #[test]
    fn the_forward_pass_matches_the_books_chapter_3() {
        // The book's chapter 3: A1 = X·W1 + B1 = [0.3, 0.7, 1.1] for X = [1.0, 0.5].
        let net = network(Activation::Sigmoid, 0);
        for (got, expected) in get(&net, "A1").values.iter().zip([0.3, 0.7, 1.1]) {
            assert!((got - expected).abs() < 1e-12, "{got} != {expected}");
        }
        assert!((get(&net, "Z1").values[0] - 0.574_442_516_811_659_4).abs() < 1e-12);
        assert!(net.stages[3].next && net.stages.iter().all(|s| s.backward.is_empty()));
    }

    #[test]
    fn each_step_goes_back_one_layer_and_the_gradients_match_the_numerical_ones() {
        for activation in [Activation::Relu, Activation::Sigmoid] {
            let net = network(activation, 1);
            let (y, da2) = (&get(&net, "Y").values, &get(&net, "dA2").values);
            assert!((da2[0] - y[0]).abs() < 1e-12 && (da2[1] - (y[1] - 1.0)).abs() < 1e-12, "dA2 = Y − T");
            assert!(net.stages[2].next && net.stages[2].backward.is_empty());
            let net = network(activation, 4);
            let dw1 = &get(&net, "dW1").values;
            for (k, &d) in dw1.iter().enumerate() {
                let h = 1e-5;
                let numeric = (loss_with(activation, k / 3, k % 3, h)
                    - loss_with(activation, k / 3, k % 3, -h))
                    / (2.0 * h);
                assert!((d - numeric).abs() < 1e-7, "{activation:?} dW1[{k}]: {d} vs {numeric}");
            }
            assert_eq!(network(activation, 9).step, 4);
        }
    }

    #[test]
    fn the_url_is_read_and_written_back() {
        assert_eq!(NetworkLesson::new("net=sigmoid&layer=2").query(), "net=sigmoid&layer=2");
        let bad = NetworkLesson::new("net=tanh&layer=9");
        assert_eq!((bad.query().as_str(), bad.notices.len()), ("net=relu&layer=0", 2));
        let mut lesson = NetworkLesson::new("");
        assert!((0..4).all(|_| lesson.step()) && !lesson.step());
    }
}

notices_accessors!(NetworkLesson);
