//! Criterion benchmarks of the engine: the cases of [`asaku_core::bench`], which `asaku bench`
//! also runs, so both report the same work. Run with `cargo bench -p asaku-core --bench engine`.

use asaku_core::bench::{prepare, Case};
use criterion::{criterion_group, criterion_main, Criterion};

/// Times one iteration of every case.
fn engine(c: &mut Criterion) {
    for case in Case::ALL {
        let mut run = prepare(case);
        c.bench_function(case.name(), |b| b.iter(&mut run));
    }
}

criterion_group!(benches, engine);
criterion_main!(benches);
