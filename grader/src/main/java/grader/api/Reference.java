package grader.api;

import java.util.Random;
import toolkit.Matrix;

/**
 * What the graded tests of more than one chapter compute for themselves: seeded random vectors and
 * matrices, and a reference softmax. Written independently of every chapter's solution, so that a
 * test compares the student's answer with a second opinion, not with a copy of it.
 *
 * <pre>
 * Random rnd = new Random(3101);
 * Matrix x = Reference.matrix(rnd, 4, 3, 2.0);   // 4×3, entries uniform in (−2, 2)
 * double[] p = Reference.softmax(new double[] {1000, 1000});   // [0.5, 0.5]
 * </pre>
 */
public final class Reference {
    private Reference() {}

    /** n values uniform in (−scale, scale), drawn in order from rnd. */
    public static double[] vector(Random rnd, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = (rnd.nextDouble() * 2 - 1) * scale;
        return v;
    }

    /** A rows × cols matrix of values uniform in (−scale, scale), drawn row by row from rnd. */
    public static Matrix matrix(Random rnd, int rows, int cols, double scale) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) m.set(r, c, (rnd.nextDouble() * 2 - 1) * scale);
        }
        return m;
    }

    /** softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m), with m = max z: never e to a positive power. */
    public static double[] softmax(double[] z) {
        double m = max(z);
        double sum = sumOfExp(z, m);
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i] - m) / sum;
        return p;
    }

    /** log softmax(z)ᵢ = zᵢ − m − log Σⱼ e^(zⱼ − m): finite even where softmax(z)ᵢ underflows to 0. */
    public static double[] logSoftmax(double[] z) {
        double m = max(z);
        double sum = sumOfExp(z, m);
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) out[i] = z[i] - m - Math.log(sum);
        return out;
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
