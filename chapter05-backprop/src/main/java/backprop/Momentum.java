package backprop;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import toolkit.Matrix;

/**
 * SGD with momentum (모멘텀): a velocity that remembers past gradients, like a ball rolling downhill.
 * <pre>
 *     v ← μ·v − η·∂L/∂W        W ← W + v
 * </pre>
 * Along a direction where the gradients keep their sign, steps grow to about η/(1 − μ); where
 * they flip sign, they cancel.
 */
public final class Momentum implements Optimizer {
    private final double learningRate;
    private final double mu;
    private final Map<Matrix, Matrix> velocity = new IdentityHashMap<>(); // one v per parameter

    public Momentum(double learningRate, double mu) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) throw new IllegalArgumentException("learningRate is " + learningRate + ": it must be a positive number");
        if (!(mu >= 0 && mu < 1)) throw new IllegalArgumentException("mu is " + mu + ": the momentum must be in [0, 1)");
        this.learningRate = learningRate;
        this.mu = mu;
    }

    @Override
    public void update(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix w = p.value();
            Matrix v = velocity.computeIfAbsent(w, k -> Matrix.zeros(k.rows(), k.cols()));
            v.scaleInPlace(mu).addInPlace(p.grad(), -learningRate); // v keeps its buffer from step to step
            w.addInPlace(v, 1.0);
        }
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "momentum (η = %s, μ = %s)", learningRate, mu);
    }
}
