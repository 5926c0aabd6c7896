package backprop;

import toolkit.Matrix;

/**
 * Exercise 5.3: the affine layer (Affine 계층), a = x·W + b, as a node with forward and backward.
 * Its forward is written for you; replace the {@code throw Todo...} line in backward.
 */
public final class Affine implements Layer {
    private final Matrix W; // (inputs × outputs)
    private final Matrix b; // (1 × outputs), added to every row

    public Affine(Matrix W, Matrix b) {
        b.requireShape(1, W.cols(), "b (one bias per output of W " + W.shape() + ")");
        this.W = W;
        this.b = b;
    }

    /**
     * a = x·W + b for a batch x (samples × inputs); b is added to every row. Keeps x: backward
     * needs it for dW.
     */
    @Override
    public Matrix forward(Matrix x) {
        if (x.cols() != W.rows()) {
            throw new IllegalArgumentException("x is " + x.shape() + " but W is " + W.shape() + ": x needs one column per row of W");
        }
        this.x = x;
        return x.times(W).plus(b);
    }

    private Matrix x;  // the input of the last forward (samples × inputs), kept for dW
    private Matrix dW; // ∂L/∂W from the last backward, W's shape
    private Matrix db; // ∂L/∂b from the last backward, b's shape

    /**
     * Exercise 5.3 · The affine layer, backward.
     *
     * <p>Given dout = ∂L/∂a, (samples × outputs), set the two parameter gradients and return the
     * gradient for the input:
     * <pre>
     *     dW = xᵀ · dout        (inputs × outputs), the shape of W
     *     db = Σ over samples of dout, a (1 × outputs) row: dout.columnSums()
     *     dx = dout · Wᵀ        (samples × inputs), the shape of x
     * </pre>
     * Check the shapes: each gradient has the shape of what it is the gradient of. Every sample
     * used the same W and b, so their gradients add up over the batch. Return a new matrix and
     * leave dout as it is. Example: x = [[1, 2]], W = [[1], [1]], dout = [[3]] gives
     * dW = [[3], [6]], db = [[3]], dx = [[3, 3]].
     *
     * <p>Throw an {@link IllegalStateException} when there was no forward, and an
     * {@link IllegalArgumentException} naming both shapes when dout is not (samples × outputs).
     */
    @Override
    public Matrix backward(Matrix dout) {
        // Exercise 5.3: set dW = x^T dout and db = column sums of dout, return dout W^T
        // 연습 5.3: dW = x^T dout, db = dout의 열 합으로 설정하고 dout W^T를 반환하세요
        if (x == null) throw new IllegalStateException("backward before forward: the affine layer needs x from a forward pass");
        dout.requireShape(x.rows(), W.cols(), "dout (the shape of the last output, " + x.rows() + " samples × " + W.cols() + " outputs)");
        dW = x.transpose().times(dout);
        db = dout.columnSums();
        return dout.times(W.transpose());
    }

    /** W itself (an optimiser changes it in place). */
    public Matrix W() {
        return W;
    }

    /** b itself (an optimiser changes it in place). */
    public Matrix b() {
        return b;
    }

    /** ∂L/∂W from the last backward, or null before the first. */
    public Matrix dW() {
        return dW;
    }

    /** ∂L/∂b from the last backward, or null before the first. */
    public Matrix db() {
        return db;
    }

    @Override
    public long cachedBytes() {
        return x == null ? 0 : 8L * x.rows() * x.cols();
    }

    @Override
    public String name() {
        return "Affine " + W.rows() + "→" + W.cols();
    }
}
