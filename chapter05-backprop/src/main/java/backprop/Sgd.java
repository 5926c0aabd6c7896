package backprop;

import java.util.List;
import java.util.Locale;

/** Plain stochastic gradient descent: W ← W − η·∂L/∂W. */
public final class Sgd implements Optimizer {
    private final double learningRate;

    public Sgd(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) throw new IllegalArgumentException("learningRate is " + learningRate + ": it must be a positive number");
        this.learningRate = learningRate;
    }

    @Override
    public void update(List<Parameter> parameters) {
        for (Parameter p : parameters) p.value().addInPlace(p.grad(), -learningRate);
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "SGD (η = %s)", learningRate);
    }
}
