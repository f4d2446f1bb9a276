//! The sparse products equal the dense ones on random sparse matrices.

use super::*;
use crate::linalg::{mul_to as dense_mul_to, tr_mul_to as dense_tr_mul_to};
use proptest::prelude::*;

/// An `rows×cols` matrix whose entries are 0 with probability `zeros`, else in `[-1, 1]`.
fn sparse_matrix(rows: usize, cols: usize, zeros: f64) -> impl Strategy<Value = Matrix<f64>> {
    let entry = (0.0..1.0f64, -1.0..1.0f64).prop_map(move |(u, v)| if u < zeros { 0.0 } else { v });
    prop::collection::vec(entry, rows * cols).prop_map(move |values| Matrix::from_vec(rows, cols, values))
}

/// `(x, W, dout)` for shapes `N×D`, `D×M`, `N×M` with widths `M` below, at and above
/// [`LANES`], and any share of zeros in `x` (empty rows and columns included).
fn products() -> impl Strategy<Value = (Matrix<f64>, Matrix<f64>, Matrix<f64>)> {
    let widths = prop::sample::select(vec![1usize, 3, 15, 16, 17, 33, 48, 50, 97]);
    (1..12usize, 1..40usize, widths, 0.0..1.0f64).prop_flat_map(|(n, d, m, zeros)| {
        (sparse_matrix(n, d, zeros), sparse_matrix(d, m, 0.0), sparse_matrix(n, m, 0.0))
    })
}

fn close(a: &Matrix<f64>, b: &Matrix<f64>) -> bool {
    a.shape() == b.shape() && a.iter().zip(b.iter()).all(|(x, y)| (x - y).abs() <= 1e-12 * (1.0 + y.abs()))
}

proptest! {
    #[test]
    fn sparse_products_equal_the_dense_ones((x, w, dout) in products()) {
        let rows = SparseRows::from_dense(&x);
        prop_assert_eq!(rows.to_dense(), x.clone());
        prop_assert_eq!(rows.nonzeros(), x.iter().filter(|&&v| v != 0.0).count());

        let (mut work, mut sparse, mut dense) = (Workspace::default(), Matrix::zeros(0, 0), Matrix::zeros(0, 0));
        mul_to((&rows).into(), &w, &mut sparse, &mut work);
        dense_mul_to(&x, &w, &mut dense);
        prop_assert!(close(&sparse, &dense), "x·W\n{sparse}{dense}");

        tr_mul_to((&rows).into(), &dout, &mut sparse, &mut work);
        dense_tr_mul_to(&x, &dout, &mut dense);
        prop_assert!(close(&sparse, &dense), "xᵀ·dout\n{sparse}{dense}");
    }

    /// The loops without the AVX2 build (what WebAssembly and older CPUs run), called directly.
    #[test]
    fn the_portable_loops_equal_the_dense_products((x, w, dout) in products()) {
        let rows = SparseRows::from_dense(&x);
        let (mut w_t, mut dout_t) = (Padded::default(), Padded::default());
        w_t.transpose(&w);
        dout_t.transpose(&dout);
        let (mut sparse, mut dense) = (Matrix::zeros(x.nrows(), w.ncols()), Matrix::zeros(0, 0));
        mul_rows((&rows).into(), &w_t, &mut sparse);
        dense_mul_to(&x, &w, &mut dense);
        prop_assert!(close(&sparse, &dense), "x·W\n{sparse}{dense}");

        let mut dw_t = Padded::default();
        dw_t.reshape(dout.ncols(), x.ncols());
        tr_mul_rows((&rows).into(), &dout_t, &mut dw_t);
        dw_t.transpose_to(&mut sparse);
        dense_tr_mul_to(&x, &dout, &mut dense);
        prop_assert!(close(&sparse, &dense), "xᵀ·dout\n{sparse}{dense}");
    }

    #[test]
    fn a_batch_reads_the_chosen_rows(
        (x, picks, start) in sparse_matrix(9, 20, 0.7)
            .prop_flat_map(|x| (Just(x), prop::collection::vec(0..9usize, 0..15), 0..=9usize))
    ) {
        let rows = SparseRows::from_dense(&x);
        let chosen = Matrix::from_fn(picks.len(), 20, |r, p| x[(picks[r], p)]);
        prop_assert_eq!(SparseBatch::at(&rows, &picks).to_dense(), chosen);
        let run = Matrix::from_fn(9 - start, 20, |r, p| x[(start + r, p)]);
        prop_assert_eq!(SparseBatch::run(&rows, start..9).to_dense(), run);
    }
}

#[test]
fn a_workspace_serves_products_of_other_shapes() {
    let x = Matrix::from_row_slice(2, 3, &[0.0, 2.0, 0.0, 1.0, 0.0, 3.0]);
    let rows = SparseRows::from_dense(&x);
    let (mut work, mut y) = (Workspace::default(), Matrix::zeros(0, 0));
    for m in [20, 2, 17] {
        let w = Matrix::from_fn(3, m, |p, j| (p * 10 + j) as f64);
        mul_to((&rows).into(), &w, &mut y, &mut work);
        assert_eq!(y, &x * &w, "M = {m}");
        let dout = Matrix::from_fn(2, m, |n, j| (n + j) as f64);
        tr_mul_to((&rows).into(), &dout, &mut y, &mut work);
        assert_eq!(y, x.transpose() * &dout, "M = {m}");
    }
}

#[test]
fn zero_fraction_counts_exact_zeros() {
    let x = Matrix::from_row_slice(2, 2, &[0.0, 1e-30, -0.0, 5.0]);
    assert_eq!(zero_fraction(&x), 0.5);
    assert_eq!(zero_fraction(&Matrix::<f64>::zeros(0, 3)), 0.0);
}
