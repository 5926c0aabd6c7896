package backprop;

import toolkit.Matrix;

/**
 * Exercise 5.6: softmax with cross-entropy loss (Softmax-with-Loss 계층), the last node of a
 * classifier. Replace each {@code throw Todo...} line with your code.
 */
public final class SoftmaxWithLoss implements LossLayer {

    /**
     * Exercise 5.6 · Softmax with cross-entropy, forward.
     *
     * <p>For each row n of scores (the logits z, one per class) and its correct class tₙ:
     * <pre>
     *     m = max over j of z[n][j]                  (subtract it: e^1000 overflows)
     *     y[n][j] = e^(z[n][j] − m) / Σₖ e^(z[n][k] − m)        the softmax probabilities
     *     log y[n][tₙ] = (z[n][tₙ] − m) − log Σₖ e^(z[n][k] − m)
     *     L = −(1/N) Σₙ log y[n][tₙ]                 the mean cross-entropy (교차 엔트로피)
     * </pre>
     * Take log y from the second formula (log-softmax), not Math.log(y): a probability that
     * underflowed to 0 would give an infinite loss, and adding a small epsilon inside the log
     * gives a loss whose gradient is no longer exactly (y − t)/N. Keep y and the labels for
     * backward, and return L. Example: scores [[0, 0]], labels {1}: y = [[0.5, 0.5]],
     * L = log 2 = 0.6931.
     *
     * <p>Throw an {@link IllegalArgumentException} when there is not one label per row, or a
     * label is not a column of scores (0 … classes − 1), saying which.
     */
    @Override
    public double forward(Matrix scores, int[] labels) {
        // Exercise 5.6: keep the softmax y and the labels, return the mean cross-entropy
        // 연습 5.6: 소프트맥스 y와 레이블을 저장하고 평균 교차 엔트로피를 반환하세요
        int n = scores.rows();
        int classes = scores.cols();
        if (labels.length != n) {
            throw new IllegalArgumentException(n + " rows of scores but " + labels.length + " labels: one label per row");
        }
        Matrix y = Matrix.zeros(n, classes);
        double total = 0;
        for (int i = 0; i < n; i++) {
            int t = labels[i];
            if (t < 0 || t >= classes) {
                throw new IllegalArgumentException("label " + i + " is " + t + ": classes are 0 … " + (classes - 1));
            }
            double m = scores.get(i, 0);
            for (int j = 1; j < classes; j++) m = Math.max(m, scores.get(i, j));
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                double e = Math.exp(scores.get(i, j) - m);
                y.set(i, j, e);
                sum += e;
            }
            for (int j = 0; j < classes; j++) y.set(i, j, y.get(i, j) / sum);
            total += (scores.get(i, t) - m) - Math.log(sum);
        }
        this.y = y;
        this.labels = labels.clone();
        return -total / n;
    }

    private Matrix y;      // the softmax probabilities of the last forward (samples × classes)
    private int[] labels;  // t, the correct class of each row

    /**
     * Exercise 5.6 · Softmax with cross-entropy, backward.
     *
     * <p>The loss is the end of the graph, so the upstream gradient is ∂L/∂L = 1 and backward
     * takes no argument. Softmax and cross-entropy together have the simplest of gradients:
     * <pre>
     *     ∂L/∂z[n][j] = (y[n][j] − t[n][j]) / N,    t[n][j] = 1 if j = tₙ, else 0 (one-hot)
     * </pre>
     * The 1/N is there because L is a mean over the N rows. Return a new (N × classes) matrix.
     * Example: after the forward above, backward() = [[0.5, −0.5]].
     *
     * <p>Throw an {@link IllegalStateException} when there was no forward.
     */
    @Override
    public Matrix backward() {
        // Exercise 5.6: return (y - t) / N with t one-hot
        // 연습 5.6: t를 원-핫으로 하여 (y - t) / N을 반환하세요
        if (y == null) throw new IllegalStateException("backward before forward: the loss layer needs y and t from a forward pass");
        int n = y.rows();
        Matrix dz = Matrix.zeros(n, y.cols());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < y.cols(); j++) {
                double t = j == labels[i] ? 1 : 0;
                dz.set(i, j, (y.get(i, j) - t) / n);
            }
        }
        return dz;
    }

    /** The softmax probabilities of the last forward (a copy), or null before the first. */
    public Matrix probabilities() {
        return y == null ? null : y.copy();
    }

    @Override
    public long cachedBytes() {
        return y == null ? 0 : 8L * y.rows() * y.cols() + 4L * labels.length;
    }

    @Override
    public String name() {
        return "Softmax with loss";
    }
}
