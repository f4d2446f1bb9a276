use super::*;

#[test]
fn the_bowl_from_minus_3_4_with_lr_0_1_reaches_0() {
    let path = descent_path(Func::Bowl, [-3.0, 4.0], 0.1, 100);
    let end = report(Func::Bowl, &path);
    assert_eq!((path.len(), end.step, end.status), (101, 100, Status::Converged));
    assert!(end.x[0].abs() < 1e-9 && end.x[1].abs() < 1e-9, "{:?}", end.x);
    // The book's first step: x ← x − 0.1·(2x) = 0.8·x.
    assert!((path[1][0] + 2.4).abs() < 1e-9 && (path[1][1] - 3.2).abs() < 1e-9, "{:?}", path[1]);
}

#[test]
fn too_large_a_rate_diverges_and_too_small_a_rate_barely_moves() {
    let big = report(Func::Bowl, &descent_path(Func::Bowl, [-3.0, 4.0], 10.0, 100));
    assert_eq!(big.status, Status::Diverging);
    assert!(big.x[0].abs() > 1e10, "the book's lr = 10 ends near −2.6e13: {:?}", big.x);
    assert_eq!(report(Func::Bowl, &descent_path(Func::Bowl, [-3.0, 4.0], 10.0, 1)).status, Status::Diverging);
    let small = report(Func::Bowl, &descent_path(Func::Bowl, [-3.0, 4.0], 1e-10, 100));
    assert_eq!(small.status, Status::Slow);
    assert!((small.x[0] + 3.0).abs() < 1e-7 && (small.x[1] - 4.0).abs() < 1e-7, "{:?}", small.x);
    assert_eq!(report(Func::Bowl, &descent_path(Func::Bowl, [-3.0, 4.0], 0.1, 0)).status, Status::Start);
    // lr = 1 bounces between (−3, 4) and (3, −4) for ever: no lower, so reported as diverging.
    assert_eq!(report(Func::Bowl, &descent_path(Func::Bowl, [-3.0, 4.0], 1.0, 10)).status, Status::Diverging);
    assert_eq!(report(Func::Bowl, &descent_path(Func::Bowl, [0.0, 0.0], 0.1, 5)).status, Status::Converged);
}

#[test]
fn the_gradient_is_the_books() {
    let g = Func::Bowl.gradient(&[3.0, 4.0]);
    assert!((g[0] - 6.0).abs() < 1e-6 && (g[1] - 8.0).abs() < 1e-6, "{g:?}");
    let g = Func::Valley.gradient(&[-7.0, 2.0]);
    assert!((g[0] + 0.7).abs() < 1e-6 && (g[1] - 4.0).abs() < 1e-6, "{g:?}");
    assert_eq!(Func::parse("valley"), Some(Func::Valley));
    assert_eq!(Func::parse("cone"), None);
}

#[test]
fn every_optimizer_of_the_race_ends_nearer_the_minimum() {
    let runners = race();
    assert_eq!(runners.len(), optimizers().len());
    assert_eq!(
        runners.iter().map(|r| (r.name, r.lr)).collect::<Vec<_>>()[..],
        [
            ("sgd", 0.95),
            ("momentum", 0.1),
            ("nesterov", 0.1),
            ("adagrad", 1.5),
            ("rmsprop", 0.3),
            ("adam", 0.3)
        ]
    );
    let start = RACE_START[0].hypot(RACE_START[1]);
    for r in &runners {
        assert_eq!(r.path.len(), RACE_STEPS + 1);
        let end = r.path[RACE_STEPS];
        assert!(end[0].hypot(end[1]) < start, "{} ends at {end:?}", r.name);
    }
    // SGD's first step: x ← −7 + 0.95·0.7 = −6.335, y ← 2 − 0.95·4 = −1.8.
    let sgd = runners[0].path[1];
    assert!((sgd[0] + 6.335).abs() < 1e-6 && (sgd[1] + 1.8).abs() < 1e-6, "{sgd:?}");
    // Nesterov moves with the velocity from before the step, 0 at first: x ← −7 + 1.9·0.1·0.7 =
    // −6.867, y ← 2 − 1.9·0.1·4 = 1.24 (the older order, velocity first, gave (−6.8103, 0.916)).
    let nesterov = runners[2].path[1];
    assert!((nesterov[0] + 6.867).abs() < 1e-6 && (nesterov[1] - 1.24).abs() < 1e-6, "{nesterov:?}");
}
