//! The grid sweep: the network evaluated on an `n×n` grid of points in one batched pass,
//! giving the output (the decision boundary) and every hidden neuron's activation (each
//! neuron's thumbnail) from the same products.

use crate::data::{FeatureSet, Rect};
use crate::error::{Allowed, Error, Quantity, Result};
use crate::network::{Evaluator, Network};
use crate::real::{Matrix, Real};

/// The finest grid accepted (`n ≤ 512`, a quarter of a million cells).
pub const MAX_RESOLUTION: usize = 512;

/// An `n×n` grid over a rectangle, with its input matrix built once and its buffers reused.
///
/// Cell `(r, c)` is row `r` from the top (largest `x2`) and column `c` from the left
/// (smallest `x1`); it is example `r·n + c` of every matrix, so rows of pixels come out the
/// right way up.
#[derive(Clone, Debug)]
pub struct Grid<T: Real> {
    n: usize,
    domain: Rect,
    x: Matrix<T>,
    evaluator: Evaluator<T>,
}

impl<T: Real> Grid<T> {
    /// A grid of `n×n` cells over `domain`, with inputs computed by `features`.
    pub fn new(n: usize, domain: Rect, features: &FeatureSet) -> Result<Self> {
        if !(2..=MAX_RESOLUTION).contains(&n) {
            return Err(Error::OutOfRange {
                what: Quantity::GridResolution,
                got: n.to_string(),
                allowed: Allowed::Whole { low: 2, high: MAX_RESOLUTION as u64 },
            });
        }
        let points: Vec<[f64; 2]> = (0..n * n).map(|k| cell_centre(n, domain, k / n, k % n)).collect();
        Ok(Self { n, domain, x: features.inputs(&points), evaluator: Evaluator::new() })
    }

    /// Cells per side.
    pub fn resolution(&self) -> usize {
        self.n
    }

    /// The rectangle covered.
    pub fn domain(&self) -> Rect {
        self.domain
    }

    /// The input features per cell (`n²×F`): column `f` is feature `f`'s heatmap.
    pub fn inputs(&self) -> &Matrix<T> {
        &self.x
    }

    /// Evaluates `network` on every cell. Afterwards [`Grid::output`] holds `y` (`n²×K`) and
    /// [`Grid::hidden`] each hidden layer's activations (`n²×width`).
    pub fn sweep(&mut self, network: &Network<T>) {
        self.evaluator.run(network, &self.x);
    }

    /// The network's output per cell from the last sweep.
    pub fn output(&self) -> &Matrix<T> {
        self.evaluator.output()
    }

    /// Each hidden layer's activations per cell from the last sweep.
    pub fn hidden(&self) -> &[Matrix<T>] {
        self.evaluator.hidden()
    }
}

/// The point at the centre of cell `(r, c)` of an `n×n` grid over `domain`.
pub fn cell_centre(n: usize, domain: Rect, r: usize, c: usize) -> [f64; 2] {
    let step_x = (domain.x_max - domain.x_min) / n as f64;
    let step_y = (domain.y_max - domain.y_min) / n as f64;
    [domain.x_min + (c as f64 + 0.5) * step_x, domain.y_max - (r as f64 + 0.5) * step_y]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Feature, PLAYGROUND_DOMAIN};
    use crate::functions::Activation;
    use crate::layers::{Affine, Output};
    use crate::network::{Init, NetworkSpec};

    /// `y = σ(x1)` through one hidden identity neuron: the output grows left to right.
    fn left_to_right() -> Network<f64> {
        let spec = NetworkSpec {
            inputs: 2,
            hidden: vec![1],
            activation: Activation::Identity,
            output: Output::Sigmoid,
            outputs: 1,
            init: Init::Xavier,
        };
        let first = Affine::new(Matrix::from_row_slice(2, 1, &[1.0, 0.0]), Matrix::zeros(1, 1));
        let second = Affine::new(Matrix::from_element(1, 1, 1.0), Matrix::zeros(1, 1));
        Network::from_affines(spec, vec![first, second])
    }

    #[test]
    fn cells_run_left_to_right_and_top_to_bottom() {
        let domain = PLAYGROUND_DOMAIN;
        assert_eq!(cell_centre(4, domain, 0, 0), [-4.5, 4.5]);
        assert_eq!(cell_centre(4, domain, 3, 3), [4.5, -4.5]);
        let grid: Grid<f64> = Grid::new(4, domain, &FeatureSet::default()).unwrap();
        assert_eq!(grid.inputs().row(1).iter().copied().collect::<Vec<_>>(), vec![-1.5, 4.5]);
    }

    #[test]
    fn sweep_gives_the_output_and_each_neurons_map() {
        let mut grid: Grid<f64> = Grid::new(10, PLAYGROUND_DOMAIN, &FeatureSet::default()).unwrap();
        grid.sweep(&left_to_right());
        assert_eq!(grid.output().shape(), (100, 1));
        assert_eq!(grid.hidden().len(), 1);
        // The hidden neuron is x1 itself; the output is σ(x1), so left < 0.5 < right.
        assert_eq!(grid.hidden()[0][(0, 0)], -5.4);
        assert!(grid.output()[(0, 0)] < 0.01 && grid.output()[(9, 0)] > 0.99);
        assert_eq!(grid.output()[(0, 0)], grid.output()[(90, 0)], "x2 does not matter");
    }

    #[test]
    fn features_are_computed_per_cell_and_resolution_is_checked() {
        let features = FeatureSet::new(vec![Feature::X1TimesX2]).unwrap();
        let grid: Grid<f32> = Grid::new(2, PLAYGROUND_DOMAIN, &features).unwrap();
        assert_eq!(grid.inputs()[(0, 0)], -9.0);
        assert!(Grid::<f32>::new(1, PLAYGROUND_DOMAIN, &features).is_err());
        assert!(Grid::<f32>::new(513, PLAYGROUND_DOMAIN, &features).is_err());
    }
}
