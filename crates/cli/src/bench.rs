//! `asaku bench`: times the cases of [`asaku_core::bench`] (the ones `cargo bench` runs) with a
//! plain loop: a warm-up, then samples of many iterations; the median sample is reported.

use crate::output::{line, Outcome};
use asaku_core::bench::{prepare, Case};
use clap::Args;
use std::time::{Duration, Instant};

/// Options of `asaku bench`.
#[derive(Debug, Args)]
pub struct BenchCommand {
    /// Few short samples (about 0.1 s per case) instead of about 2 s per case: for a smoke
    /// test, not for figures.
    #[arg(long)]
    pub quick: bool,
}

/// How long to measure.
#[derive(Clone, Copy, Debug)]
struct Plan {
    /// Time spent running the case before measuring.
    warm_up: Duration,
    /// Number of samples.
    samples: usize,
    /// Roughly how long one sample lasts.
    sample_time: Duration,
}

impl Plan {
    fn new(quick: bool) -> Self {
        if quick {
            Plan { warm_up: Duration::from_millis(20), samples: 5, sample_time: Duration::from_millis(15) }
        } else {
            Plan { warm_up: Duration::from_millis(300), samples: 30, sample_time: Duration::from_millis(60) }
        }
    }
}

/// Runs `asaku bench`.
pub fn run(command: &BenchCommand) -> Outcome {
    if cfg!(debug_assertions) {
        eprintln!("note: a debug build; for real figures use `cargo run --release -p asaku-cli -- bench`");
    }
    let plan = Plan::new(command.quick);
    line(format_args!("{:<18} {:>12} {:>12}  what", "case", "median", "per second"))?;
    for case in Case::ALL {
        let median = measure(case, plan);
        let per_second = 1.0 / median.as_secs_f64();
        line(format_args!(
            "{:<18} {:>12} {:>12.0}  {}",
            case.name(),
            human(median),
            per_second,
            case.description()
        ))?;
    }
    Ok(())
}

/// The median time of one iteration of `case`.
fn measure(case: Case, plan: Plan) -> Duration {
    let mut run = prepare(case);
    let start = Instant::now();
    let mut warm_ups: u32 = 0;
    while warm_ups == 0 || start.elapsed() < plan.warm_up {
        run();
        warm_ups += 1;
    }
    let per_iteration = start.elapsed() / warm_ups;
    let iterations = (plan.sample_time.as_nanos() / per_iteration.as_nanos().max(1)).clamp(1, 1 << 20) as u32;
    let mut samples: Vec<Duration> = (0..plan.samples)
        .map(|_| {
            let start = Instant::now();
            (0..iterations).for_each(|_| run());
            start.elapsed() / iterations
        })
        .collect();
    samples.sort_unstable();
    samples[samples.len() / 2]
}

/// A duration with a unit that keeps three or four significant digits: `41.2 µs`, `1.93 ms`.
fn human(d: Duration) -> String {
    let ns = d.as_nanos() as f64;
    match ns {
        _ if ns < 1e3 => format!("{ns:.0} ns"),
        _ if ns < 1e6 => format!("{:.1} µs", ns / 1e3),
        _ if ns < 1e9 => format!("{:.2} ms", ns / 1e6),
        _ => format!("{:.2} s", ns / 1e9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_their_unit() {
        assert_eq!(human(Duration::from_nanos(850)), "850 ns");
        assert_eq!(human(Duration::from_nanos(41_230)), "41.2 µs");
        assert_eq!(human(Duration::from_micros(1_930)), "1.93 ms");
        assert_eq!(human(Duration::from_millis(2_500)), "2.50 s");
    }
}
