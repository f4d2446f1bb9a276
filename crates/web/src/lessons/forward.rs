//! Lesson 3, forward propagation and batches: the book's 3-layer network of chapter 3.4.3
//! (2 inputs, 3, 2, 2 outputs; sigmoid hidden) run on `M` input rows at once. Each layer shows
//! `A = X·W + B` and `Z = h(A)` with their shapes; the output is the identity or softmax.

use super::network::Named;
use asaku_core::functions::output::softmax_rows;
use asaku_core::functions::Activation;
use asaku_core::layers::{ActivationLayer, Affine};
use asaku_core::Matrix;
use serde::Serialize;

/// The book's `init_network` of chapter 3.4.3, layer by layer: `(W, b)` row by row.
const W1: [[f64; 3]; 2] = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]];
const B1: [f64; 3] = [0.1, 0.2, 0.3];
const W2: [[f64; 2]; 3] = [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]];
const B2: [f64; 2] = [0.1, 0.2];
const W3: [[f64; 2]; 2] = [[0.1, 0.3], [0.2, 0.4]];
const B3: [f64; 2] = [0.1, 0.2];

/// The most input rows a batch may have.
pub const MAX_ROWS: usize = 5;

/// The preset input rows; the first is the book's `x = [1.0, 0.5]`.
pub const ROWS: [[f64; 2]; MAX_ROWS] = [[1.0, 0.5], [0.0, 0.0], [1.0, 1.0], [-1.0, 0.5], [0.5, -0.5]];

/// How many layers the network has.
pub const LAYERS: usize = 3;

/// The output layer's function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputKind {
    /// `y = a` (regression), as in the book's `forward`.
    Identity,
    /// `yₖ = exp(aₖ) / Σ exp(aᵢ)` per row (classification); each row sums to 1.
    Softmax,
}

impl OutputKind {
    /// The name in URLs and string keys.
    pub fn name(self) -> &'static str {
        match self {
            OutputKind::Identity => "identity",
            OutputKind::Softmax => "softmax",
        }
    }

    /// The kind called `name`, if any.
    pub fn parse(name: &str) -> Option<OutputKind> {
        [OutputKind::Identity, OutputKind::Softmax].into_iter().find(|k| k.name() == name)
    }
}

/// One layer's forward pass: its input, parameters, `A` and `Z` (or `Y` at the output).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Layer {
    /// 1, 2 or 3.
    pub index: usize,
    /// `sigmoid`, `identity` or `softmax`.
    pub function: &'static str,
    /// The input (`X`, `Z1` or `Z2`).
    pub input: Named,
    /// The weights `W`.
    pub w: Named,
    /// The bias `b` (one row, added to every row of `X·W`).
    pub b: Named,
    /// `A = X·W + B`.
    pub a: Named,
    /// `Z = h(A)` (named `Y` at the output).
    pub z: Named,
    /// The sum of each row of `Z` (1 for every softmax row).
    pub sums: Vec<f64>,
}

fn named(name: &'static str, m: &Matrix<f64>) -> Named {
    let values = (0..m.nrows()).flat_map(|i| (0..m.ncols()).map(move |j| m[(i, j)])).collect();
    Named { name, rows: m.nrows(), cols: m.ncols(), values }
}

fn matrix<const R: usize, const C: usize>(rows: [[f64; C]; R]) -> Matrix<f64> {
    Matrix::from_fn(R, C, |i, j| rows[i][j])
}

/// Runs the network forward on the rows `x` (one example per row) with `output` at the end.
pub fn forward(x: &[[f64; 2]], output: OutputKind) -> Vec<Layer> {
    let params = [(matrix(W1), matrix([B1])), (matrix(W2), matrix([B2])), (matrix(W3), matrix([B3]))];
    let names =
        [("X", "W1", "b1", "A1", "Z1"), ("Z1", "W2", "b2", "A2", "Z2"), ("Z2", "W3", "b3", "A3", "Y")];
    let mut input = Matrix::from_fn(x.len(), 2, |i, j| x[i][j]);
    let mut layers = Vec::with_capacity(LAYERS);
    for (k, ((w, b), (xn, wn, bn, an, zn))) in params.into_iter().zip(names).enumerate() {
        let mut affine = Affine::new(w, b);
        let a = affine.forward(&input).clone();
        let (z, function) = if k + 1 < LAYERS {
            (ActivationLayer::<f64>::new(Activation::Sigmoid).forward(&a).clone(), "sigmoid")
        } else if output == OutputKind::Softmax {
            let mut y = Matrix::zeros(0, 0);
            softmax_rows(&a, &mut y);
            (y, "softmax")
        } else {
            (a.clone(), "identity")
        };
        layers.push(Layer {
            index: k + 1,
            function,
            input: named(xn, &input),
            w: named(wn, &affine.w),
            b: named(bn, &affine.b),
            a: named(an, &a),
            z: named(zn, &z),
            sums: z.row_iter().map(|r| r.sum()).collect(),
        });
        input = z;
    }
    layers
}

/// Reads `x` from a URL value: rows `x₁,x₂` separated by `;`, 1 to [`MAX_ROWS`] of them, each
/// number from −10 to 10. `None` for anything else.
pub fn parse_rows(text: &str) -> Option<Vec<[f64; 2]>> {
    let rows: Vec<[f64; 2]> = text
        .split(';')
        .map(|row| {
            let v: Vec<f64> = row.split(',').map(|s| s.trim().parse().ok()).collect::<Option<_>>()?;
            let pair: [f64; 2] = v.try_into().ok()?;
            pair.iter().all(|n| (-10.0..=10.0).contains(n)).then_some(pair)
        })
        .collect::<Option<_>>()?;
    (1..=MAX_ROWS).contains(&rows.len()).then_some(rows)
}

#[path = "forward_lesson.rs"]
mod lesson;
pub use lesson::ForwardLesson;

#[cfg(test)]
#[path = "forward_tests.rs"]
mod tests;
