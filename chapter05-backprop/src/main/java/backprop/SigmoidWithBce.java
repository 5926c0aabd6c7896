package backprop;

import toolkit.Matrix;

/**
 * A sigmoid output with binary cross-entropy (이진 교차 엔트로피), for two classes and one score z
 * per sample: y = σ(z) is the probability of class 1, and
 * <pre>
 *     L = −(1/N) Σ [ t log y + (1 − t) log(1 − y) ],      ∂L/∂z = (y − t) / N.
 * </pre>
 * The loss is computed as softplus(z) − t·z (the same number, rearranged), which never takes the
 * log of 0 and needs no epsilon inside a log, so a gradient check agrees with (y − t)/N to the
 * last digits.
 */
public final class SigmoidWithBce implements LossLayer {

    @Override
    public double forward(Matrix scores, int[] labels) {
        if (scores.cols() != 1) {
            throw new IllegalArgumentException("binary cross-entropy takes one score per sample, so scores must be (N×1), not " + scores.shape());
        }
        if (labels.length != scores.rows()) {
            throw new IllegalArgumentException(scores.rows() + " scores but " + labels.length + " labels: one label per sample");
        }
        int n = scores.rows();
        Matrix y = Matrix.zeros(n, 1);
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] != 0 && labels[i] != 1) throw new IllegalArgumentException("label " + i + " is " + labels[i] + ": binary labels are 0 or 1");
            double z = scores.get(i, 0);
            y.set(i, 0, 1 / (1 + Math.exp(-z)));
            total += softplus(z) - labels[i] * z; // = −[t log σ(z) + (1 − t) log(1 − σ(z))]
        }
        this.y = y;
        this.labels = labels.clone();
        return total / n;
    }

    private Matrix y;      // σ(z), the probabilities of class 1
    private int[] labels;  // t

    @Override
    public Matrix backward() {
        if (y == null) throw new IllegalStateException("backward before forward: the loss layer needs y and t from a forward pass");
        int n = y.rows();
        Matrix dz = Matrix.zeros(n, 1);
        for (int i = 0; i < n; i++) dz.set(i, 0, (y.get(i, 0) - labels[i]) / n);
        return dz;
    }

    /** log(1 + eᶻ), without overflow for large z. */
    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    @Override
    public long cachedBytes() {
        return y == null ? 0 : 8L * y.rows() + 4L * labels.length;
    }

    @Override
    public String name() {
        return "Sigmoid with BCE";
    }
}
