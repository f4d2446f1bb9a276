//! How a mini-batch is drawn from the training set.

use super::Examples;
use crate::layers::Input;
use crate::linalg::sparse::{zero_fraction, SparseBatch, SparseRows};
use crate::real::{Matrix, Real};
use crate::Rng;
use rand::seq::SliceRandom;
use rand::Rng as _;

crate::choice! {
    /// How the examples of each mini-batch are chosen.
    pub enum Sampling: Sampling {
        /// Each batch draws `B` examples at random, with replacement (the book's
        /// `np.random.choice(train_size, batch_size)`); an epoch is `max(N / B, 1)` batches.
        Replacement,
        /// Each epoch shuffles the examples and walks through them `B` at a time; an epoch is
        /// `⌈N / B⌉` batches and sees every example once (the last batch may be smaller).
        Shuffle,
    }
}

/// The training examples stored the way [`Batcher::next_batch`] copies a batch from them: each
/// example's inputs and targets contiguous in memory. Dense inputs are kept transposed (one
/// example per column: in the `N×D` column-major layout of [`Examples`] an example's `D` values
/// lie `N` apart, so a batch of 100 of the 8,004 digit images would touch one cache line per
/// pixel, 78,400; here about 50 per image). Inputs that are mostly zeros (at least
/// [`SPARSE_MIN_ZEROS`] of them, with at least [`SPARSE_MIN_INPUTS`] inputs: digit images) are
/// kept as sparse rows instead, and their batches run the first layer's products over the
/// non-zero inputs only ([`crate::linalg::sparse`]).
#[derive(Clone, Debug)]
pub struct ExampleColumns<T: Real> {
    x: StoredInputs<T>,
    t: Matrix<T>,
}

/// The smallest share of zero inputs for which [`ExampleColumns::new`] keeps sparse rows: at
/// half, the sparse products do at most half the dense ones' multiply-adds.
pub const SPARSE_MIN_ZEROS: f64 = 0.5;

/// The fewest inputs for which [`ExampleColumns::new`] keeps sparse rows: the playground's
/// points have at most seven features (and the logic gates' are half zeros), where the first
/// layer's products are a few hundred multiply-adds and their order is best left as it is.
pub const SPARSE_MIN_INPUTS: usize = 64;

#[derive(Clone, Debug)]
enum StoredInputs<T: Real> {
    /// `xᵀ`: one example per column.
    Dense(Matrix<T>),
    /// One example per sparse row.
    Sparse(SparseRows<T>),
}

impl<T: Real> ExampleColumns<T> {
    /// `examples` stored sparse when their inputs are mostly zeros (see [`ExampleColumns`]),
    /// dense otherwise.
    pub fn new(examples: &Examples<T>) -> Self {
        let x = &examples.x;
        let mostly_zeros = x.ncols() >= SPARSE_MIN_INPUTS && zero_fraction(x) >= SPARSE_MIN_ZEROS;
        if mostly_zeros {
            Self::sparse(examples)
        } else {
            Self::dense(examples)
        }
    }

    /// `examples` with dense inputs, whatever their zeros.
    pub fn dense(examples: &Examples<T>) -> Self {
        Self { x: StoredInputs::Dense(examples.x.transpose()), t: examples.t.transpose() }
    }

    /// `examples` with sparse inputs, whatever their zeros.
    pub fn sparse(examples: &Examples<T>) -> Self {
        Self { x: StoredInputs::Sparse(SparseRows::from_dense(&examples.x)), t: examples.t.transpose() }
    }

    /// Whether the inputs are kept as sparse rows.
    pub fn is_sparse(&self) -> bool {
        matches!(self.x, StoredInputs::Sparse(_))
    }

    /// The inputs' sparse rows (one per example, in order), when they are kept sparse: an
    /// evaluation's forward pass can run over them too.
    pub fn sparse_rows(&self) -> Option<&SparseRows<T>> {
        match &self.x {
            StoredInputs::Sparse(rows) => Some(rows),
            StoredInputs::Dense(_) => None,
        }
    }
}

/// A mini-batch's inputs as [`Batcher::next_batch`] chose them: dense inputs copied out,
/// sparse rows by their indices (read in place). Its storage is reused from batch to batch.
#[derive(Clone, Debug)]
pub struct BatchInputs<T: Real> {
    dense: Matrix<T>,
    indices: Vec<usize>,
}

impl<T: Real> Default for BatchInputs<T> {
    fn default() -> Self {
        Self { dense: Matrix::zeros(0, 0), indices: Vec::new() }
    }
}

impl<T: Real> BatchInputs<T> {
    /// The last batch drawn from `examples`, for [`crate::network::Network::backprop`].
    ///
    /// # Panics
    /// If `examples` are not the ones the batch was drawn from and have fewer rows (a bug).
    pub fn input<'a>(&'a self, examples: &'a ExampleColumns<T>) -> Input<'a, T> {
        match examples.sparse_rows() {
            Some(rows) => Input::Sparse(SparseBatch::at(rows, &self.indices)),
            None => Input::Dense(&self.dense),
        }
    }

    /// The last batch drawn from `examples` as an `N×D` matrix.
    pub fn to_dense(&self, examples: &ExampleColumns<T>) -> Matrix<T> {
        match self.input(examples) {
            Input::Dense(x) => x.clone(),
            Input::Sparse(x) => x.to_dense(),
        }
    }
}

/// Draws mini-batches of example indices and copies those rows into reused buffers.
#[derive(Clone, Debug)]
pub struct Batcher {
    /// How examples are chosen.
    pub sampling: Sampling,
    /// The requested batch size `B` (at most `N` is used).
    pub batch_size: usize,
    order: Vec<usize>,
    cursor: usize,
    indices: Vec<usize>,
}

impl Batcher {
    /// A batcher over `n` examples.
    pub fn new(sampling: Sampling, batch_size: usize, n: usize) -> Self {
        Self { sampling, batch_size, order: (0..n).collect(), cursor: n, indices: Vec::new() }
    }

    /// Mini-batches in one epoch.
    pub fn steps_per_epoch(&self) -> usize {
        let (n, b) = (self.order.len(), self.batch_size.clamp(1, self.order.len().max(1)));
        match self.sampling {
            Sampling::Replacement => (n / b).max(1),
            Sampling::Shuffle => n.div_ceil(b),
        }
    }

    /// The order the examples are walked in (a permutation of `0..N`) and the position in it.
    pub fn order(&self) -> (&[usize], usize) {
        (&self.order, self.cursor)
    }

    /// Puts the walk at `cursor` in `order`, as [`Batcher::order`] gave them. `order` must be a
    /// permutation of `0..N` and `cursor ≤ N`; returns false (changing nothing) otherwise.
    pub fn set_order(&mut self, order: Vec<usize>, cursor: usize) -> bool {
        let mut seen = vec![false; self.order.len()];
        let permutation = order.len() == seen.len()
            && order.iter().all(|&i| i < seen.len() && !std::mem::replace(&mut seen[i], true));
        if !permutation || cursor > order.len() {
            return false;
        }
        (self.order, self.cursor) = (order, cursor);
        true
    }

    /// Starts a new pass (the next shuffle batch comes from a fresh permutation).
    pub fn restart(&mut self) {
        self.cursor = self.order.len();
    }

    /// Chooses the next batch and copies its examples' inputs and targets into `xb` and the
    /// rows of `tb`.
    pub fn next_batch<T: Real>(
        &mut self,
        rng: &mut Rng,
        examples: &ExampleColumns<T>,
        xb: &mut BatchInputs<T>,
        tb: &mut Matrix<T>,
    ) {
        let n = self.order.len();
        let b = self.batch_size.clamp(1, n);
        self.indices.clear();
        match self.sampling {
            Sampling::Replacement => self.indices.extend((0..b).map(|_| rng.random_range(0..n))),
            Sampling::Shuffle => {
                if self.cursor >= n {
                    self.order.shuffle(rng);
                    self.cursor = 0;
                }
                let end = (self.cursor + b).min(n);
                self.indices.extend_from_slice(&self.order[self.cursor..end]);
                self.cursor = end;
            }
        }
        match &examples.x {
            StoredInputs::Dense(columns) => gather_columns(columns, &self.indices, &mut xb.dense),
            StoredInputs::Sparse(_) => xb.indices.clone_from(&self.indices),
        }
        gather_columns(&examples.t, &self.indices, tb);
    }
}

/// Examples copied together by [`gather_columns`]: the values of one input for this many
/// examples are written side by side (a cache line of `f32`s or two), read from as many
/// sequential streams.
const GATHER_BLOCK: usize = 16;

/// `out[r, :] = columns[:, indices[r]]ᵀ`, resizing `out` only when the batch size changes.
fn gather_columns<T: Real>(columns: &Matrix<T>, indices: &[usize], out: &mut Matrix<T>) {
    let (d, b) = (columns.nrows(), indices.len());
    crate::linalg::ensure_shape(out, b, d);
    let (from, to) = (columns.as_slice(), out.as_mut_slice());
    for (block, rows) in indices.chunks(GATHER_BLOCK).enumerate() {
        let first = block * GATHER_BLOCK;
        for j in 0..d {
            let written = &mut to[j * b + first..j * b + first + rows.len()];
            for (value, &i) in written.iter_mut().zip(rows) {
                *value = from[i * d + j];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng_from_seed;

    #[test]
    fn shuffle_sees_every_example_once_per_epoch() {
        let x = Matrix::from_fn(7, 1, |i, _| i as f64);
        let examples = ExampleColumns::new(&Examples { x: x.clone(), t: x });
        let mut batcher = Batcher::new(Sampling::Shuffle, 3, 7);
        assert_eq!(batcher.steps_per_epoch(), 3);
        let (mut rng, mut xb, mut tb) = (rng_from_seed(1), BatchInputs::default(), Matrix::zeros(0, 0));
        let mut seen = Vec::new();
        for _ in 0..3 {
            batcher.next_batch(&mut rng, &examples, &mut xb, &mut tb);
            seen.extend(xb.to_dense(&examples).iter().map(|&v| v as usize));
            assert_eq!(xb.to_dense(&examples), tb);
        }
        seen.sort_unstable();
        assert_eq!(seen, (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn replacement_follows_the_book() {
        let x = Matrix::from_fn(25, 2, |i, j| (i * 10 + j) as f64);
        let t = Matrix::from_fn(25, 3, |i, j| (i * 100 + j) as f64);
        let examples = ExampleColumns::new(&Examples { x, t });
        let mut batcher = Batcher::new(Sampling::Replacement, 10, 25);
        assert_eq!(batcher.steps_per_epoch(), 2);
        let (mut rng, mut xb, mut tb) = (rng_from_seed(2), BatchInputs::default(), Matrix::zeros(0, 0));
        batcher.next_batch(&mut rng, &examples, &mut xb, &mut tb);
        let xb = xb.to_dense(&examples);
        assert_eq!((xb.shape(), tb.shape()), ((10, 2), (10, 3)));
        for r in 0..10 {
            let i = xb[(r, 0)] / 10.0;
            assert_eq!(xb[(r, 1)], i * 10.0 + 1.0, "rows are copied whole");
            assert_eq!((tb[(r, 0)], tb[(r, 2)]), (i * 100.0, i * 100.0 + 2.0), "with their own targets");
        }
    }

    #[test]
    fn batch_larger_than_the_data_uses_all_of_it() {
        let batcher = Batcher::new(Sampling::Shuffle, 100, 4);
        assert_eq!(batcher.steps_per_epoch(), 1);
    }
}
