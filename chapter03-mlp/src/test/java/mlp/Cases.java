package mlp;

import grader.api.Reference;
import java.util.function.DoubleUnaryOperator;
import toolkit.Matrix;

/**
 * The chapter's own reference computations for the tests; what other chapters use too (random matrices,
 * sigmoid, x·W + b) is in {@link Reference}.
 */
final class Cases {
    private Cases() {}

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
        new Activation("sigmoid", Reference::sigmoid),
        new Activation("tanh", Math::tanh),
        new Activation("max(0, z)", z -> Math.max(0, z)),
    };
}
