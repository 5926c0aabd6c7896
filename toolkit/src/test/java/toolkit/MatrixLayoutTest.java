package toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * What the fast matrix must not change: a transpose that copies nothing and a product computed
 * when first read still behave as new matrices, and every product has the bits of the plain sum.
 */
class MatrixLayoutTest {
    private static final double[] SPECIAL = {0, 0, 0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void productsOfTransposesHaveTheBitsOfThePlainSumAtEverySize() {
        Rng rng = new Rng(15);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(12);
            int k = 1 + rng.nextInt(12); // below and above the 4 terms taken per pass, with every remainder
            int m = 1 + rng.nextInt(12);
            boolean special = trial % 3 == 0;
            Matrix a = random(n, k, special, rng);
            Matrix b = random(k, m, special, rng);
            Matrix aT = random(k, n, special, rng); // used as aT.transpose(), an (n × k) read by columns
            Matrix bT = random(m, k, special, rng);
            assertSameBits(a.times(b), plain(a, b), "a·b");
            assertSameBits(aT.transpose().times(b), plain(aT.transpose().copy(), b), "aᵀ·b");
            assertSameBits(a.times(bT.transpose()), plain(a, bT.transpose().copy()), "a·bᵀ");
            assertSameBits(aT.transpose().times(bT.transpose()), plain(aT.transpose().copy(), bT.transpose().copy()), "aᵀ·bᵀ");
        }
    }

    @Test
    void wideAndTallProductsHaveTheBitsOfThePlainSum() {
        // two rows at a time from Products.WIDE columns on; summed by columns when c has fewer than
        // Products.NARROW columns and more rows than columns
        int[] sides = {1, 2, 3, Products.NARROW - 1, Products.NARROW, Products.WIDE - 1, Products.WIDE, Products.WIDE + 1,
                       2 * Products.WIDE + 3};
        Rng rng = new Rng(17);
        for (int n : sides) {
            for (int m : sides) {
                int k = 1 + rng.nextInt(9);
                Matrix a = random(n, k, n % 2 == 0, rng);
                Matrix b = random(k, m, m % 2 == 1, rng);
                Matrix aT = random(k, n, false, rng);
                assertSameBits(a.times(b), plain(a, b), n + "×" + k + "·" + k + "×" + m);
                assertSameBits(aT.transpose().times(b), plain(aT.transpose().copy(), b), "aᵀ·b, " + n + "×" + m);
            }
        }
    }

    @Test
    void aTransposeIsANewMatrixThoughItCopiesNothing() {
        Matrix w = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Matrix t = w.transpose();
        assertThat(t.shape()).isEqualTo("(3×2)");
        assertThat(t.get(2, 1)).isEqualTo(6);
        assertThat(t.row(0)).containsExactly(1, 4);
        assertThat(t.column(1)).containsExactly(4, 5, 6);
        assertThat(t.transpose()).isEqualTo(w);
        w.addInPlace(w, 1.0); // w changes: its transpose does not
        assertThat(t.toArray()).isDeepEqualTo(new double[][] {{1, 4}, {2, 5}, {3, 6}});
        t.set(0, 0, -1); // the transpose changes: w does not
        assertThat(w.get(0, 0)).isEqualTo(2);
        assertThat(t.get(0, 0)).isEqualTo(-1);
        assertThat(t.get(0, 1)).isEqualTo(4);
        assertThat(w.transpose().hashCode()).isEqualTo(Matrix.of(w.transpose().toArray()).hashCode());
        assertThatThrownBy(() -> w.transpose().get(0, 2)).hasMessage("entry (0, 2) is outside the (3×2) matrix");
    }

    @Test
    void aProductIsWhatTheFactorsWereWhenItWasAsked() {
        Matrix x = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        Matrix w = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        Matrix product = x.times(w);     // not summed yet
        Matrix ofTranspose = x.times(w.transpose());
        w.scaleInPlace(10);              // changing a factor afterwards changes neither product
        x.set(0, 0, 100);
        assertThat(product.toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(ofTranspose.toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(x.times(w).get(0, 0)).isEqualTo(1000);
        // a product used as a factor, changed in place, and its shape errors at once
        Matrix chained = x.times(w).times(w);
        chained.addInPlace(Matrix.ofRow(1, 1), 1.0);
        assertThat(chained.row(1)).containsExactly(301, 401);
        assertThatThrownBy(() -> x.times(Matrix.zeros(3, 1))).hasMessage("cannot multiply (2×2) by (3×1): 2 ≠ 3");
    }

    @Test
    void everyOperationReadsATransposeAsItsEntries() {
        Rng rng = new Rng(16);
        everyOperationReads(random(4, 3, false, rng).transpose(), rng);
    }

    @Test
    void aChoiceOfRowsIsANewMatrixThoughItCopiesNothing() {
        Matrix data = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        Matrix batch = data.rows(new int[] {2, 0, 2}); // row 2 twice
        batch.set(0, 0, 50); // the batch changes: the data, and the batch's other copy of row 2, do not
        assertThat(batch.toArray()).isDeepEqualTo(new double[][] {{50, 6}, {1, 2}, {5, 6}});
        assertThat(data.toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        Matrix again = data.rows(new int[] {0, 1});
        data.addInPlace(data, 1.0); // the data change: a batch taken before does not
        assertThat(again.toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(data.rows(new int[] {1}).toArray()).isDeepEqualTo(new double[][] {{6, 8}});
        everyOperationReads(random(5, 3, false, new Rng(19)).rows(new int[] {4, 1, 1, 0}), new Rng(20));
    }

    @Test
    void everyOperationReadsAProductSummedByColumnsAsItsEntries() {
        Rng rng = new Rng(18);
        // (4×5)·(5×3): 3 columns, fewer than its rows, so summed as its transpose and kept by columns
        everyOperationReads(random(4, 5, false, rng).times(random(5, 3, false, rng)), rng);
        everyOperationReads(random(4, 5, false, rng).times(random(5, 3, false, rng)).transpose(), rng);
        // one read by a later product, one changed in place after it was read
        Matrix p = random(6, 2, false, rng).times(random(2, 1, false, rng));
        Matrix before = p.copy();
        Matrix q = p.transpose().times(Matrix.ofColumn(1, 2, 3, 4, 5, 6));
        p.addInPlace(p, 1.0);
        assertThat(p).isEqualTo(before.scale(2));
        assertThat(q.get(0, 0)).isEqualTo(before.transpose().times(Matrix.ofColumn(1, 2, 3, 4, 5, 6)).get(0, 0));
        Matrix w = Matrix.zeros(6, 1);
        w.addInPlace(random(6, 3, false, rng).times(random(3, 1, false, rng)), -0.5); // an update read by columns
        assertThat(w.sum()).isFinite();
    }

    /** Each operation on t gives what it gives on a copy of t kept by rows; t has at least 3 rows and 3 columns. */
    private static void everyOperationReads(Matrix t, Rng rng) {
        Matrix copy = t.copy(); // the same entries, kept by rows
        Matrix other = random(t.rows(), t.cols(), false, rng);
        Matrix bias = random(1, t.cols(), false, rng);
        assertThat(t.plus(other)).isEqualTo(copy.plus(other));
        assertThat(other.minus(t)).isEqualTo(other.minus(copy));
        assertThat(t.hadamard(other)).isEqualTo(copy.hadamard(other));
        assertThat(t.scale(3)).isEqualTo(copy.scale(3));
        assertThat(t.map(Math::exp)).isEqualTo(copy.map(Math::exp));
        assertThat(t.columnSums()).isEqualTo(copy.columnSums());
        assertThat(t.rowSums()).isEqualTo(copy.rowSums());
        assertThat(t.sum()).isEqualTo(copy.sum());
        assertThat(t.rows(new int[] {2, 0})).isEqualTo(copy.rows(new int[] {2, 0}));
        assertThat(t.argmaxOfRow(1)).isEqualTo(copy.argmaxOfRow(1));
        assertThat(t.maxAbsDifference(copy)).isZero();
        assertThat(t.toString()).isEqualTo(copy.toString());
        assertThat(t.plus(bias)).isEqualTo(copy.plus(bias));
        assertThat(t.row(2)).containsExactly(copy.row(2));
        assertThat(t.column(2)).containsExactly(copy.column(2));
        assertThat(t.hashCode()).isEqualTo(copy.hashCode());
        assertThat(other.copy().addInPlace(t, 2.0)).isEqualTo(other.copy().addInPlace(copy, 2.0));
        t.requireFinite("t");
        t.set(1, 2, 7); // written in place: it gets rows of its own
        copy.set(1, 2, 7);
        assertThat(t.toArray()).isDeepEqualTo(copy.toArray());
    }

    private static void assertSameBits(Matrix actual, double[][] expected, String what) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                // boxed: Double.equals holds NaN equal to NaN and tells 0.0 from -0.0
                assertThat(Double.valueOf(actual.get(i, j))).as("%s, entry (%d, %d)", what, i, j)
                        .isEqualTo(Double.valueOf(expected[i][j]));
            }
        }
    }

    /** The textbook triple loop, each sum from 0 in the order of k. */
    private static double[][] plain(Matrix a, Matrix b) {
        double[][] c = new double[a.rows()][b.cols()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.cols(); j++) {
                double s = 0;
                for (int k = 0; k < a.cols(); k++) s += a.get(i, k) * b.get(k, j);
                c[i][j] = s;
            }
        }
        return c;
    }

    /** Gaussian entries, or with {@code special} a third of them zeros, NaN or infinities. */
    private static Matrix random(int rows, int cols, boolean special, Rng rng) {
        Matrix m = Matrix.gaussian(rows, cols, 1.0, rng);
        if (special) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) if (rng.nextInt(3) == 0) m.set(r, c, SPECIAL[rng.nextInt(SPECIAL.length)]);
            }
        }
        return m;
    }
}
