//! Lesson 5, gradient and gradient descent: the book's two functions of chapters 4 and 6, a
//! descent `x ← x − η·∇f(x)` with the numerical gradient from any start and learning rate, and
//! the chapter 6 race of the optimizers from `(−7, 2)` on `x²/20 + y²`. Every number comes from
//! `asaku_core::gradient` and `asaku_core::optimizer`.

use asaku_core::gradient::{gradient_descent, numerical_gradient};
use asaku_core::optimizer::{Optimizer, OptimizerKind};
use asaku_core::{Choice, Matrix};
use serde::Serialize;

/// The steps a descent may take (the book's `step_num = 100`).
pub const MAX_STEPS: usize = 100;
/// The iterations of the race (the book's 30).
pub const RACE_STEPS: usize = 30;
/// Where the race starts (the book's `init_pos`).
pub const RACE_START: [f64; 2] = [-7.0, 2.0];
/// The plane drawn: `x` from −10 to 10, `y` from −5 to 5 (the book's figure 6-8).
pub const VIEW: ([f64; 2], [f64; 2]) = ([-10.0, 10.0], [-5.0, 5.0]);

/// Which function is descended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Func {
    /// `x₀² + x₁²` (chapter 4's `function_2`).
    Bowl,
    /// `x²/20 + y²` (chapter 6's valley).
    Valley,
}

impl Func {
    /// Both functions, in the order of the buttons.
    pub const ALL: [Func; 2] = [Func::Bowl, Func::Valley];

    /// The name in URLs and string keys.
    pub fn name(self) -> &'static str {
        match self {
            Func::Bowl => "bowl",
            Func::Valley => "valley",
        }
    }

    /// The function called `name`, if there is one.
    pub fn parse(name: &str) -> Option<Func> {
        Func::ALL.into_iter().find(|f| f.name() == name.trim())
    }

    /// `f(x)`.
    pub fn value(self, x: &[f64]) -> f64 {
        match self {
            Func::Bowl => x[0] * x[0] + x[1] * x[1],
            Func::Valley => x[0] * x[0] / 20.0 + x[1] * x[1],
        }
    }

    /// The numerical gradient `∇f(x)`.
    pub fn gradient(self, x: &[f64]) -> Vec<f64> {
        numerical_gradient(|p| self.value(p), x)
    }

    /// The book's starting point: `(−3, 4)` for the bowl, `(−7, 2)` for the valley.
    pub fn start(self) -> [f64; 2] {
        match self {
            Func::Bowl => [-3.0, 4.0],
            Func::Valley => RACE_START,
        }
    }

    /// The learning rates of the three presets: too small, right, too large.
    pub fn presets(self) -> [f64; 3] {
        match self {
            Func::Bowl => [1e-10, 0.1, 10.0],
            Func::Valley => [1e-10, 0.95, 10.0],
        }
    }
}

/// How a descent is going after its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// No step taken yet.
    Start,
    /// `f` is within `1e-12` of its minimum 0.
    Converged,
    /// `f` is no lower than at the start (the steps overshoot), or the point is no longer finite.
    Diverging,
    /// At least 10 steps, all together less than 1% of the start's distance to the minimum.
    Slow,
    /// Getting closer.
    Descending,
}

/// A descent's state for the page: the point reached, `f` and `∇f` there, and the verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Steps taken.
    pub step: usize,
    /// Steps a descent may take (`MAX_STEPS`).
    pub steps: usize,
    /// The point reached.
    pub x: [f64; 2],
    /// `f(x)`.
    pub value: f64,
    /// `∇f(x)`.
    pub grad: [f64; 2],
    /// The verdict.
    pub status: Status,
}

/// The path of `steps` steps of `x ← x − lr·∇f(x)` from `start`, the start first.
pub fn descent_path(f: Func, start: [f64; 2], lr: f64, steps: usize) -> Vec<[f64; 2]> {
    gradient_descent(|x| f.value(x), &start, lr, steps).path.into_iter().map(|p| [p[0], p[1]]).collect()
}

/// The report on the last point of `path` (a descent of `f`).
pub fn report(f: Func, path: &[[f64; 2]]) -> Report {
    let (first, last) = (path[0], path[path.len() - 1]);
    let step = path.len() - 1;
    let value = f.value(&last);
    let grad = if last.iter().all(|v| v.is_finite()) { f.gradient(&last) } else { vec![f64::NAN; 2] };
    let distance = |p: [f64; 2]| p[0].hypot(p[1]);
    let travelled: f64 = path.windows(2).map(|w| (w[1][0] - w[0][0]).hypot(w[1][1] - w[0][1])).sum();
    let status = if step == 0 {
        Status::Start
    } else if value < 1e-12 {
        Status::Converged
    } else if !value.is_finite() || value >= f.value(&first) {
        Status::Diverging
    } else if step >= 10 && travelled < 0.01 * distance(first) {
        Status::Slow
    } else {
        Status::Descending
    };
    Report { step, steps: MAX_STEPS, x: last, value, grad: [grad[0], grad[1]], status }
}

/// The learning rate of each optimizer in the race: the book's for SGD (0.95), Momentum (0.1),
/// AdaGrad (1.5) and Adam (0.3); Momentum's for Nesterov and Adam's for RMSprop.
pub fn race_learning_rate(kind: OptimizerKind) -> f64 {
    match kind {
        OptimizerKind::Sgd => 0.95,
        OptimizerKind::Momentum | OptimizerKind::Nesterov => 0.1,
        OptimizerKind::Adagrad => 1.5,
        OptimizerKind::Rmsprop | OptimizerKind::Adam => 0.3,
    }
}

/// Every optimizer of the engine, in its declaration order.
pub fn optimizers() -> Vec<OptimizerKind> {
    OptimizerKind::names().into_iter().map(|n| OptimizerKind::parse(n).expect("a listed name")).collect()
}

/// One optimizer's run in the race.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Runner {
    /// The optimizer's name (`sgd`, `momentum`, …).
    pub name: &'static str,
    /// Its learning rate.
    pub lr: f64,
    /// The points visited, `(−7, 2)` first, `RACE_STEPS + 1` in all.
    pub path: Vec<[f64; 2]>,
}

/// The race: each optimizer's `RACE_STEPS` updates on `x²/20 + y²` from `(−7, 2)`, the point
/// and the numerical gradient handed to it as one (parameter, gradient) pair of 1×2 matrices.
pub fn race() -> Vec<Runner> {
    optimizers()
        .into_iter()
        .map(|kind| {
            let lr = race_learning_rate(kind);
            let mut opt = Optimizer::<f64>::new(kind, lr).expect("the race's learning rates are valid");
            let mut w = Matrix::from_row_slice(1, 2, &RACE_START);
            let mut path = vec![RACE_START];
            for _ in 0..RACE_STEPS {
                let g = Matrix::from_row_slice(1, 2, &Func::Valley.gradient(w.as_slice()));
                opt.update(std::iter::once((&mut w, &g)));
                path.push([w[(0, 0)], w[(0, 1)]]);
            }
            Runner { name: kind.name(), lr, path }
        })
        .collect()
}

#[cfg(test)]
#[path = "descent_tests.rs"]
mod tests;
