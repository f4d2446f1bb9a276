//! `asaku gradcheck`: backprop against the central difference, in `f64`, on a few training
//! examples of the same data and network `asaku train` would use.

use crate::options::{DataArgs, NetworkArgs};
use crate::output::{line, Failure, Outcome};
use asaku_core::data::Dataset;
use asaku_core::network::ParameterCheck;
use asaku_core::train::Settings;
use asaku_core::Matrix;
use clap::Args;

/// Options of `asaku gradcheck`.
#[derive(Debug, Args)]
pub struct GradcheckCommand {
    /// The data.
    #[command(flatten)]
    pub data: DataArgs,
    /// The network.
    #[command(flatten)]
    pub network: NetworkArgs,
    /// How many training examples the check runs on (the first N after the shuffle; fewer if
    /// the training set is smaller). Each parameter costs two forward passes over them.
    #[arg(long, value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u16).range(1..))]
    pub examples: u16,
    /// The largest relative error `|a − n| / max(|a| + |n|, 1e-8)` allowed between a backprop
    /// gradient `a` and its numerical estimate `n`. The estimate's own truncation error
    /// (`h²·f‴/6` with `h = 1e-4`) grows with the cube of the inputs: on the [−6, 6] data sets a
    /// correct first layer reaches about 2e-5 for some seeds (on inputs within ±2 everything
    /// stays below 1e-6), while a wrong gradient is off by 1e-2 or more.
    #[arg(long, allow_negative_numbers = true, value_name = "ERROR", default_value = "1e-4")]
    pub tolerance: f64,
}

/// Runs `asaku gradcheck`: one line per parameter; exit code 1 if any is over the tolerance.
pub fn run(command: &GradcheckCommand) -> Outcome {
    let tolerance = check_tolerance(command.tolerance)?;
    let mut settings = Settings::default();
    command.data.apply(&mut settings);
    command.network.apply(&mut settings)?;
    let split = command.data.split(&settings.data)?;
    let trainer = settings.build_on::<f32>(&split)?;
    let mut network = trainer.network().cast::<f64>();
    let (x, t) = batch(&settings, &split.train, usize::from(command.examples))?;
    line(format_args!("checking {network} on {} training examples (f64)", x.nrows()))?;
    let checks = network.gradient_check(&x, &t);
    for check in &checks {
        line(describe(check, tolerance))?;
    }
    verdict(&checks, tolerance)
}

/// The inputs and targets of the first `n` training examples, in `f64`.
fn batch(settings: &Settings, train: &Dataset, n: usize) -> Result<(Matrix<f64>, Matrix<f64>), Failure> {
    let n = n.min(train.len());
    let sample = Dataset {
        points: train.points[..n].to_vec(),
        labels: train.labels[..n].to_vec(),
        task: train.task,
        domain: train.domain,
    };
    let x = settings.features.inputs(&sample.points);
    let t = sample.targets(settings.encoding(sample.task))?;
    Ok((x, t))
}

fn check_tolerance(tolerance: f64) -> Result<f64, Failure> {
    if tolerance.is_finite() && tolerance > 0.0 {
        return Ok(tolerance);
    }
    Err(Failure::Input(format!("--tolerance is {tolerance}, but it must be a finite number above 0")))
}

/// `W1  max relative error 1.2e-10  ok`.
fn describe(check: &ParameterCheck, tolerance: f64) -> String {
    let verdict = if passes(check, tolerance) { "ok" } else { "OVER TOLERANCE" };
    format!("{:<4} max relative error {:.2e}  {verdict}", check.name, check.max_relative_error)
}

/// A NaN error (a non-finite gradient) fails too.
fn passes(check: &ParameterCheck, tolerance: f64) -> bool {
    check.max_relative_error <= tolerance
}

fn verdict(checks: &[ParameterCheck], tolerance: f64) -> Outcome {
    let failed: Vec<&str> =
        checks.iter().filter(|c| !passes(c, tolerance)).map(|c| c.name.as_str()).collect();
    if failed.is_empty() {
        return line(format_args!("passed: every parameter within {tolerance:e}"));
    }
    Err(Failure::Failed(format!(
        "gradient check failed: {} over the tolerance {tolerance:e}",
        failed.join(", ")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, error: f64) -> ParameterCheck {
        ParameterCheck { name: name.to_string(), max_relative_error: error }
    }

    #[test]
    fn lines_and_verdicts() {
        assert_eq!(describe(&check("W1", 1.5e-10), 1e-6), "W1   max relative error 1.50e-10  ok");
        assert!(describe(&check("b2", 1e-3), 1e-6).ends_with("OVER TOLERANCE"));
        assert!(!passes(&check("W1", f64::NAN), 1e-6));
        let checks = [check("W1", 1e-9), check("b1", 2e-5), check("W2", f64::NAN)];
        match verdict(&checks, 1e-6) {
            Err(Failure::Failed(message)) => {
                assert_eq!(message, "gradient check failed: b1, W2 over the tolerance 1e-6")
            }
            other => panic!("expected a failed check, got {other:?}"),
        }
    }

    #[test]
    fn tolerance_must_be_positive() {
        assert!(check_tolerance(0.0).is_err());
        assert!(check_tolerance(f64::NAN).is_err());
        assert_eq!(check_tolerance(1e-4).unwrap(), 1e-4);
    }
}
