package mlp;

import java.util.function.DoubleUnaryOperator;
import toolkit.Matrix;

/** Seeded random cases and the tests' own reference computations: the same every run, never the lesson's examples. */
final class Cases {
    private Cases() {}

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
}
