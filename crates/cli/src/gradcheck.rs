//! `asaku gradcheck`: backprop against the central difference, in `f64`, on a few training
//! examples of the same data and network `asaku train` would use.

use crate::options::{DataArgs, NetworkArgs};
use crate::output::{line, Failure, Outcome};
use asaku_core::data::Dataset;
use asaku_core::network::{Network, ParameterCheck};
use asaku_core::train::Settings;
use asaku_core::{rng_from_seed, Matrix};
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
    /// the training set is smaller). Each parameter element checked costs two forward passes
    /// over them; a large network is checked on a random sample of elements (drawn with --seed).
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

/// The multiply-adds a check may spend before it samples: `2·S` forward passes of about `P·N`
/// each for `S` checked elements, `P` parameters and `N` examples. About a few seconds in `f64`.
const WORK_BUDGET: f64 = 4e9;

/// The fewest elements per parameter a sampled check compares.
const MIN_SAMPLE: usize = 5;

/// Roughly how fast a check runs, for the estimate in a refusal (measured: about 1e9 in `f64`).
const MULTIPLY_ADDS_PER_SECOND: f64 = 1e9;

/// Runs `asaku gradcheck`: one line per parameter; exit code 1 if any is over the tolerance.
/// A network too large to check whole within [`WORK_BUDGET`] is checked on a random sample of
/// each parameter's elements (drawn with --seed), and the output says so.
pub fn run(command: &GradcheckCommand) -> Outcome {
    let tolerance = check_tolerance(command.tolerance)?;
    let mut settings = Settings::default();
    command.data.apply(&mut settings)?;
    command.network.apply(&mut settings)?;
    let split = command.data.split(&settings.data)?;
    let trainer = settings.build_on::<f32>(&split)?;
    let mut network = trainer.network().cast::<f64>();
    let (x, t) = batch(&settings, &split.train, usize::from(command.examples))?;
    line(format_args!("checking {network} on {} training examples (f64)", x.nrows()))?;
    let checks = match sample_size(&network, x.nrows())? {
        None => network.gradient_check(&x, &t),
        Some(per_parameter) => {
            let count = network.spec().parameter_count();
            line(format_args!(
                "checking a random sample of at most {per_parameter} elements of each parameter: all \
                 {count} would take {} forward passes",
                2 * count
            ))?;
            network.gradient_check_sample(&x, &t, per_parameter, &mut rng_from_seed(settings.seed))
        }
    };
    for check in &checks {
        line(describe(check, tolerance))?;
    }
    verdict(&checks, tolerance)
}

/// `None` when every element fits in [`WORK_BUDGET`], else how many elements per parameter do
/// (at least [`MIN_SAMPLE`]); refused when even that would take over ten times the budget.
fn sample_size<T: asaku_core::Real>(network: &Network<T>, examples: usize) -> Result<Option<usize>, Failure> {
    let count = network.spec().parameter_count();
    let pass = count as f64 * examples as f64;
    let affordable = (WORK_BUDGET / (2.0 * pass)) as usize;
    if affordable >= count {
        return Ok(None);
    }
    let parameters = 2 * network.affines().count();
    let least = 2.0 * (MIN_SAMPLE * parameters) as f64 * pass;
    if least > 10.0 * WORK_BUDGET {
        let minutes = least / MULTIPLY_ADDS_PER_SECOND / 60.0;
        let most = (10.0 * WORK_BUDGET / (least / examples as f64)) as usize;
        return Err(Failure::Input(format!(
            "checking even {MIN_SAMPLE} elements of each parameter of this {count}-parameter network on \
             {examples} examples would take about {minutes:.0} minutes; use --examples {} or fewer",
            most.max(1)
        )));
    }
    Ok(Some((affordable / parameters).max(MIN_SAMPLE)))
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

/// `W1   max relative error 1.20e-10  ok`, or for a sample
/// `W1   max relative error 1.20e-10 in 5 of 2048 elements  ok`.
fn describe(check: &ParameterCheck, tolerance: f64) -> String {
    let verdict = if passes(check, tolerance) { "ok" } else { "OVER TOLERANCE" };
    let sample = if check.checked < check.elements {
        format!(" in {} of {} elements", check.checked, check.elements)
    } else {
        String::new()
    };
    format!("{:<4} max relative error {:.2e}{sample}  {verdict}", check.name, check.max_relative_error)
}

/// A NaN error (a non-finite gradient) fails too.
fn passes(check: &ParameterCheck, tolerance: f64) -> bool {
    check.max_relative_error <= tolerance
}

fn verdict(checks: &[ParameterCheck], tolerance: f64) -> Outcome {
    let failed: Vec<&str> =
        checks.iter().filter(|c| !passes(c, tolerance)).map(|c| c.name.as_str()).collect();
    if failed.is_empty() {
        let sampled = checks.iter().any(|c| c.checked < c.elements);
        let what = if sampled { "every sampled element" } else { "every parameter" };
        return line(format_args!("passed: {what} within {tolerance:e}"));
    }
    Err(Failure::Failed(format!(
        "gradient check failed: {} over the tolerance {tolerance:e}",
        failed.join(", ")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use asaku_core::functions::Activation;
    use asaku_core::layers::Output;
    use asaku_core::network::{Init, NetworkSpec};

    fn check(name: &str, error: f64) -> ParameterCheck {
        ParameterCheck { name: name.to_string(), checked: 8, elements: 8, max_relative_error: error }
    }

    #[test]
    fn lines_and_verdicts() {
        assert_eq!(describe(&check("W1", 1.5e-10), 1e-6), "W1   max relative error 1.50e-10  ok");
        assert!(describe(&check("b2", 1e-3), 1e-6).ends_with("OVER TOLERANCE"));
        assert!(!passes(&check("W1", f64::NAN), 1e-6));
        let sampled = ParameterCheck { checked: 5, elements: 2048, ..check("W1", 1.5e-10) };
        assert_eq!(describe(&sampled, 1e-6), "W1   max relative error 1.50e-10 in 5 of 2048 elements  ok");
        let checks = [check("W1", 1e-9), check("b1", 2e-5), check("W2", f64::NAN)];
        match verdict(&checks, 1e-6) {
            Err(Failure::Failed(message)) => {
                assert_eq!(message, "gradient check failed: b1, W2 over the tolerance 1e-6")
            }
            other => panic!("expected a failed check, got {other:?}"),
        }
    }

    #[test]
    fn large_networks_are_sampled_and_impossible_checks_refused() {
        let network = |hidden: Vec<usize>| {
            let (activation, output, init) = (Activation::Tanh, Output::Sigmoid, Init::Xavier);
            let spec = NetworkSpec { inputs: 2, hidden, activation, output, outputs: 1, init };
            Network::<f32>::new(spec, &mut rng_from_seed(1)).unwrap()
        };
        assert_eq!(sample_size(&network(vec![8, 8]), 10_000).unwrap(), None);
        // 2-1024-1024-1024-1: 2,103,297 parameters in 8 matrices. On 10 examples 4e9 multiply-adds
        // buy 4e9 / (2 · 2.1e7) = 95 elements, 11 per matrix; on 9000, five per matrix cost
        // 2 · 40 · 2.1e6 · 9000 = 1.5e12, 25 minutes at 1e9 a second.
        let wide = network(vec![1024; 3]);
        assert_eq!(sample_size(&wide, 10).unwrap(), Some(11));
        match sample_size(&wide, 9000) {
            Err(Failure::Input(message)) => assert_eq!(
                message,
                "checking even 5 elements of each parameter of this 2103297-parameter network on 9000 \
                 examples would take about 25 minutes; use --examples 237 or fewer"
            ),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn tolerance_must_be_positive() {
        assert!(check_tolerance(0.0).is_err());
        assert!(check_tolerance(f64::NAN).is_err());
        assert_eq!(check_tolerance(1e-4).unwrap(), 1e-4);
    }
}
