package backprop;

import grader.api.Expect;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import toolkit.Matrix;

/**
 * Seeded random cases and reference computations for the tests: the same every run, never the lesson's own
 * examples.
 */
final class Cases {
    private Cases() {}

    static final double H = 1e-6;

    static int[] labels(Random rnd, int n, int classes) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = rnd.nextInt(classes);
        return t;
    }

    /**
     * Central differences of f at every entry of {@code at} (restored afterwards): the test's own numerical
     * gradient.
     */
    static Matrix numeric(ToDoubleFunction<Matrix> f, Matrix at) {
        Matrix g = Matrix.zeros(at.rows(), at.cols());
        for (int r = 0; r < at.rows(); r++) {
            for (int c = 0; c < at.cols(); c++) {
                double old = at.get(r, c);
                at.set(r, c, old + H);
                double plus = f.applyAsDouble(at);
                at.set(r, c, old - H);
                double minus = f.applyAsDouble(at);
                at.set(r, c, old);
                g.set(r, c, (plus - minus) / (2 * H));
            }
        }
        return g;
    }

    /** Σ G ⊙ M: a loss whose gradient with respect to M is G, which makes G the "dout" of M. */
    static double weighted(Matrix g, Matrix m) {
        return g.hadamard(m).sum();
    }

    static double[] flat(Matrix m) {
        double[] out = new double[m.rows() * m.cols()];
        for (int r = 0; r < m.rows(); r++) System.arraycopy(m.row(r), 0, out, r * m.cols(), m.cols());
        return out;
    }

    static boolean sameShape(Matrix a, Matrix b) {
        return a != null && b != null && a.rows() == b.rows() && a.cols() == b.cols();
    }

    static String shape(Matrix m) {
        return m == null ? "null" : m.shape();
    }

    /** Checks the shape first (with its own hints), then every entry. */
    static void closeMatrix(String checked, Matrix expected, Matrix got, double tolerance, Hint... hints) {
        Expect.holds(checked + " shape", sameShape(expected, got), expected.shape(), shape(got), hints);
        Expect.close(checked, flat(expected), flat(got), tolerance, hints);
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

    /** The test's own forward of an affine layer. */
    static Matrix affine(Matrix x, Matrix w, Matrix b) {
        return x.times(w).plus(b);
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** The test's own mean cross-entropy of softmax(scores): −mean of each row's log-softmax at its label. */
    static double crossEntropy(Matrix scores, int[] t) {
        double total = 0;
        for (int i = 0; i < scores.rows(); i++) total += Reference.logSoftmax(scores.row(i))[t[i]];
        return -total / scores.rows();
    }

    /** The test's own softmax of every row. */
    static Matrix softmax(Matrix scores) {
        Matrix y = Matrix.zeros(scores.rows(), scores.cols());
        for (int i = 0; i < scores.rows(); i++) {
            double[] p = Reference.softmax(scores.row(i));
            for (int j = 0; j < scores.cols(); j++) y.set(i, j, p[j]);
        }
        return y;
    }

    static String show(Matrix m) {
        return m == null ? "null" : Expect.show(flat(m)) + " " + m.shape();
    }
}
