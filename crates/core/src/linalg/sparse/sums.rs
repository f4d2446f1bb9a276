//! The loops of the sparse products: sums of runs of a row-contiguous matrix, taken [`LANES`]
//! outputs at a time in registers, and their AVX2 build.

use super::SparseRows;
use crate::real::{Matrix, Real};

/// Outputs summed together in registers: six AVX2 vectors of `f32` (the digits' 50 hidden units
/// are one chunk of 48 and one of 2).
pub const LANES: usize = 48;

/// The products compiled for AVX2 (eight `f32` at a time instead of SSE2's four), which the
/// build's baseline `x86_64` target may not assume: chosen when the CPU has it.
#[cfg(target_arch = "x86_64")]
pub(super) mod wide {
    use super::{Matrix, Real, SparseRows};

    /// [`super::mul_rows`] for AVX2.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(in crate::linalg::sparse) unsafe fn mul_rows<T: Real>(
        x: &SparseRows<T>,
        w_t: &Matrix<T>,
        y: &mut Matrix<T>,
    ) {
        super::mul_rows(x, w_t, y);
    }

    /// [`super::tr_mul_columns`] for AVX2.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(in crate::linalg::sparse) unsafe fn tr_mul_columns<T: Real>(
        columns: (&[usize], &[(u32, T)]),
        dout_t: &Matrix<T>,
        dw: &mut Matrix<T>,
    ) {
        super::tr_mul_columns(columns, dout_t, dw);
    }
}

/// The loop of [`super::mul_to`]: `y[n, j] = Σ_k v_k·Wᵀ[j, p_k]` over row `n`'s entries `(p_k, v_k)`.
#[inline(always)]
pub(super) fn mul_rows<T: Real>(x: &SparseRows<T>, w_t: &Matrix<T>, y: &mut Matrix<T>) {
    let (m, n) = (w_t.nrows(), x.rows());
    let (w_t, y) = (w_t.as_slice(), y.as_mut_slice());
    for row in 0..n {
        let (columns, values) = x.row(row);
        let term = |k: usize| (columns[k] as usize * m, values[k]);
        chunked_sums(m, w_t, columns.len(), term, |j0, sums| {
            for (j, &sum) in (j0..).zip(sums) {
                y[j * n + row] = sum;
            }
        });
    }
}

/// The loop of [`super::tr_mul_to`]: `dW[p, j] = Σ_k v_k·doutᵀ[j, n_k]` over column `p`'s entries
/// `(n_k, v_k)`.
#[inline(always)]
pub(super) fn tr_mul_columns<T: Real>(
    (starts, by_column): (&[usize], &[(u32, T)]),
    dout_t: &Matrix<T>,
    dw: &mut Matrix<T>,
) {
    let (m, d) = (dout_t.nrows(), dw.nrows());
    let (dout_t, dw) = (dout_t.as_slice(), dw.as_mut_slice());
    // Pixels no image of the batch inks keep a zero row.
    dw.fill(T::zero());
    for p in 0..d {
        let entries = &by_column[starts[p]..starts[p + 1]];
        if entries.is_empty() {
            continue;
        }
        let term = |k: usize| (entries[k].0 as usize * m, entries[k].1);
        chunked_sums(m, dout_t, entries.len(), term, |j0, sums| {
            for (j, &sum) in (j0..).zip(sums) {
                dw[j * d + p] = sum;
            }
        });
    }
}

/// For the outputs `j0..j0 + w` of `0..m`, in chunks of [`LANES`] (the rest in chunks of 16, 8,
/// 4, 2 and 1), hands `write(j0, sums)` the sums `Σ_k v_k·data[s_k + j0 + l]`, `l < w`, over the
/// `count` terms `(s_k, v_k) = term(k)`: one pass over the terms per chunk.
#[inline(always)]
fn chunked_sums<T: Real>(
    m: usize,
    data: &[T],
    count: usize,
    term: impl Fn(usize) -> (usize, T),
    mut write: impl FnMut(usize, &[T]),
) {
    let mut j0 = 0;
    while j0 < m {
        let at = |k: usize| {
            let (start, v) = term(k);
            (start + j0, v)
        };
        let mut chunk = |sums: &[T]| {
            write(j0, sums);
            sums.len()
        };
        j0 += match m - j0 {
            w if w >= LANES => chunk(&lane_sums::<T, LANES>(data, count, at)),
            w if w >= 16 => chunk(&lane_sums::<T, 16>(data, count, at)),
            w if w >= 8 => chunk(&lane_sums::<T, 8>(data, count, at)),
            w if w >= 4 => chunk(&lane_sums::<T, 4>(data, count, at)),
            w if w >= 2 => chunk(&lane_sums::<T, 2>(data, count, at)),
            _ => chunk(&lane_sums::<T, 1>(data, count, at)),
        };
    }
}

/// `Σ_k v_k·data[s_k + l]` for `l < W`, over the `count` terms `(s_k, v_k) = term(k)`: `W` sums
/// held in registers. Up to 16 sums, four terms are added at a time (so each addition to a sum
/// waits on one of every four before it, not on each); wider chunks take one term at a time,
/// their many sums being independent already (and four terms' runs would not fit the registers).
#[inline(always)]
fn lane_sums<T: Real, const W: usize>(
    data: &[T],
    count: usize,
    term: impl Fn(usize) -> (usize, T),
) -> [T; W] {
    let run = |start: usize| -> &[T; W] { data[start..start + W].try_into().expect("W values") };
    let mut sums = [T::zero(); W];
    let quads = if W > 16 { 0 } else { count - count % 4 };
    for k in (0..quads).step_by(4) {
        let [(s0, v0), (s1, v1), (s2, v2), (s3, v3)] = [term(k), term(k + 1), term(k + 2), term(k + 3)];
        let (r0, r1, r2, r3) = (run(s0), run(s1), run(s2), run(s3));
        for l in 0..W {
            sums[l] += (v0 * r0[l] + v1 * r1[l]) + (v2 * r2[l] + v3 * r3[l]);
        }
    }
    for k in quads..count {
        let (start, v) = term(k);
        for (sum, &value) in sums.iter_mut().zip(run(start)) {
            *sum += v * value;
        }
    }
    sums
}
