package backprop;

import toolkit.Matrix;
import toolkit.Rng;

/**
 * The digits network (inputs → hidden ReLU → outputs, softmax with cross-entropy) trained by
 * mini-batch SGD, written for speed: every matrix is a flat double[] in row-major order, every
 * buffer is allocated once, and the loops run in the order that reads memory sequentially.
 *
 * <p>It computes exactly what {@link TwoLayerNet} with {@link Affine}, {@link ReluLayer} and
 * {@link SoftmaxWithLoss} computes, sum for sum in the same order (a test checks that both reach
 * the same weights), only without allocating. What it skips: the affine layer's dx for the first
 * layer (nobody needs the gradient of the pixels), products with a pixel or an activation that
 * is exactly 0 (about half the digit pixels and the dead ReLUs), and the cache objects.
 */
public final class FastMlp {
    public final int inputs;
    public final int hidden;
    public final int outputs;
    private final int maxBatch;

    // parameters, row-major: w1 (inputs × hidden), w2 (hidden × outputs)
    final double[] w1;
    final double[] b1;
    final double[] w2;
    final double[] b2;

    // one batch's forward values (the cache backward needs) and gradients, allocated once
    private final double[] x;   // (batch × inputs) the inputs
    private final double[] h;   // (batch × hidden) ReLU(x·W1 + b1); h > 0 is the ReLU mask
    private final double[] s;   // (batch × outputs) scores, then softmax probabilities
    private final double[] ds;  // (batch × outputs) ∂L/∂scores = (y − t)/N
    private final double[] dh;  // (batch × hidden) ∂L/∂(x·W1 + b1)
    private final double[] dw1;
    private final double[] db1;
    private final double[] dw2;
    private final double[] db2;

    /** Correct predictions in the last {@link #trainBatch}, counted before the update. */
    private int lastCorrect;

    public FastMlp(Matrix w1, Matrix b1, Matrix w2, Matrix b2, int maxBatch) {
        b1.requireShape(1, w1.cols(), "b1");
        w2.requireShape(w1.cols(), w2.cols(), "W2 (its rows are W1's columns)");
        b2.requireShape(1, w2.cols(), "b2");
        if (maxBatch < 1) throw new IllegalArgumentException("maxBatch is " + maxBatch + ": a batch has at least 1 sample");
        this.inputs = w1.rows();
        this.hidden = w1.cols();
        this.outputs = w2.cols();
        this.maxBatch = maxBatch;
        this.w1 = flat(w1);
        this.b1 = flat(b1);
        this.w2 = flat(w2);
        this.b2 = flat(b2);
        x = new double[maxBatch * inputs];
        h = new double[maxBatch * hidden];
        s = new double[maxBatch * outputs];
        ds = new double[maxBatch * outputs];
        dh = new double[maxBatch * hidden];
        dw1 = new double[inputs * hidden];
        db1 = new double[hidden];
        dw2 = new double[hidden * outputs];
        db2 = new double[outputs];
    }

    /**
     * Random weights drawn exactly as {@link TwoLayerNet#create} draws them for a ReLU network
     * (He for W1, Xavier for W2, zero biases), so the same seed gives the same start.
     */
    public static FastMlp create(int inputs, int hidden, int outputs, int maxBatch, Rng rng) {
        Matrix w1 = Matrix.gaussian(inputs, hidden, Math.sqrt(2.0 / inputs), rng);
        Matrix w2 = Matrix.gaussian(hidden, outputs, Math.sqrt(1.0 / hidden), rng);
        return new FastMlp(w1, Matrix.zeros(1, hidden), w2, Matrix.zeros(1, outputs), maxBatch);
    }

    /**
     * One SGD step on the rows {@code order[from … to)} of {@code data} (samples × inputs, flat):
     * forward, backward, W ← W − η·dW. Returns the batch's mean loss before the step.
     */
    public double trainBatch(double[] data, int[] labels, int[] order, int from, int to, double learningRate) {
        int n = to - from;
        if (n < 1 || n > maxBatch) throw new IllegalArgumentException("a batch of " + n + " rows; this network takes 1 … " + maxBatch);
        for (int k = 0; k < n; k++) System.arraycopy(data, order[from + k] * inputs, x, k * inputs, inputs);
        forward(n);
        double loss = 0;
        int correct = 0;
        for (int k = 0; k < n; k++) {
            int row = k * outputs;
            int t = labels[order[from + k]];
            if (argmax(s, row) == t) correct++;
            loss += softmaxRow(row, t);
            for (int j = 0; j < outputs; j++) ds[row + j] = (s[row + j] - (j == t ? 1 : 0)) / n;
        }
        lastCorrect = correct;
        backward(n);
        update(learningRate);
        return -loss / n;
    }

    /** How many of the last training batch's samples were classified correctly (before its update). */
    public int lastCorrect() {
        return lastCorrect;
    }

    /** Mean loss and number correct over all rows of data (samples × inputs, flat), in batches. */
    public double[] evaluate(double[] data, int[] labels) {
        int count = labels.length;
        double loss = 0;
        int correct = 0;
        for (int from = 0; from < count; from += maxBatch) {
            int n = Math.min(maxBatch, count - from);
            System.arraycopy(data, from * inputs, x, 0, n * inputs);
            forward(n);
            for (int k = 0; k < n; k++) {
                int row = k * outputs;
                if (argmax(s, row) == labels[from + k]) correct++;
                loss += softmaxRow(row, labels[from + k]);
            }
        }
        return new double[] {-loss / count, correct};
    }

    /** The predicted class of every row of data (samples × inputs, flat). */
    public int[] predict(double[] data) {
        int count = data.length / inputs;
        int[] out = new int[count];
        for (int from = 0; from < count; from += maxBatch) {
            int n = Math.min(maxBatch, count - from);
            System.arraycopy(data, from * inputs, x, 0, n * inputs);
            forward(n);
            for (int k = 0; k < n; k++) out[from + k] = argmax(s, k * outputs);
        }
        return out;
    }

    /** h = ReLU(x·W1 + b1), s = h·W2 + b2 for the first n rows of x. */
    private void forward(int n) {
        for (int k = 0; k < n; k++) {
            int hk = k * hidden;
            java.util.Arrays.fill(h, hk, hk + hidden, 0.0);
            for (int i = 0; i < inputs; i++) {
                double xi = x[k * inputs + i];
                if (xi == 0) continue; // a blank pixel adds nothing
                int wi = i * hidden;
                for (int j = 0; j < hidden; j++) h[hk + j] += xi * w1[wi + j];
            }
            for (int j = 0; j < hidden; j++) {
                double a = h[hk + j] + b1[j];
                h[hk + j] = a > 0 ? a : 0;
            }
            int sk = k * outputs;
            java.util.Arrays.fill(s, sk, sk + outputs, 0.0);
            for (int i = 0; i < hidden; i++) {
                double hi = h[hk + i];
                if (hi == 0) continue; // a dead ReLU adds nothing
                int wi = i * outputs;
                for (int j = 0; j < outputs; j++) s[sk + j] += hi * w2[wi + j];
            }
            for (int j = 0; j < outputs; j++) s[sk + j] += b2[j];
        }
    }

    /** Turns scores row {@code row} into softmax probabilities in place; returns log y[t]. */
    private double softmaxRow(int row, int t) {
        double m = s[row];
        for (int j = 1; j < outputs; j++) m = Math.max(m, s[row + j]);
        double st = s[row + t];
        double sum = 0;
        for (int j = 0; j < outputs; j++) {
            double e = Math.exp(s[row + j] - m); // subtract the max: exp(1000) overflows
            s[row + j] = e;
            sum += e;
        }
        for (int j = 0; j < outputs; j++) s[row + j] = s[row + j] / sum;
        return (st - m) - Math.log(sum);
    }

    /** The column of the largest score in the row starting at {@code row} (the first one on ties). */
    private int argmax(double[] v, int row) {
        int best = 0;
        for (int j = 1; j < outputs; j++) {
            if (v[row + j] > v[row + best]) best = j;
        }
        return best;
    }

    /** dW2 = hᵀ·ds, db2 = Σ ds, dh = (ds·W2ᵀ) ⊙ [h > 0], dW1 = xᵀ·dh, db1 = Σ dh. */
    private void backward(int n) {
        java.util.Arrays.fill(dw2, 0.0);
        java.util.Arrays.fill(db2, 0.0);
        java.util.Arrays.fill(dw1, 0.0);
        java.util.Arrays.fill(db1, 0.0);
        for (int k = 0; k < n; k++) {
            int hk = k * hidden;
            int sk = k * outputs;
            for (int i = 0; i < hidden; i++) {
                double hi = h[hk + i];
                if (hi == 0) continue;
                int wi = i * outputs;
                for (int j = 0; j < outputs; j++) dw2[wi + j] += hi * ds[sk + j];
            }
            for (int j = 0; j < outputs; j++) db2[j] += ds[sk + j];
            for (int i = 0; i < hidden; i++) {
                if (h[hk + i] == 0) { // ReLU's mask: no gradient where the input was ≤ 0
                    dh[hk + i] = 0;
                    continue;
                }
                int wi = i * outputs;
                double sum = 0;
                for (int j = 0; j < outputs; j++) sum += ds[sk + j] * w2[wi + j];
                dh[hk + i] = sum;
            }
        }
        for (int k = 0; k < n; k++) {
            int hk = k * hidden;
            for (int i = 0; i < inputs; i++) {
                double xi = x[k * inputs + i];
                if (xi == 0) continue;
                int wi = i * hidden;
                for (int j = 0; j < hidden; j++) dw1[wi + j] += xi * dh[hk + j];
            }
            for (int j = 0; j < hidden; j++) db1[j] += dh[hk + j];
        }
    }

    private void update(double learningRate) {
        double scale = -learningRate;
        for (int i = 0; i < w1.length; i++) w1[i] += scale * dw1[i];
        for (int i = 0; i < b1.length; i++) b1[i] += scale * db1[i];
        for (int i = 0; i < w2.length; i++) w2[i] += scale * dw2[i];
        for (int i = 0; i < b2.length; i++) b2[i] += scale * db2[i];
    }

    /** W1, b1, W2, b2 as matrices (copies), in that order. */
    public Matrix[] parameters() {
        return new Matrix[] {matrix(w1, inputs, hidden), matrix(b1, 1, hidden), matrix(w2, hidden, outputs), matrix(b2, 1, outputs)};
    }

    private static double[] flat(Matrix m) {
        double[] out = new double[m.rows() * m.cols()];
        for (int r = 0; r < m.rows(); r++) System.arraycopy(m.row(r), 0, out, r * m.cols(), m.cols());
        return out;
    }

    private static Matrix matrix(double[] v, int rows, int cols) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) m.set(r, c, v[r * cols + c]);
        }
        return m;
    }
}
