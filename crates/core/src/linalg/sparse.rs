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
//! maths, only the order of the additions may differ. Each sum is taken [`LANES`] outputs at a
//! time, held in registers, over contiguous runs of the rows it adds, so the products first copy
//! `W` and `dout` transposed (a row of `W` is then a column of `Wᵀ`, contiguous in column-major
//! storage), and the weight gradient regroups the batch's entries by column (`p`).

mod sums;

pub use sums::LANES;

use crate::real::{Matrix, Real};
use sums::{mul_rows, tr_mul_columns};

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
    /// No rows yet, each of `cols` columns.
    pub fn empty(cols: usize) -> Self {
        Self { cols, starts: vec![0], columns: Vec::new(), values: Vec::new() }
    }

    /// The rows of `x` with their zeros left out.
    ///
    /// # Panics
    /// If `x` has more than `u32::MAX` columns (a bug: no network has that many inputs).
    pub fn from_dense(x: &Matrix<T>) -> Self {
        let (n, d) = x.shape();
        assert!(u32::try_from(d).is_ok(), "SparseRows: {d} columns do not fit a u32");
        let mut rows = Self::empty(d);
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

    /// Makes these rows a copy of `from`'s rows at `indices`, in that order (a mini-batch, a
    /// slice of an evaluation), reusing this value's storage.
    pub fn gather(&mut self, from: &SparseRows<T>, indices: impl IntoIterator<Item = usize>) {
        self.cols = from.cols;
        self.starts.clear();
        self.starts.push(0);
        self.columns.clear();
        self.values.clear();
        for i in indices {
            let (columns, values) = from.row(i);
            self.columns.extend_from_slice(columns);
            self.values.extend_from_slice(values);
            self.starts.push(self.values.len());
        }
    }

    /// The dense `N×D` matrix these rows stand for.
    pub fn to_dense(&self) -> Matrix<T> {
        let mut x = Matrix::zeros(self.rows(), self.cols);
        for n in 0..self.rows() {
            let (columns, values) = self.row(n);
            for (&p, &v) in columns.iter().zip(values) {
                x[(n, p as usize)] = v;
            }
        }
        x
    }
}

/// The share of `x`'s entries that are exactly zero (0 for an empty matrix).
pub fn zero_fraction<T: Real>(x: &Matrix<T>) -> f64 {
    let zeros = x.iter().filter(|&&v| v == T::zero()).count();
    zeros as f64 / x.len().max(1) as f64
}

/// What the sparse products reuse from call to call: `Wᵀ`, `doutᵀ`, and the batch's entries
/// grouped by column.
#[derive(Clone, Debug)]
pub struct Workspace<T: Real> {
    w_t: Matrix<T>,
    dout_t: Matrix<T>,
    /// Column `p`'s entries are `column_starts[p]..column_starts[p + 1]` of `by_column`.
    column_starts: Vec<usize>,
    /// `(n, x[n,p])` for every non-zero entry, by column `p`, then by row `n`.
    by_column: Vec<(u32, T)>,
}

impl<T: Real> Default for Workspace<T> {
    fn default() -> Self {
        let empty = Matrix::zeros(0, 0);
        Self { w_t: empty.clone(), dout_t: empty, column_starts: Vec::new(), by_column: Vec::new() }
    }
}

/// `y = x·W`, resizing `y` if needed: `y[n,:] = Σ_{p: x[n,p] ≠ 0} x[n,p]·W[p,:]`.
///
/// # Shapes
/// `x: N×D` (sparse), `w: D×M`, `y: N×M`.
pub fn mul_to<T: Real>(x: &SparseRows<T>, w: &Matrix<T>, y: &mut Matrix<T>, work: &mut Workspace<T>) {
    assert_eq!(x.cols, w.nrows(), "sparse product: x has {} columns, W {} rows", x.cols, w.nrows());
    super::ensure_shape(y, x.rows(), w.ncols());
    super::transpose_to(w, &mut work.w_t);
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: this CPU has AVX2, checked just above.
        return unsafe { sums::wide::mul_rows(x, &work.w_t, y) };
    }
    mul_rows(x, &work.w_t, y);
}

/// `dW = xᵀ·dout`, resizing `dw` if needed: `dW[p,:] = Σ_{n: x[n,p] ≠ 0} x[n,p]·dout[n,:]`.
///
/// # Shapes
/// `x: N×D` (sparse), `dout: N×M`, `dw: D×M`.
///
/// # Panics
/// If the shapes differ, or `N` does not fit a `u32` (a batch is far smaller): bugs.
pub fn tr_mul_to<T: Real>(x: &SparseRows<T>, dout: &Matrix<T>, dw: &mut Matrix<T>, work: &mut Workspace<T>) {
    assert_eq!(x.rows(), dout.nrows(), "sparse product: x has {} rows, dout {}", x.rows(), dout.nrows());
    assert!(u32::try_from(x.rows()).is_ok(), "sparse product: {} rows do not fit a u32", x.rows());
    super::ensure_shape(dw, x.cols, dout.ncols());
    super::transpose_to(dout, &mut work.dout_t);
    group_by_column(x, &mut work.column_starts, &mut work.by_column);
    let columns = (&work.column_starts[..], &work.by_column[..]);
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: this CPU has AVX2, checked just above.
        return unsafe { sums::wide::tr_mul_columns(columns, &work.dout_t, dw) };
    }
    tr_mul_columns(columns, &work.dout_t, dw);
}

/// Regroups `x`'s entries by column (a counting sort): `by_column[starts[p]..starts[p + 1]]`
/// are column `p`'s `(n, x[n,p])`, in increasing `n`.
fn group_by_column<T: Real>(x: &SparseRows<T>, starts: &mut Vec<usize>, by_column: &mut Vec<(u32, T)>) {
    starts.clear();
    starts.resize(x.cols + 1, 0);
    for &p in &x.columns {
        starts[p as usize + 1] += 1;
    }
    for p in 0..x.cols {
        starts[p + 1] += starts[p];
    }
    by_column.clear();
    by_column.resize(x.nonzeros(), (0, T::zero()));
    // starts[p] walks through column p's places, ending where column p + 1 begins …
    for n in 0..x.rows() {
        let (columns, values) = x.row(n);
        for (&p, &v) in columns.iter().zip(values) {
            by_column[starts[p as usize]] = (n as u32, v);
            starts[p as usize] += 1;
        }
    }
    // … so shifting them one place up gives each column's start again.
    starts.copy_within(..x.cols, 1);
    starts[0] = 0;
}

#[cfg(test)]
#[path = "sparse_tests.rs"]
mod tests;
