package mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import toolkit.Checks;
import toolkit.LabeledData;
import toolkit.Matrix;

/**
 * Full-batch gradient descent on the binary cross-entropy, with every derivative measured by central
 * differences (exercises 3.4 to 3.6). Slow on purpose: chapter 5's backpropagation gets the same
 * gradient for the price of about one extra forward pass.
 */
public final class Training {
    private Training() {}

    /**
     * The h of the central differences. Their error shrinks like h², but rounding in L(θ + h) − L(θ − h)
     * grows like 1/h; around 1e-5 both are near 1e-10.
     */
    public static final double H = 1e-5;

    /**
     * Trains {@code network} in place for {@code steps} steps of θ ← θ − η·∂L/∂θ over all of x at once.
     * Returns the loss before the first step and after every step: steps + 1 values.
     */
    public static double[] train(Network network, Matrix x, Matrix y, double learningRate, int steps) {
        Checks.notNull(network, "network");
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        if (steps < 0) throw new IllegalArgumentException("steps is " + steps + ": it cannot be negative");
        DoubleSupplier loss = () -> Loss.binaryCrossEntropy(network.forward(x), y);
        List<Matrix> parameters = network.parameters();
        double[] losses = new double[steps + 1];
        losses[0] = loss.getAsDouble();
        for (int s = 1; s <= steps; s++) {
            // Measure every derivative at the same point before anything moves: one step, one θ.
            List<Matrix> gradients = new ArrayList<>();
            for (Matrix p : parameters) gradients.add(Gradients.numerical(loss, p, H));
            for (int i = 0; i < parameters.size(); i++) Gradients.descend(parameters.get(i), gradients.get(i), learningRate);
            losses[s] = loss.getAsDouble();
        }
        return losses;
    }

    /** How many times {@link #train} runs the network forward: 2 per parameter per step, plus 1 per step for the loss curve, plus 1 at the start. */
    public static long forwardPasses(Network network, int steps) {
        return (long) steps * (2L * Checks.notNull(network, "network").parameterCount() + 1) + 1;
    }

    /** The samples of a dataset as the rows of a (samples × features) matrix. */
    public static Matrix inputs(LabeledData data) {
        return Matrix.of(Checks.notNull(data, "data").inputs());
    }

    /** The labels of a dataset as a (samples × 1) column of 0s and 1s: the targets y. */
    public static Matrix targets(LabeledData data) {
        double[] y = new double[Checks.notNull(data, "data").size()];
        for (int i = 0; i < y.length; i++) y[i] = data.label(i);
        return Matrix.ofColumn(y);
    }
}
