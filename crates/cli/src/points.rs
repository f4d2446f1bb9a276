//! A user's own points: the task of their labels and reading the file (the engine splits them).

use crate::output::Failure;
use asaku_core::data::{read_points, Dataset, Task};
use asaku_core::error::quote;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

/// Reads `classification`, `classification:K` or `regression` (the class count is checked
/// with the points, by the engine).
pub fn parse_task(text: &str) -> Result<Task, String> {
    let text = text.trim();
    let classes = match text.split_once(':') {
        _ if text == "regression" => return Ok(Task::Regression),
        _ if text == "classification" => Some(2),
        Some(("classification", k)) => k.trim().parse().ok(),
        _ => None,
    };
    classes.map(|classes| Task::Classification { classes }).ok_or_else(|| {
        let text = quote(text);
        format!(
            "unknown task \"{text}\": use classification (classes 0 and 1), classification:K \
             (classes 0 to K-1) or regression"
        )
    })
}

/// Reads and checks the points file one line at a time: the engine stops at the first point
/// past its limit, so a huge file is neither read whole nor kept.
pub fn read(path: &Path, task: Task) -> Result<Dataset, Failure> {
    let shown = quote(&path.display().to_string());
    let unreadable = |e: io::Error| Failure::Input(format!("cannot read the points file {shown}: {e}"));
    let file = File::open(path).map_err(unreadable)?;
    let mut failed = None;
    let lines = BufReader::new(file).lines().map_while(|line| line.map_err(|e| failed = Some(e)).ok());
    let points = read_points(lines, task);
    match failed {
        Some(e) => Err(unreadable(e)),
        None => points.map_err(|e| Failure::Input(format!("{shown}: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: Task = Task::Classification { classes: 2 };

    #[test]
    fn tasks_by_name() {
        assert_eq!(parse_task("classification"), Ok(TWO));
        assert_eq!(parse_task("classification:3"), Ok(Task::Classification { classes: 3 }));
        assert_eq!(parse_task(" regression "), Ok(Task::Regression));
        let err = parse_task("classification:many").unwrap_err();
        assert!(err.starts_with("unknown task \"classification:many\": use classification"), "{err}");
        assert!(parse_task("clustering").is_err());
    }
}
