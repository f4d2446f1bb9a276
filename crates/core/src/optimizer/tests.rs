//! Update rules checked by hand and on the chapter 6 function `f(x, y) = x²/20 + y²`.

use super::*;
use crate::choice::Choice;
use strum::IntoEnumIterator;

fn one_param(value: f64) -> Matrix<f64> {
    Matrix::from_element(1, 1, value)
}

fn step(optimizer: &mut Optimizer<f64>, w: &mut Matrix<f64>, g: f64) {
    let g = one_param(g);
    optimizer.update(std::iter::once((w, &g)));
}

#[test]
fn first_steps_by_hand() {
    let lr = 0.1;
    let cases: [(OptimizerKind, &[f64]); 5] = [
        (OptimizerKind::Sgd, &[1.0 - 0.2, 0.8 - 0.2]),
        // v = −0.2, then v = 0.9·(−0.2) − 0.2 = −0.38.
        (OptimizerKind::Momentum, &[0.8, 0.8 - 0.38]),
        // w += 0.81·v − 1.9·0.1·2 with v from before the step (0, then −0.2), then v = 0.9·v − 0.2.
        (OptimizerKind::Nesterov, &[1.0 - 0.38, 0.62 + 0.81 * -0.2 - 0.38, 0.078 + 0.81 * -0.38 - 0.38]),
        // h = 4, w −= 0.1·2/2; then h = 8, w −= 0.2/√8.
        (OptimizerKind::Adagrad, &[0.9, 0.9 - 0.2 / 8f64.sqrt()]),
        // Adam's first step moves by lr·sign(g) (up to ε).
        (OptimizerKind::Adam, &[0.9, 0.8]),
    ];
    for (kind, expected) in cases {
        let mut optimizer = Optimizer::new(kind, lr).unwrap();
        let mut w = one_param(1.0);
        for &e in expected {
            step(&mut optimizer, &mut w, 2.0);
            assert!((w[0] - e).abs() < 1e-6, "{kind:?}: {} vs {e}", w[0]);
        }
    }
}

#[test]
fn rmsprop_first_step_by_hand() {
    let mut optimizer = Optimizer::new(OptimizerKind::Rmsprop, 0.01).unwrap();
    let mut w = one_param(0.0);
    step(&mut optimizer, &mut w, 1.0);
    // h = 0.01, so w = −0.01·1/(0.1 + ε).
    assert!((w[0] + 0.1).abs() < 1e-5, "{}", w[0]);
}

/// Chapter 6.1: from (−7, 2), every optimizer heads for the minimum at (0, 0).
#[test]
fn every_optimizer_descends_the_books_function() {
    let rates = [0.95, 0.1, 0.1, 1.5, 0.1, 0.3];
    for (kind, lr) in OptimizerKind::iter().zip(rates) {
        let mut optimizer = Optimizer::new(kind, lr).unwrap();
        let (mut x, mut y) = (one_param(-7.0), one_param(2.0));
        let f = |x: f64, y: f64| x * x / 20.0 + y * y;
        let start = f(x[0], y[0]);
        for _ in 0..30 {
            let (gx, gy) = (one_param(x[0] / 10.0), one_param(2.0 * y[0]));
            optimizer.update([(&mut x, &gx), (&mut y, &gy)].into_iter());
        }
        assert!(f(x[0], y[0]) < start / 10.0, "{kind:?} ended at ({}, {})", x[0], y[0]);
    }
}

#[test]
fn reset_forgets_momentum() {
    let mut optimizer = Optimizer::new(OptimizerKind::Momentum, 0.1).unwrap();
    let mut w = one_param(1.0);
    step(&mut optimizer, &mut w, 2.0);
    optimizer.reset();
    step(&mut optimizer, &mut w, 2.0);
    assert!((w[0] - 0.6).abs() < 1e-12);
}

#[test]
fn learning_rate_is_checked() {
    for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, 1000.0] {
        let err = Optimizer::<f64>::new(OptimizerKind::Sgd, bad).unwrap_err().to_string();
        assert!(err.contains("the learning rate is"), "{err}");
    }
    assert!(OptimizerKind::parse("adam").is_ok());
    assert!(OptimizerKind::parse("rmsprop").is_ok());
}
