package grader.api;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import toolkit.Matrix;

/**
 * What the graded tests of more than one chapter compute for themselves: seeded random numbers,
 * vectors and matrices, the reference sigmoid, affine map, softmax and cross-entropy, and central
 * differences. Written independently of every chapter's solution, so that a test compares the
 * student's answer with a second opinion, not with a copy of it.
 *
 * <pre>
 * Random rnd = new Random(3101);
 * Matrix x = Reference.matrix(rnd, 4, 3, 2.0);   // 4×3, entries uniform in (−2, 2)
 * double[] p = Reference.softmax(new double[] {1000, 1000});   // [0.5, 0.5]
 * Matrix dx = Reference.gradient(m -> m.sum(), x, 1e-6);   // all ones, up to rounding
 * </pre>
 */
public final class Reference {
    private Reference() {}

    // ---- seeded random cases ----

    /** One value uniform in (−scale, scale), the next one rnd draws. */
    public static double uniform(Random rnd, double scale) {
        return (rnd.nextDouble() * 2 - 1) * scale;
    }

    /** n values uniform in (−scale, scale), drawn in order from rnd. */
    public static double[] vector(Random rnd, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = uniform(rnd, scale);
        return v;
    }

    /** A rows × cols matrix of values uniform in (−scale, scale), drawn row by row from rnd. */
    public static Matrix matrix(Random rnd, int rows, int cols, double scale) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) m.set(r, c, uniform(rnd, scale));
        }
        return m;
    }

    // ---- reference functions ----

    /** σ(x) = 1/(1 + e^(−x)); for x < 0 as eˣ/(1 + eˣ), which cannot overflow there and keeps tiny values. */
    public static double sigmoid(double x) {
        if (x >= 0) return 1.0 / (1.0 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /**
     * x·W + b for samples in the rows of x and b one row: entry (i, j) = (Σₖ xᵢₖ·Wₖⱼ) + bⱼ, the sum
     * over k in order and the bias last, so it agrees bit for bit with {@code x.times(w).plus(b)}.
     */
    public static Matrix affine(Matrix x, Matrix w, Matrix b) {
        Matrix a = Matrix.zeros(x.rows(), w.cols());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < w.cols(); j++) {
                double s = 0;
                for (int k = 0; k < x.cols(); k++) s += x.get(i, k) * w.get(k, j);
                a.set(i, j, s + b.get(0, j));
            }
        }
        return a;
    }

    /** softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m), with m = max z: never e to a positive power. */
    public static double[] softmax(double[] z) {
        double m = max(z);
        double sum = sumOfExp(z, m);
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i] - m) / sum;
        return p;
    }

    /** The softmax of every row of scores: one probability distribution per sample. */
    public static Matrix softmax(Matrix scores) {
        Matrix y = Matrix.zeros(scores.rows(), scores.cols());
        for (int i = 0; i < scores.rows(); i++) {
            double[] p = softmax(scores.row(i));
            for (int j = 0; j < scores.cols(); j++) y.set(i, j, p[j]);
        }
        return y;
    }

    /** log softmax(z)ᵢ = zᵢ − m − log Σⱼ e^(zⱼ − m): finite even where softmax(z)ᵢ underflows to 0. */
    public static double[] logSoftmax(double[] z) {
        double m = max(z);
        double sum = sumOfExp(z, m);
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) out[i] = z[i] - m - Math.log(sum);
        return out;
    }

    /**
     * The mean cross-entropy of softmax(scores) against labels: −(1/n) Σᵢ log softmax(row i)[tᵢ], through
     * {@link #logSoftmax}, so that a sure wrong answer costs its true (large, finite) amount.
     */
    public static double crossEntropy(Matrix scores, int[] labels) {
        double total = 0;
        for (int i = 0; i < scores.rows(); i++) total += logSoftmax(scores.row(i))[labels[i]];
        return -total / scores.rows();
    }

    // ---- central differences ----

    /** (f(x + h) − f(x − h)) / 2h: the slope of f at x, with an error that shrinks like h². */
    public static double centralDifference(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /**
     * The central difference of f at every entry of {@code at} in turn: the numerical gradient of f.
     * Each entry is nudged to θ ± h, then set back to its saved value, so {@code at} ends as it began.
     */
    public static Matrix gradient(ToDoubleFunction<Matrix> f, Matrix at, double h) {
        Matrix g = Matrix.zeros(at.rows(), at.cols());
        for (int r = 0; r < at.rows(); r++) {
            for (int c = 0; c < at.cols(); c++) {
                double saved = at.get(r, c);
                g.set(r, c, centralDifference(alongEntry(f, at, r, c), saved, h));
                at.set(r, c, saved);
            }
        }
        return g;
    }

    /** f as a function of entry (r, c) of m alone: v ↦ f(m with that entry set to v). */
    private static DoubleUnaryOperator alongEntry(ToDoubleFunction<Matrix> f, Matrix m, int r, int c) {
        return v -> {
            m.set(r, c, v);
            return f.applyAsDouble(m);
        };
    }

    private static double max(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) m = Math.max(m, v);
        return m;
    }

    private static double sumOfExp(double[] z, double m) {
        double sum = 0;
        for (double v : z) sum += Math.exp(v - m);
        return sum;
    }
}
