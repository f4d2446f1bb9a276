//! The three matrix products backprop needs, written into reused buffers.
//!
//! `y = x·W` (forward), `dW = xᵀ·dout` and `dx = dout·Wᵀ` (backward). Large products go to
//! `matrixmultiply`'s blocked kernels with the transpose expressed by strides (no copy);
//! small ones (a mini-batch of 10 through 8 neurons) use a plain loop, which beats the
//! kernels' packing cost at that size. A product whose rows of `a` and columns of `b` are both
//! contiguous (`aᵀ·b`, and one example `1×k · k×n`) is a table of dot products. Inputs that
//! are mostly zeros (digit images) have their own two products in [`sparse`].

pub mod sparse;
mod transpose;

pub use transpose::transpose_to;

use crate::real::{Matrix, Real};

/// A matrix operand with an optional transpose, seen as raw column-major storage.
struct Operand<'a, T> {
    data: &'a [T],
    rows: usize,
    cols: usize,
    row_stride: usize,
    col_stride: usize,
}

impl<'a, T: Real> Operand<'a, T> {
    fn plain(m: &'a Matrix<T>) -> Self {
        let (rows, cols) = m.shape();
        Self { data: m.as_slice(), rows, cols, row_stride: 1, col_stride: rows }
    }

    fn transposed(m: &'a Matrix<T>) -> Self {
        let (rows, cols) = m.shape();
        Self { data: m.as_slice(), rows: cols, cols: rows, row_stride: rows, col_stride: 1 }
    }

    fn at(&self, i: usize, j: usize) -> T {
        self.data[i * self.row_stride + j * self.col_stride]
    }
}

/// Resizes `m` to `rows×cols` only when its shape differs, so steady-state loops never allocate.
pub fn ensure_shape<T: Real>(m: &mut Matrix<T>, rows: usize, cols: usize) {
    if m.shape() != (rows, cols) {
        *m = Matrix::zeros(rows, cols);
    }
}

/// `c = a·b`, resizing `c` if needed.
///
/// # Shapes
/// `a: m×k`, `b: k×n`, `c: m×n`.
pub fn mul_to<T: Real>(a: &Matrix<T>, b: &Matrix<T>, c: &mut Matrix<T>) {
    product(Operand::plain(a), Operand::plain(b), c);
}

/// `c = aᵀ·b`, resizing `c` if needed (the weight gradient `dW = xᵀ·dout`).
///
/// # Shapes
/// `a: k×m`, `b: k×n`, `c: m×n`.
pub fn tr_mul_to<T: Real>(a: &Matrix<T>, b: &Matrix<T>, c: &mut Matrix<T>) {
    product(Operand::transposed(a), Operand::plain(b), c);
}

/// `c = a·bᵀ`, resizing `c` if needed (the input gradient `dx = dout·Wᵀ`).
///
/// # Shapes
/// `a: m×k`, `b: n×k`, `c: m×n`.
pub fn mul_tr_to<T: Real>(a: &Matrix<T>, b: &Matrix<T>, c: &mut Matrix<T>) {
    product(Operand::plain(a), Operand::transposed(b), c);
}

/// Below this many multiply-adds, or with any side of 4 or less, the plain loop wins.
const KERNEL_MIN_WORK: usize = 4096;

fn product<T: Real>(a: Operand<T>, b: Operand<T>, c: &mut Matrix<T>) {
    assert_eq!(
        a.cols, b.rows,
        "matrix product: inner dimensions differ ({}×{} · {}×{})",
        a.rows, a.cols, b.rows, b.cols
    );
    let (m, k, n) = (a.rows, a.cols, b.cols);
    ensure_shape(c, m, n);
    if m.min(k).min(n) > 4 && m * k * n >= KERNEL_MIN_WORK {
        kernel(&a, &b, c);
    } else {
        plain_loop(&a, &b, c);
    }
}

fn kernel<T: Real>(a: &Operand<T>, b: &Operand<T>, c: &mut Matrix<T>) {
    let (m, k, n) = (a.rows, a.cols, b.cols);
    let last = |o: &Operand<T>| (o.rows - 1) * o.row_stride + (o.cols - 1) * o.col_stride;
    assert!(last(a) < a.data.len() && last(b) < b.data.len() && c.len() == m * n);
    let s = |x: usize| x as isize;
    // SAFETY: the assert above proves every addressed element lies inside its slice.
    unsafe {
        T::gemm_raw(
            m,
            k,
            n,
            T::one(),
            (a.data, s(a.row_stride), s(a.col_stride)),
            (b.data, s(b.row_stride), s(b.col_stride)),
            T::zero(),
            (c.as_mut_slice(), 1, s(m)),
        );
    }
}

/// `c[i,j] = Σ_p a[i,p]·b[p,j]`, ordered so the innermost loop walks contiguous memory.
fn plain_loop<T: Real>(a: &Operand<T>, b: &Operand<T>, c: &mut Matrix<T>) {
    let (m, k, n) = (a.rows, a.cols, b.cols);
    if a.col_stride == 1 && b.row_stride == 1 {
        return dot_loop(a, b, c);
    }
    c.as_mut_slice().fill(T::zero());
    let out = c.as_mut_slice();
    for j in 0..n {
        let column = &mut out[j * m..(j + 1) * m];
        for p in 0..k {
            let bpj = b.at(p, j);
            if a.row_stride == 1 {
                let a_col = &a.data[p * a.col_stride..p * a.col_stride + m];
                for (ci, &ai) in column.iter_mut().zip(a_col) {
                    *ci += ai * bpj;
                }
            } else {
                for (i, ci) in column.iter_mut().enumerate() {
                    *ci += a.at(i, p) * bpj;
                }
            }
        }
    }
}

/// `c[i,j] = a_row(i) · b_col(j)`, both contiguous: `aᵀ·b` (rows of `a` are columns of the
/// stored matrix), or one row `a` (`1×k`).
fn dot_loop<T: Real>(a: &Operand<T>, b: &Operand<T>, c: &mut Matrix<T>) {
    let (m, k) = (a.rows, a.cols);
    let out = c.as_mut_slice();
    for (j, column) in out.chunks_exact_mut(m.max(1)).enumerate() {
        let b_col = &b.data[j * b.col_stride..j * b.col_stride + k];
        for (i, ci) in column.iter_mut().enumerate() {
            let a_col = &a.data[i * a.row_stride..i * a.row_stride + k];
            *ci = dot(a_col, b_col);
        }
    }
}

/// `Σ xᵢ·yᵢ` with four running sums, so the additions do not wait on each other.
fn dot<T: Real>(x: &[T], y: &[T]) -> T {
    let mut sums = [T::zero(); 4];
    let (xc, yc) = (x.chunks_exact(4), y.chunks_exact(4));
    let tail = xc.remainder().iter().zip(yc.remainder()).fold(T::zero(), |s, (&a, &b)| s + a * b);
    for (a, b) in xc.zip(yc) {
        for l in 0..4 {
            sums[l] += a[l] * b[l];
        }
    }
    (sums[0] + sums[1]) + (sums[2] + sums[3]) + tail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(a: &Matrix<f64>, b: &Matrix<f64>) -> Matrix<f64> {
        a * b
    }

    fn sample(rows: usize, cols: usize, seed: f64) -> Matrix<f64> {
        Matrix::from_fn(rows, cols, |i, j| ((i * 7 + j * 3) as f64 * 0.37 + seed).sin())
    }

    #[test]
    fn products_match_nalgebra_small_and_large() {
        for &(m, k, n) in
            &[(3, 2, 4), (10, 8, 8), (100, 784, 50), (1, 1, 1), (64, 5, 64), (1, 784, 50), (1, 50, 10)]
        {
            let a = sample(m, k, 0.1);
            let b = sample(k, n, 0.2);
            let mut c = Matrix::zeros(0, 0);
            mul_to(&a, &b, &mut c);
            assert!((&c - naive(&a, &b)).amax() < 1e-9, "mul {m}x{k}x{n}");
            let at = a.transpose();
            tr_mul_to(&at, &b, &mut c);
            assert!((&c - naive(&a, &b)).amax() < 1e-9, "tr_mul {m}x{k}x{n}");
            let bt = b.transpose();
            mul_tr_to(&a, &bt, &mut c);
            assert!((&c - naive(&a, &b)).amax() < 1e-9, "mul_tr {m}x{k}x{n}");
        }
    }

    #[test]
    fn hand_computed_product() {
        let a = Matrix::from_row_slice(2, 2, &[1.0, 2.0, 3.0, 4.0]);
        let b = Matrix::from_row_slice(2, 2, &[5.0, 6.0, 7.0, 8.0]);
        let mut c = Matrix::zeros(2, 2);
        mul_to(&a, &b, &mut c);
        assert_eq!(c, Matrix::from_row_slice(2, 2, &[19.0, 22.0, 43.0, 50.0]));
    }

    #[test]
    #[should_panic(expected = "inner dimensions differ")]
    fn mismatched_shapes_are_a_bug() {
        let mut c = Matrix::zeros(0, 0);
        mul_to(&Matrix::<f64>::zeros(2, 3), &Matrix::zeros(2, 3), &mut c);
    }
}
