//! The bounded history: a million epochs in fixed memory, the chart's series keeping what it
//! promises, the newest epochs exact.

use super::*;

/// A number in `[0, 1)` fixed by `k` (SplitMix64), so every epoch's figures can be made again.
fn noise(k: usize) -> f64 {
    let mut z = (k as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

/// Epoch `e` of a simulated run: a falling, noisy loss with one spike, a test loss that is
/// infinite once, accuracies that wander.
fn stats(e: usize) -> EpochStats {
    let train_loss = if e == 777_777 { 9.0 } else { 1.0 / (1.0 + e as f64 / 5000.0) + 0.1 * noise(e) };
    let test_loss = if e == 5 { f64::INFINITY } else { train_loss + 0.05 + 0.2 * noise(e + 3_000_000) };
    EpochStats {
        epoch: e,
        train_loss,
        test_loss: Some(test_loss),
        train_accuracy: Some(noise(e + 6_000_000)),
        test_accuracy: Some(noise(e + 9_000_000)),
    }
}

/// The first epoch with the lowest (`Less`) or highest (`Greater`) finite `value`.
fn extreme(
    all: &[EpochStats],
    value: fn(&EpochStats) -> Option<f64>,
    better: std::cmp::Ordering,
) -> EpochStats {
    let finite = |s: &&EpochStats| value(s).is_some_and(f64::is_finite);
    let mut found = *all.iter().find(finite).expect("a finite value");
    for s in all.iter().filter(finite) {
        if value(s).unwrap().partial_cmp(&value(&found).unwrap()) == Some(better) {
            found = *s;
        }
    }
    found
}

/// Checks what `decimated` promises for a history of epochs `0..len` of [`stats`].
fn check_decimated(history: &History, len: usize) {
    let all: Vec<EpochStats> = (0..len).map(stats).collect();
    let series = history.decimated();
    assert!(series.len() <= MAX_DECIMATED, "{} points after {len} epochs", series.len());
    assert!(series.windows(2).all(|w| w[0].epoch < w[1].epoch), "in order, once each");
    assert!(series.iter().all(|s| *s == stats(s.epoch)), "every point is a recorded epoch");
    use std::cmp::Ordering::{Greater, Less};
    let train = |s: &EpochStats| Some(s.train_loss);
    let test = |s: &EpochStats| s.test_loss;
    let promised = [
        all[0],
        all[len - 1],
        extreme(&all, train, Less),
        extreme(&all, train, Greater),
        extreme(&all, test, Less),
        extreme(&all, test, Greater),
    ];
    for s in promised {
        assert!(series.contains(&s), "epoch {} missing after {len} epochs", s.epoch);
    }
}

#[test]
fn a_million_epochs_stay_within_the_capacity_and_keep_the_chart_promises() {
    let mut history = History::new();
    let checkpoints = [1, 2, 3, 128, 256, 257, 1000, 4097, 65_536, 777_778, 1_000_000];
    for e in 0..1_000_000 {
        history.push(stats(e));
        assert!(history.recent.len() <= 2 * RECENT && history.older.buckets.len() <= BUCKETS);
        if checkpoints.contains(&(e + 1)) {
            check_decimated(&history, e + 1);
        }
    }
    assert_eq!(history.len(), 1_000_000);
    assert_eq!(history.recent.capacity(), 2 * RECENT, "the exact window never grew");
    assert_eq!(history.older.buckets.capacity(), BUCKETS, "nor did the buckets");
    assert_eq!(history.first(), Some(&stats(0)));
    assert_eq!(history.last(), Some(&stats(999_999)));
}

#[test]
fn the_newest_epochs_are_exactly_what_was_recorded() {
    let mut history = History::new();
    for len in 1..=3000 {
        history.push(stats(len - 1));
        let recent = history.recent();
        assert!(recent.len() >= RECENT.min(len) && recent.len() <= 2 * RECENT);
        let expected: Vec<EpochStats> = (len - recent.len()..len).map(stats).collect();
        assert_eq!(recent, expected.as_slice());
    }
}

#[test]
fn a_short_run_is_charted_whole() {
    let mut history = History::new();
    (0..RECENT).for_each(|e| history.push(stats(e)));
    assert_eq!(history.decimated(), (0..RECENT).map(stats).collect::<Vec<_>>());
}

#[test]
fn the_bests_are_over_every_epoch() {
    let mut history = History::new();
    assert_eq!(history.bests(), Bests::default());
    let len = 20_000;
    (0..len).for_each(|e| history.push(stats(e)));
    let all: Vec<EpochStats> = (0..len).map(stats).collect();
    use std::cmp::Ordering::{Greater, Less};
    let best = |value: fn(&EpochStats) -> Option<f64>, better| {
        let s = extreme(&all, value, better);
        Some(Best { epoch: s.epoch, value: value(&s).unwrap() })
    };
    let bests = history.bests();
    assert_eq!(bests.train_loss, best(|s| Some(s.train_loss), Less));
    assert_eq!(bests.test_loss, best(|s| s.test_loss, Less));
    assert_eq!(bests.train_accuracy, best(|s| s.train_accuracy, Greater));
    assert_eq!(bests.test_accuracy, best(|s| s.test_accuracy, Greater));
}

/// What can be read from a history: its length, ends, bests and newest `RECENT` epochs.
fn readings(history: &History) -> (usize, Option<EpochStats>, Option<EpochStats>, Bests, Vec<EpochStats>) {
    let recent = history.recent();
    let newest = recent[recent.len().saturating_sub(RECENT)..].to_vec();
    (history.len(), history.first().copied(), history.last().copied(), history.bests(), newest)
}

#[test]
fn taking_back_the_newest_epoch_undoes_its_push() {
    for len in [1, 100, 2 * RECENT, 2 * RECENT + 1, 5000] {
        let mut history = History::new();
        (0..len).for_each(|e| history.push(stats(e)));
        let before = readings(&history);
        history.push(EpochStats { train_loss: f64::NAN, ..stats(len) });
        assert_eq!(history.pop().map(|s| s.epoch), Some(len));
        assert_eq!(readings(&history), before, "after {len} epochs");
        check_decimated(&history, len);
        history.pop();
        history.push(stats(len - 1));
        assert_eq!(readings(&history), before, "re-recording the newest epoch after {len}");
        check_decimated(&history, len);
    }
    assert_eq!(History::new().pop(), None);
}
