//! Cutting a data set into the points trained on and the points held out.

use super::dataset::Dataset;
use super::spec::{check_train_ratio, Split};
use crate::error::DataProblem;
use crate::{rng_from_seed, Error, Result};
use rand::seq::SliceRandom;

/// How many of `n ≥ 2` points train: `round(n·ratio)`, keeping at least one on each side.
pub fn train_count(n: usize, train_ratio: f64) -> usize {
    ((n as f64 * train_ratio).round() as usize).clamp(1, n - 1)
}

impl Dataset {
    /// Shuffles the points with `seed` and cuts them: [`train_count`] for training, the rest for
    /// testing. Both keep the whole set's task and domain. Used for a user's own points; generated
    /// sets are split as they are made.
    pub fn split(self, train_ratio: f64, seed: u64) -> Result<Split> {
        check_train_ratio(train_ratio)?;
        let n = self.len();
        if n < 2 {
            return Err(Error::InvalidData(DataProblem::CannotSplit { points: n }));
        }
        let mut order: Vec<usize> = (0..n).collect();
        order.shuffle(&mut rng_from_seed(seed));
        let n_train = train_count(n, train_ratio);
        let part = |indices: &[usize]| Dataset {
            points: indices.iter().map(|&i| self.points[i]).collect(),
            labels: indices.iter().map(|&i| self.labels[i]).collect(),
            task: self.task,
            domain: self.domain,
        };
        Ok(Split { train: part(&order[..n_train]), test: part(&order[n_train..]) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse_points, Task};

    #[test]
    fn keeps_every_point_once_and_follows_the_ratio() {
        let text: String = (0..10).map(|i| format!("{i},0,{}\n", i % 2)).collect();
        let data = parse_points(&text, Task::Classification { classes: 2 }).unwrap();
        let split = data.clone().split(0.7, 4).unwrap();
        assert_eq!((split.train.len(), split.test.len()), (7, 3));
        let mut xs: Vec<f64> = split.train.points.iter().chain(&split.test.points).map(|p| p[0]).collect();
        xs.sort_by(f64::total_cmp);
        assert_eq!(xs, (0..10).map(f64::from).collect::<Vec<_>>());
        let label_matches = |p: &[f64; 2], l: &f64| (p[0] as usize % 2) as f64 == *l;
        assert!(split.train.points.iter().zip(&split.train.labels).all(|(p, l)| label_matches(p, l)));
        assert_eq!(data.clone().split(0.7, 4).unwrap(), split, "same seed, same split");
        assert!(data.split(0.95, 4).is_err());
    }

    #[test]
    fn two_points_give_one_each_and_the_seed_decides_the_order() {
        let two = Task::Classification { classes: 2 };
        let split = parse_points("0,0,0\n1,1,1\n", two).unwrap().split(0.9, 1).unwrap();
        assert_eq!((split.train.len(), split.test.len()), (1, 1));
        let text: String = (0..20).map(|i| format!("{i},0,0\n")).collect();
        let many = parse_points(&text, two).unwrap();
        assert_ne!(many.clone().split(0.5, 1).unwrap(), many.split(0.5, 2).unwrap());
    }

    #[test]
    fn counts_keep_one_point_on_each_side() {
        assert_eq!(train_count(4, 0.1), 1);
        assert_eq!(train_count(4, 0.9), 3);
        assert_eq!(train_count(201, 0.7), 141);
    }
}
