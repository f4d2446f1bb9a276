//! The update rules, element by element (see [`super::OptimizerKind`] for the formulas).

use super::{OptimizerKind, ADAM_BETAS, EPSILON, MOMENTUM, RMSPROP_DECAY};
use crate::real::{Matrix, Real};

/// One update of `w` from `g`, using and advancing the state `s1`, `s2`; `t` counts updates.
pub(super) fn apply<T: Real>(
    kind: OptimizerKind,
    lr: T,
    t: u64,
    w: &mut Matrix<T>,
    g: &Matrix<T>,
    s1: &mut Matrix<T>,
    s2: &mut Matrix<T>,
) {
    let (one, eps, mu) = (T::one(), T::of(EPSILON), T::of(MOMENTUM));
    let w = w.as_mut_slice().iter_mut();
    let g = g.as_slice().iter();
    let s1 = s1.as_mut_slice().iter_mut();
    let cells = w.zip(g).zip(s1).zip(s2.as_mut_slice().iter_mut());
    match kind {
        OptimizerKind::Sgd => cells.for_each(|(((w, &g), _), _)| *w -= lr * g),
        OptimizerKind::Momentum => cells.for_each(|(((w, &g), v), _)| {
            *v = mu * *v - lr * g;
            *w += *v;
        }),
        OptimizerKind::Nesterov => cells.for_each(|(((w, &g), v), _)| {
            *w += mu * mu * *v - (one + mu) * lr * g;
            *v = mu * *v - lr * g;
        }),
        OptimizerKind::Adagrad => cells.for_each(|(((w, &g), h), _)| {
            *h += g * g;
            *w -= lr * g / (h.sqrt() + eps);
        }),
        OptimizerKind::Rmsprop => {
            let rho = T::of(RMSPROP_DECAY);
            cells.for_each(|(((w, &g), h), _)| {
                *h = rho * *h + (one - rho) * g * g;
                *w -= lr * g / (h.sqrt() + eps);
            })
        }
        OptimizerKind::Adam => {
            let (b1, b2) = ADAM_BETAS;
            let t = t as i32;
            let lr_t = lr * T::of((1.0 - b2.powi(t)).sqrt() / (1.0 - b1.powi(t)));
            let (b1, b2) = (T::of(b1), T::of(b2));
            cells.for_each(|(((w, &g), m), v)| {
                *m += (one - b1) * (g - *m);
                *v += (one - b2) * (g * g - *v);
                *w -= lr_t * *m / (v.sqrt() + eps);
            })
        }
    }
}
