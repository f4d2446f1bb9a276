//! Chapter 4: numerical differentiation and gradient descent, on plain `f64` functions.
//!
//! These are the slow, obviously-correct derivatives that every backward pass is checked
//! against.

/// The step `h` of every central difference: `1e-4`, the book's choice. Smaller steps lose
/// more digits to rounding than they gain in accuracy.
pub const CENTRAL_DIFFERENCE_H: f64 = 1e-4;

/// The smallest denominator [`relative_error`] divides by, so two tiny or zero values
/// compare as equal instead of dividing `0 / 0`.
pub const RELATIVE_ERROR_FLOOR: f64 = 1e-8;

/// The derivative of `f` at `x` by central difference: `(f(x + h) − f(x − h)) / 2h`.
pub fn numerical_diff(mut f: impl FnMut(f64) -> f64, x: f64) -> f64 {
    let h = CENTRAL_DIFFERENCE_H;
    (f(x + h) - f(x - h)) / (2.0 * h)
}

/// The gradient `∇f(x)` by a central difference in each coordinate:
/// `∂f/∂x_i = (f(x + h·e_i) − f(x − h·e_i)) / 2h`. The caller's `x` is never changed.
pub fn numerical_gradient(mut f: impl FnMut(&[f64]) -> f64, x: &[f64]) -> Vec<f64> {
    let h = CENTRAL_DIFFERENCE_H;
    let mut probe = x.to_vec();
    (0..x.len())
        .map(|i| {
            probe[i] = x[i] + h;
            let f_plus = f(&probe);
            probe[i] = x[i] - h;
            let f_minus = f(&probe);
            probe[i] = x[i];
            (f_plus - f_minus) / (2.0 * h)
        })
        .collect()
}

/// Where gradient descent ended and how it got there.
#[derive(Clone, Debug, PartialEq)]
pub struct Descent {
    /// The last point reached.
    pub x: Vec<f64>,
    /// Every point visited, the starting point first (`steps + 1` points).
    pub path: Vec<Vec<f64>>,
}

/// Runs `steps` steps of gradient descent, `x ← x − lr·∇f(x)`, from `init`, with the
/// numerical gradient.
pub fn gradient_descent(mut f: impl FnMut(&[f64]) -> f64, init: &[f64], lr: f64, steps: usize) -> Descent {
    let mut x = init.to_vec();
    let mut path = vec![x.clone()];
    for _ in 0..steps {
        let grad = numerical_gradient(&mut f, &x);
        for (xi, gi) in x.iter_mut().zip(grad) {
            *xi -= lr * gi;
        }
        path.push(x.clone());
    }
    Descent { x, path }
}

/// How far an analytic derivative `a` is from a numerical one `n`, relative to their size:
/// `|a − n| / max(|a| + |n|, RELATIVE_ERROR_FLOOR)`. 0 means equal; about 1e-7 or less is
/// what a correct backward pass gives in `f64`.
pub fn relative_error(a: f64, n: f64) -> f64 {
    (a - n).abs() / (a.abs() + n.abs()).max(RELATIVE_ERROR_FLOOR)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn function_1(x: f64) -> f64 {
        0.01 * x * x + 0.1 * x
    }

    fn function_2(x: &[f64]) -> f64 {
        x[0] * x[0] + x[1] * x[1]
    }

    #[test]
    fn numerical_diff_matches_the_books_tangents() {
        assert!((numerical_diff(function_1, 5.0) - 0.2).abs() < 1e-9);
        assert!((numerical_diff(function_1, 10.0) - 0.3).abs() < 1e-9);
    }

    #[test]
    fn numerical_gradient_of_the_sum_of_squares_is_2x() {
        let cases = [([3.0, 4.0], [6.0, 8.0]), ([0.0, 2.0], [0.0, 4.0]), ([3.0, 0.0], [6.0, 0.0])];
        for (x, expected) in cases {
            let grad = numerical_gradient(function_2, &x);
            assert_eq!(grad.len(), 2);
            for (g, e) in grad.iter().zip(expected) {
                assert!((g - e).abs() < 1e-6, "at {x:?}: {grad:?}");
            }
        }
    }

    #[test]
    fn numerical_gradient_leaves_x_unchanged() {
        let x = [0.1, -0.2, 0.3];
        let seen = std::cell::RefCell::new(Vec::new());
        let grad = numerical_gradient(
            |p| {
                seen.borrow_mut().push(p.to_vec());
                p[0] * p[1] * p[2]
            },
            &x,
        );
        assert_eq!(x, [0.1, -0.2, 0.3]);
        // Each probe moves exactly one coordinate away from x.
        let seen = seen.into_inner();
        assert_eq!(seen.len(), 6);
        assert_eq!(seen[2], vec![0.1, -0.2 + CENTRAL_DIFFERENCE_H, 0.3]);
        assert!((grad[0] - -0.06).abs() < 1e-9);
    }

    #[test]
    fn gradient_descent_reaches_the_minimum_of_the_sum_of_squares() {
        let descent = gradient_descent(function_2, &[-3.0, 4.0], 0.1, 100);
        assert_eq!(descent.path.len(), 101);
        assert_eq!(descent.path[0], vec![-3.0, 4.0]);
        // One step multiplies x by (1 − 2·lr) = 0.8.
        assert!((descent.path[1][0] - -2.4).abs() < 1e-9);
        assert!((descent.path[1][1] - 3.2).abs() < 1e-9);
        assert_eq!(descent.path.last(), Some(&descent.x));
        assert!(descent.x.iter().all(|xi| xi.abs() < 1e-9), "{:?}", descent.x);
    }

    #[test]
    fn relative_error_is_scaled_and_floored() {
        assert_eq!(relative_error(0.0, 0.0), 0.0);
        assert_eq!(relative_error(2.5, 2.5), 0.0);
        assert!((relative_error(1.0, 0.5) - 1.0 / 3.0).abs() < 1e-12);
        assert!((relative_error(1.0, -1.0) - 1.0).abs() < 1e-12);
        // Below the floor the difference is divided by 1e-8, not by its own tiny size.
        assert!((relative_error(1e-10, 0.0) - 0.01).abs() < 1e-12);
    }
}
