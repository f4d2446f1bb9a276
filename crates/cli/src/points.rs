//! A user's own points: the task of their labels and reading the file (the engine splits them).

use crate::output::Failure;
use asaku_core::data::{parse_points, Dataset, Task};
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
        format!(
            "unknown task \"{text}\": use classification (classes 0 and 1), classification:K \
             (classes 0 to K-1) or regression"
        )
    })
}

/// Reads and checks the points file.
pub fn read(path: &Path, task: Task) -> Result<Dataset, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Input(format!("cannot read the points file {}: {e}", path.display())))?;
    parse_points(&text, task).map_err(|e| Failure::Input(format!("{}: {e}", path.display())))
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
