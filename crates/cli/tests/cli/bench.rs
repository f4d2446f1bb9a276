//! `asaku bench --quick`: one line per benchmark case with its figures.

use crate::common::asaku;
use asaku_core::bench::Case;

#[test]
fn quick_prints_every_case() {
    let run = asaku(&["bench", "--quick"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut lines = run.stdout.lines();
    assert!(lines.next().unwrap().starts_with("case"), "a header first");
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), Case::ALL.len(), "{}", run.stdout);
    for (row, case) in rows.iter().zip(Case::ALL) {
        let fields: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(fields[0], case.name());
        assert!(["ns", "µs", "ms", "s"].contains(&fields[2]), "a time with its unit: {row}");
        let per_second: f64 = fields[3].parse().expect("iterations per second");
        assert!(per_second > 0.0, "{row}");
        assert!(row.ends_with(case.description()), "{row}");
    }
}
