"""NumPy's side of the README's digits speed figure: one training iteration of the book's
digits run (chapter 5.7's train_neuralnet.py), 784-50-10 with ReLU and softmax-with-loss: a
batch of 100 drawn at random (np.random.choice) from 8,004 images, forward, backward, update.
The same work as `asaku bench`'s case digits-sgd-step, timed the same way (a warm-up, then
samples of many iterations, the median sample reported). Like that case it runs on seeded
random pixels in [0, 1) with the digits' shape: the work does not depend on the values.

Run single-threaded (the variable must be set before NumPy loads OpenBLAS):

    OPENBLAS_NUM_THREADS=1 python3 crates/core/benches/numpy_digits.py

Three rows are printed:
- float64, the book's code as written: every layer's backward pass also computes dx;
- float32, the same work in Asaku's precision;
- float32 without the first layer's dx (nothing uses it), the work Asaku's iteration does.
"""


import numpy as np

from numpy_sgd import BATCH, CLASSES, HIDDEN, INPUTS, iteration, median_seconds, print_table

TRAIN = 8004
WEIGHT_INIT_STD = 0.01


def make_network(rng, dtype):
    """The book's TwoLayerNet: weights N(0, 0.01²), biases 0."""
    return {
        "W1": (WEIGHT_INIT_STD * rng.standard_normal((INPUTS, HIDDEN))).astype(dtype),
        "b1": np.zeros(HIDDEN, dtype),
        "W2": (WEIGHT_INIT_STD * rng.standard_normal((HIDDEN, CLASSES))).astype(dtype),
        "b2": np.zeros(CLASSES, dtype),
    }


def make_images(rng, dtype):
    """TRAIN random "images" with pixels in [0, 1) and one-hot random labels."""
    x = rng.random((TRAIN, INPUTS)).astype(dtype)
    t = np.zeros((TRAIN, CLASSES), dtype)
    t[np.arange(TRAIN), rng.integers(0, CLASSES, TRAIN)] = 1
    return x, t


def median_iteration_seconds(dtype, first_dx):
    """The median, over SAMPLES samples, of one iteration's time, batch drawing included."""
    rng = np.random.default_rng(1)
    net = make_network(rng, dtype)
    x_train, t_train = make_images(rng, dtype)

    def step():
        batch_mask = np.random.choice(TRAIN, BATCH)
        iteration(net, x_train[batch_mask], t_train[batch_mask], first_dx)

    return median_seconds(step)


def main():
    np.random.seed(1)
    print_table(f"random batch of {BATCH} from {TRAIN}, {INPUTS}-{HIDDEN}-{CLASSES} ReLU + softmax",
                median_iteration_seconds)


if __name__ == "__main__":
    main()
