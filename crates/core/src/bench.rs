//! The benchmark cases, shared by `cargo bench` (criterion) and `asaku bench`, so both measure
//! exactly the same work. [`prepare`] builds a case's state once and returns the closure that
//! runs one iteration of it.

use crate::data::{FeatureSet, PLAYGROUND_DOMAIN};
use crate::digits::{decode, DigitSet, DigitSettings};
use crate::functions::Activation;
use crate::grid::Grid;
use crate::layers::Output;
use crate::network::{Init, Network, NetworkSpec};
use crate::optimizer::{Optimizer, OptimizerKind};
use crate::real::Matrix;
use crate::train::{BatchInputs, Batcher, ExampleColumns, Examples, Settings, Status};
use crate::{rng_from_seed, Rng};
use flate2::read::GzDecoder;
use rand::Rng as _;
use std::hint::black_box;
use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

/// Cells per side of the grid swept by the grid cases.
pub const GRID_RESOLUTION: usize = 100;
/// Mini-batch size of the SGD case (the book's `batch_size = 100`).
pub const SGD_BATCH: usize = 100;
/// Inputs of the SGD case: one 28×28 image.
pub const SGD_INPUTS: usize = 784;
/// Hidden width of the SGD case (the book's `TwoLayerNet(784, 50, 10)`).
pub const SGD_HIDDEN: usize = 50;
/// Classes of the SGD case.
pub const SGD_CLASSES: usize = 10;
/// Learning rate of the SGD case (the book's `learning_rate = 0.1`).
pub const SGD_LEARNING_RATE: f64 = 0.1;
/// Training images the digits case draws its batches from (the digits' training set).
pub const DIGITS_TRAIN: usize = 8_004;
/// The digits asset the digits cases read, relative to the repository's folder (where
/// `trunk build` or `node www/build/digits.mjs` writes it).
pub const DIGITS_ASSET: &str = "dist/digits.bin.gz";
/// The share of the digits' training pixels that are not 0 (measured on the asset: 19.1 %, 150
/// of 784 per image): the synthetic images used without the asset have as many.
pub const DIGITS_INK: f64 = 0.191;

/// One thing worth timing, as the playground and the book use the engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// One training epoch ([`crate::train::Trainer::epoch`]) on the default circle data
    /// (500 points, half for training: 25 batches of 10), 2-8-8-1 tanh with a sigmoid output,
    /// SGD, `f32`, including the end-of-epoch loss and accuracy on both sets.
    Epoch,
    /// One 100×100 [`Grid::sweep`] of 2-4-2-1 tanh (the default network), giving the output and
    /// every hidden neuron's activation, `f32`.
    GridSmall,
    /// One 100×100 [`Grid::sweep`] of a network with six hidden layers of 8 (tanh), `f32`.
    GridDeep,
    /// One SGD iteration of 784-50-10 ReLU with a softmax output on a batch of 100, `f32`:
    /// [`Network::gradient`] (forward, loss, backward) then [`Optimizer::update`], on fixed
    /// seeded data (inputs in `[0, 1)`, one-hot targets).
    Sgd,
    /// One training iteration of the book's digits run (chapter 5.7's: [`DigitSettings::default`]
    /// with ReLU, so 784-50-10 ReLU, softmax, SGD 0.1, as in `benches/numpy_digits.py`), `f32`:
    /// a batch of 100 drawn at random with replacement from the 8,004 training digits
    /// ([`Batcher`]), then the gradient and the update, as the trainer runs it: the images are
    /// mostly zeros, so they are kept as sparse rows and the first layer skips the zero pixels.
    /// The digits are read from [`DIGITS_ASSET`]; without it, from seeded synthetic images with
    /// the digits' share of non-zero pixels ([`DIGITS_INK`]), and the description says so.
    DigitsSgd,
    /// [`Case::DigitsSgd`] on the same images kept dense (every pixel multiplied, zeros
    /// included), as before the sparse rows: what skipping the zeros gains.
    DigitsSgdDense,
}

impl Case {
    /// Every case, in the order they are reported.
    pub const ALL: [Case; 6] =
        [Case::Epoch, Case::GridSmall, Case::GridDeep, Case::Sgd, Case::DigitsSgd, Case::DigitsSgdDense];

    /// A short name for tables and criterion, e.g. `epoch-2-8-8-1`.
    pub fn name(self) -> &'static str {
        match self {
            Case::Epoch => "epoch-2-8-8-1",
            Case::GridSmall => "grid-100-2-4-2-1",
            Case::GridDeep => "grid-100-6x8",
            Case::Sgd => "sgd-784-50-10",
            Case::DigitsSgd => "digits-sgd-step",
            Case::DigitsSgdDense => "digits-sgd-dense",
        }
    }

    /// What one iteration does, in a few words (for the digits cases, also which images).
    pub fn description(self) -> &'static str {
        static SPARSE: OnceLock<String> = OnceLock::new();
        static DENSE: OnceLock<String> = OnceLock::new();
        let digits = || match digits_asset() {
            Some(_) => format!("the 8,004 training digits ({DIGITS_ASSET})"),
            None => format!("8,004 synthetic images, {DIGITS_ASSET} not found"),
        };
        match self {
            Case::Epoch => "one epoch, 250 circle points, 2-8-8-1 tanh, batch 10",
            Case::GridSmall => "100×100 grid sweep, 2-4-2-1 tanh, every neuron",
            Case::GridDeep => "100×100 grid sweep, six hidden layers of 8, every neuron",
            Case::Sgd => "one SGD step, 784-50-10 ReLU + softmax, batch 100",
            Case::DigitsSgd => SPARSE
                .get_or_init(|| format!("one SGD step, 784-50-10, random batch of 100 from {}", digits())),
            Case::DigitsSgdDense => {
                DENSE.get_or_init(|| format!("the same, every pixel multiplied (dense), {}", digits()))
            }
        }
    }
}

/// Builds the state of `case` and returns the closure that runs one iteration of it.
///
/// # Panics
/// If the fixed settings of a case are refused by the engine, or the epoch case's training
/// diverges: both would be bugs.
pub fn prepare(case: Case) -> Box<dyn FnMut()> {
    match case {
        Case::Epoch => epoch(),
        Case::GridSmall => grid_sweep(vec![4, 2]),
        Case::GridDeep => grid_sweep(vec![8; 6]),
        Case::Sgd => sgd(),
        Case::DigitsSgd => digits_sgd(ExampleColumns::new),
        Case::DigitsSgdDense => digits_sgd(ExampleColumns::dense),
    }
}

fn epoch() -> Box<dyn FnMut()> {
    let settings = Settings { hidden: vec![8, 8], ..Settings::default() };
    let mut trainer = settings.build::<f32>().expect("the default settings with 8,8 build");
    Box::new(move || {
        assert_eq!(trainer.epoch(), Status::Training, "the benchmark's training run diverged");
    })
}

fn grid_sweep(hidden: Vec<usize>) -> Box<dyn FnMut()> {
    let features = FeatureSet::default();
    let spec = NetworkSpec {
        inputs: features.len(),
        hidden,
        activation: Activation::Tanh,
        output: Output::Sigmoid,
        outputs: 1,
        init: Init::Xavier,
    };
    let network = Network::<f32>::new(spec, &mut rng_from_seed(1)).expect("a valid benchmark network");
    let mut grid = Grid::new(GRID_RESOLUTION, PLAYGROUND_DOMAIN, &features).expect("a valid resolution");
    Box::new(move || {
        grid.sweep(&network);
        black_box(grid.output());
    })
}

fn sgd() -> Box<dyn FnMut()> {
    let spec = NetworkSpec {
        inputs: SGD_INPUTS,
        hidden: vec![SGD_HIDDEN],
        activation: Activation::Relu,
        output: Output::Softmax,
        outputs: SGD_CLASSES,
        init: Init::He,
    };
    let mut rng = rng_from_seed(1);
    let mut network = Network::<f32>::new(spec, &mut rng).expect("a valid benchmark network");
    let mut optimizer = Optimizer::new(OptimizerKind::Sgd, SGD_LEARNING_RATE).expect("a valid rate");
    let (x, t) = synthetic_images(SGD_BATCH, &mut rng);
    Box::new(move || {
        black_box(network.gradient(&x, &t));
        optimizer.update(network.params_and_grads());
    })
}

/// The digits iteration on the training images stored by `store`.
fn digits_sgd(store: fn(&Examples<f32>) -> ExampleColumns<f32>) -> Box<dyn FnMut()> {
    let settings = DigitSettings { activation: Activation::Relu, ..DigitSettings::default() };
    let mut rng = rng_from_seed(1);
    let mut network = Network::<f32>::new(settings.spec(), &mut rng).expect("the book's network");
    let mut optimizer = Optimizer::new(settings.optimizer, settings.learning_rate).expect("the book's rate");
    let images = match digits_asset() {
        Some(digits) => store(&digits.train.examples()),
        None => store(&synthetic_digits(DIGITS_TRAIN, &mut rng)),
    };
    let mut batcher = Batcher::new(settings.sampling, settings.batch_size, DIGITS_TRAIN);
    let (mut xb, mut tb) = (BatchInputs::default(), Matrix::zeros(0, 0));
    Box::new(move || {
        batcher.next_batch(&mut rng, &images, &mut xb, &mut tb);
        black_box(network.gradient(xb.input(&images), &tb));
        optimizer.update(network.params_and_grads());
    })
}

/// The digits read from [`DIGITS_ASSET`] in the folder the benchmark runs in, or else in the
/// repository's folder (found from this crate's at compile time); `None` when neither holds a
/// digits file with 8,004 training images. Read once.
pub fn digits_asset() -> Option<&'static DigitSet> {
    static DIGITS: OnceLock<Option<DigitSet>> = OnceLock::new();
    let read = |path: &Path| -> Option<DigitSet> {
        let mut bytes = Vec::new();
        GzDecoder::new(std::fs::File::open(path).ok()?).read_to_end(&mut bytes).ok()?;
        decode(&bytes).ok().filter(|d| d.train.count() == DIGITS_TRAIN)
    };
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    DIGITS
        .get_or_init(|| read(Path::new(DIGITS_ASSET)).or_else(|| read(&repository.join(DIGITS_ASSET))))
        .as_ref()
}

/// `n` synthetic digit images: each pixel is 0, or with probability [`DIGITS_INK`] a value in
/// `(0, 1]`; one-hot random labels.
fn synthetic_digits(n: usize, rng: &mut Rng) -> Examples<f32> {
    let x = Matrix::from_fn(n, SGD_INPUTS, |_, _| {
        if rng.random_bool(DIGITS_INK) {
            1.0 - rng.random::<f32>()
        } else {
            0.0
        }
    });
    Examples { x, t: one_hot(n, rng) }
}

/// `n` random "images" with pixels in `[0, 1)` and one-hot random labels.
fn synthetic_images(n: usize, rng: &mut Rng) -> (Matrix<f32>, Matrix<f32>) {
    let x = Matrix::from_fn(n, SGD_INPUTS, |_, _| rng.random::<f32>());
    (x, one_hot(n, rng))
}

/// `n` one-hot rows of random classes.
fn one_hot(n: usize, rng: &mut Rng) -> Matrix<f32> {
    let mut t = Matrix::zeros(n, SGD_CLASSES);
    for row in 0..n {
        t[(row, rng.random_range(0..SGD_CLASSES))] = 1.0;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct() {
        let mut names: Vec<&str> = Case::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Case::ALL.len());
    }

    #[test]
    fn synthetic_images_are_one_hot_with_unit_pixels() {
        let (x, t) = synthetic_images(SGD_BATCH, &mut rng_from_seed(3));
        assert_eq!((x.shape(), t.shape()), ((SGD_BATCH, SGD_INPUTS), (SGD_BATCH, SGD_CLASSES)));
        assert!(x.iter().all(|&v| (0.0..1.0).contains(&v)));
        assert!(t.row_iter().all(|row| row.sum() == 1.0 && row.iter().all(|&v| v == 0.0 || v == 1.0)));
    }

    #[test]
    fn every_case_runs_repeatedly() {
        for case in Case::ALL {
            let mut run = prepare(case);
            run();
            run();
        }
    }
}
