//! The number type the engine computes with: `f32` for speed, `f64` for checks.

use nalgebra::{DMatrix, RealField};

/// A matrix with one example per row: `rows = batch size`, `cols = features or neurons`.
pub type Matrix<T> = DMatrix<T>;

/// A real number the engine can train with (`f32` or `f64`).
///
/// Beyond nalgebra's [`RealField`], it knows how to run a general matrix product
/// `C = α·op(A)·op(B) + β·C` on raw column-major storage, so [`crate::linalg`] can reach
/// `matrixmultiply`'s fast kernels for both widths without copying transposes.
pub trait Real: RealField + Copy + Default + std::fmt::Debug + std::fmt::Display {
    /// `C = α·A·B + β·C` where `A` is `m×k`, `B` is `k×n`, `C` is `m×n`, each given by its
    /// slice and its (row stride, column stride).
    ///
    /// # Safety
    /// The strides must address only elements inside the slices for the given shapes;
    /// [`crate::linalg`] checks that before calling.
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm_raw(
        m: usize,
        k: usize,
        n: usize,
        alpha: Self,
        a: (&[Self], isize, isize),
        b: (&[Self], isize, isize),
        beta: Self,
        c: (&mut [Self], isize, isize),
    );

    /// `eˣ`: for `f32` a vectorisable polynomial form ([`crate::fastmath`]), for `f64` the
    /// library's (gradient checks want every digit).
    fn exp_fast(self) -> Self;

    /// `tanh x`, chosen the same way as [`Real::exp_fast`].
    fn tanh_fast(self) -> Self;

    /// `ln(1 + x)`, chosen the same way as [`Real::exp_fast`].
    fn ln_1p_fast(self) -> Self;

    /// Converts an `f64` constant (a learning rate, an ε) into this type.
    fn of(x: f64) -> Self;

    /// Converts this value into `f64` (for reports and JSON).
    fn to_f64(self) -> f64;
}

macro_rules! impl_real {
    ($t:ty, $gemm:path, $exp:path, $tanh:path, $ln_1p:path) => {
        impl Real for $t {
            unsafe fn gemm_raw(
                m: usize,
                k: usize,
                n: usize,
                alpha: Self,
                a: (&[Self], isize, isize),
                b: (&[Self], isize, isize),
                beta: Self,
                c: (&mut [Self], isize, isize),
            ) {
                // SAFETY: the caller guarantees the strides stay inside each slice.
                unsafe {
                    $gemm(
                        m,
                        k,
                        n,
                        alpha,
                        a.0.as_ptr(),
                        a.1,
                        a.2,
                        b.0.as_ptr(),
                        b.1,
                        b.2,
                        beta,
                        c.0.as_mut_ptr(),
                        c.1,
                        c.2,
                    )
                }
            }

            #[inline(always)]
            fn exp_fast(self) -> Self {
                $exp(self)
            }

            #[inline(always)]
            fn tanh_fast(self) -> Self {
                $tanh(self)
            }

            #[inline(always)]
            fn ln_1p_fast(self) -> Self {
                $ln_1p(self)
            }

            fn of(x: f64) -> Self {
                x as $t
            }

            fn to_f64(self) -> f64 {
                self as f64
            }
        }
    };
}

impl_real!(
    f32,
    matrixmultiply::sgemm,
    crate::fastmath::exp_f32,
    crate::fastmath::tanh_f32,
    crate::fastmath::ln_1p_f32
);
impl_real!(f64, matrixmultiply::dgemm, f64::exp, f64::tanh, f64::ln_1p);

/// Converts every element of a matrix to another precision (e.g. an `f32` network's weights
/// into `f64` for a gradient check).
pub fn cast_matrix<T: Real, U: Real>(m: &Matrix<T>) -> Matrix<U> {
    m.map(|v| U::of(v.to_f64()))
}

/// True when every element is finite (no NaN, no ±∞).
pub fn all_finite<T: Real>(m: &Matrix<T>) -> bool {
    m.as_slice().iter().all(|v| v.is_finite())
}
