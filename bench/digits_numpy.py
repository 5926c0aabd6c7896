#!/usr/bin/env python3
"""The digits network of chapter 5 in NumPy, for bench/digits-vs-numpy.sh.

Same data (the chapter's shipped digits.csv.gz, pixels / 16), same split, same network
(64-64-10, ReLU, softmax with cross-entropy), same initialisation scheme (He for W1, Xavier for
W2, zero biases), same SGD (batch 32, learning rate 0.1, 30 epochs) and the same per-epoch work
(running training loss and accuracy, then loss and accuracy on the test set) as
backprop.DigitsBenchmark. The split and the shuffles use a port of java.util.Random, so both
programs see the same images in the same order; the initial weights come from the same generator
(nextGaussian) too, up to the last bit of a logarithm.

Prints one line:
    numpy hidden=64 train_seconds=0.345 cpu_seconds=0.340 test_accuracy=0.9639 final_train_loss=0.0761
train_seconds is wall time; cpu_seconds the CPU time of the process (all its threads).
    python3 digits_numpy.py [--hidden N]     the hidden width (default 64)
    python3 digits_numpy.py --kernel         which BLAS, kernel and threads NumPy uses, then exits
"""
import gzip
import math
import os
import sys
import time

import numpy as np

SPLIT_SEED, INIT_SEED, SHUFFLE_SEED = 5, 1, 2
HIDDEN, EPOCHS, BATCH, LEARNING_RATE, TEST_FRACTION = 64, 30, 32, 0.1, 0.2
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "chapter05-backprop", "src", "main", "resources", "backprop", "digits.csv.gz")


class JavaRandom:
    """java.util.Random: the 48-bit linear congruential generator the JDK specifies."""

    MASK = (1 << 48) - 1

    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & self.MASK
        self.next_gaussian_value = None

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & self.MASK
        r = self.seed >> (48 - bits)
        return r - (1 << bits) if r >= 1 << (bits - 1) and bits == 32 else r

    def next_int(self, bound):
        r = self.next(31)
        m = bound - 1
        if bound & m == 0:
            return (bound * r) >> 31
        u = r
        while True:
            r = u % bound
            if u - r + m < (1 << 31):  # Java: u - r + m < 0 after int overflow
                return r
            u = self.next(31)

    def next_double(self):
        return ((self.next(26) << 27) + self.next(27)) * (1.0 / (1 << 53))

    def next_gaussian(self):
        if self.next_gaussian_value is not None:
            v, self.next_gaussian_value = self.next_gaussian_value, None
            return v
        while True:
            v1 = 2 * self.next_double() - 1
            v2 = 2 * self.next_double() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        multiplier = math.sqrt(-2 * math.log(s) / s)
        self.next_gaussian_value = v2 * multiplier
        return v1 * multiplier

    def permutation(self, n):
        """toolkit.Rng.permutation: 0 … n−1 shuffled by Fisher–Yates from the end."""
        p = list(range(n))
        for i in range(n - 1, 0, -1):
            j = self.next_int(i + 1)
            p[i], p[j] = p[j], p[i]
        return np.array(p)


def gaussian(rows, cols, std, rng):
    return np.array([std * rng.next_gaussian() for _ in range(rows * cols)]).reshape(rows, cols)


def load():
    with gzip.open(DATA, "rt") as f:
        data = np.loadtxt(f, delimiter=",")
    return data[:, :64] / 16.0, data[:, 64].astype(int)


def split(x, y):
    order = JavaRandom(SPLIT_SEED).permutation(len(y))
    test = math.ceil(TEST_FRACTION * len(y))
    return x[order[test:]], y[order[test:]], x[order[:test]], y[order[:test]]


def softmax_loss(scores, t):
    """Softmax probabilities and the summed cross-entropy −Σ log y[t], by log-sum-exp."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    total = e.sum(axis=1, keepdims=True)
    log_y_t = shifted[np.arange(len(t)), t] - np.log(total[:, 0])
    return e / total, -log_y_t.sum()


def train(x, y, x_test, y_test, hidden):
    rng = JavaRandom(INIT_SEED)
    w1 = gaussian(64, hidden, math.sqrt(2.0 / 64), rng)
    w2 = gaussian(hidden, 10, math.sqrt(1.0 / hidden), rng)
    b1 = np.zeros(hidden)
    b2 = np.zeros(10)
    shuffle = JavaRandom(SHUFFLE_SEED)
    n = len(y)
    # The epochs' orders, drawn before the clock starts: the pure-Python port of java.util.Random
    # costs about 0.1 s for these, which np.random would not (Java draws its orders in the loop,
    # in well under a millisecond).
    orders = [shuffle.permutation(n) for _ in range(EPOCHS)]
    history = []
    t0 = time.perf_counter()
    c0 = time.process_time()
    for epoch in range(EPOCHS):
        order = orders[epoch]
        loss_sum, correct = 0.0, 0
        for start in range(0, n, BATCH):
            rows = order[start:start + BATCH]
            xb, tb = x[rows], y[rows]
            m = len(tb)
            h = np.maximum(xb @ w1 + b1, 0)          # forward, keeping h for backward
            scores = h @ w2 + b2
            correct += int((scores.argmax(axis=1) == tb).sum())
            probs, loss = softmax_loss(scores, tb)
            loss_sum += loss
            ds = probs
            ds[np.arange(m), tb] -= 1
            ds /= m                                  # (y − t) / N
            dw2 = h.T @ ds
            db2 = ds.sum(axis=0)
            dh = (ds @ w2.T) * (h > 0)               # ReLU's mask
            dw1 = xb.T @ dh
            db1 = dh.sum(axis=0)
            w1 -= LEARNING_RATE * dw1
            b1 -= LEARNING_RATE * db1
            w2 -= LEARNING_RATE * dw2
            b2 -= LEARNING_RATE * db2
        test_scores = np.maximum(x_test @ w1 + b1, 0) @ w2 + b2
        _, test_loss = softmax_loss(test_scores, y_test)
        test_accuracy = float((test_scores.argmax(axis=1) == y_test).mean())
        history.append((loss_sum / n, correct / n, test_loss / len(y_test), test_accuracy))
    return time.perf_counter() - t0, time.process_time() - c0, history


def kernel():
    """The BLAS NumPy runs: from threadpoolctl where it is installed, else from OpenBLAS itself."""
    try:
        from threadpoolctl import threadpool_info
        return "; ".join("%s %s, kernel %s, %s threads" % (i.get("internal_api"), i.get("version"),
                                                          i.get("architecture"), i.get("num_threads"))
                         for i in threadpool_info())
    except ImportError:
        pass
    import ctypes, glob
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*"))
    for lib in libs:
        blas = ctypes.CDLL(lib)  # the library NumPy has loaded already: the same handle
        for prefix in ("scipy_openblas_", "openblas_"):
            for suffix in ("64_", ""):
                name = prefix + "get_corename" + suffix
                if hasattr(blas, name):
                    corename = getattr(blas, name)
                    corename.restype = ctypes.c_char_p
                    threads = getattr(blas, prefix + "get_num_threads" + suffix)
                    return "OpenBLAS (%s), kernel %s, %d threads (from OpenBLAS; threadpoolctl is not installed)" % (
                        os.path.basename(lib), corename().decode(), threads())
    return "unknown BLAS (no threadpoolctl, no bundled OpenBLAS found)"


def main():
    if "--kernel" in sys.argv:
        print("NumPy %s: %s" % (np.__version__, kernel()))
        return 0
    hidden = int(sys.argv[sys.argv.index("--hidden") + 1]) if "--hidden" in sys.argv else HIDDEN
    x, y = load()
    x_train, y_train, x_test, y_test = split(x, y)
    assert len(y_train) == 1437 and len(y_test) == 360, (len(y_train), len(y_test))
    seconds, cpu, history = train(x_train, y_train, x_test, y_test, hidden)
    print("numpy hidden=%d train_seconds=%.4f cpu_seconds=%.4f test_accuracy=%.4f final_train_loss=%.4f"
          % (hidden, seconds, cpu, history[-1][3], history[-1][0]))


if __name__ == "__main__":
    sys.exit(main())
