//! The loops of the sparse products, over runs of padded columns ([`Padded`]) [`LANES`] outputs
//! at a time, and their AVX2 build.

use super::{Padded, SparseBatch};
use crate::real::{Matrix, Real};

/// At most this many outputs are summed together in registers: seven AVX2 vectors of `f32` (the
/// digits' 50 hidden units, padded to 56, in one pass).
pub const LANES: usize = 56;

/// Outputs are summed in multiples of this many (one AVX2 vector of `f32`).
pub(super) const STEP: usize = 8;

/// The products compiled for AVX2 (eight `f32` at a time instead of SSE2's four), which the
/// build's baseline `x86_64` target may not assume: chosen when the CPU has it.
#[cfg(target_arch = "x86_64")]
pub(super) mod wide {
    use super::{Matrix, Padded, Real, SparseBatch};

    /// [`super::mul_rows`] for AVX2.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(in crate::linalg::sparse) unsafe fn mul_rows<T: Real>(
        x: SparseBatch<T>,
        w_t: &Padded<T>,
        y: &mut Matrix<T>,
    ) {
        super::mul_rows(x, w_t, y);
    }

    /// [`super::tr_mul_rows`] for AVX2.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(in crate::linalg::sparse) unsafe fn tr_mul_rows<T: Real>(
        x: SparseBatch<T>,
        dout_t: &Padded<T>,
        dw_t: &mut Padded<T>,
    ) {
        super::tr_mul_rows(x, dout_t, dw_t);
    }
}

/// The loop of [`super::mul_to`]: `y[n, j] = Σ_k v_k·Wᵀ[j, p_k]` over row `n`'s entries `(p_k, v_k)`.
#[inline(always)]
pub(super) fn mul_rows<T: Real>(x: SparseBatch<T>, w_t: &Padded<T>, y: &mut Matrix<T>) {
    let (m, ld) = (y.ncols(), w_t.ld);
    let (w_t, n) = (w_t.columns(), x.rows());
    for row in 0..n {
        for j0 in (0..m).step_by(LANES) {
            let at = Output { y: &mut *y, row, j0 };
            by_width((ld - j0).min(LANES), RowSums { w_t, ld, terms: x.row(row), at });
        }
    }
}

/// Where [`RowSums`] writes its sums: `y[row, j0..]`.
struct Output<'a, T: Real> {
    y: &'a mut Matrix<T>,
    row: usize,
    j0: usize,
}

/// `y[row, j0 + l] = Σ_k v_k·Wᵀ[j0 + l, p_k]` over the terms `(p_k, v_k)`, for `l < W` (the
/// padding past `y`'s last column left out).
struct RowSums<'a, T: Real> {
    w_t: &'a [T],
    ld: usize,
    terms: (&'a [u32], &'a [T]),
    at: Output<'a, T>,
}

impl<T: Real> Width for RowSums<'_, T> {
    type Output = ();

    #[inline(always)]
    fn run<const W: usize>(self) {
        let ((columns, values), Output { y, row, j0 }) = (self.terms, self.at);
        let term = |k: usize| (columns[k] as usize * self.ld + j0, values[k]);
        let sums = lane_sums::<T, W>(self.w_t, columns.len(), term);
        let (n, m) = y.shape();
        let y = y.as_mut_slice();
        for (j, &sum) in (j0..m).zip(&sums) {
            y[j * n + row] = sum;
        }
    }
}

/// The loop of [`super::tr_mul_to`]: `dWᵀ[j, p] = Σ_n x[n,p]·doutᵀ[j, n]`, straight from the
/// rows: for each row `n` and each of its entries `(p, v)`, `dWᵀ[:, p] += v·doutᵀ[:, n]`, with
/// `doutᵀ[:, n]` held in registers ([`LANES`] outputs at a time).
#[inline(always)]
pub(super) fn tr_mul_rows<T: Real>(x: SparseBatch<T>, dout_t: &Padded<T>, dw_t: &mut Padded<T>) {
    let (m, ld) = (dw_t.rows, dw_t.ld);
    let dout_t = dout_t.columns();
    let dw_t = dw_t.columns_mut();
    dw_t.fill(T::zero());
    for n in 0..x.rows() {
        for j0 in (0..m).step_by(LANES) {
            let dout = &dout_t[n * ld + j0..];
            by_width((ld - j0).min(LANES), AddRuns { dout, terms: x.row(n), dw_t: &mut *dw_t, ld, j0 });
        }
    }
}

/// `dWᵀ[j0.., p] += v·dout` for each term `(p, v)`, `W` values at a time.
struct AddRuns<'a, T> {
    dout: &'a [T],
    terms: (&'a [u32], &'a [T]),
    dw_t: &'a mut [T],
    ld: usize,
    j0: usize,
}

impl<T: Real> Width for AddRuns<'_, T> {
    type Output = ();

    #[inline(always)]
    fn run<const W: usize>(self) {
        let dout: [T; W] = self.dout[..W].try_into().expect("W values");
        for (&p, &v) in self.terms.0.iter().zip(self.terms.1) {
            let run: &mut [T; W] =
                (&mut self.dw_t[p as usize * self.ld + self.j0..][..W]).try_into().expect("W values");
            for (sum, &value) in run.iter_mut().zip(&dout) {
                *sum += v * value;
            }
        }
    }
}

/// Work done `W` outputs at a time, `W` a multiple of [`STEP`] up to [`LANES`] known when
/// compiling (so the `W` sums can live in registers).
trait Width {
    /// What the work gives.
    type Output;
    /// Does the work for `W` outputs.
    fn run<const W: usize>(self) -> Self::Output;
}

/// `work.run::<W>()` for `W = width`, a multiple of [`STEP`] from [`STEP`] to [`LANES`].
#[inline(always)]
fn by_width<F: Width>(width: usize, work: F) -> F::Output {
    match width {
        56 => work.run::<56>(),
        48 => work.run::<48>(),
        40 => work.run::<40>(),
        32 => work.run::<32>(),
        24 => work.run::<24>(),
        16 => work.run::<16>(),
        8 => work.run::<8>(),
        _ => unreachable!("a width of {width} outputs, not a multiple of {STEP} up to {LANES}"),
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
