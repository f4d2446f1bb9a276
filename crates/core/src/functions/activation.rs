//! Activation functions `h(a)`, each rule written next to its derivative `h'(a)`.

use crate::real::{Matrix, Real};

/// Slope of leaky ReLU for negative inputs: `h(a) = 0.01·a` when `a ≤ 0`.
pub const LEAKY_RELU_SLOPE: f64 = 0.01;
/// ELU's `α`: `h(a) = α·(eᵃ − 1)` when `a ≤ 0`.
pub const ELU_ALPHA: f64 = 1.0;
/// GELU (tanh form) constant `√(2/π)`.
const GELU_C: f64 = 0.797_884_560_802_865_4;
/// GELU (tanh form) cubic coefficient.
const GELU_K: f64 = 0.044_715;

crate::choice! {
    /// An activation function `h`, applied element-wise after an affine layer.
    pub enum Activation: Activation {
        /// `h(a) = 1 if a > 0 else 0`; `h' = 0` (almost everywhere): it cannot learn by gradient.
        Step,
        /// `h(a) = a`; `h' = 1`.
        Identity,
        /// `h(a) = 1 / (1 + e⁻ᵃ)`; `h' = y·(1 − y)`.
        Sigmoid,
        /// `h(a) = tanh a`; `h' = 1 − y²`.
        Tanh,
        /// `h(a) = max(0, a)`; `h' = 1 if a > 0 else 0`.
        Relu,
        /// `h(a) = a if a > 0 else 0.01·a`; `h' = 1 or 0.01`.
        LeakyRelu,
        /// `h(a) = a if a > 0 else α(eᵃ − 1)`; `h' = 1 or y + α`.
        Elu,
        /// `h(a) = ln(1 + eᵃ)`; `h' = σ(a)`.
        Softplus,
        /// `h(a) = ½·a·(1 + tanh(√(2/π)·(a + 0.044715·a³)))` (the tanh form of GELU).
        Gelu,
        /// `h(a) = a·σ(a)`; `h' = y + σ(a)·(1 − y)`.
        Swish,
    }
}

/// `σ(a) = 1 / (1 + e⁻ᵃ)`, written so that neither branch overflows.
#[inline(always)]
pub fn sigmoid<T: Real>(a: T) -> T {
    // For a → −∞, e⁻ᵃ overflows to ∞ (f64) or saturates (f32) and σ goes to 0 as it should.
    T::one() / (T::one() + (-a).exp_fast())
}

/// Runs `$body` with `$act` bound to each variant as a constant, so every loop is compiled
/// per activation (no `match` per element, and the loop can be vectorised).
macro_rules! per_activation {
    ($self:expr, $act:ident => $body:expr) => {
        match $self {
            Activation::Step => {
                const $act: Activation = Activation::Step;
                $body
            }
            Activation::Identity => {
                const $act: Activation = Activation::Identity;
                $body
            }
            Activation::Sigmoid => {
                const $act: Activation = Activation::Sigmoid;
                $body
            }
            Activation::Tanh => {
                const $act: Activation = Activation::Tanh;
                $body
            }
            Activation::Relu => {
                const $act: Activation = Activation::Relu;
                $body
            }
            Activation::LeakyRelu => {
                const $act: Activation = Activation::LeakyRelu;
                $body
            }
            Activation::Elu => {
                const $act: Activation = Activation::Elu;
                $body
            }
            Activation::Softplus => {
                const $act: Activation = Activation::Softplus;
                $body
            }
            Activation::Gelu => {
                const $act: Activation = Activation::Gelu;
                $body
            }
            Activation::Swish => {
                const $act: Activation = Activation::Swish;
                $body
            }
        }
    };
}

impl Activation {
    /// `y = h(a)` for one number.
    #[inline(always)]
    pub fn apply<T: Real>(self, a: T) -> T {
        let zero = T::zero();
        match self {
            Self::Step => {
                if a > zero {
                    T::one()
                } else {
                    zero
                }
            }
            Self::Identity => a,
            Self::Sigmoid => sigmoid(a),
            Self::Tanh => a.tanh_fast(),
            Self::Relu => {
                if a > zero {
                    a
                } else {
                    zero
                }
            }
            Self::LeakyRelu => {
                if a > zero {
                    a
                } else {
                    a * T::of(LEAKY_RELU_SLOPE)
                }
            }
            Self::Elu => {
                if a > zero {
                    a
                } else {
                    T::of(ELU_ALPHA) * (a.exp_fast() - T::one())
                }
            }
            Self::Softplus => a.max(zero) + (-a.abs()).exp_fast().ln_1p_fast(),
            Self::Gelu => {
                let u = T::of(GELU_C) * (a + T::of(GELU_K) * a * a * a);
                T::of(0.5) * a * (T::one() + u.tanh_fast())
            }
            Self::Swish => a * sigmoid(a),
        }
    }

    /// `h'(a)`, given `a` and the already computed `y = h(a)` (several derivatives are
    /// cheapest from `y`, which the forward pass has anyway).
    #[inline(always)]
    pub fn derivative_at<T: Real>(self, a: T, y: T) -> T {
        let (zero, one) = (T::zero(), T::one());
        match self {
            Self::Step => zero,
            Self::Identity => one,
            Self::Sigmoid => y * (one - y),
            Self::Tanh => one - y * y,
            Self::Relu => {
                if a > zero {
                    one
                } else {
                    zero
                }
            }
            Self::LeakyRelu => {
                if a > zero {
                    one
                } else {
                    T::of(LEAKY_RELU_SLOPE)
                }
            }
            Self::Elu => {
                if a > zero {
                    one
                } else {
                    y + T::of(ELU_ALPHA)
                }
            }
            Self::Softplus => sigmoid(a),
            Self::Gelu => {
                let a2 = a * a;
                let t = (T::of(GELU_C) * (a + T::of(GELU_K) * a2 * a)).tanh_fast();
                let du = T::of(GELU_C) * (one + T::of(3.0 * GELU_K) * a2);
                T::of(0.5) * (one + t) + T::of(0.5) * a * (one - t * t) * du
            }
            Self::Swish => {
                let s = sigmoid(a);
                y + s * (one - y)
            }
        }
    }

    /// `h'(a)` for one number.
    pub fn derivative<T: Real>(self, a: T) -> T {
        self.derivative_at(a, self.apply(a))
    }

    /// `y = h(a)` element-wise over a whole matrix, into `y` (resized if needed).
    pub fn apply_to<T: Real>(self, a: &Matrix<T>, y: &mut Matrix<T>) {
        crate::linalg::ensure_shape(y, a.nrows(), a.ncols());
        per_activation!(self, H => {
            for (yi, &ai) in y.as_mut_slice().iter_mut().zip(a.as_slice()) {
                *yi = H.apply(ai);
            }
        })
    }

    /// `y = h(y)` element-wise in place (forward-only passes).
    pub fn apply_in_place<T: Real>(self, y: &mut Matrix<T>) {
        per_activation!(self, H => y.as_mut_slice().iter_mut().for_each(|v| *v = H.apply(*v)))
    }

    /// `dx = dout ⊙ h'(a)`, element-wise, into `dx` (resized if needed).
    ///
    /// # Shapes
    /// `a`, `y = h(a)`, `dout` and `dx` are all `N×M`.
    pub fn backward_to<T: Real>(self, a: &Matrix<T>, y: &Matrix<T>, dout: &Matrix<T>, dx: &mut Matrix<T>) {
        crate::linalg::ensure_shape(dx, a.nrows(), a.ncols());
        let inputs = a.as_slice().iter().zip(y.as_slice()).zip(dout.as_slice());
        per_activation!(self, H => {
            for (d, ((&ai, &yi), &gi)) in dx.as_mut_slice().iter_mut().zip(inputs) {
                *d = gi * H.derivative_at(ai, yi);
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::choice::Choice;
    use crate::gradient::{numerical_diff, relative_error};
    use strum::IntoEnumIterator;

    #[test]
    fn book_values() {
        assert_eq!(Activation::Step.apply(-1.0), 0.0);
        assert_eq!(Activation::Step.apply(0.0), 0.0);
        assert_eq!(Activation::Step.apply(2.0), 1.0);
        assert!((Activation::Sigmoid.apply(0.0_f64) - 0.5).abs() < 1e-15);
        assert!((Activation::Sigmoid.apply(1.0_f64) - 0.731_058_578_630_004_9).abs() < 1e-12);
        assert!((Activation::Sigmoid.apply(-1.0_f64) - 0.268_941_421_369_995_1).abs() < 1e-12);
        assert_eq!(Activation::Relu.apply(-1.0), 0.0);
        assert_eq!(Activation::Relu.apply(2.0), 2.0);
        assert_eq!(Activation::LeakyRelu.apply(-2.0), -0.02);
        assert!((Activation::Softplus.apply(0.0_f64) - 2.0_f64.ln()).abs() < 1e-15);
        assert!((Activation::Gelu.apply(1.0_f64) - 0.841_191_990_607_477_2).abs() < 1e-12);
    }

    #[test]
    fn no_overflow_at_extremes() {
        for act in Activation::iter() {
            for a in [-1000.0_f64, 1000.0, -80.0_f64, 80.0] {
                let y = act.apply(a);
                assert!(y.is_finite(), "{act:?}({a}) = {y}");
                assert!(act.derivative(a).is_finite(), "{act:?}'({a})");
            }
        }
    }

    #[test]
    fn every_derivative_matches_the_central_difference() {
        let points = [-2.3, -0.7, -0.05, 0.3, 1.1, 2.9];
        for act in Activation::iter() {
            for a in points {
                let numeric = numerical_diff(|v| act.apply(v), a);
                let err = relative_error(act.derivative(a), numeric);
                assert!(err < 1e-6, "{act:?} at {a}: analytic {} vs {numeric}", act.derivative(a));
            }
        }
    }

    #[test]
    fn matrix_forms_agree_with_scalar_forms() {
        let a = Matrix::from_row_slice(2, 3, &[-1.5, 0.0, 0.5, 2.0, -0.25, 3.0]);
        let dout = Matrix::from_row_slice(2, 3, &[1.0, 2.0, 3.0, -1.0, 0.5, 0.25]);
        for act in Activation::iter() {
            let (mut y, mut dx) = (Matrix::zeros(0, 0), Matrix::zeros(0, 0));
            act.apply_to(&a, &mut y);
            act.backward_to(&a, &y, &dout, &mut dx);
            for i in 0..a.len() {
                assert_eq!(y[i], act.apply(a[i]));
                assert_eq!(dx[i], dout[i] * act.derivative(a[i]));
            }
        }
    }

    #[test]
    fn names_round_trip_and_unknown_names_say_what_exists() {
        assert_eq!(Activation::parse("leaky-relu").unwrap(), Activation::LeakyRelu);
        assert_eq!(Activation::LeakyRelu.name(), "leaky-relu");
        let err = Activation::parse("sigmod").unwrap_err().to_string();
        assert!(err.contains("unknown activation \"sigmod\""), "{err}");
        assert!(err.contains("step, identity, sigmoid, tanh, relu"), "{err}");
    }
}
