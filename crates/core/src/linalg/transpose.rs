//! `out = mᵀ` into a reused buffer, in `8×8` blocks: eight contiguous runs of a block's columns
//! are read, eight of its rows written. For `f32` on a CPU with AVX a block is turned with 24
//! vector shuffles instead of 64 single copies (the sparse products transpose
//! the digits' `W₁`, 784×50, every step).

use crate::real::{Matrix, Real};

/// Side of the square blocks copied at once.
const BLOCK: usize = 8;

/// A column-major `rows×cols` matrix whose column `j` is `data[j·ld..][..rows]` (`ld ≥ rows`):
/// a [`Matrix`] has `ld = rows`, the sparse products' padded copies a larger one.
#[derive(Clone, Copy, Debug)]
pub struct Strided<'a, T> {
    /// The entries, column `j` from `j·ld`.
    pub data: &'a [T],
    /// Rows.
    pub rows: usize,
    /// Columns.
    pub cols: usize,
    /// How far apart columns start.
    pub ld: usize,
}

impl<'a, T: Real> From<&'a Matrix<T>> for Strided<'a, T> {
    fn from(m: &'a Matrix<T>) -> Self {
        let (rows, cols) = m.shape();
        Self { data: m.as_slice(), rows, cols, ld: rows }
    }
}

/// `out = mᵀ`, resizing `out` only when its shape differs.
pub fn transpose_to<T: Real>(m: &Matrix<T>, out: &mut Matrix<T>) {
    let (rows, cols) = m.shape();
    super::ensure_shape(out, cols, rows);
    transpose_strided(m.into(), cols, out.as_mut_slice());
}

/// `mᵀ` written column by column `ld` apart: for `m: R×C`, `to[r·ld + c] = m[r, c]` (so `to`
/// holds `R` columns of length `ld ≥ C`; the `ld − C` entries after each are left as they are).
///
/// # Panics
/// If `ld < C`, `m`'s columns overlap or `to` is too short: bugs.
pub fn transpose_strided<T: Real>(m: Strided<T>, ld: usize, to: &mut [T]) {
    let Strided { data: from, rows, cols, ld: from_ld } = m;
    let fits = |len: usize, n: usize, stride: usize, run: usize| n == 0 || (n - 1) * stride + run <= len;
    assert!(
        ld >= cols
            && from_ld >= rows
            && fits(from.len(), cols, from_ld, rows)
            && fits(to.len(), rows, ld, cols),
        "transpose: {rows}×{cols} (columns {from_ld} apart, {} entries) into {} at {ld}",
        from.len(),
        to.len()
    );
    let shape = Shape { rows, cols, from_ld, to_ld: ld };
    #[cfg(target_arch = "x86_64")]
    if std::any::TypeId::of::<T>() == std::any::TypeId::of::<f32>()
        && std::arch::is_x86_feature_detected!("avx")
    {
        // SAFETY: `T` is `f32` (checked just above), so the slices are `f32` slices of the same
        // length.
        let (from32, to32) = unsafe {
            (
                std::slice::from_raw_parts(from.as_ptr().cast::<f32>(), from.len()),
                std::slice::from_raw_parts_mut(to.as_mut_ptr().cast::<f32>(), to.len()),
            )
        };
        // SAFETY: this CPU has AVX, checked above.
        unsafe { wide::full_blocks(from32, shape, to32) };
        return edges(from, shape, to);
    }
    full_blocks(from, shape, to);
    edges(from, shape, to);
}

/// The shape of a transpose: `from` is `rows×cols` with columns `from_ld` apart, `to` gets
/// `rows` columns `to_ld` apart.
#[derive(Clone, Copy)]
struct Shape {
    rows: usize,
    cols: usize,
    from_ld: usize,
    to_ld: usize,
}

/// The blocks that lie wholly inside the `rows×cols` matrix `from` (column-major), transposed
/// into `to`.
fn full_blocks<T: Real>(from: &[T], shape: Shape, to: &mut [T]) {
    let Shape { rows, cols, from_ld, to_ld } = shape;
    for i0 in (0..rows - rows % BLOCK).step_by(BLOCK) {
        for j0 in (0..cols - cols % BLOCK).step_by(BLOCK) {
            let mut block = [[T::zero(); BLOCK]; BLOCK];
            for (j, run) in block.iter_mut().enumerate() {
                run.copy_from_slice(&from[(j0 + j) * from_ld + i0..][..BLOCK]);
            }
            for i in 0..BLOCK {
                let written = &mut to[(i0 + i) * to_ld + j0..][..BLOCK];
                for (value, run) in written.iter_mut().zip(&block) {
                    *value = run[i];
                }
            }
        }
    }
}

/// The entries outside the full blocks (the last `rows % 8` rows and `cols % 8` columns),
/// one at a time.
fn edges<T: Real>(from: &[T], shape: Shape, to: &mut [T]) {
    let Shape { rows, cols, from_ld, to_ld } = shape;
    let (full_rows, full_cols) = (rows - rows % BLOCK, cols - cols % BLOCK);
    for j in 0..cols {
        let first_row = if j < full_cols { full_rows } else { 0 };
        for i in first_row..rows {
            to[i * to_ld + j] = from[j * from_ld + i];
        }
    }
}

/// The full blocks of `f32` with AVX shuffles.
#[cfg(target_arch = "x86_64")]
mod wide {
    use super::{Shape, BLOCK};
    use std::arch::x86_64::{
        __m256, _mm256_loadu_ps, _mm256_permute2f128_ps, _mm256_setzero_ps, _mm256_shuffle_ps,
        _mm256_storeu_ps, _mm256_unpackhi_ps, _mm256_unpacklo_ps,
    };

    /// [`super::full_blocks`] for `f32`.
    ///
    /// # Safety
    /// The CPU must support AVX.
    #[target_feature(enable = "avx")]
    pub(super) unsafe fn full_blocks(from: &[f32], shape: Shape, to: &mut [f32]) {
        let Shape { rows, cols, from_ld, to_ld } = shape;
        for i0 in (0..rows - rows % BLOCK).step_by(BLOCK) {
            for j0 in (0..cols - cols % BLOCK).step_by(BLOCK) {
                let mut runs = [_mm256_setzero_ps(); BLOCK];
                for (j, run) in runs.iter_mut().enumerate() {
                    *run = _mm256_loadu_ps(from[(j0 + j) * from_ld + i0..][..BLOCK].as_ptr());
                }
                for (i, row) in turn(runs).into_iter().enumerate() {
                    _mm256_storeu_ps(to[(i0 + i) * to_ld + j0..][..BLOCK].as_mut_ptr(), row);
                }
            }
        }
    }

    /// The `8×8` block whose columns are `runs`, as its rows: row `i` holds element `i` of
    /// each run.
    ///
    /// # Safety
    /// The CPU must support AVX.
    #[inline]
    #[target_feature(enable = "avx")]
    unsafe fn turn(r: [__m256; BLOCK]) -> [__m256; BLOCK] {
        // Pairs of runs interleaved, then pairs of pairs, then the 128-bit halves swapped.
        let t = [
            _mm256_unpacklo_ps(r[0], r[1]),
            _mm256_unpackhi_ps(r[0], r[1]),
            _mm256_unpacklo_ps(r[2], r[3]),
            _mm256_unpackhi_ps(r[2], r[3]),
            _mm256_unpacklo_ps(r[4], r[5]),
            _mm256_unpackhi_ps(r[4], r[5]),
            _mm256_unpacklo_ps(r[6], r[7]),
            _mm256_unpackhi_ps(r[6], r[7]),
        ];
        let s = [
            _mm256_shuffle_ps::<0x44>(t[0], t[2]),
            _mm256_shuffle_ps::<0xEE>(t[0], t[2]),
            _mm256_shuffle_ps::<0x44>(t[1], t[3]),
            _mm256_shuffle_ps::<0xEE>(t[1], t[3]),
            _mm256_shuffle_ps::<0x44>(t[4], t[6]),
            _mm256_shuffle_ps::<0xEE>(t[4], t[6]),
            _mm256_shuffle_ps::<0x44>(t[5], t[7]),
            _mm256_shuffle_ps::<0xEE>(t[5], t[7]),
        ];
        [
            _mm256_permute2f128_ps::<0x20>(s[0], s[4]),
            _mm256_permute2f128_ps::<0x20>(s[1], s[5]),
            _mm256_permute2f128_ps::<0x20>(s[2], s[6]),
            _mm256_permute2f128_ps::<0x20>(s[3], s[7]),
            _mm256_permute2f128_ps::<0x31>(s[0], s[4]),
            _mm256_permute2f128_ps::<0x31>(s[1], s[5]),
            _mm256_permute2f128_ps::<0x31>(s[2], s[6]),
            _mm256_permute2f128_ps::<0x31>(s[3], s[7]),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape's edges and blocks, in `f64` (the plain blocks) and `f32` (the AVX blocks
    /// where the CPU has AVX).
    #[test]
    fn transpose_matches_nalgebra() {
        for &(rows, cols) in &[(0, 3), (1, 1), (3, 40), (784, 50), (17, 33), (8, 8), (16, 9), (9, 16)] {
            let m = Matrix::from_fn(rows, cols, |i, j| (i * 1000 + j) as f64 * 0.3);
            let mut out = Matrix::zeros(1, 1);
            transpose_to(&m, &mut out);
            assert_eq!(out, m.transpose(), "f64 {rows}×{cols}");
            let m = m.map(|v| v as f32);
            let mut out = Matrix::zeros(1, 1);
            transpose_to(&m, &mut out);
            assert_eq!(out, m.transpose(), "f32 {rows}×{cols}");
        }
    }
}
