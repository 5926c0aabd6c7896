package backprop;

import java.util.Arrays;
import toolkit.LabeledData;
import toolkit.Matrix;
import toolkit.Rng;

/**
 * The digits network (inputs → hidden ReLU → outputs, softmax with cross-entropy) trained by
 * mini-batch SGD, written for speed: every matrix is a flat double[] in row-major order, every
 * buffer is allocated once, and the big products (x·W1, xᵀ·dh, ds·W2ᵀ, dsᵀ·h) keep eight running
 * sums in local variables, which the JIT compiler holds in registers.
 *
 * <p>It computes exactly what {@link TwoLayerNet} with {@link Affine}, {@link ReluLayer} and
 * {@link SoftmaxWithLoss} computes, sum for sum in the same order (a test checks that both reach
 * the same weights), only without allocating. What it skips: the first layer's dx (nobody needs
 * the gradient of the pixels), the blank pixels (about half of them: the inputs are kept as lists
 * of their non-zero pixels, {@link Rows}) and the dead ReLUs in the second layer's forward pass.
 * It keeps W2 transposed (outputs × hidden), so that every loop reads memory in order.
 */
public final class FastMlp {
    public final int inputs;
    public final int hidden;
    public final int outputs;
    private final int maxBatch;

    // parameters, row-major: w1 (inputs × hidden), and W2 kept transposed, w2t (outputs × hidden)
    final double[] w1;
    final double[] b1;
    final double[] w2t;
    final double[] b2;

    // one batch's forward values (what backward needs) and gradients, allocated once
    private final int[] rows;      // which row of the data each batch row is
    private final double[] h;      // (batch × hidden) ReLU(x·W1 + b1); h > 0 is the ReLU mask
    private final int[] active;    // (batch × hidden) the hidden units with h > 0, per row
    private final double[] s;      // (batch × outputs) scores, then softmax probabilities
    private final double[] ds;     // (batch × outputs) ∂L/∂scores = (y − t)/N
    private final double[] dh;     // (batch × hidden) ∂L/∂(x·W1 + b1)
    private final double[] dw1;
    private final double[] db1;
    private final double[] dw2t;   // ∂L/∂W2, transposed (outputs × hidden)
    private final double[] db2;
    // the batch's pixels listed by pixel (for dW1 = xᵀ·dh): pixel i's entries are [pixelStart[i], pixelStart[i+1])
    private final int[] pixelCount;
    private final int[] pixelStart;
    private final int[] batchRow;
    private final double[] batchValue;

    /** Correct predictions in the last {@link #trainBatch}, counted before the update. */
    private int lastCorrect;

    /**
     * Samples as lists of their non-zero features: row r's features are {@code index[start[r] …
     * start[r+1])} with values {@code value[…]}, in increasing order of feature.
     */
    public record Rows(int count, int features, int[] start, int[] index, double[] value) {
        public static Rows of(LabeledData data) {
            int n = data.size();
            int f = data.features();
            int[] start = new int[n + 1];
            int nonZero = 0;
            double[][] x = data.inputs();
            for (double[] row : x) for (double v : row) if (v != 0) nonZero++;
            int[] index = new int[nonZero];
            double[] value = new double[nonZero];
            int p = 0;
            for (int r = 0; r < n; r++) {
                start[r] = p;
                for (int i = 0; i < f; i++) {
                    if (x[r][i] != 0) {
                        index[p] = i;
                        value[p++] = x[r][i];
                    }
                }
            }
            start[n] = p;
            return new Rows(n, f, start, index, value);
        }
    }

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
        this.w2t = flat(w2.transpose());
        this.b2 = flat(b2);
        rows = new int[maxBatch];
        h = new double[maxBatch * hidden];
        active = new int[maxBatch * hidden];
        s = new double[maxBatch * outputs];
        ds = new double[maxBatch * outputs];
        dh = new double[maxBatch * hidden];
        dw1 = new double[inputs * hidden];
        db1 = new double[hidden];
        dw2t = new double[outputs * hidden];
        db2 = new double[outputs];
        pixelCount = new int[inputs];
        pixelStart = new int[inputs + 1];
        batchRow = new int[maxBatch * inputs];
        batchValue = new double[maxBatch * inputs];
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
     * One SGD step on the rows {@code order[from … to)} of {@code data}: forward, backward,
     * W ← W − η·dW. Returns the batch's mean loss before the step.
     */
    public double trainBatch(Rows data, int[] labels, int[] order, int from, int to, double learningRate) {
        int n = to - from;
        if (n < 1 || n > maxBatch) throw new IllegalArgumentException("a batch of " + n + " rows; this network takes 1 … " + maxBatch);
        checkFeatures(data);
        for (int k = 0; k < n; k++) rows[k] = order[from + k];
        double loss = 0;
        int correct = 0;
        for (int k = 0; k < n; k++) {
            forwardRow(data, k);
            int row = k * outputs;
            int t = labels[rows[k]];
            if (argmax(s, row) == t) correct++;
            loss += softmaxRow(row, t);
            for (int j = 0; j < outputs; j++) ds[row + j] = (s[row + j] - (j == t ? 1 : 0)) / n;
        }
        lastCorrect = correct;
        backward(data, n);
        update(learningRate);
        return -loss / n;
    }

    /** How many of the last training batch's samples were classified correctly (before its update). */
    public int lastCorrect() {
        return lastCorrect;
    }

    /** Mean loss and number correct over all rows of data. */
    public double[] evaluate(Rows data, int[] labels) {
        checkFeatures(data);
        double loss = 0;
        int correct = 0;
        for (int r = 0; r < data.count(); r++) {
            rows[0] = r;
            forwardRow(data, 0);
            if (argmax(s, 0) == labels[r]) correct++;
            loss += softmaxRow(0, labels[r]);
        }
        return new double[] {-loss / data.count(), correct};
    }

    /** The predicted class of every row of data. */
    public int[] predict(Rows data) {
        checkFeatures(data);
        int[] out = new int[data.count()];
        for (int r = 0; r < out.length; r++) {
            rows[0] = r;
            forwardRow(data, 0);
            out[r] = argmax(s, 0);
        }
        return out;
    }

    private void checkFeatures(Rows data) {
        if (data.features() != inputs) throw new IllegalArgumentException("the data has " + data.features() + " features but the network " + inputs + " inputs");
    }

    // One method per sample rather than one loop over the batch: the JIT compiler optimises a
    // method once it has been called a few hundred times, and per sample that is within the first
    // epoch; per batch it would take a dozen epochs.

    /** Batch row k (data row rows[k]): h = ReLU(x·W1 + b1), s = h·W2 + b2. */
    private void forwardRow(Rows data, int k) {
        int hk = k * hidden;
        int from = data.start()[rows[k]];
        int to = data.start()[rows[k] + 1];
        sparseTimesDense(data.index(), data.value(), from, to, w1, h, hk); // only the non-zero pixels
        int count = 0;
        for (int j = 0; j < hidden; j++) {
            double a = h[hk + j] + b1[j];
            h[hk + j] = a > 0 ? a : 0;
            if (a > 0) active[hk + count++] = j;
        }
        // s = h·W2 over the live ReLUs only: W2ᵀ's rows are the outputs, h's active list the terms
        int sk = k * outputs;
        for (int j = 0; j < outputs; j++) {
            int wj = j * hidden;
            double a = 0;
            for (int c = 0; c < count; c++) {
                int i = active[hk + c];
                a += h[hk + i] * w2t[wj + i];
            }
            s[sk + j] = a + b2[j];
        }
    }

    /**
     * out[outFrom + j] = Σₚ value[p] · m[index[p]·hidden + j] over p in [from, to), for every j
     * &lt; hidden: a sparse row times the dense matrix m (rows × hidden). Eight columns at a time,
     * each summed in a local variable: the JIT compiler keeps the eight in registers, and the sum
     * runs in the same order as the plain loop (p ascending), so the result is the same to the bit.
     */
    private void sparseTimesDense(int[] index, double[] value, int from, int to, double[] m, double[] out, int outFrom) {
        int j = 0;
        for (; j + 8 <= hidden; j += 8) {
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int p = from; p < to; p++) {
                double v = value[p];
                int b = index[p] * hidden + j;
                a0 += v * m[b];
                a1 += v * m[b + 1];
                a2 += v * m[b + 2];
                a3 += v * m[b + 3];
                a4 += v * m[b + 4];
                a5 += v * m[b + 5];
                a6 += v * m[b + 6];
                a7 += v * m[b + 7];
            }
            int o = outFrom + j;
            out[o] = a0;
            out[o + 1] = a1;
            out[o + 2] = a2;
            out[o + 3] = a3;
            out[o + 4] = a4;
            out[o + 5] = a5;
            out[o + 6] = a6;
            out[o + 7] = a7;
        }
        for (; j < hidden; j++) { // the columns left over when hidden is not a multiple of 8
            double a = 0;
            for (int p = from; p < to; p++) a += value[p] * m[index[p] * hidden + j];
            out[outFrom + j] = a;
        }
    }

    /** y[yFrom …] += a · v[vFrom …] for n entries (the bias gradients and the update). */
    private static void axpy(double a, double[] v, int vFrom, double[] y, int yFrom, int n) {
        for (int j = 0; j < n; j++) y[yFrom + j] += a * v[vFrom + j];
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

    /** dW2ᵀ = dsᵀ·h, db2 = Σ ds, dh = (ds·W2ᵀ) ⊙ [h > 0], dW1 = xᵀ·dh, db1 = Σ dh. Every sum runs in the order the layer objects use. */
    private void backward(Rows data, int n) {
        Arrays.fill(db2, 0.0);
        Arrays.fill(db1, 0.0);
        for (int j = 0; j < outputs; j++) secondLayerWeightGradient(j, n); // one call per output: see forwardRow
        for (int k = 0; k < n; k++) backwardSecondLayerRow(k);
        // dW1[i] = Σₖ x[k][i] · dh[k]: for each pixel, the batch rows where it is not blank, in
        // order of k, so the sum runs in the same order as xᵀ·dh does
        Arrays.fill(pixelCount, 0);
        for (int k = 0; k < n; k++) {
            for (int p = data.start()[rows[k]], end = data.start()[rows[k] + 1]; p < end; p++) pixelCount[data.index()[p]]++;
        }
        int offset = 0;
        for (int i = 0; i < inputs; i++) {
            pixelStart[i] = offset;
            offset += pixelCount[i];
            pixelCount[i] = 0;
        }
        pixelStart[inputs] = offset;
        for (int k = 0; k < n; k++) {
            for (int p = data.start()[rows[k]], end = data.start()[rows[k] + 1]; p < end; p++) {
                int i = data.index()[p];
                int q = pixelStart[i] + pixelCount[i]++;
                batchRow[q] = k * hidden; // where row k of dh starts
                batchValue[q] = data.value()[p];
            }
        }
        for (int i = 0; i < inputs; i++) gradientRow(i);
        for (int k = 0; k < n; k++) axpy(1.0, dh, k * hidden, db1, 0, hidden);
    }

    /** dW1 row i = Σ over the batch rows where pixel i is not blank of x[k][i] · dh[k], eight columns at a time. */
    private void gradientRow(int i) {
        int from = pixelStart[i];
        int to = pixelStart[i + 1];
        int row = i * hidden;
        int j = 0;
        for (; j + 8 <= hidden; j += 8) {
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int q = from; q < to; q++) {
                double v = batchValue[q];
                int b = batchRow[q] + j;
                a0 += v * dh[b];
                a1 += v * dh[b + 1];
                a2 += v * dh[b + 2];
                a3 += v * dh[b + 3];
                a4 += v * dh[b + 4];
                a5 += v * dh[b + 5];
                a6 += v * dh[b + 6];
                a7 += v * dh[b + 7];
            }
            int o = row + j;
            dw1[o] = a0;
            dw1[o + 1] = a1;
            dw1[o + 2] = a2;
            dw1[o + 3] = a3;
            dw1[o + 4] = a4;
            dw1[o + 5] = a5;
            dw1[o + 6] = a6;
            dw1[o + 7] = a7;
        }
        for (; j < hidden; j++) {
            double a = 0;
            for (int q = from; q < to; q++) a += batchValue[q] * dh[batchRow[q] + j];
            dw1[row + j] = a;
        }
    }

    /** Batch row k's row of dh = (ds·W2ᵀ) ⊙ [h > 0], eight hidden units at a time, summed over the outputs in order. */
    private void backwardSecondLayerRow(int k) {
        int hk = k * hidden;
        int sk = k * outputs;
        for (int j = 0; j < outputs; j++) db2[j] += ds[sk + j];
        int i = 0;
        for (; i + 8 <= hidden; i += 8) {
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int j = 0; j < outputs; j++) {
                double d = ds[sk + j];
                int b = j * hidden + i;
                a0 += d * w2t[b];
                a1 += d * w2t[b + 1];
                a2 += d * w2t[b + 2];
                a3 += d * w2t[b + 3];
                a4 += d * w2t[b + 4];
                a5 += d * w2t[b + 5];
                a6 += d * w2t[b + 6];
                a7 += d * w2t[b + 7];
            }
            int o = hk + i;
            dh[o] = a0;
            dh[o + 1] = a1;
            dh[o + 2] = a2;
            dh[o + 3] = a3;
            dh[o + 4] = a4;
            dh[o + 5] = a5;
            dh[o + 6] = a6;
            dh[o + 7] = a7;
        }
        for (; i < hidden; i++) {
            double a = 0;
            for (int j = 0; j < outputs; j++) a += ds[sk + j] * w2t[j * hidden + i];
            dh[hk + i] = a;
        }
        for (int c = 0; c < hidden; c++) {
            if (h[hk + c] == 0) dh[hk + c] = 0; // ReLU's mask: no gradient where the input was ≤ 0
        }
    }

    /** dW2ᵀ[j] = Σₖ ds[k][j] · h[k] for the first n batch rows, eight hidden units at a time, summed over k in order. */
    private void secondLayerWeightGradient(int j, int n) {
        int row = j * hidden;
        int i = 0;
        for (; i + 8 <= hidden; i += 8) {
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int k = 0; k < n; k++) {
                double d = ds[k * outputs + j];
                int b = k * hidden + i;
                a0 += d * h[b];
                a1 += d * h[b + 1];
                a2 += d * h[b + 2];
                a3 += d * h[b + 3];
                a4 += d * h[b + 4];
                a5 += d * h[b + 5];
                a6 += d * h[b + 6];
                a7 += d * h[b + 7];
            }
            int o = row + i;
            dw2t[o] = a0;
            dw2t[o + 1] = a1;
            dw2t[o + 2] = a2;
            dw2t[o + 3] = a3;
            dw2t[o + 4] = a4;
            dw2t[o + 5] = a5;
            dw2t[o + 6] = a6;
            dw2t[o + 7] = a7;
        }
        for (; i < hidden; i++) {
            double a = 0;
            for (int k = 0; k < n; k++) a += ds[k * outputs + j] * h[k * hidden + i];
            dw2t[row + i] = a;
        }
    }

    private void update(double learningRate) {
        double scale = -learningRate;
        axpy(scale, dw1, 0, w1, 0, w1.length);
        axpy(scale, db1, 0, b1, 0, b1.length);
        axpy(scale, dw2t, 0, w2t, 0, w2t.length);
        axpy(scale, db2, 0, b2, 0, b2.length);
    }

    /** W1, b1, W2, b2 as matrices (copies), in that order. */
    public Matrix[] parameters() {
        return new Matrix[] {matrix(w1, inputs, hidden), matrix(b1, 1, hidden), matrix(w2t, outputs, hidden).transpose(), matrix(b2, 1, outputs)};
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
