//! Output functions (chapter 3.5): identity for regression, softmax for classification.

use crate::real::{Matrix, Real};

/// `yₖ = exp(aₖ − max a) / Σᵢ exp(aᵢ − max a)`: softmax of one vector. Subtracting the
/// maximum changes nothing mathematically and keeps `exp` from overflowing.
pub fn softmax<T: Real>(a: &[T]) -> Vec<T> {
    let Some(&first) = a.first() else {
        return Vec::new();
    };
    let max = a.iter().copied().fold(first, T::max);
    let exps: Vec<T> = a.iter().map(|&v| (v - max).exp_fast()).collect();
    let sum = exps.iter().copied().fold(T::zero(), |s, e| s + e);
    exps.into_iter().map(|e| e / sum).collect()
}

/// Softmax of every row of `a` (one example per row), into `y` (resized if needed).
///
/// # Shapes
/// `a: N×K`, `y: N×K`; each row of `y` sums to 1.
pub fn softmax_rows<T: Real>(a: &Matrix<T>, y: &mut Matrix<T>) {
    let n = a.nrows();
    crate::linalg::ensure_shape(y, n, a.ncols());
    if n == 0 {
        return;
    }
    let max = row_max(a);
    let (a, y) = (a.as_slice(), y.as_mut_slice());
    // Column by column, so that each pass runs down a contiguous column of all N rows (the
    // exponentials vectorise); every row still adds its terms in order of k.
    let mut sum = vec![T::zero(); n];
    for (a, y) in a.chunks_exact(n).zip(y.chunks_exact_mut(n)) {
        for (((y, &v), &m), s) in y.iter_mut().zip(a).zip(&max).zip(&mut sum) {
            *y = (v - m).exp_fast();
            *s += *y;
        }
    }
    for y in y.chunks_exact_mut(n) {
        y.iter_mut().zip(&sum).for_each(|(y, &s)| *y /= s);
    }
}

/// `ln Σₖ exp(a[i,k])` of every row `i` of `a`, computed as `m + ln Σₖ exp(a[i,k] − m)` with
/// `m = maxₖ a[i,k]` so it never overflows. The loss layers use it to compute cross-entropy
/// exactly from the scores.
pub fn log_sum_exp_rows<T: Real>(a: &Matrix<T>) -> Vec<T> {
    let n = a.nrows();
    if n == 0 {
        return Vec::new();
    }
    let max = row_max(a);
    let mut sum = vec![T::zero(); n];
    for column in a.as_slice().chunks_exact(n) {
        for ((s, &v), &m) in sum.iter_mut().zip(column).zip(&max) {
            *s += (v - m).exp_fast();
        }
    }
    max.into_iter().zip(sum).map(|(m, s)| m + s.ln()).collect()
}

/// `maxₖ a[i,k]` of every row `i` of `a` (`NaN`s left out, as `f32::max` does).
///
/// # Panics
/// If `a` has no rows (the callers return before).
fn row_max<T: Real>(a: &Matrix<T>) -> Vec<T> {
    let mut columns = a.as_slice().chunks_exact(a.nrows());
    let mut max = columns.next().map_or_else(Vec::new, <[T]>::to_vec);
    for column in columns {
        max.iter_mut().zip(column).for_each(|(m, &v)| *m = m.max(v));
    }
    max
}

/// The identity output `y = a` (regression), for symmetry with [`softmax`].
pub fn identity<T: Real>(a: &[T]) -> Vec<T> {
    a.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn book_softmax_example() {
        let y = softmax(&[0.3_f64, 2.9, 4.0]);
        let expected = [0.018_211_27, 0.245_191_81, 0.736_596_91];
        for (a, e) in y.iter().zip(expected) {
            assert!((a - e).abs() < 1e-8, "{y:?}");
        }
        assert!((y.iter().sum::<f64>() - 1.0).abs() < 1e-15);
    }

    #[test]
    fn softmax_does_not_overflow() {
        let y = softmax(&[1010.0_f64, 1000.0, 990.0]);
        assert!(y.iter().all(|v| v.is_finite()));
        assert!((y[0] - 0.999_954_600_070_331).abs() < 1e-12, "{y:?}");
        let mut rows = Matrix::zeros(0, 0);
        softmax_rows(&Matrix::from_row_slice(2, 3, &[1010.0_f32, 1000.0, 990.0, 0.3, 2.9, 4.0]), &mut rows);
        assert!(rows.iter().all(|v| v.is_finite()));
        assert!((rows[(1, 2)] - 0.736_596_9).abs() < 1e-6);
        assert!(
            (log_sum_exp_rows(&Matrix::from_row_slice(1, 2, &[1000.0_f64, 1000.0]))[0]
                - (1000.0 + 2f64.ln()))
            .abs()
                < 1e-9
        );
    }

    #[test]
    fn identity_returns_its_input() {
        assert_eq!(identity(&[1.0, -2.0]), vec![1.0, -2.0]);
    }
}
