//! Inputs that are mostly zeros, kept as sparse rows, and the first affine layer's two large
//! products computed over their non-zero entries only.
//!
//! About 80 % of a handwritten digit's pixels are exactly 0, so of the products of an affine
//! layer `y = x·W + b` (`x: N×D`, `W: D×M`) that read `x`, most terms are zero:
//!
//! - forward: `y[n,:] = Σ_{p: x[n,p] ≠ 0} x[n,p]·W[p,:]`
//! - weight gradient: `dW[p,:] = Σ_{n: x[n,p] ≠ 0} x[n,p]·dout[n,:]`
//!
//! Both are the dense products `x·W` and `xᵀ·dout` with the zero terms left out: the same
//! maths, only the order of the additions may differ. Both run over each row's entries in
//! place (a mini-batch is a [`SparseBatch`] of the stored rows, not a copy), [`LANES`] outputs
//! at a time over contiguous, aligned runs: the products first copy `W` and `dout` transposed
//! (a row of `W` is then a column of `Wᵀ`, contiguous in column-major storage), each column
//! padded to whole vectors. The forward pass holds its sums in registers; the
//! weight gradient adds each term's run into its column of `dWᵀ`, then turns `dWᵀ` back.

mod sums;

pub use sums::LANES;
use sums::STEP;

use super::transpose::Strided;
use crate::real::{Matrix, Real};
use sums::{mul_rows, tr_mul_rows};

/// Rows of a matrix that keep only their non-zero entries: per row, the columns and values of
/// its non-zero entries in increasing column order.
#[derive(Clone, Debug, PartialEq)]
pub struct SparseRows<T: Real> {
    cols: usize,
    /// Row `n`'s entries are `starts[n]..starts[n + 1]` of `columns` and `values`.
    starts: Vec<usize>,
    columns: Vec<u32>,
    values: Vec<T>,
}

impl<T: Real> SparseRows<T> {
    /// The rows of `x` with their zeros left out.
    ///
    /// # Panics
    /// If `x` has more than `u32::MAX` columns (a bug: no network has that many inputs).
    pub fn from_dense(x: &Matrix<T>) -> Self {
        let (n, d) = x.shape();
        assert!(u32::try_from(d).is_ok(), "SparseRows: {d} columns do not fit a u32");
        let mut rows = Self { cols: d, starts: vec![0], columns: Vec::new(), values: Vec::new() };
        let data = x.as_slice();
        for i in 0..n {
            for p in 0..d {
                let v = data[p * n + i];
                if v != T::zero() {
                    rows.columns.push(p as u32);
                    rows.values.push(v);
                }
            }
            rows.starts.push(rows.values.len());
        }
        rows
    }

    /// Number of rows `N`.
    pub fn rows(&self) -> usize {
        self.starts.len() - 1
    }

    /// Number of columns `D` (zeros included).
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// Non-zero entries in all rows.
    pub fn nonzeros(&self) -> usize {
        self.values.len()
    }

    /// Row `n`'s non-zero entries: their columns (increasing) and values.
    ///
    /// # Panics
    /// If `n >= rows()`.
    pub fn row(&self, n: usize) -> (&[u32], &[T]) {
        let range = self.starts[n]..self.starts[n + 1];
        (&self.columns[range.clone()], &self.values[range])
    }

    /// The dense `N×D` matrix these rows stand for.
    pub fn to_dense(&self) -> Matrix<T> {
        SparseBatch::from(self).to_dense()
    }
}

/// Rows of a [`SparseRows`] read in place: a run of them (all, or a slice of an evaluation) or
/// those at given indices (a mini-batch), in that order. The sparse products read a batch
/// through this instead of copying its rows out of the 9.6 MB of the digits' training rows.
#[derive(Clone, Copy, Debug)]
pub struct SparseBatch<'a, T: Real> {
    rows: &'a SparseRows<T>,
    picks: Picks<'a>,
}

/// Which rows a [`SparseBatch`] reads.
#[derive(Clone, Copy, Debug)]
enum Picks<'a> {
    /// Rows `start..start + len`.
    Run { start: usize, len: usize },
    /// The rows at these indices.
    At(&'a [usize]),
}

impl<'a, T: Real> SparseBatch<'a, T> {
    /// Rows `range` of `rows`.
    ///
    /// # Panics
    /// If `range` reaches past the last row (a bug).
    pub fn run(rows: &'a SparseRows<T>, range: std::ops::Range<usize>) -> Self {
        assert!(range.end <= rows.rows(), "sparse batch: rows {range:?} of {}", rows.rows());
        Self { rows, picks: Picks::Run { start: range.start, len: range.len() } }
    }

    /// The rows of `rows` at `indices`, in that order (reading one that is not a row of `rows`
    /// panics, as [`SparseRows::row`] does: a bug).
    pub fn at(rows: &'a SparseRows<T>, indices: &'a [usize]) -> Self {
        Self { rows, picks: Picks::At(indices) }
    }

    /// Number of rows `N`.
    pub fn rows(&self) -> usize {
        match self.picks {
            Picks::Run { len, .. } => len,
            Picks::At(indices) => indices.len(),
        }
    }

    /// Number of columns `D` (zeros included).
    pub fn cols(&self) -> usize {
        self.rows.cols
    }

    /// Row `n`'s non-zero entries: their columns (increasing) and values.
    ///
    /// # Panics
    /// If `n >= rows()`.
    pub fn row(&self, n: usize) -> (&'a [u32], &'a [T]) {
        match self.picks {
            Picks::Run { start, len } => {
                assert!(n < len, "sparse batch: row {n} of {len}");
                self.rows.row(start + n)
            }
            Picks::At(indices) => self.rows.row(indices[n]),
        }
    }

    /// The dense `N×D` matrix these rows stand for.
    pub fn to_dense(&self) -> Matrix<T> {
        let mut x = Matrix::zeros(self.rows(), self.cols());
        for n in 0..self.rows() {
            let (columns, values) = self.row(n);
            for (&p, &v) in columns.iter().zip(values) {
                x[(n, p as usize)] = v;
            }
        }
        x
    }
}

impl<'a, T: Real> From<&'a SparseRows<T>> for SparseBatch<'a, T> {
    fn from(rows: &'a SparseRows<T>) -> Self {
        Self::run(rows, 0..rows.rows())
    }
}

/// The share of `x`'s entries that are exactly zero (0 for an empty matrix).
pub fn zero_fraction<T: Real>(x: &Matrix<T>) -> f64 {
    let zeros = x.iter().filter(|&&v| v == T::zero()).count();
    zeros as f64 / x.len().max(1) as f64
}

/// What the sparse products reuse from call to call: `Wᵀ`, `doutᵀ` and `dWᵀ` in padded
/// columns.
#[derive(Clone, Debug, Default)]
pub struct Workspace<T: Real> {
    w_t: Padded<T>,
    dout_t: Padded<T>,
    dw_t: Padded<T>,
}

/// A `rows×cols` matrix stored by columns `ld` apart, `ld` the next multiple of [`STEP`] from
/// `rows`, its first column aligned to `STEP` values: every run of [`STEP`] values from the
/// start of a column is one aligned vector, so the products' sums of columns run over whole
/// vectors. The padding after a column's `rows` entries is summed like the rest but never read
/// into a result (each output is summed on its own), so whatever it holds changes nothing.
#[derive(Clone, Debug, Default)]
pub(crate) struct Padded<T: Real> {
    data: Vec<T>,
    rows: usize,
    cols: usize,
    ld: usize,
}

impl<T: Real> Padded<T> {
    /// Gives this the shape `rows×cols`, all zeros when the shape changes (else as it was).
    fn reshape(&mut self, rows: usize, cols: usize) {
        if (self.rows, self.cols) != (rows, cols) {
            let ld = rows.next_multiple_of(STEP);
            // STEP more values leave room to start the first column on an aligned one.
            *self = Self { data: vec![T::zero(); cols * ld + STEP], rows, cols, ld };
        }
    }

    /// Makes this `mᵀ`.
    pub(crate) fn transpose(&mut self, m: &Matrix<T>) {
        self.reshape(m.ncols(), m.nrows());
        let ld = self.ld;
        super::transpose::transpose_strided(m.into(), ld, self.columns_mut());
    }

    /// `out = thisᵀ`, resizing `out` if needed.
    fn transpose_to(&self, out: &mut Matrix<T>) {
        super::ensure_shape(out, self.cols, self.rows);
        let this = Strided { data: self.columns(), rows: self.rows, cols: self.cols, ld: self.ld };
        super::transpose::transpose_strided(this, self.cols, out.as_mut_slice());
    }

    /// Where the first column starts in `data`: the first value aligned to `STEP` values.
    fn skip(&self) -> usize {
        let size = std::mem::size_of::<T>();
        let past = self.data.as_ptr() as usize % (STEP * size);
        (STEP * size - past) % (STEP * size) / size
    }

    /// The columns, `ld` apart.
    fn columns(&self) -> &[T] {
        &self.data[self.skip()..]
    }

    /// The columns, `ld` apart, to write.
    fn columns_mut(&mut self) -> &mut [T] {
        let skip = self.skip();
        &mut self.data[skip..]
    }
}

/// `y = x·W`, resizing `y` if needed: `y[n,:] = Σ_{p: x[n,p] ≠ 0} x[n,p]·W[p,:]`.
///
/// # Shapes
/// `x: N×D` (sparse), `w: D×M`, `y: N×M`.
pub fn mul_to<T: Real>(x: SparseBatch<T>, w: &Matrix<T>, y: &mut Matrix<T>, work: &mut Workspace<T>) {
    assert_eq!(x.cols(), w.nrows(), "sparse product: x has {} columns, W {} rows", x.cols(), w.nrows());
    super::ensure_shape(y, x.rows(), w.ncols());
    work.w_t.transpose(w);
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: this CPU has AVX2, checked just above.
        return unsafe { sums::wide::mul_rows(x, &work.w_t, y) };
    }
    mul_rows(x, &work.w_t, y);
}

/// `dW = xᵀ·dout`, resizing `dw` if needed: `dW[p,:] = Σ_{n: x[n,p] ≠ 0} x[n,p]·dout[n,:]`,
/// each sum in order of `n`.
///
/// # Shapes
/// `x: N×D` (sparse), `dout: N×M`, `dw: D×M`.
///
/// # Panics
/// If the shapes differ (a bug).
pub fn tr_mul_to<T: Real>(x: SparseBatch<T>, dout: &Matrix<T>, dw: &mut Matrix<T>, work: &mut Workspace<T>) {
    assert_eq!(x.rows(), dout.nrows(), "sparse product: x has {} rows, dout {}", x.rows(), dout.nrows());
    work.dout_t.transpose(dout);
    work.dw_t.reshape(dout.ncols(), x.cols());
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: this CPU has AVX2, checked just above.
        unsafe { sums::wide::tr_mul_rows(x, &work.dout_t, &mut work.dw_t) };
        return work.dw_t.transpose_to(dw);
    }
    tr_mul_rows(x, &work.dout_t, &mut work.dw_t);
    work.dw_t.transpose_to(dw);
}

#[cfg(test)]
#[path = "sparse_tests.rs"]
mod tests;
