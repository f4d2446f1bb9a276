//! Loss functions (chapter 4.2), for one example and averaged over a batch.

use crate::real::{Matrix, Real};

/// The `δ` added inside `log` by [`cross_entropy_error`] so that `log 0` never happens.
pub const CROSS_ENTROPY_DELTA: f64 = 1e-7;

/// Sum of squared error of one example: `E = ½ Σₖ (yₖ − tₖ)²`.
pub fn sum_squared_error<T: Real>(y: &[T], t: &[T]) -> T {
    assert_eq!(y.len(), t.len(), "sum_squared_error: y and t differ in length");
    y.iter().zip(t).fold(T::zero(), |s, (&yk, &tk)| s + (yk - tk) * (yk - tk)) * T::of(0.5)
}

/// Cross-entropy error of one example: `E = −Σₖ tₖ · ln(yₖ + δ)`.
pub fn cross_entropy_error<T: Real>(y: &[T], t: &[T]) -> T {
    assert_eq!(y.len(), t.len(), "cross_entropy_error: y and t differ in length");
    let delta = T::of(CROSS_ENTROPY_DELTA);
    -y.iter().zip(t).fold(T::zero(), |s, (&yk, &tk)| s + tk * (yk + delta).ln())
}

/// Batch sum of squared error, averaged over the `N` rows: `E = (1/N) · ½ Σₙ Σₖ (yₙₖ − tₙₖ)²`.
pub fn batch_sum_squared_error<T: Real>(y: &Matrix<T>, t: &Matrix<T>) -> T {
    assert_eq!(y.shape(), t.shape(), "batch_sum_squared_error: shapes differ");
    sum_squared_error(y.as_slice(), t.as_slice()) / T::of(y.nrows() as f64)
}

/// Batch cross-entropy, averaged over the `N` rows: `E = −(1/N) Σₙ Σₖ tₙₖ · ln(yₙₖ + δ)`.
/// With one output column it is the binary form
/// `E = −(1/N) Σₙ [tₙ ln(yₙ + δ) + (1 − tₙ) ln(1 − yₙ + δ)]`.
pub fn batch_cross_entropy_error<T: Real>(y: &Matrix<T>, t: &Matrix<T>) -> T {
    assert_eq!(y.shape(), t.shape(), "batch_cross_entropy_error: shapes differ");
    let n = T::of(y.nrows() as f64);
    if y.ncols() > 1 {
        return cross_entropy_error(y.as_slice(), t.as_slice()) / n;
    }
    let delta = T::of(CROSS_ENTROPY_DELTA);
    let one = T::one();
    let sum = y
        .iter()
        .zip(t.iter())
        .fold(T::zero(), |s, (&yn, &tn)| s + tn * (yn + delta).ln() + (one - tn) * (one - yn + delta).ln());
    -sum / n
}

#[cfg(test)]
mod tests {
    use super::*;

    const T2: [f64; 10] = [0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    const Y_GOOD: [f64; 10] = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
    const Y_BAD: [f64; 10] = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0];

    #[test]
    fn book_sum_squared_error() {
        assert!((sum_squared_error(&Y_GOOD, &T2) - 0.0975).abs() < 1e-12);
        assert!((sum_squared_error(&Y_BAD, &T2) - 0.5975).abs() < 1e-12);
    }

    #[test]
    fn book_cross_entropy_error() {
        assert!((cross_entropy_error(&Y_GOOD, &T2) - 0.510_825_457_099_338_2).abs() < 1e-9);
        assert!((cross_entropy_error(&Y_BAD, &T2) - 2.302_584_092_994_045_7).abs() < 1e-9);
    }

    #[test]
    fn batch_forms_average_over_rows() {
        let y = Matrix::from_fn(2, 10, |i, j| if i == 0 { Y_GOOD[j] } else { Y_BAD[j] });
        let t = Matrix::from_fn(2, 10, |_, j| T2[j]);
        assert!((batch_sum_squared_error(&y, &t) - (0.0975 + 0.5975) / 2.0).abs() < 1e-12);
        let ce = batch_cross_entropy_error(&y, &t);
        assert!((ce - (0.510_825_457 + 2.302_584_093) / 2.0).abs() < 1e-8);
    }

    #[test]
    fn binary_cross_entropy() {
        let y = Matrix::from_row_slice(2, 1, &[0.8, 0.3]);
        let t = Matrix::from_row_slice(2, 1, &[1.0, 0.0]);
        let expected = -(0.8_f64.ln() + 0.7_f64.ln()) / 2.0;
        assert!((batch_cross_entropy_error(&y, &t) - expected).abs() < 1e-6);
    }
}
