//! A user's own points: the task of their labels, reading the file, and the train/test split.

use crate::output::Failure;
use asaku_core::data::{parse_points, Dataset, Split, Task};
use asaku_core::rng_from_seed;
use rand::seq::SliceRandom;
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

/// Shuffles the points with `seed` and cuts them into training and test sets, `train_ratio` of
/// them (rounded, at least one on each side) for training. Both keep the whole set's domain.
///
/// # Panics
/// With fewer than two points (a checked [`Dataset`] has at least two).
pub fn split(data: Dataset, train_ratio: f64, seed: u64) -> Split {
    let n = data.len();
    assert!(n >= 2, "a split needs at least two points");
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(&mut rng_from_seed(seed));
    let n_train = ((n as f64 * train_ratio).round() as usize).clamp(1, n - 1);
    let part = |indices: &[usize]| Dataset {
        points: indices.iter().map(|&i| data.points[i]).collect(),
        labels: indices.iter().map(|&i| data.labels[i]).collect(),
        task: data.task,
        domain: data.domain,
    };
    Split { train: part(&order[..n_train]), test: part(&order[n_train..]) }
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

    #[test]
    fn split_keeps_every_point_once_and_follows_the_ratio() {
        let text: String = (0..10).map(|i| format!("{i},0,{}\n", i % 2)).collect();
        let split = split(parse_points(&text, TWO).unwrap(), 0.7, 4);
        assert_eq!((split.train.len(), split.test.len()), (7, 3));
        let mut xs: Vec<f64> = split.train.points.iter().chain(&split.test.points).map(|p| p[0]).collect();
        xs.sort_by(f64::total_cmp);
        assert_eq!(xs, (0..10).map(f64::from).collect::<Vec<_>>());
        let label_of = |p: &[f64; 2], l: &f64| (p[0] as usize % 2) as f64 == *l;
        assert!(split.train.points.iter().zip(&split.train.labels).all(|(p, l)| label_of(p, l)));
    }

    #[test]
    fn two_points_give_one_each_and_the_seed_decides_the_order() {
        let data = parse_points("0,0,0\n1,1,1\n", TWO).unwrap();
        let split = split(data.clone(), 0.9, 1);
        assert_eq!((split.train.len(), split.test.len()), (1, 1));
        let text: String = (0..20).map(|i| format!("{i},0,0\n")).collect();
        let many = parse_points(&text, TWO).unwrap();
        assert_eq!(super::split(many.clone(), 0.5, 1), super::split(many.clone(), 0.5, 1));
        assert_ne!(super::split(many.clone(), 0.5, 1), super::split(many, 0.5, 2));
    }
}
