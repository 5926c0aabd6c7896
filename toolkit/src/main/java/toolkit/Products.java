package toolkit;

/**
 * The matrix product behind {@link Matrix#times}, written so that the JIT compiler can make it
 * fast while every run, on every JVM, gives the same bits.
 *
 * <p>Each entry is the plain sum c[i][j] = ((0 + a[i][0]·b[0][j]) + a[i][1]·b[1][j]) + …, its
 * terms added in the order of k. Java's arithmetic is exactly IEEE 754 (no fused multiply-add, no
 * reordering), so that order fixes the result. The loops run i, then k, then j (the "i-k-j"
 * order): the innermost loop walks a row of b and a row of c in memory order, each j independent
 * of the others, which the JIT turns into vector instructions. It does so only for loops over
 * whole arrays (a row that starts at index 0), so a matrix keeps one array per row. Four values
 * of k are taken per pass, so a row of c is read and written once per four terms; Java adds left
 * to right, so {@code c + a0·b0 + a1·b1} is still (c + a0·b0) + a1·b1. Nothing is skipped: a zero
 * times NaN or an infinity is NaN, and shows.
 */
final class Products {
    private Products() {}

    /**
     * A product waiting to be computed: both factors and their lines as they were (the factors
     * copy before they write, so these stay unchanged), a (n × k) times b (k × m).
     */
    record Pending(Matrix left, double[][] a, boolean aByColumns, Matrix right, double[][] b, boolean bByColumns,
                   int n, int k, int m) {
        double[][] compute() {
            double[][] c = new double[n][m];
            multiply(a, aByColumns, bByColumns ? transpose(b, k) : b, c, n, k, m);
            return c;
        }
    }

    /**
     * c += a·b: a is n × k, given by rows ({@code a[i][p]}) or, when {@code aByColumns}, by columns
     * ({@code a[p][i]}, a transpose that copied nothing); b (k × m) and c (n × m) by rows, c zero on
     * entry.
     */
    static void multiply(double[][] a, boolean aByColumns, double[][] b, double[][] c, int n, int k, int m) {
        double[] row = aByColumns ? new double[k] : null; // row i of a, gathered from its columns
        for (int i = 0; i < n; i++) {
            if (aByColumns) {
                for (int p = 0; p < k; p++) row[p] = a[p][i];
            }
            addRowTimes(aByColumns ? row : a[i], b, c[i], k, m);
        }
    }

    /** ci += ai·b: one row of the product, k terms per entry, four at a time. */
    private static void addRowTimes(double[] ai, double[][] b, double[] ci, int k, int m) {
        int p = 0;
        for (; p + 4 <= k; p += 4) {
            double a0 = ai[p];
            double a1 = ai[p + 1];
            double a2 = ai[p + 2];
            double a3 = ai[p + 3];
            double[] b0 = b[p];
            double[] b1 = b[p + 1];
            double[] b2 = b[p + 2];
            double[] b3 = b[p + 3];
            for (int j = 0; j < m; j++) ci[j] = ci[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
        }
        for (; p < k; p++) {
            double ap = ai[p];
            double[] bp = b[p];
            for (int j = 0; j < m; j++) ci[j] += ap * bp[j];
        }
    }

    /** The lines of a matrix read the other way: count lines of length len become len lines of count. */
    static double[][] transpose(double[][] lines, int len) {
        double[][] out = new double[len][lines.length];
        for (int l = 0; l < lines.length; l++) {
            double[] line = lines[l];
            for (int r = 0; r < len; r++) out[r][l] = line[r];
        }
        return out;
    }

    /** A copy of every line. */
    static double[][] copy(double[][] lines) {
        double[][] out = new double[lines.length][];
        for (int l = 0; l < lines.length; l++) out[l] = lines[l].clone();
        return out;
    }
}
