//! A user's own points, read from CSV text `x1,x2,label`.

use super::dataset::{Dataset, Rect, MAX_COORDINATE, MAX_POINTS};
use super::kind::Task;
use super::validate;
use crate::error::{quote, Field, LineProblem, ParseProblem, Readable};
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
    read_points(text.lines(), task)
}

/// [`parse_points`] over lines as they are read (from a file, one at a time): it stops at the
/// first line that is wrong, and at the first point past [`MAX_POINTS`], without taking another
/// line, so a huge file is refused after at most [`MAX_POINTS`] points.
pub fn read_points<L: AsRef<str>>(lines: impl IntoIterator<Item = L>, task: Task) -> Result<Dataset> {
    validate::task(task)?;
    let mut points = Vec::new();
    let mut labels = Vec::new();
    for (number, line) in data_lines(lines) {
        let line = line.as_ref().trim();
        let point = match points.len() {
            MAX_POINTS => Err(LineProblem::TooMany { max: MAX_POINTS }),
            _ => parse_line(line, task),
        };
        let (point, label) = point.map_err(|problem| Error::Parse {
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
    data_lines(text.lines()).map(|(number, _)| number).collect()
}

/// The lines holding points, with their 1-based line numbers: blank lines, lines starting with
/// `#` and a first line that is the header are skipped (lazily, one line at a time).
fn data_lines<L: AsRef<str>>(lines: impl IntoIterator<Item = L>) -> impl Iterator<Item = (usize, L)> {
    let mut first = true;
    lines.into_iter().enumerate().map(|(i, line)| (i + 1, line)).filter(move |(_, line)| {
        let line = line.as_ref().trim();
        !(line.is_empty() || line.starts_with('#') || (std::mem::take(&mut first) && is_header(line)))
    })
}

fn is_header(line: &str) -> bool {
    line.replace(' ', "").eq_ignore_ascii_case(HEADER)
}

/// One `x1,x2,label` line, or what is wrong with it.
fn parse_line(line: &str, task: Task) -> Result<([f64; 2], f64), LineProblem> {
    let fields: Vec<&str> = line.split(',').map(str::trim).collect();
    let [x1, x2, label] = fields[..] else {
        return Err(LineProblem::Fields { found: fields.len(), line: quote(line) });
    };
    let point = [coordinate(Field::X1, x1)?, coordinate(Field::X2, x2)?];
    let label = number(Field::Label, label)?;
    validate::label_fits(label, task).map_err(|rule| LineProblem::Label { label, rule })?;
    Ok((point, label))
}

/// A finite number, or what is wrong with the field.
fn number(field: Field, text: &str) -> Result<f64, LineProblem> {
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        Ok(_) => Err(LineProblem::NotFinite { field, got: quote(text) }),
        Err(_) => Err(LineProblem::NotNumber { field, got: quote(text) }),
    }
}

/// A coordinate: a number of at most [`MAX_COORDINATE`] in size, or what is wrong with the field.
fn coordinate(field: Field, text: &str) -> Result<f64, LineProblem> {
    let value = number(field, text)?;
    if value.abs() > MAX_COORDINATE {
        return Err(LineProblem::TooLarge { field, got: quote(text), max: MAX_COORDINATE });
    }
    Ok(value)
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

    /// ±1e308 are finite but past the 32-bit floats training uses: the line and the range are named.
    #[test]
    fn a_coordinate_too_large_names_its_line_and_the_range() {
        assert_eq!(
            error("0,0,0\n1e308,0,0\n-1e308,1,1", TWO),
            "cannot read points: line 2: x1 is \"1e308\", but it must be a number from -3.4e38 to \
             3.4e38 (training uses 32-bit floats)"
        );
        assert!(error("0,0,0\n1,-3.5e38,1", TWO).starts_with("cannot read points: line 2: x2 is \"-3.5e38\""));
        assert!(parse_points("3.4e38,0,0\n-3.4e38,1,1", TWO).is_ok());
    }

    /// Lines are taken one at a time, and none after the first point past the limit.
    #[test]
    fn a_file_past_the_limit_is_read_no_further() {
        let taken = std::cell::Cell::new(0);
        let lines = (0..3 * MAX_POINTS).map(|i| {
            taken.set(taken.get() + 1);
            format!("{i},0,{}", i % 2)
        });
        let err = read_points(lines.chain(["x".to_string()]), TWO).unwrap_err().to_string();
        assert_eq!(
            err,
            "cannot read points: line 10001: there are already 10000 points, the most a data set may have"
        );
        assert_eq!(taken.get(), MAX_POINTS + 1);
    }

    /// A 50 MB line (and a NUL) comes back as a short, escaped prefix with the line's length.
    #[test]
    fn a_huge_line_is_quoted_short() {
        let line = "\0".to_string() + &"9".repeat(50 * 1024 * 1024);
        let err = error(&format!("0,0,0\n1,1,{line}"), TWO);
        assert_eq!(
            err,
            format!(
                "cannot read points: line 2: the label is \"\\0{}… (52428801 characters)\", \
                 which is not a number",
                "9".repeat(38)
            )
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
