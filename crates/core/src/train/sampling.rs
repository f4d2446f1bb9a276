//! How a mini-batch is drawn from the training set.

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

    /// Chooses the next batch and copies its rows of `x` and `t` into `xb` and `tb`.
    pub fn next_batch<T: Real>(
        &mut self,
        rng: &mut Rng,
        x: &Matrix<T>,
        t: &Matrix<T>,
        xb: &mut Matrix<T>,
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
        gather_rows(x, &self.indices, xb);
        gather_rows(t, &self.indices, tb);
    }
}

/// `out[r, :] = m[indices[r], :]`, resizing `out` only when the batch size changes.
fn gather_rows<T: Real>(m: &Matrix<T>, indices: &[usize], out: &mut Matrix<T>) {
    crate::linalg::ensure_shape(out, indices.len(), m.ncols());
    for j in 0..m.ncols() {
        for (r, &i) in indices.iter().enumerate() {
            out[(r, j)] = m[(i, j)];
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
        let mut batcher = Batcher::new(Sampling::Shuffle, 3, 7);
        assert_eq!(batcher.steps_per_epoch(), 3);
        let (mut rng, mut xb, mut tb) = (rng_from_seed(1), Matrix::zeros(0, 0), Matrix::zeros(0, 0));
        let mut seen = Vec::new();
        for _ in 0..3 {
            batcher.next_batch(&mut rng, &x, &x, &mut xb, &mut tb);
            seen.extend(xb.iter().map(|&v| v as usize));
            assert_eq!(xb, tb);
        }
        seen.sort_unstable();
        assert_eq!(seen, (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn replacement_follows_the_book() {
        let x = Matrix::from_fn(25, 2, |i, j| (i * 10 + j) as f64);
        let mut batcher = Batcher::new(Sampling::Replacement, 10, 25);
        assert_eq!(batcher.steps_per_epoch(), 2);
        let (mut rng, mut xb, mut tb) = (rng_from_seed(2), Matrix::zeros(0, 0), Matrix::zeros(0, 0));
        batcher.next_batch(&mut rng, &x, &x, &mut xb, &mut tb);
        assert_eq!(xb.shape(), (10, 2));
        for r in 0..10 {
            assert_eq!(xb[(r, 1)], xb[(r, 0)] + 1.0, "rows are copied whole");
        }
    }

    #[test]
    fn batch_larger_than_the_data_uses_all_of_it() {
        let batcher = Batcher::new(Sampling::Shuffle, 100, 4);
        assert_eq!(batcher.steps_per_epoch(), 1);
    }
}
