//! The network's verdicts on the test set found a slice of rows at a time, so that finding the
//! mistakes at an epoch's end (a forward pass over all 1,996 test images) is spread over
//! animation frames like the epoch's evaluation, instead of holding one frame.

use super::inspect::{picked, Mistakes, TestSet};
use asaku_core::digits::CLASSES;
use asaku_core::network::{Evaluator, Network};

/// Where in a run a network was: the updates made before it (`epoch · S + step`).
pub type Moment = usize;

/// The verdicts of the network at one [`Moment`] on the test rows `0..next`: finished when
/// `next` reaches the test set's size.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdicts {
    /// The moment of the network classified.
    pub at: Moment,
    /// Test rows classified so far.
    next: usize,
    /// What they add up to.
    found: Mistakes,
}

impl Verdicts {
    /// Verdicts of the network at `at`, none found yet.
    pub fn new(at: Moment) -> Verdicts {
        Verdicts {
            at,
            next: 0,
            found: Mistakes { confusion: vec![vec![0; CLASSES]; CLASSES], wrong: Vec::new() },
        }
    }

    /// Classifies at most `max_rows` more test rows (at least one, unless finished) with
    /// `network`, which must be the network at [`Verdicts::at`]; returns the rows done.
    pub fn classify(&mut self, test: &TestSet, network: &Network<f32>, max_rows: usize) -> usize {
        let rows = max_rows.max(1).min(test.labels.len() - self.next);
        if rows == 0 {
            return 0;
        }
        let x = test.examples.x.rows(self.next, rows).into_owned();
        let classes = picked(Evaluator::new().run(network, &x));
        for (i, p) in (self.next..).zip(classes) {
            let t = test.labels[i];
            self.found.confusion[t][p] += 1;
            if t != p {
                self.found.wrong.push([i, t, p]);
            }
        }
        self.next += rows;
        rows
    }

    /// Test rows still to classify.
    pub fn pending_rows(&self, test: &TestSet) -> usize {
        test.labels.len() - self.next
    }

    /// The confusion matrix and mistakes, once every test row is classified.
    pub fn finished(&self, test: &TestSet) -> Option<&Mistakes> {
        (self.next == test.labels.len()).then_some(&self.found)
    }
}
