"""NumPy's side of the README's speed case (c): one SGD iteration of the book's two-layer
network, 784-50-10 with ReLU and softmax-with-loss, on a batch of 100: forward, backward,
update. Timed like `asaku bench`: a warm-up, then samples of many iterations, the median
sample reported.

Run single-threaded (the variable must be set before NumPy loads OpenBLAS):

    OPENBLAS_NUM_THREADS=1 python3 crates/core/benches/numpy_sgd.py

Three rows are printed:
- float64, the book's code as written: every layer's backward pass also computes dx;
- float32, the same work in Asaku's precision;
- float32 without the first layer's dx (nothing uses it), the work Asaku's iteration does.
"""

import os
import statistics
import sys
import time

import numpy as np

INPUTS, HIDDEN, CLASSES, BATCH = 784, 50, 10, 100
LEARNING_RATE = 0.1
WARM_UP_SECONDS, SAMPLES, SAMPLE_SECONDS = 0.3, 30, 0.06


def make_network(rng, dtype):
    """He-initialised weights (N(0, 2/n)) and zero biases, as Asaku's benchmark draws them."""
    return {
        "W1": (rng.standard_normal((INPUTS, HIDDEN)) * np.sqrt(2.0 / INPUTS)).astype(dtype),
        "b1": np.zeros(HIDDEN, dtype),
        "W2": (rng.standard_normal((HIDDEN, CLASSES)) * np.sqrt(2.0 / HIDDEN)).astype(dtype),
        "b2": np.zeros(CLASSES, dtype),
    }


def make_batch(rng, dtype):
    """BATCH random "images" with pixels in [0, 1) and one-hot random labels."""
    x = rng.random((BATCH, INPUTS)).astype(dtype)
    t = np.zeros((BATCH, CLASSES), dtype)
    t[np.arange(BATCH), rng.integers(0, CLASSES, BATCH)] = 1
    return x, t


def iteration(net, x, t, first_dx):
    """Affine → ReLU → Affine → softmax with cross-entropy, then back, then W ← W − lr·dW."""
    a1 = x @ net["W1"] + net["b1"]
    mask = a1 <= 0
    z1 = np.where(mask, 0, a1)
    scores = z1 @ net["W2"] + net["b2"]

    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    y = e / e.sum(axis=1, keepdims=True)
    loss = -np.sum(t * np.log(y + 1e-7)) / BATCH

    dscores = (y - t) / BATCH
    grads = {"W2": z1.T @ dscores, "b2": dscores.sum(axis=0)}
    dz1 = dscores @ net["W2"].T
    da1 = np.where(mask, 0, dz1)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    if first_dx:
        grads["x"] = da1 @ net["W1"].T

    lr = net["W1"].dtype.type(LEARNING_RATE)
    for key in ("W1", "b1", "W2", "b2"):
        net[key] -= lr * grads[key]
    return loss


def median_seconds(step):
    """The median, over SAMPLES samples, of the time one call of `step()` takes (after a warm-up)."""
    start, runs = time.perf_counter(), 0
    while time.perf_counter() - start < WARM_UP_SECONDS:
        step()
        runs += 1
    per_call = (time.perf_counter() - start) / runs
    count = max(1, int(SAMPLE_SECONDS / per_call))
    samples = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        for _ in range(count):
            step()
        samples.append((time.perf_counter() - start) / count)
    return statistics.median(samples)


def median_iteration_seconds(dtype, first_dx):
    """The median, over SAMPLES samples, of one iteration's time."""
    rng = np.random.default_rng(1)
    net = make_network(rng, dtype)
    x, t = make_batch(rng, dtype)
    return median_seconds(lambda: iteration(net, x, t, first_dx))


def print_table(title, median_for):
    """Prints `title` and each case's median time per iteration, `median_for(dtype, first_dx)`."""
    threads = os.environ.get("OPENBLAS_NUM_THREADS")
    if threads != "1":
        print(f"note: OPENBLAS_NUM_THREADS is {threads!r}; set it to 1 for single-threaded figures",
              file=sys.stderr)
    print(f"NumPy {np.__version__}, {title}")
    print(f"{'case':<34} {'median':>10} {'per second':>11}")
    for label, dtype, first_dx in [
        ("float64, the book's (with dx)", np.float64, True),
        ("float32, with dx", np.float32, True),
        ("float32, no first-layer dx", np.float32, False),
    ]:
        seconds = median_for(dtype, first_dx)
        print(f"{label:<34} {seconds * 1e6:>8.0f} µs {1 / seconds:>11.0f}")


def main():
    print_table(f"batch {BATCH}, {INPUTS}-{HIDDEN}-{CLASSES} ReLU + softmax", median_iteration_seconds)


if __name__ == "__main__":
    main()
