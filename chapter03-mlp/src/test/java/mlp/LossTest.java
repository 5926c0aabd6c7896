package mlp;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

class LossTest {

    // ---- 3.4 Binary cross-entropy ----

    @Graded(exercise = "3.4", points = 7)
    @DisplayName("binaryCrossEntropy is the mean of −[y ln ŷ + (1 − y) ln(1 − ŷ)]"
            + " for 200 seeded batches, 0/1 and soft targets")
    void crossEntropyOfRandomBatches() {
        Random rnd = new Random(3401);
        for (int k = 0; k < 200; k++) {
            int rows = 1 + rnd.nextInt(10);
            int cols = 1 + rnd.nextInt(3);
            boolean soft = k % 3 == 2;
            Matrix yHat = Matrix.zeros(rows, cols);
            Matrix y = Matrix.zeros(rows, cols);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    yHat.set(r, c, 0.01 + 0.98 * rnd.nextDouble());
                    y.set(r, c, soft ? rnd.nextDouble() : rnd.nextInt(2));
                }
            }
            if (!soft) y.set(0, 0, 0); // at least one 0 target: the (1 − y) term must count
            check("binaryCrossEntropy(ŷ=" + show(yHat) + ", y=" + show(y) + ")", yHat, y);
        }
    }

    private static void check(String call, Matrix yHat, Matrix y, Hint... more) {
        Matrix yHatSeen = yHat.copy();
        Matrix ySeen = y.copy();
        double got = Loss.binaryCrossEntropy(yHatSeen, ySeen);
        double expected = Cases.bce(yHat, y);
        int n = yHat.rows() * yHat.cols();
        double onlyFirstTerm = 0;
        double branching = 0;
        for (int r = 0; r < yHat.rows(); r++) {
            for (int c = 0; c < yHat.cols(); c++) {
                double p = Math.min(Math.max(yHat.get(r, c), 1e-12), 1 - 1e-12);
                double t = y.get(r, c);
                onlyFirstTerm -= t * Math.log(p);
                branching -= t >= 0.5 ? Math.log(p) : Math.log(1 - p);
            }
        }
        onlyFirstTerm /= n;
        branching /= n;
        Expect.close(call, expected, got, 1e-9,
                Hint.when(Double.isNaN(got) || Double.isInfinite(got),
                        "log(0) gives −Infinity (and 0·−Infinity is NaN):"
                                + " clip ŷ to [EPSILON, 1 − EPSILON] before taking the log")
                    .ko("log(0)은 −Infinity가 됩니다(그리고 0·−Infinity는 NaN입니다): 로그를"
                            + " 취하기 전에 ŷ를 [EPSILON, 1 − EPSILON] 범위로 잘라 내세요(clip)"),
                Hint.when(n > 1 && Expect.near(got, expected * n, 1e-9),
                        "that is the sum over the entries; this course's loss is the mean: divide by rows × columns")
                    .ko("그것은 항목들의 합입니다. 이 과정의 손실은 평균입니다:"
                            + " 행 수 × 열 수로 나누세요"),
                Hint.when(yHat.cols() > 1 && Expect.near(got, expected * yHat.cols(), 1e-9),
                        "divide by every entry, rows × columns, not by the rows only")
                    .ko("행 수로만 나누지 말고 모든 항목의 수, 즉 행 수 × 열 수로 나누세요"),
                Hint.when(Expect.near(got, -expected, 1e-9),
                        "the sign is flipped: the loss is −[y ln ŷ + (1 − y) ln(1 − ŷ)], a positive number")
                    .ko("부호가 뒤집혔습니다:"
                            + " 손실은 양수인 −[y ln ŷ + (1 − y) ln(1 − ŷ)]입니다"),
                Hint.when(Expect.near(got, onlyFirstTerm, 1e-9),
                        "the (1 − y)·ln(1 − ŷ) term is missing: a target 0 must be punished for a large ŷ")
                    .ko("(1 − y)·ln(1 − ŷ) 항이 빠졌습니다:"
                            + " 목표가 0인데 ŷ가 크면 벌을 받아야 합니다"),
                Hint.when(Expect.near(got, branching, 1e-9),
                        "use both terms for every target:"
                                + " y = 0.3 means 0.3·ln ŷ + 0.7·ln(1 − ŷ), not a choice of one")
                    .ko("모든 목표에 두 항을 모두 쓰세요: y = 0.3이면 둘 중 하나를"
                            + " 고르는 것이 아니라 0.3·ln ŷ + 0.7·ln(1 − ŷ)입니다"),
                more.length > 0 ? more[0] : null);
        Expect.holds(call + " leaves ŷ and y as they were", yHatSeen.equals(yHat) && ySeen.equals(y),
                "unchanged", "changed",
                Hint.always("clip a copy of each value, not the matrix ŷ itself: the caller still needs it")
                    .ko("행렬 ŷ 자체가 아니라 각 값의 복사본을 잘라 내세요:"
                            + " 호출한 쪽에서 아직 그 행렬이 필요합니다"));
    }

    /** Clipping bounds a student may pick instead of Loss.EPSILON; each changes the cost of a sure wrong answer. */
    private static final double[] OTHER_EPSILONS = {1e-7, 1e-8, 1e-10, 1e-15, 1e-16, Double.MIN_VALUE};

    @Graded(exercise = "3.4", points = 7)
    @DisplayName("binaryCrossEntropy stays finite for predictions of exactly 0 and 1: −ln(1e-12)"
            + " ≈ 27.63 for a sure wrong answer")
    void crossEntropyAtExactZeroAndOne() {
        Random rnd = new Random(3402);
        for (int k = 0; k < 60; k++) {
            int rows = 1 + rnd.nextInt(8);
            Matrix yHat = Matrix.zeros(rows, 1);
            Matrix y = Matrix.zeros(rows, 1);
            for (int r = 0; r < rows; r++) {
                int kind = rnd.nextInt(3);
                yHat.set(r, 0, kind == 0 ? 0.0 : kind == 1 ? 1.0 : rnd.nextDouble());
                y.set(r, 0, rnd.nextInt(2));
            }
            yHat.set(0, 0, k % 2 == 0 ? 0.0 : 1.0); // one saturated output that is wrong ...
            y.set(0, 0, k % 2 == 0 ? 1 : 0);
            if (rows > 1) {                         // ... and one that is right
                yHat.set(1, 0, k % 2 == 0 ? 1.0 : 0.0);
                y.set(1, 0, k % 2 == 0 ? 1 : 0);
            }
            double got = Loss.binaryCrossEntropy(yHat.copy(), y.copy());
            boolean otherEpsilon = false;
            for (double e : OTHER_EPSILONS) otherEpsilon |= Expect.near(got, Cases.bce(yHat, y, e), 1e-9);
            check("binaryCrossEntropy(ŷ=" + show(yHat) + ", y=" + show(y) + "), with ŷ exactly 0 or 1", yHat, y,
                    Hint.when(otherEpsilon && !Expect.near(got, Cases.bce(yHat, y), 1e-9),
                            "clip to [Loss.EPSILON, 1 − Loss.EPSILON] with Loss.EPSILON = 1e-12"
                            + " (a sure wrong answer costs −ln 1e-12 ≈ 27.63), and take the mean")
                        .ko("Loss.EPSILON = 1e-12로 [Loss.EPSILON, 1 − Loss.EPSILON] 범위로 잘라"
                                + " 내고(확신에 찬 오답의 비용은 −ln 1e-12 ≈ 27.63입니다),"
                                + " 평균을 내세요"));
        }
    }

    @Graded(exercise = "3.4", points = 4)
    @DisplayName("binaryCrossEntropy is a mean (ŷ = 0.5 everywhere gives ln 2 for any batch size)"
            + " and rejects shapes that differ, naming both")
    void crossEntropyIsAMeanAndChecksShapes() {
        Random rnd = new Random(3403);
        for (int k = 0; k < 20; k++) {
            int rows = 2 + rnd.nextInt(50);
            Matrix half = Matrix.zeros(rows, 1).map(v -> 0.5);
            Matrix y = Matrix.zeros(rows, 1);
            for (int r = 0; r < rows; r++) y.set(r, 0, rnd.nextInt(2));
            double got = Loss.binaryCrossEntropy(half, y);
            Expect.close("binaryCrossEntropy(ŷ = 0.5 for all " + rows + " samples, y=" + show(y) + ")",
                    Math.log(2), got, 1e-12,
                    Hint.when(Expect.near(got, rows * Math.log(2), 1e-9),
                            "that is " + rows + "·ln 2, the sum; the loss is the mean over the samples")
                        .ko("그것은 합인 " + rows + "·ln 2입니다."
                                + " 손실은 샘플들에 대한 평균입니다"));
        }
        for (int k = 0; k < 10; k++) {
            int rows = 1 + rnd.nextInt(6);
            Matrix yHat = Reference.matrix(rnd, rows, 1, 0.4).map(v -> v + 0.5);
            Matrix y = Matrix.zeros(rows + 1, 1);
            Matrix yWide = Matrix.zeros(rows, 2);
            yHat.set(0, 0, 0); // an entry that clipping would change: a rejected call must not have clipped it
            Cases.rejectsShapes("binaryCrossEntropy(ŷ " + yHat.shape() + ", y " + y.shape() + ")",
                    () -> Loss.binaryCrossEntropy(yHat, y), new Matrix[] {yHat, y}, yHat, y);
            Cases.rejectsShapes("binaryCrossEntropy(ŷ " + yHat.shape() + ", y " + yWide.shape() + ")",
                    () -> Loss.binaryCrossEntropy(yHat, yWide), new Matrix[] {yHat, yWide}, yHat, yWide);
        }
    }
}
