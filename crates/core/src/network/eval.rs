//! Forward-only passes with their own buffers: evaluation on a data set and the grid sweep.

use super::{Layer, Network};
use crate::layers::affine::affine_into;
use crate::layers::{Input, Output};
use crate::linalg::sparse::Workspace;
use crate::real::{Matrix, Real};

/// Runs a network forward without touching its training buffers, keeping every affine layer's
/// output (after its activation) so each hidden neuron's value per example can be read.
/// Buffers are reused: repeated runs of one batch size never allocate.
#[derive(Clone, Debug, Default)]
pub struct Evaluator<T: Real> {
    buffers: Vec<Matrix<T>>,
    y: Matrix<T>,
    work: Workspace<T>,
}

/// Loss and accuracy of a network on a data set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evaluation {
    /// The data loss (no penalty), averaged over examples.
    pub loss: f64,
    /// The fraction classified correctly, for classifiers; `None` for regression.
    pub accuracy: Option<f64>,
}

impl<T: Real> Evaluator<T> {
    /// An evaluator with no buffers yet.
    pub fn new() -> Self {
        Self { buffers: Vec::new(), y: Matrix::zeros(0, 0), work: Workspace::default() }
    }

    /// `y` for the batch `x` (dense, or sparse rows: [`Input`]); afterwards
    /// [`Evaluator::hidden`] holds each hidden layer's output.
    pub fn run<'x>(&mut self, network: &Network<T>, x: impl Into<Input<'x, T>>) -> &Matrix<T> {
        let x = x.into();
        let affines = network.affines().count();
        self.buffers.resize_with(affines, || Matrix::zeros(0, 0));
        let mut k = 0;
        for layer in network.layers() {
            match layer {
                Layer::Affine(a) => {
                    let (done, rest) = self.buffers.split_at_mut(k);
                    let input = done.last().map_or(x, Input::Dense);
                    affine_into(&a.w, &a.b, input, &mut rest[0], &mut self.work);
                    k += 1;
                }
                Layer::Activation(h) => h.activation.apply_in_place(&mut self.buffers[k - 1]),
            }
        }
        let scores = self.buffers.last().expect("a network has at least one affine layer");
        network.spec().output.predict_to(scores, &mut self.y);
        &self.y
    }

    /// Each hidden layer's activations from the last run: `hidden()[l]` is `N × width(l)`.
    pub fn hidden(&self) -> &[Matrix<T>] {
        let n = self.buffers.len();
        &self.buffers[..n.saturating_sub(1)]
    }

    /// Which hidden units of the last run were inactive: `into[l][j]` is true when unit `j` of
    /// hidden layer `l` output exactly 0 for every example (a ReLU unit whose input `a` was
    /// `≤ 0` throughout: it passes no gradient back, so training cannot move its weights).
    /// `into` is reused.
    pub fn inactive_into(&self, into: &mut Vec<Vec<bool>>) {
        let hidden = self.hidden();
        into.resize_with(hidden.len(), Vec::new);
        for (layer, h) in into.iter_mut().zip(hidden) {
            layer.clear();
            layer.extend(h.column_iter().map(|unit| unit.iter().all(|z| *z == T::zero())));
        }
    }

    /// The scores (last affine output, before the output function) of the last run.
    pub fn scores(&self) -> &Matrix<T> {
        self.buffers.last().expect("Evaluator::run has been called")
    }

    /// The last run's output `y`.
    pub fn output(&self) -> &Matrix<T> {
        &self.y
    }

    /// The data loss and accuracy of `network` on `(x, t)`.
    pub fn evaluate<'x>(
        &mut self,
        network: &Network<T>,
        x: impl Into<Input<'x, T>>,
        t: &Matrix<T>,
    ) -> Evaluation {
        self.run(network, x);
        let output = network.spec().output;
        let loss = output.loss(self.scores(), t).to_f64();
        let accuracy = output.is_classifier().then(|| accuracy(output, &self.y, t));
        Evaluation { loss, accuracy }
    }
}

/// The fraction of rows whose predicted class matches the target's: the largest output for
/// softmax, `y ≥ 0.5` for sigmoid, `y ≥ 0` for tanh. Regression has no classes and gives 0.
pub fn accuracy<T: Real>(output: Output, y: &Matrix<T>, t: &Matrix<T>) -> f64 {
    if y.nrows() == 0 {
        return 0.0;
    }
    correct(output, y, t) as f64 / y.nrows() as f64
}

/// How many rows' predicted class matches the target's (as in [`accuracy`]); 0 for regression.
pub fn correct<T: Real>(output: Output, y: &Matrix<T>, t: &Matrix<T>) -> usize {
    let class = |m: &Matrix<T>, i: usize| -> usize {
        match output {
            Output::Softmax => m.row(i).transpose().argmax().0,
            Output::Sigmoid => usize::from(m[(i, 0)] >= T::of(0.5)),
            Output::Tanh => usize::from(m[(i, 0)] >= T::zero()),
            Output::Identity => usize::MAX,
        }
    };
    if output == Output::Identity {
        return 0;
    }
    (0..y.nrows()).filter(|&i| class(y, i) == class(t, i)).count()
}
