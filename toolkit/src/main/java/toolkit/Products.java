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
    /**
     * From this many columns of c on, two rows at a time. Measured on the digits training (rows of
     * 32, 64, 256, 360 and 1024): two rows were 1.3 to 1.5 times as fast from 256 on, and half as
     * fast at 64, where the JIT's vector loop leaves much of a short row to its scalar tail.
     */
    static final int WIDE = 128;

    private Products() {}

    /**
     * A product waiting to be computed: both factors and their lines as they were (the factors
     * copy before they write, so these stay unchanged), a (n × k) times b (k × m).
     */
    record Pending(Matrix left, double[][] a, boolean aByColumns, Matrix right, double[][] b, boolean bByColumns,
                   int n, int k, int m) {
        /** Whether the product is summed as its transpose and kept by columns: see {@link #product}. */
        boolean byColumns() {
            return summedByColumns(n, m);
        }

        /** The lines of c: its rows, or its columns when {@link #byColumns}. */
        double[][] compute() {
            return product(a, aByColumns, b, bByColumns, n, k, m);
        }
    }

    /**
     * Rows of c shorter than this are too short for the JIT's vector loop (it leaves most of such
     * a row to its scalar tail), so a product with rows this short and longer columns is summed
     * by columns. Longer rows are summed as rows: summing them by columns would cost two
     * transposes (of a, and of c for whoever reads it by rows) for a loop that is fast either way;
     * measured on the digits training, whose test pass has such products (360 × 64, 360 × 256):
     * 6% of the training's time at width 64, 2% at 256.
     */
    static final int NARROW = 32;

    /**
     * Whether a (n × m) product is summed as its transpose, cᵀ = bᵀ·aᵀ, and kept by columns: when
     * its rows are short, fewer than {@link #NARROW} columns, and its columns longer (scores for 10
     * classes, a gradient with 10 columns), so that the inner loop runs along its longer side.
     * Every entry is the same sum in the same order.
     */
    static boolean summedByColumns(int n, int m) {
        return m < NARROW && m < n;
    }

    /**
     * The lines of c = a·b, a (n × k) and b (k × m) each given by rows ({@code a[i][p]}) or by
     * columns ({@code a[p][i]}, a transpose that copied nothing): the rows of c, or the rows of cᵀ
     * when {@link #summedByColumns}. Rows of at least {@link #WIDE} entries are summed two at a
     * time, so that each value of b loaded serves two rows of c; shorter ones one at a time, which
     * measured faster for them. This method holds the one-row loops itself, so that it is longer
     * than the JIT compiler inlines (see the note above {@link #addRowsTimes}).
     */
    static double[][] product(double[][] a, boolean aByColumns, double[][] b, boolean bByColumns, int n, int k, int m) {
        // c = left · right: left (rows × k) read entry by entry, right (k × cols) by rows
        boolean transposed = summedByColumns(n, m); // cᵀ (m × n) = bᵀ (m × k) · aᵀ (k × n); aᵀ's rows are a's columns
        double[][] left = transposed ? b : a;
        boolean leftByColumns = transposed ? !bByColumns : aByColumns;
        double[][] right = transposed ? (aByColumns ? a : Lines.transpose(a, k)) : (bByColumns ? Lines.transpose(b, k) : b);
        int rows = transposed ? m : n;
        int cols = transposed ? n : m;
        double[][] c = Lines.zeros(rows, cols);
        double[] row0 = leftByColumns ? new double[k] : null; // rows i and i + 1 of left, gathered from its columns
        double[] row1 = leftByColumns ? new double[k] : null;
        int i = 0;
        for (; cols >= WIDE && i + 2 <= rows; i += 2) {
            addRowsTimes(row(left, leftByColumns, i, row0), row(left, leftByColumns, i + 1, row1), right, c[i], c[i + 1], k, cols);
        }
        for (; i < rows; i++) { // ci += ai · right, four terms of k per pass, then the last one to three in one
            double[] ai = row(left, leftByColumns, i, row0);
            double[] ci = c[i];
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                double a0 = ai[p];
                double a1 = ai[p + 1];
                double a2 = ai[p + 2];
                double a3 = ai[p + 3];
                double[] b0 = right[p];
                double[] b1 = right[p + 1];
                double[] b2 = right[p + 2];
                double[] b3 = right[p + 3];
                for (int j = 0; j < cols; j++) ci[j] = ci[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
            }
            if (k - p == 3) {
                double a0 = ai[p];
                double a1 = ai[p + 1];
                double a2 = ai[p + 2];
                double[] b0 = right[p];
                double[] b1 = right[p + 1];
                double[] b2 = right[p + 2];
                for (int j = 0; j < cols; j++) ci[j] = ci[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j];
            } else if (k - p == 2) {
                double a0 = ai[p];
                double a1 = ai[p + 1];
                double[] b0 = right[p];
                double[] b1 = right[p + 1];
                for (int j = 0; j < cols; j++) ci[j] = ci[j] + a0 * b0[j] + a1 * b1[j];
            } else if (k - p == 1) {
                double a0 = ai[p];
                double[] b0 = right[p];
                for (int j = 0; j < cols; j++) ci[j] = ci[j] + a0 * b0[j];
            }
        }
        return c;
    }

    /** Row i of a: the line itself, or gathered into {@code into} from a kept by columns. */
    private static double[] row(double[][] a, boolean byColumns, int i, double[] into) {
        if (!byColumns) return a[i];
        for (int p = 0; p < into.length; p++) into[p] = a[p][i];
        return into;
    }

    /*
     * product and the kernel below are long on purpose. HotSpot's JIT compiler copies ("inlines")
     * a method of up to 325 bytes of bytecode into a hot caller; these are longer, so each stays
     * one compiled piece of code that every product calls. Inlined, their vector loops were copied
     * into every method that reads a matrix (a product is summed where it is first read): the
     * compiler then spent up to a second on such a method while the training waited for it (on
     * 2 cores, measured with -XX:+LogCompilation). The length is real work: the last one to three
     * terms of k are added in one pass, not one pass each.
     */

    /** ci += ai·b and ch += ah·b: two rows of the product, k terms per entry, four at a time. */
    private static void addRowsTimes(double[] ai, double[] ah, double[][] b, double[] ci, double[] ch, int k, int m) {
        int p = 0;
        for (; p + 4 <= k; p += 4) {
            double a0 = ai[p];
            double a1 = ai[p + 1];
            double a2 = ai[p + 2];
            double a3 = ai[p + 3];
            double h0 = ah[p];
            double h1 = ah[p + 1];
            double h2 = ah[p + 2];
            double h3 = ah[p + 3];
            double[] b0 = b[p];
            double[] b1 = b[p + 1];
            double[] b2 = b[p + 2];
            double[] b3 = b[p + 3];
            for (int j = 0; j < m; j++) {
                double x0 = b0[j];
                double x1 = b1[j];
                double x2 = b2[j];
                double x3 = b3[j];
                ci[j] = ci[j] + a0 * x0 + a1 * x1 + a2 * x2 + a3 * x3;
                ch[j] = ch[j] + h0 * x0 + h1 * x1 + h2 * x2 + h3 * x3;
            }
        }
        if (k - p == 3) {
            double a0 = ai[p];
            double a1 = ai[p + 1];
            double a2 = ai[p + 2];
            double h0 = ah[p];
            double h1 = ah[p + 1];
            double h2 = ah[p + 2];
            double[] b0 = b[p];
            double[] b1 = b[p + 1];
            double[] b2 = b[p + 2];
            for (int j = 0; j < m; j++) {
                ci[j] = ci[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j];
                ch[j] = ch[j] + h0 * b0[j] + h1 * b1[j] + h2 * b2[j];
            }
        } else if (k - p == 2) {
            double a0 = ai[p];
            double a1 = ai[p + 1];
            double h0 = ah[p];
            double h1 = ah[p + 1];
            double[] b0 = b[p];
            double[] b1 = b[p + 1];
            for (int j = 0; j < m; j++) {
                ci[j] = ci[j] + a0 * b0[j] + a1 * b1[j];
                ch[j] = ch[j] + h0 * b0[j] + h1 * b1[j];
            }
        } else if (k - p == 1) {
            double a0 = ai[p];
            double h0 = ah[p];
            double[] b0 = b[p];
            for (int j = 0; j < m; j++) {
                ci[j] = ci[j] + a0 * b0[j];
                ch[j] = ch[j] + h0 * b0[j];
            }
        }
    }
}
