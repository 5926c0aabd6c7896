package backprop;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import toolkit.Matrix;

/**
 * Adam: momentum on the gradient (m) and, per parameter entry, a running mean of the squared
 * gradient (v) that scales each step, so every weight gets a step of about η whatever the size of
 * its gradient.
 * <pre>
 *     m ← β₁m + (1 − β₁)g        v ← β₂v + (1 − β₂)g²
 *     m̂ = m / (1 − β₁ᵗ)           v̂ = v / (1 − β₂ᵗ)        (early steps are not biased to 0)
 *     W ← W − η · m̂ / (√v̂ + ε)
 * </pre>
 */
public final class Adam implements Optimizer {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Matrix, double[][]> moments = new IdentityHashMap<>(); // {m, v} per parameter, flat
    private int step;

    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) throw new IllegalArgumentException("learningRate is " + learningRate + ": it must be a positive number");
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) throw new IllegalArgumentException("β₁ = " + beta1 + " and β₂ = " + beta2 + " must be in [0, 1)");
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void update(List<Parameter> parameters) {
        step++;
        double correction1 = 1 - Math.pow(beta1, step);
        double correction2 = 1 - Math.pow(beta2, step);
        for (Parameter p : parameters) {
            Matrix w = p.value();
            Matrix g = p.grad();
            double[][] mv = moments.computeIfAbsent(w, k -> new double[2][k.rows() * k.cols()]);
            double[] m = mv[0];
            double[] v = mv[1];
            for (int r = 0; r < w.rows(); r++) {
                for (int c = 0; c < w.cols(); c++) {
                    int i = r * w.cols() + c;
                    double gi = g.get(r, c);
                    m[i] = beta1 * m[i] + (1 - beta1) * gi;
                    v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                    double mHat = m[i] / correction1;
                    double vHat = v[i] / correction2;
                    w.set(r, c, w.get(r, c) - learningRate * mHat / (Math.sqrt(vHat) + epsilon));
                }
            }
        }
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "Adam (η = %s)", learningRate);
    }
}
