package grader.api;

import static org.assertj.core.api.Assertions.assertThat;

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
    }

    @Test
    void softmaxSurvivesLargeScoresAndLogSoftmaxSurvivesTinyProbabilities() {
        assertThat(Reference.softmax(new double[] {1000, 1000})).containsExactly(0.5, 0.5);
        assertThat(Reference.logSoftmax(new double[] {1000, -1000})).containsExactly(0, -2000);
        double[] p = Reference.softmax(new double[] {1, 2, 3});
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(p[2] / p[1]).isCloseTo(Math.E, org.assertj.core.api.Assertions.within(1e-12));
    }
}
