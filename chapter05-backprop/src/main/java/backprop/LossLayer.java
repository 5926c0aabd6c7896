package backprop;

import toolkit.Matrix;

/**
 * The last node of a network: it turns scores and the correct classes into one number, the loss
 * L, and its backward starts the backward pass with ∂L/∂(scores). The upstream gradient is
 * ∂L/∂L = 1, so {@code backward} takes no argument. Implementations: {@link SoftmaxWithLoss}
 * (several classes) and {@link SigmoidWithBce} (two classes, one score per sample).
 */
public interface LossLayer {
    /** The mean loss over the batch; keeps what backward needs. */
    double forward(Matrix scores, int[] labels);

    /** ∂L/∂(scores) for the last forward, a new (samples × scores) matrix. */
    Matrix backward();

    /** What the last forward kept for backward, in bytes. */
    long cachedBytes();

    /** A short name for tables and pictures. */
    String name();
}
