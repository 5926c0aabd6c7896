package backprop;

import java.util.function.Supplier;
import toolkit.Matrix;

/**
 * A trainable matrix of a network and where to find its gradient. The value is the live matrix
 * (optimisers change it in place); the gradient is fetched anew, since each backward pass makes a
 * new one.
 */
public final class Parameter {
    private final String name;
    private final Matrix value;
    private final Supplier<Matrix> grad;

    public Parameter(String name, Matrix value, Supplier<Matrix> grad) {
        this.name = name;
        this.value = value;
        this.grad = grad;
    }

    /** "W1", "b1", ... */
    public String name() {
        return name;
    }

    /** The parameter itself (changing it changes the network). */
    public Matrix value() {
        return value;
    }

    /** ∂L/∂(this parameter) from the last backward pass; an error if there was none. */
    public Matrix grad() {
        Matrix g = grad.get();
        if (g == null) throw new IllegalStateException(name + " has no gradient yet: run a backward pass first");
        g.sameShape(value, "use the gradient of " + name + " with");
        return g;
    }

    @Override
    public String toString() {
        return name + " " + value.shape();
    }
}
