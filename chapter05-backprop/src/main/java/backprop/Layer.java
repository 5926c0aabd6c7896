package backprop;

import toolkit.Matrix;

/**
 * A layer as a node of the computation graph: {@code forward} maps a batch (samples in rows) to
 * its output and keeps what {@code backward} needs; {@code backward} maps ∂L/∂(output) to
 * ∂L/∂(input) and returns a new matrix (it never writes into {@code dout}: the caller may still
 * need it). Implementations: {@link Affine}, {@link SigmoidLayer}, {@link ReluLayer},
 * {@link TanhLayer}.
 */
public interface Layer {
    /** The output for a batch x: (samples × inputs) in, (samples × outputs) out. */
    Matrix forward(Matrix x);

    /** ∂L/∂x from dout = ∂L/∂(output), which has the shape of the last forward's output. */
    Matrix backward(Matrix dout);

    /** What the last forward kept for backward, in bytes: the memory backprop trades for time. */
    long cachedBytes();

    /** A short name for tables and pictures: "Affine", "ReLU". */
    String name();
}
