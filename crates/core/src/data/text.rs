//! A user's own points, read from CSV text `x1,x2,label`.

use super::dataset::{Dataset, Rect};
use super::kind::Task;
use super::validate;
use crate::error::{Field, LineProblem, ParseProblem, Readable};
use crate::{Error, Result};

/// The optional first line, compared without spaces and case.
const HEADER: &str = "x1,x2,label";
/// The padding added on each side of the points' bounding square, as a fraction of its side.
const PADDING: f64 = 0.1;
/// The smallest half-side of the domain, for points that all (nearly) coincide.
const MIN_HALF_SIDE: f64 = 0.5;

/// Reads one point per line as `x1,x2,label`: blank lines and lines starting with `#` are
/// skipped, and the first remaining line may be the header `x1,x2,label`. Labels are class
/// indices `0, 1, …` for classification and real targets for regression.
///
/// The domain is the points' bounding box made square (so the picture is not stretched) and
/// padded by 10% of its side on each side, with a half-side of at least 0.5. Errors name the line.
pub fn parse_points(text: &str, task: Task) -> Result<Dataset> {
    validate::task(task)?;
    let mut points = Vec::new();
    let mut labels = Vec::new();
    for (number, line) in data_lines(text) {
        let (point, label) = parse_line(line, task).map_err(|problem| Error::Parse {
            what: Readable::Points,
            problem: ParseProblem::Line { number, problem },
        })?;
        points.push(point);
        labels.push(label);
    }
    validate::counts(points.len(), labels.len())?;
    let domain = padded_square(&points);
    Dataset::from_points(points, labels, task, domain)
}

/// The 1-based line number of each point [`parse_points`] reads, in order (so a check made
/// after reading, like the page's "inside the plot", can name the line).
pub fn point_lines(text: &str) -> Vec<usize> {
    data_lines(text).map(|(number, _)| number).collect()
}

/// The lines holding points, trimmed, with their 1-based line numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .enumerate()
        .filter(|(k, (_, line))| !(*k == 0 && is_header(line)))
        .map(|(_, numbered)| numbered)
}

fn is_header(line: &str) -> bool {
    line.replace(' ', "").eq_ignore_ascii_case(HEADER)
}

/// One `x1,x2,label` line, or what is wrong with it.
fn parse_line(line: &str, task: Task) -> Result<([f64; 2], f64), LineProblem> {
    let fields: Vec<&str> = line.split(',').map(str::trim).collect();
    let [x1, x2, label] = fields[..] else {
        return Err(LineProblem::Fields { found: fields.len(), line: line.to_string() });
    };
    let point = [number(Field::X1, x1)?, number(Field::X2, x2)?];
    let label = number(Field::Label, label)?;
    validate::label_fits(label, task).map_err(|rule| LineProblem::Label { label, rule })?;
    Ok((point, label))
}

/// A finite number, or what is wrong with the field.
fn number(field: Field, text: &str) -> Result<f64, LineProblem> {
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        Ok(_) => Err(LineProblem::NotFinite { field, got: text.to_string() }),
        Err(_) => Err(LineProblem::NotNumber { field, got: text.to_string() }),
    }
}

/// The bounding square of the points, padded by [`PADDING`] of its side on each side.
fn padded_square(points: &[[f64; 2]]) -> Rect {
    let (min, max) = points.iter().fold(([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]), |(lo, hi), p| {
        ([lo[0].min(p[0]), lo[1].min(p[1])], [hi[0].max(p[0]), hi[1].max(p[1])])
    });
    let side = (max[0] - min[0]).max(max[1] - min[1]);
    let half_side = (side * (0.5 + PADDING)).max(MIN_HALF_SIDE);
    let centre = [min[0] / 2.0 + max[0] / 2.0, min[1] / 2.0 + max[1] / 2.0];
    Rect::square(centre, half_side)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: Task = Task::Classification { classes: 2 };

    fn error(text: &str, task: Task) -> String {
        parse_points(text, task).unwrap_err().to_string()
    }

    #[test]
    fn reads_points_skipping_comments_blanks_and_header() {
        let text = "# my points\n\n X1, x2 ,Label\n0,0,0\n  4, 2 ,1\n# done\n";
        let set = parse_points(text, TWO).unwrap();
        assert_eq!(set.points, [[0.0, 0.0], [4.0, 2.0]]);
        assert_eq!(set.labels, [0.0, 1.0]);
        assert_eq!(set.task, TWO);
    }

    #[test]
    fn domain_is_the_padded_bounding_square() {
        let set = parse_points("0,0,0\n4,2,1", TWO).unwrap();
        let Rect { x_min, x_max, y_min, y_max } = set.domain;
        let expected = [-0.4, 4.4, -1.4, 3.4];
        assert!([x_min, x_max, y_min, y_max].iter().zip(expected).all(|(a, b)| (a - b).abs() < 1e-12));
        let same = parse_points("1,1,0.5\n1,1,-2", Task::Regression).unwrap();
        assert_eq!(same.domain, Rect::square([1.0, 1.0], 0.5));
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(
            error("x1,x2,label\n1,2\n", TWO),
            "cannot read points: line 2: expected 3 values x1,x2,label but found 2 in \"1,2\""
        );
        assert_eq!(
            error("1,2,0\n\n1,abc,1", TWO),
            "cannot read points: line 3: x2 is \"abc\", which is not a number"
        );
        assert_eq!(
            error("1,2,0\ninf,2,1", TWO),
            "cannot read points: line 2: x1 is \"inf\", but it must be a finite number"
        );
        assert_eq!(
            error("1,2,0\n3,2,2", TWO),
            "cannot read points: line 2: label 2: a class label must be a whole number from 0 to 1"
        );
    }

    #[test]
    fn a_header_counts_only_first() {
        let err = error("1,2,0\nx1,x2,label\n3,4,1", TWO);
        assert_eq!(err, "cannot read points: line 2: x1 is \"x1\", which is not a number");
    }

    #[test]
    fn too_few_points_or_a_bad_task() {
        assert_eq!(
            error("# nothing\n", TWO),
            "the number of points is 0, but it must be between 2 and 10000"
        );
        let err = error("1,2,0\n3,4,0", Task::Classification { classes: 11 });
        assert_eq!(err, "the number of classes is 11, but it must be between 2 and 10");
    }
}
