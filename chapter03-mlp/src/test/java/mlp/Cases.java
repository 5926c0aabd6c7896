package mlp;

import grader.Expect;
import grader.Hint;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import toolkit.Matrix;

/** Seeded random cases and the tests' own reference computations: the same every run, never the lesson's examples. */
final class Cases {
    private Cases() {}

    /** A rows × cols matrix of values uniform in (−scale, scale). */
    static Matrix matrix(Random rnd, int rows, int cols, double scale) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) m.set(r, c, (rnd.nextDouble() * 2 - 1) * scale);
        }
        return m;
    }

    /** The test's own x·W + b, written out as loops. */
    static Matrix affine(Matrix x, Matrix w, Matrix b) {
        Matrix a = Matrix.zeros(x.rows(), w.cols());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < w.cols(); j++) {
                double s = b.get(0, j);
                for (int k = 0; k < x.cols(); k++) s += x.get(i, k) * w.get(k, j);
                a.set(i, j, s);
            }
        }
        return a;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The test's own binary cross-entropy: the mean over every entry, predictions clipped to [1e-12, 1 − 1e-12]. */
    static double bce(Matrix p, Matrix y) {
        double sum = 0;
        for (int r = 0; r < p.rows(); r++) {
            for (int c = 0; c < p.cols(); c++) {
                double q = Math.min(Math.max(p.get(r, c), 1e-12), 1 - 1e-12);
                double t = y.get(r, c);
                sum += -(t * Math.log(q) + (1 - t) * Math.log(1 - q));
            }
        }
        return sum / (p.rows() * p.cols());
    }

    /** A named activation, so a failure can say which one was used. */
    record Activation(String name, DoubleUnaryOperator f) {}

    static final Activation[] ACTIVATIONS = {
        new Activation("identity", z -> z),
        new Activation("sigmoid", Cases::sigmoid),
        new Activation("tanh", Math::tanh),
        new Activation("max(0, z)", z -> Math.max(0, z)),
    };

    /** Checks shape, then every entry, naming the entry: "dense(...) entry (2, 0)". */
    static void close(String checked, Matrix expected, Matrix got, double tolerance, Hint... hints) {
        if (got == null) Expect.holds(checked, false, "a " + expected.shape() + " matrix", "null", hints);
        Expect.same(checked + ": the shape", expected.shape(), got.shape(), hints);
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.cols(); c++) {
                Expect.close(checked + " entry (" + r + ", " + c + ")", expected.get(r, c), got.get(r, c), tolerance, hints);
            }
        }
    }

    /** True when both matrices have one shape and agree within tolerance (relative above 1). */
    static boolean near(Matrix a, Matrix b, double tolerance) {
        if (a == null || b == null || a.rows() != b.rows() || a.cols() != b.cols()) return false;
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.cols(); c++) {
                double x = a.get(r, c);
                double y = b.get(r, c);
                if (!(Math.abs(x - y) <= tolerance * Math.max(1, Math.abs(x)))) return false;
            }
        }
        return true;
    }

    static boolean near(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a));
    }

    /** A small matrix on one line, "[[1, 2.5], [3, 4]]"; larger ones by shape only, so a failure fits on a line. */
    static String show(Matrix m) {
        if (m.rows() * m.cols() > 4) return m.shape();
        StringBuilder s = new StringBuilder("[");
        for (int r = 0; r < m.rows(); r++) s.append(r == 0 ? "" : ", ").append(Expect.show(m.row(r)));
        return s.append(']').toString();
    }
}
