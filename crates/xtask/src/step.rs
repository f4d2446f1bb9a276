//! A command is a list of named steps, run in order until the first failure.

use std::time::{Duration, Instant};

use crate::cmd::Cmd;
use crate::tool::{ensure_tool, Tool};

/// One named step of a command.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// What the step does, printed before it runs and in the failure message.
    pub name: &'static str,
    /// How the step does it.
    pub action: Action,
}

/// The kinds of work a step can do.
#[derive(Debug, Clone, Copy)]
pub enum Action {
    /// Make sure these tools are present, installing the missing ones.
    Ensure(&'static [Tool]),
    /// Run one command; it must exit successfully.
    Run(Cmd),
}

impl Step {
    /// Does the step's work; `Err` says what failed.
    fn run(&self) -> Result<(), String> {
        match self.action {
            Action::Ensure(tools) => tools.iter().try_for_each(ensure_tool),
            Action::Run(cmd) => cmd.run(),
        }
    }
}

/// Runs `steps` in order, printing each one's name first, and stops at the first failure.
///
/// The error names the failing step, its position and what went wrong.
pub fn run_all(command: &str, steps: &[Step]) -> Result<(), String> {
    let start = Instant::now();
    for (index, step) in steps.iter().enumerate() {
        let position = format!("{}/{}", index + 1, steps.len());
        println!("\n==> [{position}] {}", step.name);
        let step_start = Instant::now();
        step.run().map_err(|e| format!("step {position} \"{}\": {e}", step.name))?;
        println!("--> [{position}] ok in {}", seconds(step_start.elapsed()));
    }
    println!("\nxtask {command}: all {} steps passed in {}", steps.len(), seconds(start.elapsed()));
    Ok(())
}

/// A duration as the log shows it, e.g. `12.3s`.
fn seconds(duration: Duration) -> String {
    format!("{:.1}s", duration.as_secs_f64())
}

/// Unit tests for running steps.
#[cfg(test)]
mod tests {
    use super::*;

    /// A step that runs `program` with no arguments.
    const fn bare(name: &'static str, program: &'static str) -> Step {
        Step { name, action: Action::Run(Cmd::new(program, &[])) }
    }

    /// Step 3 would fail to start if it ran, so the error proves the run stopped at step 2.
    #[test]
    fn the_first_failure_stops_the_run_and_is_named() {
        let steps =
            [bare("works", "true"), bare("breaks", "false"), bare("never runs", "no-such-program-xtask")];
        let error = run_all("demo", &steps).unwrap_err();
        assert_eq!(error, "step 2/3 \"breaks\": `false` failed (exit status: 1)");
    }

    /// A program that is not installed is named in the error.
    #[test]
    fn a_missing_program_is_reported_by_name() {
        let error = run_all("demo", &[bare("missing", "no-such-program-xtask")]).unwrap_err();
        assert!(error.starts_with("step 1/1 \"missing\": could not start `no-such-program-xtask`"));
    }

    /// 12 345 ms shows as `12.3s`.
    #[test]
    fn durations_show_tenths_of_seconds() {
        assert_eq!(seconds(Duration::from_millis(12_345)), "12.3s");
    }
}
