package grader.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import toolkit.Matrix;

class ReferenceTest {
    @Test
    void randomCasesRepeatFromTheirSeedAndStayInRange() {
        double[] v = Reference.vector(new Random(7), 1000, 3);
        assertThat(v).isEqualTo(Reference.vector(new Random(7), 1000, 3));
        for (double x : v) assertThat(Math.abs(x)).isLessThan(3);
        Matrix m = Reference.matrix(new Random(7), 20, 50, 3);
        assertThat(m.rows()).isEqualTo(20);
        assertThat(m.cols()).isEqualTo(50);
        assertThat(m.row(0)).isEqualTo(java.util.Arrays.copyOf(v, 50)); // drawn row by row, like a vector
        Random rnd = new Random(7);
        assertThat(Reference.uniform(rnd, 3)).isEqualTo(v[0]); // a vector is its values drawn one by one
        assertThat(Reference.uniform(rnd, 3)).isEqualTo(v[1]);
    }

    @Test
    void softmaxSurvivesLargeScoresAndLogSoftmaxSurvivesTinyProbabilities() {
        assertThat(Reference.softmax(new double[] {1000, 1000})).containsExactly(0.5, 0.5);
        assertThat(Reference.logSoftmax(new double[] {1000, -1000})).containsExactly(0, -2000);
        double[] p = Reference.softmax(new double[] {1, 2, 3});
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-15));
        assertThat(p[2] / p[1]).isCloseTo(Math.E, within(1e-12));
    }

    @Test
    void softmaxOfAMatrixIsTheSoftmaxOfEachRow() {
        Matrix scores = Matrix.of(new double[][] {{1, 2, 3}, {1000, 1000, -1000}});
        Matrix y = Reference.softmax(scores);
        assertThat(y.row(0)).containsExactly(Reference.softmax(new double[] {1, 2, 3}));
        assertThat(y.row(1)).containsExactly(0.5, 0.5, 0);
    }

    @Test
    void crossEntropyIsTheMeanMinusLogProbabilityOfEachLabel() {
        Matrix scores = Matrix.of(new double[][] {{0, 0}, {1000, -1000}});
        // row 0: −log ½ = log 2; row 1: the sure wrong answer costs 2000, not −log 0 = ∞
        assertThat(Reference.crossEntropy(scores, new int[] {0, 1})).isCloseTo((Math.log(2) + 2000) / 2, within(1e-12));
        assertThat(Reference.crossEntropy(scores, new int[] {1, 0})).isCloseTo(Math.log(2) / 2, within(1e-12));
    }

    @Test
    void sigmoidIsFiniteAndKeepsTinyValuesOnBothSides() {
        assertThat(Reference.sigmoid(0)).isEqualTo(0.5);
        assertThat(Reference.sigmoid(1000)).isEqualTo(1);
        assertThat(Reference.sigmoid(-745)).isPositive(); // 1/(1 + e^745) would be 1/∞ = 0
        assertThat(Reference.sigmoid(-2)).isCloseTo(1 / (1 + Math.exp(2)), within(1e-16));
        assertThat(Reference.sigmoid(Double.NaN)).isNaN();
    }

    @Test
    void affineIsXTimesWPlusTheBiasRowBitForBit() {
        Random rnd = new Random(11);
        Matrix x = Reference.matrix(rnd, 5, 3, 2);
        Matrix w = Reference.matrix(rnd, 3, 4, 2);
        Matrix b = Reference.matrix(rnd, 1, 4, 2);
        assertThat(Reference.affine(x, w, b)).isEqualTo(x.times(w).plus(b));
        Matrix one = Reference.affine(Matrix.ofRow(1, 2), Matrix.of(new double[][] {{3}, {4}}), Matrix.ofRow(0.5));
        assertThat(one.get(0, 0)).isEqualTo(11.5);
    }

    @Test
    void centralDifferencesAreExactForQuadraticsAndRestoreEveryEntry() {
        assertThat(Reference.centralDifference(x -> x * x, 3, 1e-3)).isCloseTo(6, within(1e-9));
        Matrix theta = Matrix.of(new double[][] {{0.1, -2}, {3, 0.7}});
        Matrix saved = theta.copy();
        Matrix g = Reference.gradient(m -> {
            double s = 0;
            for (int r = 0; r < 2; r++) for (int c = 0; c < 2; c++) s += (r + 1) * m.get(r, c) * m.get(r, c);
            return s;
        }, theta, 1e-4);
        assertThat(theta).isEqualTo(saved); // bit for bit: the saved value is put back, not θ + h − h
        Matrix exact = Matrix.of(new double[][] {{0.2, -4}, {12, 2.8}}); // ∂/∂θ of (r + 1)·θ² is 2(r + 1)θ
        assertThat(g.maxAbsDifference(exact)).isLessThan(1e-8);
    }
}
