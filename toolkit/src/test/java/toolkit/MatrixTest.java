package toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatrixTest {
    @Test
    void productAndItsShapeError() {
        Matrix x = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        Matrix w = Matrix.of(new double[][] {{1, 0, -1}, {2, 1, 0}});
        Matrix y = x.times(w);
        assertThat(y.shape()).isEqualTo("(3×3)");
        assertThat(y.row(0)).containsExactly(5, 2, -1);
        assertThat(y.row(2)).containsExactly(17, 6, -5);
        assertThatThrownBy(() -> Matrix.zeros(5, 2).times(Matrix.zeros(3, 4)))
                .hasMessage("cannot multiply (5×2) by (3×4): 2 ≠ 3");
    }

    @Test
    void nanAndInfinityPropagateAsIeeeSaysEvenTimesZero() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        // x·W where x's zero meets W's NaN or ∞: 0 × NaN and 0 × ∞ are NaN, so the product is NaN
        assertThat(Matrix.ofRow(0, 1).times(Matrix.ofColumn(nan, 2)).get(0, 0)).isNaN();
        assertThat(Matrix.ofRow(0, 1).times(Matrix.ofColumn(inf, 2)).get(0, 0)).isNaN();
        assertThat(Matrix.ofRow(1, 0).times(Matrix.ofColumn(3, -inf)).get(0, 0)).isNaN();
        // the other way round, and only the columns the bad value reaches
        Matrix w = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        assertThat(Matrix.ofRow(nan, 0).times(w).row(0)).containsExactly(nan, nan);
        Matrix infinityAbove = Matrix.of(new double[][] {{inf, 1}, {1, 1}});
        assertThat(Matrix.ofRow(0, 1).times(infinityAbove).row(0)).containsExactly(nan, 1);
        // a non-zero factor keeps an infinity an infinity
        assertThat(Matrix.ofRow(2, 0).times(Matrix.ofColumn(inf, 1)).get(0, 0)).isEqualTo(inf);
        // element-wise arithmetic and the sums
        assertThat(Matrix.ofRow(0, 1).hadamard(Matrix.ofRow(inf, 1)).get(0, 0)).isNaN();
        assertThat(Matrix.ofRow(inf, 1).scale(0).get(0, 0)).isNaN();
        assertThat(Matrix.ofRow(inf, 1).minus(Matrix.ofRow(inf, 1)).get(0, 0)).isNaN();
        assertThat(Matrix.ofRow(1, 2).plus(Matrix.ofRow(nan, 0)).get(0, 0)).isNaN();
        assertThat(Matrix.ofColumn(1, nan).columnSums().get(0, 0)).isNaN();
        assertThat(Matrix.ofRow(1, inf).rowSums().get(0, 0)).isEqualTo(inf);
        assertThat(Matrix.ofRow(inf, -inf).sum()).isNaN();
        assertThat(Matrix.ofRow(1, 2).maxAbsDifference(Matrix.ofRow(1, nan))).isNaN();
    }

    @Test
    void theProductIsExactlyThePlainTripleLoopWhateverTheZerosNaNsAndInfinities() {
        double[] special = {0, 0, 0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        Rng rng = new Rng(14);
        for (int trial = 0; trial < 200; trial++) {
            Matrix a = sprinkled(1 + rng.nextInt(5), 1 + rng.nextInt(5), special, rng);
            Matrix b = sprinkled(a.cols(), 1 + rng.nextInt(5), special, rng);
            Matrix product = a.times(b);
            for (int i = 0; i < a.rows(); i++) {
                for (int j = 0; j < b.cols(); j++) {
                    double plain = 0;
                    for (int k = 0; k < a.cols(); k++) plain += a.get(i, k) * b.get(k, j);
                    // boxed: Double.equals holds NaN equal to NaN and tells 0.0 from -0.0
                    assertThat(Double.valueOf(product.get(i, j))).as("entry (%d, %d) of\n%s\ntimes\n%s", i, j, a, b)
                            .isEqualTo(Double.valueOf(plain));
                }
            }
        }
    }

    /** A rows × cols matrix of small integers, a third of its entries replaced by zeros, NaN or infinities. */
    private static Matrix sprinkled(int rows, int cols, double[] special, Rng rng) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r, c, rng.nextInt(3) == 0 ? special[rng.nextInt(special.length)] : rng.nextInt(7) - 3);
            }
        }
        return m;
    }

    @Test
    void addingABiasRowBroadcastsOverTheSamples() {
        Matrix a = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        assertThat(a.plus(Matrix.ofRow(10, 20)).toArray()).isDeepEqualTo(new double[][] {{11, 22}, {13, 24}});
        assertThat(a.minus(a).sum()).isZero();
        assertThatThrownBy(() -> a.plus(Matrix.zeros(3, 2))).hasMessageContaining("cannot add (2×2) and (3×2)");
        assertThatThrownBy(() -> a.plus(Matrix.ofRow(1, 2, 3))).hasMessageContaining("(1×3) is not a single row of 2");
    }

    @Test
    void transposeMapAndSumsAlongEachAxis() {
        Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(a.transpose().toArray()).isDeepEqualTo(new double[][] {{1, 4}, {2, 5}, {3, 6}});
        assertThat(a.map(v -> v * v).row(1)).containsExactly(16, 25, 36);
        assertThat(a.columnSums().toArray()).isDeepEqualTo(new double[][] {{5, 7, 9}});
        assertThat(a.rowSums().column(0)).containsExactly(6, 15);
        assertThat(a.sum()).isEqualTo(21);
        assertThat(a.hadamard(a).get(1, 2)).isEqualTo(36);
        assertThat(a.scale(-1).get(0, 0)).isEqualTo(-1);
        assertThat(a.argmaxOfRow(0)).isEqualTo(2);
        assertThatThrownBy(() -> a.hadamard(a.transpose())).hasMessageContaining("(2×3) and (3×2)");
    }

    @Test
    void constructionChecksAndCopies() {
        double[][] v = {{1, 2}, {3, 4}};
        Matrix m = Matrix.of(v);
        v[0][0] = 9;
        assertThat(m.get(0, 0)).isEqualTo(1);
        assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {3}})).hasMessageContaining("row 1 has 1 values but row 0 has 2");
        assertThatThrownBy(() -> m.get(2, 0)).hasMessageContaining("entry (2, 0) is outside the (2×2) matrix");
        assertThatThrownBy(() -> m.requireShape(2, 3, "W1")).hasMessage("W1 must be (2×3), not (2×2)");
        assertThatThrownBy(() -> Matrix.ofRow(1, Double.NaN).requireFinite("x")).hasMessage("x has NaN at (0, 1)");
        assertThat(m.rows(new int[] {1, 0}).row(0)).containsExactly(3, 4);
    }

    @Test
    void seededMatricesRepeat() {
        assertThat(Matrix.gaussian(3, 4, 0.5, new Rng(7))).isEqualTo(Matrix.gaussian(3, 4, 0.5, new Rng(7)));
        assertThat(Matrix.gaussian(3, 4, 0.5, new Rng(7))).isNotEqualTo(Matrix.gaussian(3, 4, 0.5, new Rng(8)));
        // java.util.Random is specified by the JDK: these numbers are the same on every JDK.
        assertThat(new Rng(42).gaussian()).isCloseTo(1.1419053154730547, within(0.0));
    }

    @Test
    void permutationsAreShuffledAndComplete() {
        int[] p = new Rng(1).permutation(10);
        assertThat(p).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(p).isNotEqualTo(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    @Test
    void errorFunctionMatchesReferenceValues() {
        assertThat(Special.erf(0)).isZero();
        assertThat(Special.erf(0.5)).isCloseTo(0.5204998778130465, within(1e-15));
        assertThat(Special.erf(1)).isCloseTo(0.8427007929497149, within(1e-15));
        assertThat(Special.erf(-2)).isCloseTo(-0.9953222650189527, within(1e-15));
        assertThat(Special.erf(3)).isCloseTo(0.9999779095030014, within(1e-15));
        assertThat(Special.erfc(3)).isCloseTo(2.209049699858544e-05, within(1e-19));
        assertThat(Special.erfc(5)).isCloseTo(1.5374597944280349e-12, within(1e-25));
        assertThat(Special.erf(Double.NaN)).isNaN();
        assertThat(Special.normalCdf(0)).isEqualTo(0.5);
        assertThat(Special.normalCdf(1.959963984540054)).isCloseTo(0.975, within(1e-15));
        // erf is odd and increasing, and its derivative is 2/√π e^(−x²): check a central difference on a grid.
        for (double x = -4; x <= 4; x += 0.125) {
            double h = 1e-5;
            double numeric = (Special.erf(x + h) - Special.erf(x - h)) / (2 * h);
            assertThat(numeric).isCloseTo(2 / Math.sqrt(Math.PI) * Math.exp(-x * x), within(1e-9));
            assertThat(Special.erf(-x)).isEqualTo(-Special.erf(x));
        }
    }
}
