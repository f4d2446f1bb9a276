"""NumPy's side of the README's digits speed figure: one training iteration of the book's
digits run (chapter 5.7's train_neuralnet.py), 784-50-10 with ReLU and softmax-with-loss: a
batch of 100 drawn at random (np.random.choice) from 8,004 images, forward, backward, update.
The same iteration as `asaku bench`'s cases digits-sgd-step and digits-sgd-dense, timed the
same way (a warm-up, then samples of many iterations, the median sample reported), on the same
images: the 8,004 training digits of the asset dist/digits.bin.gz (gzip, then the "ASKD"
version 1 format of crates/core/src/digits/format.rs; built by `trunk build` or
`node www/build/digits.mjs`), pixels / 255 as the book's normalize=True. Without the asset it
says so and uses synthetic images with the digits' share of non-zero pixels, as Asaku's
benchmark does.

Run single-threaded (the variable must be set before NumPy loads OpenBLAS):

    OPENBLAS_NUM_THREADS=1 python3 crates/core/benches/numpy_digits.py [path/to/digits.bin.gz]

Three rows are printed:
- float64, the book's code as written: every layer's backward pass also computes dx;
- float32, the same work in Asaku's precision;
- float32 without the first layer's dx (nothing uses it), the work Asaku's iteration does.
"""

import gzip
import pathlib
import sys

import numpy as np

from numpy_sgd import BATCH, CLASSES, HIDDEN, INPUTS, iteration, median_seconds, print_table

TRAIN = 8004
WEIGHT_INIT_STD = 0.01
ASSET = pathlib.Path(__file__).resolve().parents[3] / "dist" / "digits.bin.gz"
MAGIC, VERSION, HEADER = b"ASKD", 1, 16
INK = 0.191  # the share of the digits' training pixels that are not 0 (bench.rs DIGITS_INK)


def make_network(rng, dtype):
    """The book's TwoLayerNet: weights N(0, 0.01²), biases 0."""
    return {
        "W1": (WEIGHT_INIT_STD * rng.standard_normal((INPUTS, HIDDEN))).astype(dtype),
        "b1": np.zeros(HIDDEN, dtype),
        "W2": (WEIGHT_INIT_STD * rng.standard_normal((HIDDEN, CLASSES))).astype(dtype),
        "b2": np.zeros(CLASSES, dtype),
    }


def read_digits(path):
    """The training images of a digits asset: (pixels N×784 as bytes, labels N)."""
    data = gzip.decompress(path.read_bytes())
    if data[:4] != MAGIC or int.from_bytes(data[4:6], "little") != VERSION or data[6:8] != bytes([28, 28]):
        sys.exit(f"{path} is not a version {VERSION} digits file (28×28 images)")
    n = int.from_bytes(data[8:12], "little")
    labels = np.frombuffer(data, np.uint8, n, HEADER)
    pixels = np.frombuffer(data, np.uint8, n * INPUTS, HEADER + n).reshape(n, INPUTS)
    return pixels, labels


def make_images(rng, dtype, path):
    """The training digits as the book loads them (pixels / 255, one-hot labels), or without
    the asset TRAIN synthetic images: each pixel 0, or with probability INK a value in (0, 1]."""
    if path.exists():
        pixels, labels = read_digits(path)
        x = (pixels / 255.0).astype(dtype)
    else:
        print(f"note: {path} not found; using synthetic images (build it with `node www/build/digits.mjs`)",
              file=sys.stderr)
        ink = rng.random((TRAIN, INPUTS)) < INK
        x = np.where(ink, 1.0 - rng.random((TRAIN, INPUTS)), 0.0).astype(dtype)
        labels = rng.integers(0, CLASSES, TRAIN)
    t = np.zeros((len(x), CLASSES), dtype)
    t[np.arange(len(x)), labels] = 1
    return x, t


def median_iteration_seconds(dtype, first_dx, path=ASSET):
    """The median, over SAMPLES samples, of one iteration's time, batch drawing included."""
    rng = np.random.default_rng(1)
    net = make_network(rng, dtype)
    x_train, t_train = make_images(rng, dtype, path)

    def step():
        batch_mask = np.random.choice(TRAIN, BATCH)
        iteration(net, x_train[batch_mask], t_train[batch_mask], first_dx)

    return median_seconds(step)


def main():
    np.random.seed(1)
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ASSET
    images = f"the digits of {path}" if path.exists() else "synthetic images"
    print_table(f"random batch of {BATCH} from {TRAIN} ({images}), {INPUTS}-{HIDDEN}-{CLASSES} ReLU + softmax",
                lambda dtype, first_dx: median_iteration_seconds(dtype, first_dx, path))


if __name__ == "__main__":
    main()
