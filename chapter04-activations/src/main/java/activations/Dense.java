package activations;

import static toolkit.Checks.notNull;

import toolkit.Matrix;

/**
 * One fully connected layer and its activation: a = f(z) with z = x·W + b. Its backward pass sits
 * right under its forward pass, and keeps what it found (∂L/∂z, ∂L/∂W, ∂L/∂b) for the lesson to
 * measure. It is complete lesson code: the network this chapter needs to watch gradients vanish.
 */
public final class Dense {
    private final Matrix weights; // W: (inputs × outputs)
    private final Matrix bias;    // b: (1 × outputs), added to every sample's row
    private final Activation activation;

    // What forward saw, for backward.
    private Matrix x; // (samples × inputs)
    private Matrix z; // (samples × outputs): the pre-activation

    // What backward found.
    private Matrix dz;
    private Matrix dW;
    private Matrix db;

    public Dense(Matrix weights, Matrix bias, Activation activation) {
        notNull(weights, "weights");
        notNull(bias, "bias").requireShape(1, weights.cols(), "the bias of a layer with " + weights.cols() + " outputs");
        notNull(activation, "activation");
        this.weights = weights.copy();
        this.bias = bias.copy();
        this.activation = activation;
    }

    /** a = f(x·W + b), for x of shape (samples × inputs). */
    public Matrix forward(Matrix x) {
        Matrix z = notNull(x, "x").times(weights).plus(bias); // a wrong shape is refused before anything changes
        this.x = x.copy(); // a copy: the caller may reuse its matrix before backward reads x
        this.z = z;
        this.dz = null;
        this.dW = null;
        this.db = null;
        return z.map(activation.f());
    }

    /**
     * Given dout = ∂L/∂a (samples × outputs), returns ∂L/∂x (samples × inputs) and keeps ∂L/∂z,
     * ∂L/∂W and ∂L/∂b. dout itself is not changed: the caller may still need it.
     */
    public Matrix backward(Matrix dout) {
        if (z == null) throw new IllegalStateException("backward before forward: run forward(x) first, backward uses its x and z");
        notNull(dout, "dout").sameShape(z, "pass back the gradient"); // refused before dz, dW, db change
        dz = dout.hadamard(z.map(activation.df())); // ∂L/∂z = ∂L/∂a ⊙ f'(z): the activation's local derivative
        dW = x.transpose().times(dz);                // ∂L/∂W = xᵀ·∂L/∂z
        db = dz.columnSums();                        // ∂L/∂b = Σ over samples of ∂L/∂z
        return dz.times(weights.transpose());        // ∂L/∂x = ∂L/∂z·Wᵀ, what the layer below receives
    }

    public Activation activation() {
        return activation;
    }

    /** ∂L/∂z from the last backward pass. */
    public Matrix dz() {
        return requireBackward(dz);
    }

    /** ∂L/∂W from the last backward pass. */
    public Matrix dW() {
        return requireBackward(dW);
    }

    /** ∂L/∂b from the last backward pass. */
    public Matrix db() {
        return requireBackward(db);
    }

    private static Matrix requireBackward(Matrix m) {
        if (m == null) throw new IllegalStateException("no gradient yet: run forward, then backward");
        return m;
    }
}
