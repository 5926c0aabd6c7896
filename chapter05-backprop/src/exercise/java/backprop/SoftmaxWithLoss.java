package backprop;

import toolkit.Matrix;
import toolkit.Todo;

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
        throw Todo.exercise("5.6", "keep the softmax y and the labels, return the mean cross-entropy", "소프트맥스 y와 레이블을 저장하고 평균 교차 엔트로피를 반환하세요");
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
        throw Todo.exercise("5.6", "return (y - t) / N with t one-hot", "t를 원-핫으로 하여 (y - t) / N을 반환하세요");
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
