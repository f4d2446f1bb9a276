//! The digits handle's parts on a small made-up digits file (each digit a bar of its own row,
//! with seeded noise): training in bounded slices, the confusion matrix and mistakes, inference
//! one at a time and in batches, and the reader's reasons as notices.

use super::inspect::TestSet;
use super::pictures::atlas_size;
use super::settings;
use super::training::{rows_per_step, Training};
use super::verdicts::Verdicts;
use crate::notice::Notice;
use asaku_core::digits::{decode, DigitSet, MAGIC, VERSION};

/// A digits file of `train` and `test` images: digit `d` is a bright bar on row `4 + 2d`, over
/// noise from a multiplicative hash of `seed` and the pixel's place.
fn file(train: u32, test: u32, seed: u64) -> Vec<u8> {
    let mut place = seed;
    let mut noise = move || {
        place += 1;
        (place.wrapping_mul(2_654_435_761) >> 16) % 60
    };
    let mut bytes = MAGIC.to_vec();
    bytes.extend(VERSION.to_le_bytes());
    bytes.extend([28, 28]);
    bytes.extend(train.to_le_bytes());
    bytes.extend(test.to_le_bytes());
    for n in [train, test] {
        let labels: Vec<u8> = (0..n).map(|i| (i % 10) as u8).collect();
        bytes.extend(&labels);
        for &d in &labels {
            let row = 4 + 2 * usize::from(d);
            bytes.extend((0..784).map(|k| {
                if k / 28 == row && (4..24).contains(&(k % 28)) {
                    250
                } else {
                    noise() as u8
                }
            }));
        }
    }
    bytes
}

fn set() -> DigitSet {
    decode(&file(400, 100, 3)).expect("a well-formed file")
}

fn test_set(set: &DigitSet) -> TestSet {
    let labels = (0..set.test.count()).map(|i| usize::from(set.test.label(i))).collect();
    TestSet { examples: set.test.examples(), labels }
}

fn training(set: &DigitSet, query: &str) -> Training {
    let (settings, notices) = settings::read(query);
    assert!(notices.is_empty(), "{notices:?}");
    Training::new(settings.build(set).unwrap())
}

#[test]
fn a_call_trains_at_most_the_steps_asked_and_stops_at_the_epoch_asked() {
    let set = set();
    let test = test_set(&set);
    let mut run = training(&set, "batch=40");
    assert_eq!((run.trainer().steps_per_epoch(), rows_per_step(run.trainer())), (10, 20));
    // The verdicts on the 100 test images at the start (5 steps' worth), then 2 steps.
    assert_eq!(run.advance(7, None, &test), 7);
    assert_eq!((run.report().updates, run.report().mistakes_at), (2, Some(0)));
    assert_eq!(run.advance(6, Some(1), &test), 6);
    // A budget of 5 that crosses the epoch's end: 2 steps, then 60 rows of epoch 1's evaluation
    // of the 500 images (20 rows per step of the budget), not the whole of it, and no more steps.
    assert_eq!(run.advance(5, None, &test), 5);
    assert_eq!((run.trainer().epoch_count(), run.trainer().step_in_epoch()), (1, 0));
    assert_eq!((run.trainer().history().len(), run.trainer().pending_rows()), (1, 440));
    assert_eq!(run.advance(20, Some(1), &test), 20);
    assert_eq!(run.trainer().pending_rows(), 40);
    assert_eq!(run.report().mistakes_at, Some(0), "the last mistakes found stay until new ones are");
    // The last 40 rows of the evaluation, then the verdicts on the 100 test images: 7 steps.
    assert_eq!(run.advance(1000, Some(1), &test), 7);
    assert_eq!(run.trainer().history().len(), 2);
    assert_eq!(run.advance(1000, Some(1), &test), 0);
    let r = run.report();
    assert_eq!((r.epoch, r.step_in_epoch, r.updates, run.batch_losses().len()), (1, 0, 10, 10));
    assert_eq!(r.mistakes_at, Some(10), "found on the network that ended epoch 1");
    assert!(r.updates_per_second.is_some_and(|u| u > 0.0));
    assert_eq!(r.images_per_second, r.updates_per_second.map(|u| u * 40.0));
    // A frame's steps shrink as the step grows.
    assert!(run.frame_steps() > training(&set, "batch=100&hidden=200").frame_steps());
}

#[test]
fn stopping_finishes_an_epochs_end_and_finds_the_mistakes_of_the_network_now() {
    let set = set();
    let test = test_set(&set);
    let mut run = training(&set, "batch=10");
    assert_eq!(run.report().mistakes_at, None);
    assert_eq!(run.mistakes(&test).confusion.iter().flatten().sum::<usize>(), 100, "none yet: found at once");
    assert_eq!(run.report().mistakes_at, Some(0));
    run.advance(45, None, &test);
    assert!(run.trainer().evaluation_pending());
    run.finish_evaluation(&test);
    assert_eq!(run.trainer().pending_rows(), 0);
    assert_eq!(run.report().mistakes_at, Some(40), "the verdicts at epoch 1's end are finished too");
    run.advance(3, None, &test);
    assert_eq!(run.report().mistakes_at, Some(40), "kept while training within the epoch");
    run.finish_evaluation(&test);
    assert_eq!(run.report().mistakes_at, Some(43), "stopped within the epoch: the network now");
    assert_eq!(run.mistakes(&test).confusion.iter().flatten().sum::<usize>(), 100);
}

#[test]
fn verdicts_found_a_slice_at_a_time_equal_those_found_at_once() {
    let set = set();
    let test = test_set(&set);
    let mut run = training(&set, "activation=relu&optimizer=adam&lr=0.01&batch=10");
    while run.advance(1000, Some(2), &test) > 0 {}
    let network = run.trainer().network();
    let mut sliced = Verdicts::new(0);
    let mut slices = 0;
    while sliced.finished(&test).is_none() {
        let expected = sliced.pending_rows(&test).min(7);
        assert_eq!(sliced.classify(&test, network, 7), expected);
        slices += 1;
    }
    assert_eq!(slices, 15, "100 rows, 7 at a time");
    assert_eq!(sliced.classify(&test, network, 7), 0, "nothing left");
    let mut whole = Verdicts::new(0);
    assert_eq!(whole.classify(&test, network, usize::MAX), 100);
    assert_eq!(sliced.finished(&test), whole.finished(&test));
}

#[test]
fn the_confusion_matrix_counts_every_test_image_and_both_inference_passes_agree() {
    let set = set();
    let test = test_set(&set);
    let mut run = training(&set, "activation=relu&optimizer=adam&lr=0.01&batch=10");
    while run.advance(1000, Some(5), &test) > 0 {}
    let mistakes = run.mistakes(&test).clone();
    let all: usize = mistakes.confusion.iter().flatten().sum();
    let right: usize = (0..10).map(|d| mistakes.confusion[d][d]).sum();
    assert_eq!(all, 100);
    assert_eq!(mistakes.wrong.len(), all - right);
    assert!(mistakes.wrong.iter().all(|&[i, t, p]| t != p && test.labels[i] == t));
    assert!(right >= 90, "ten bars on ten rows are learnt: {right} right");
    let inference = test.time_inference(run.trainer().network());
    assert_eq!((inference.one.products, inference.batched.products), (100, 1));
    assert_eq!((inference.one.right, inference.batched.right), (right, right));
    assert_eq!(inference.widths, vec![784, 50, 10]);
}

#[test]
fn a_damaged_file_is_a_sentence_of_the_pages_table() {
    let bytes = file(10, 10, 1);
    let notice = |bytes: &[u8]| Notice::from(&decode(bytes).unwrap_err());
    assert_eq!(notice(&bytes[..9]).key, "digits.decode.header");
    assert_eq!(notice(&bytes[..bytes.len() - 1]).key, "digits.decode.length");
    let mut other = bytes.clone();
    other[0] = b'X';
    assert_eq!(notice(&other).key, "digits.decode.magic");
    let mut label = bytes.clone();
    label[16 + 2] = 12;
    let n = notice(&label);
    assert_eq!(n.key, "digits.decode.labelTraining");
    assert_eq!(
        format!("{:?}", n.vars),
        format!("{:?}", Notice::new("x", [("number", "3".into()), ("label", "12".into())]).vars)
    );
}

#[test]
fn the_weights_atlas_holds_ten_tiles_a_row() {
    assert_eq!(atlas_size(50), (298, 148));
    assert_eq!(atlas_size(3), (88, 28));
}

/// A digits handle on the made-up file, with the tab's `query`.
#[test]
fn a_links_epoch_is_asked_within_the_cap_and_the_url_says_the_epochs_trained() {
    let lab = small_lab("hidden=8&batch=10&epoch=3");
    assert_eq!((lab.asked_epoch(), lab.notices().len()), (3, 0));
    // 400 training images at batch 10: 40 updates an epoch, so the update cap decides.
    let mut far = small_lab("batch=10&epoch=100000");
    let cap = (super::MAX_LINK_UPDATES / 40).min(super::MAX_LINK_EPOCHS);
    assert_eq!(far.asked_epoch() as usize, cap);
    assert!(
        far.notices()[0].to_string().contains(&format!("so it trains to epoch {cap}.")),
        "{:?}",
        far.notices()
    );
    assert!(!far.query().contains("epoch"), "nothing trained yet: {}", far.query());
    while far.advance(1000, Some(1)) > 0 {}
    assert!(far.query().ends_with("&epoch=1"), "the epochs completed: {}", far.query());
    far.reset();
    assert!(!far.query().contains("epoch"), "{}", far.query());
}

pub(super) fn small_lab(query: &str) -> super::DigitsLab {
    super::DigitsLab::new(&file(400, 100, 3), query).expect("a well-formed file")
}
