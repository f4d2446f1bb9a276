//! Heatmaps from one grid sweep: the output, each input feature and each hidden neuron.

use crate::color::{class_color, mix, paint_values, Rgb, Shading, NEUTRAL};
use asaku_core::grid::Grid;
use asaku_core::layers::Output;
use asaku_core::Matrix;

/// Which map of a sweep to paint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Map {
    /// Input feature `f`.
    Feature(usize),
    /// Neuron `k` of hidden layer `l`.
    Neuron(usize, usize),
    /// The network's output (the decision boundary): every class at once under softmax.
    Output,
    /// Output column `k` alone: the probability of class `k` (a softmax network's output neuron).
    Class(usize),
}

impl Map {
    /// The map at position `index` of the page's flat thumbnail order: features, then each
    /// hidden layer's neurons, then the output (one map per class when there are `outputs > 1`).
    pub fn from_index(index: usize, features: usize, hidden: &[usize], outputs: usize) -> Map {
        if index < features {
            return Map::Feature(index);
        }
        let mut i = index - features;
        for (l, &width) in hidden.iter().enumerate() {
            if i < width {
                return Map::Neuron(l, i);
            }
            i -= width;
        }
        if outputs > 1 {
            Map::Class(i)
        } else {
            Map::Output
        }
    }
}

/// Paints `map` from the last sweep of `grid` into `out` (RGBA, row by row from the top).
pub fn paint(grid: &Grid<f32>, output: Output, map: Map, shading: Shading, out: &mut Vec<u8>) {
    match map {
        Map::Feature(f) => {
            let values = column(grid.inputs(), f);
            let scale = values.iter().fold(0.0f32, |m, v| m.max(v.abs())).max(f32::EPSILON);
            paint_values(values, (-scale, scale), |v| shading.value(v / scale), out);
        }
        Map::Neuron(l, k) => {
            paint_values(column(&grid.hidden()[l], k), (-1.0, 1.0), |v| shading.value(v), out)
        }
        Map::Output => paint_output(grid.output(), output, shading, out),
        Map::Class(k) => {
            let color = class_color(k);
            paint_values(
                column(grid.output(), k),
                (0.0, 1.0),
                |p| mix(NEUTRAL, color, p * shading.strength),
                out,
            );
        }
    }
}

fn paint_output(y: &Matrix<f32>, output: Output, shading: Shading, out: &mut Vec<u8>) {
    let signed = |v: f32| match output {
        Output::Sigmoid => 2.0 * v - 1.0,
        Output::Tanh | Output::Identity | Output::Softmax => v,
    };
    if output != Output::Softmax {
        let range = if output == Output::Sigmoid { (0.0, 1.0) } else { (-1.0, 1.0) };
        return paint_values(column(y, 0), range, |v| shading.value(signed(v)), out);
    }
    out.clear();
    let mut p = vec![0.0; y.ncols()];
    for i in 0..y.nrows() {
        p.iter_mut().enumerate().for_each(|(k, pk)| *pk = y[(i, k)]);
        let [r, g, b]: Rgb = shading.classes(&p);
        out.extend([r, g, b, 255]);
    }
}

/// Column `j` of a column-major matrix, as a slice.
fn column(m: &Matrix<f32>, j: usize) -> &[f32] {
    let n = m.nrows();
    &m.as_slice()[j * n..(j + 1) * n]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_thumbnail_order() {
        let hidden = [4, 2];
        assert_eq!(Map::from_index(1, 2, &hidden, 1), Map::Feature(1));
        assert_eq!(Map::from_index(2, 2, &hidden, 1), Map::Neuron(0, 0));
        assert_eq!(Map::from_index(6, 2, &hidden, 1), Map::Neuron(1, 0));
        assert_eq!(Map::from_index(8, 2, &hidden, 1), Map::Output);
        assert_eq!(Map::from_index(10, 2, &hidden, 3), Map::Class(2));
    }
}
