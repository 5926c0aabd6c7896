package backprop;

import grader.api.Expect;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import toolkit.Matrix;

/**
 * Seeded random cases and the chapter's own helpers for the tests: the same every run, never the lesson's
 * own examples. What other chapters need too (random matrices, sigmoid, affine, softmax, cross-entropy,
 * central differences, matrix checks) is in {@link Reference} and {@link Expect}.
 */
final class Cases {
    private Cases() {}

    static final double H = 1e-6;

    static int[] labels(Random rnd, int n, int classes) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = rnd.nextInt(classes);
        return t;
    }

    /** The test's own numerical gradient of f at {@code at}: central differences with step H, entry by entry. */
    static Matrix numeric(ToDoubleFunction<Matrix> f, Matrix at) {
        return Reference.gradient(f, at, H);
    }

    /** Σ G ⊙ M: a loss whose gradient with respect to M is G, which makes G the "dout" of M. */
    static double weighted(Matrix g, Matrix m) {
        return g.hadamard(m).sum();
    }

    /** What a caller does with a matrix it handed over and still holds: writes new numbers into it. */
    static void overwrite(Matrix m) {
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) m.set(r, c, -3 * m.get(r, c) + 7);
        }
    }

    /**
     * Runs a call of student code; a shape error (which Matrix throws when two shapes do not fit)
     * becomes a failed check with the hints, instead of a crash. A Todo passes through untouched.
     */
    static <T> T attempt(String checked, Supplier<T> call, Hint... hints) {
        try {
            return call.get();
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException e) {
            Expect.holds(checked, false, "a result",
                    e.getClass().getSimpleName() + " \"" + e.getMessage() + "\"", hints);
            return null;
        }
    }
}
