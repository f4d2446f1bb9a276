//! The affine layer `y = x·W + b` (chapter 5.6).

use crate::linalg::sparse::{self, SparseBatch, SparseRows, Workspace};
use crate::linalg::{mul_to, mul_tr_to, tr_mul_to};
use crate::real::{Matrix, Real};

/// What an affine layer reads: a dense batch, or (for a network's first layer, on inputs that
/// are mostly zeros) the same batch as sparse rows, whose products skip the zeros
/// ([`crate::linalg::sparse`]).
#[derive(Clone, Copy, Debug)]
pub enum Input<'a, T: Real> {
    /// `x` as an `N×D` matrix.
    Dense(&'a Matrix<T>),
    /// `x` as `N` sparse rows of `D` columns.
    Sparse(SparseBatch<'a, T>),
}

impl<'a, T: Real> From<&'a Matrix<T>> for Input<'a, T> {
    fn from(x: &'a Matrix<T>) -> Self {
        Self::Dense(x)
    }
}

impl<'a, T: Real> From<&'a SparseRows<T>> for Input<'a, T> {
    fn from(x: &'a SparseRows<T>) -> Self {
        Self::Sparse(x.into())
    }
}

impl<'a, T: Real> From<SparseBatch<'a, T>> for Input<'a, T> {
    fn from(x: SparseBatch<'a, T>) -> Self {
        Self::Sparse(x)
    }
}

/// A fully connected layer. It owns its parameters `W`, `b` and their gradients, and lends
/// them to optimizers as (parameter, gradient) pairs.
///
/// # Shapes
/// `x: N×D`, `W: D×M`, `b: 1×M`, `y: N×M`.
#[derive(Clone, Debug)]
pub struct Affine<T: Real> {
    /// Weights `W` (`D×M`): `W[i, j]` connects input `i` to neuron `j`.
    pub w: Matrix<T>,
    /// Biases `b` (`1×M`).
    pub b: Matrix<T>,
    /// `dw = ∂L/∂W = xᵀ·dout`, filled by [`Affine::backward`].
    pub dw: Matrix<T>,
    /// `db = ∂L/∂b = Σₙ doutₙ` (column sums), filled by [`Affine::backward`].
    pub db: Matrix<T>,
    /// Whether `backward` computes `dx` (the first layer's `dx` is never used, and skipping it
    /// saves the largest product of a 784-input network).
    pub needs_dx: bool,
    y: Matrix<T>,
    dx: Matrix<T>,
    /// What the sparse products reuse.
    work: Box<Workspace<T>>,
}

impl<T: Real> Affine<T> {
    /// A layer with the given weights `W: D×M` and biases `b: 1×M`.
    pub fn new(w: Matrix<T>, b: Matrix<T>) -> Self {
        assert_eq!(b.shape(), (1, w.ncols()), "Affine::new: b must be 1×M for W D×M");
        let (dw, db) = (Matrix::zeros(w.nrows(), w.ncols()), Matrix::zeros(1, w.ncols()));
        let empty = Matrix::zeros(0, 0);
        Self { w, b, dw, db, needs_dx: true, y: empty.clone(), dx: empty, work: Box::default() }
    }

    /// Number of inputs `D`.
    pub fn inputs(&self) -> usize {
        self.w.nrows()
    }

    /// Number of neurons `M`.
    pub fn outputs(&self) -> usize {
        self.w.ncols()
    }

    /// `y = x·W + b`, kept in the layer and returned.
    pub fn forward<'x>(&mut self, x: impl Into<Input<'x, T>>) -> &Matrix<T> {
        affine_into(&self.w, &self.b, x.into(), &mut self.y, &mut self.work);
        &self.y
    }

    /// Given the `x` that [`Affine::forward`] saw and `dout = ∂L/∂y`, stores
    /// `dw = xᵀ·dout` and `db = Σₙ doutₙ`, and returns `dx = dout·Wᵀ` (left empty when
    /// `needs_dx` is false).
    pub fn backward<'x>(&mut self, x: impl Into<Input<'x, T>>, dout: &Matrix<T>) -> &Matrix<T> {
        match x.into() {
            Input::Dense(x) => tr_mul_to(x, dout, &mut self.dw),
            Input::Sparse(x) => sparse::tr_mul_to(x, dout, &mut self.dw, &mut self.work),
        }
        column_sums_to(dout, &mut self.db);
        if self.needs_dx {
            mul_tr_to(dout, &self.w, &mut self.dx);
        }
        &self.dx
    }

    /// The last output `y`.
    pub fn output(&self) -> &Matrix<T> {
        &self.y
    }

    /// The last `dx`.
    pub fn input_gradient(&self) -> &Matrix<T> {
        &self.dx
    }
}

/// `y = x·W + b` into a caller's buffer (used by forward-only passes that keep their own
/// buffers, such as the evaluation and the grid sweep); `work` serves sparse `x`.
pub fn affine_into<T: Real>(
    w: &Matrix<T>,
    b: &Matrix<T>,
    x: Input<'_, T>,
    y: &mut Matrix<T>,
    work: &mut Workspace<T>,
) {
    match x {
        Input::Dense(x) => mul_to(x, w, y),
        Input::Sparse(x) => sparse::mul_to(x, w, y, work),
    }
    add_bias(b, y);
}

/// `db[j] = Σₙ dout[n,j]`, each sum taken in order of `n`, all `M` sums advancing together
/// a row at a time (so each addition waits on its sum's previous one only every `M` additions).
fn column_sums_to<T: Real>(dout: &Matrix<T>, db: &mut Matrix<T>) {
    let n = dout.nrows();
    let (dout, db) = (dout.as_slice(), db.as_mut_slice());
    db.fill(T::zero());
    for row in 0..n {
        for (j, sum) in db.iter_mut().enumerate() {
            *sum += dout[j * n + row];
        }
    }
}

/// `y[n,:] += b` for every row `n`.
fn add_bias<T: Real>(b: &Matrix<T>, y: &mut Matrix<T>) {
    let n = y.nrows();
    for (column, &bj) in y.as_mut_slice().chunks_exact_mut(n.max(1)).zip(b.as_slice()) {
        column.iter_mut().for_each(|v| *v += bj);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer() -> Affine<f64> {
        let w = Matrix::from_row_slice(2, 3, &[0.1, 0.3, 0.5, 0.2, 0.4, 0.6]);
        Affine::new(w, Matrix::from_row_slice(1, 3, &[0.1, 0.2, 0.3]))
    }

    #[test]
    fn forward_is_the_books_first_layer() {
        // Chapter 3.4.2: X = [1.0, 0.5] gives A1 = [0.3, 0.7, 1.1].
        let mut affine = layer();
        let y = affine.forward(&Matrix::from_row_slice(1, 2, &[1.0, 0.5]));
        let expected = [0.3, 0.7, 1.1];
        for (a, e) in y.iter().zip(expected) {
            assert!((a - e).abs() < 1e-12, "{y}");
        }
    }

    #[test]
    fn backward_by_hand() {
        let mut affine = layer();
        let x = Matrix::from_row_slice(2, 2, &[1.0, 2.0, 3.0, 4.0]);
        affine.forward(&x);
        let dout = Matrix::from_row_slice(2, 3, &[1.0, 0.0, -1.0, 2.0, 1.0, 0.0]);
        let dx = affine.backward(&x, &dout).clone();
        // dx = dout·Wᵀ; dw = xᵀ·dout; db = column sums.
        assert_eq!(dx, Matrix::from_row_slice(2, 2, &[0.1 - 0.5, 0.2 - 0.6, 0.2 + 0.3, 0.4 + 0.4]));
        assert_eq!(affine.dw, Matrix::from_row_slice(2, 3, &[7.0, 3.0, -1.0, 10.0, 4.0, -2.0]));
        assert_eq!(affine.db, Matrix::from_row_slice(1, 3, &[3.0, 1.0, -1.0]));
    }

    #[test]
    fn first_layer_skips_dx() {
        let mut affine = layer();
        affine.needs_dx = false;
        let x = Matrix::from_row_slice(1, 2, &[1.0, 2.0]);
        affine.forward(&x);
        assert_eq!(affine.backward(&x, &Matrix::from_element(1, 3, 1.0)).len(), 0);
    }
}
