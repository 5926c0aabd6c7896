package perceptron;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;

class NeuronTest {

    // ---- 1.1 The step function ----

    @Graded(exercise = "1.1", points = 4)
    @DisplayName("step(0) is 0: the perceptron fires only when z is strictly above 0")
    void stepAtZero() {
        int got = Neuron.step(0.0);
        Expect.equal("step(0.0)", 0, got,
                Hint.when(got == 1,
                        "step(0) must be 0: the perceptron fires only when z > 0, and 0 is not above 0 (use >, not >=)")
                    .ko("step(0)은 0이어야 합니다: 퍼셉트론은 z > 0일 때만 발화하고,"
                            + " 0은 0보다 크지 않습니다 (>=가 아니라 >를 쓰세요)"));
        Expect.equal("step(-0.0)", 0, Neuron.step(-0.0));
    }

    @Graded(exercise = "1.1", points = 3)
    @DisplayName("step(z) is 1 for 300 seeded positive z, from 1e-300 to 1e6")
    void stepOfPositives() {
        Random rnd = new Random(101);
        for (int i = 0; i < 300; i++) {
            double z = Math.pow(10, -300 + rnd.nextDouble() * 306);
            int got = Neuron.step(z);
            Expect.equal("step(" + z + ")", 1, got,
                    Hint.when(z < 1,
                            "every positive z fires, however small: compare with 0, not with 1 or 0.5")
                        .ko("아무리 작아도 양수 z는 모두 발화합니다:"
                                + " 1이나 0.5가 아니라 0과 비교하세요"));
        }
        Expect.equal("step(Double.MIN_VALUE)", 1, Neuron.step(Double.MIN_VALUE));
    }

    @Graded(exercise = "1.1", points = 3)
    @DisplayName("step(z) is 0 for 300 seeded negative z")
    void stepOfNegatives() {
        Random rnd = new Random(102);
        for (int i = 0; i < 300; i++) {
            double z = -Math.pow(10, -300 + rnd.nextDouble() * 306);
            int got = Neuron.step(z);
            Expect.equal("step(" + z + ")", 0, got,
                    Hint.when(got == -1,
                            "the step function gives 0 or 1; -1 or 1 is the sign function")
                        .ko("계단 함수는 0 또는 1을 냅니다. -1 또는 1은 부호 함수입니다"));
        }
    }

    // ---- 1.2 The weighted sum ----

    @Graded(exercise = "1.2", points = 7)
    @DisplayName("weightedSum matches w·x + b for 200 seeded vectors of 1 to 40 inputs")
    void weightedSumOfRandomVectors() {
        Random rnd = new Random(201);
        for (int i = 0; i < 200; i++) {
            int n = 1 + rnd.nextInt(40);
            double[] w = Reference.vector(rnd, n, 5);
            double[] x = Reference.vector(rnd, n, 3);
            double b = Reference.uniform(rnd, 4);
            double expected = Cases.z(w, x, b);
            double[] wBefore = w.clone();
            double[] xBefore = x.clone();
            double got = Neuron.weightedSum(w, x, b);
            String call = "weightedSum(w=" + show(wBefore) + ", x=" + show(xBefore) + ", b=" + b + ")";
            Cases.unchanged(call, "weights", wBefore, w);
            Cases.unchanged(call, "inputs", xBefore, x);
            Expect.close(call, expected, got, 1e-9,
                    Hint.when(Math.abs(got - Cases.dot(w, x)) < 1e-9,
                            "the bias is missing: z = w·x + b")
                        .ko("편향이 빠졌습니다: z = w·x + b"),
                    Hint.when(Math.abs(got - (Cases.dot(w, x) - b)) < 1e-9,
                            "the bias is subtracted: z = w·x + b, with a plus")
                        .ko("편향을 빼고 있습니다: z = w·x + b, 더하기입니다"),
                    Hint.when(n > 1 && Math.abs(got - (w[0] * x[0] + b)) < 1e-9,
                            "only the first input counts: loop over all of them")
                        .ko("첫 번째 입력만 계산되고 있습니다: 모든 입력을 반복하세요"));
        }
    }

    @Graded(exercise = "1.2", points = 4)
    @DisplayName("weightedSum of no inputs is the bias, and exact integer sums come out exactly")
    void weightedSumEdgeCases() {
        double empty = Neuron.weightedSum(new double[0], new double[0], -0.75);
        Expect.close("weightedSum(w=[], x=[], b=-0.75)", -0.75, empty, 0,
                Hint.when(empty == 0,
                        "the bias is missing: with no inputs, z = b")
                    .ko("편향이 빠졌습니다: 입력이 없으면 z = b입니다"));
        Random rnd = new Random(202);
        for (int i = 0; i < 100; i++) {
            int n = 1 + rnd.nextInt(6);
            double[] w = Cases.integers(rnd, n, 4);
            double[] x = Cases.integers(rnd, n, 4);
            double b = -Cases.dot(w, x);
            Expect.close("weightedSum(w=" + show(w) + ", x=" + show(x) + ", b=" + b + ")", 0.0,
                    Neuron.weightedSum(w, x, b), 0);
        }
    }

    @Graded(exercise = "1.2", points = 4)
    @DisplayName("weightedSum rejects weights and inputs of different lengths, naming both lengths")
    void weightedSumRejectsMismatchedLengths() {
        Random rnd = new Random(203);
        for (int i = 0; i < 20; i++) {
            int nw = 1 + rnd.nextInt(9);
            int nx = nw + 1 + rnd.nextInt(5);
            boolean swap = rnd.nextBoolean();
            double[] w = Reference.vector(rnd, swap ? nx : nw, 1);
            double[] x = Reference.vector(rnd, swap ? nw : nx, 1);
            double[] wBefore = w.clone();
            double[] xBefore = x.clone();
            String call = "weightedSum with " + w.length + " weights and " + x.length + " inputs";
            Expect.rejects(call, IllegalArgumentException.class, () -> Neuron.weightedSum(w, x, 0.5),
                    Integer.toString(w.length), Integer.toString(x.length));
            Cases.unchanged(call + ", rejected,", "weights", wBefore, w);
            Cases.unchanged(call + ", rejected,", "inputs", xBefore, x);
        }
    }

    // ---- 1.3 Predict ----

    @Graded(exercise = "1.3", points = 6)
    @DisplayName("predict is step(w·x + b) for 300 seeded perceptrons with negative and positive weights,"
            + " and leaves x unchanged")
    void predictMatchesStepOfSum() {
        Random rnd = new Random(301);
        int cases = 300;
        Perceptron[] p = new Perceptron[cases];
        double[][] x = new double[cases][];
        int[] got = new int[cases];
        for (int i = 0; i < cases; i++) {
            int n = 1 + rnd.nextInt(10);
            p[i] = new Perceptron(Reference.vector(rnd, n, 2), Reference.uniform(rnd, 2));
            x[i] = Reference.vector(rnd, n, 2);
            double[] before = x[i].clone();
            got[i] = Neuron.predict(p[i], x[i]);
            Cases.unchanged("predict(" + p[i] + ", x=" + show(before) + ")", "inputs", before, x[i]);
        }
        // Each wrong bias is recognised by what it gives on all 300 cases, not on one.
        boolean withoutBias = true;
        boolean biasNegated = true;
        for (int i = 0; i < cases; i++) {
            double dot = Cases.dot(p[i].weights(), x[i]);
            withoutBias &= got[i] == Cases.step(dot);
            biasNegated &= got[i] == Cases.step(dot - p[i].bias());
        }
        for (int i = 0; i < cases; i++) {
            if (got[i] == Cases.predict(p[i], x[i]) || Integer.valueOf(got[i]).equals(Cases.yourPrediction(p[i], x[i]))) {
                continue; // right, or right on top of your own step and weightedSum
            }
            Expect.equal("predict(" + p[i] + ", x=" + show(x[i]) + ")", Cases.predict(p[i], x[i]), got[i],
                    Hint.when(withoutBias,
                            "the bias is missing: predict with step(w·x + b)")
                        .ko("편향이 빠졌습니다: step(w·x + b)로 예측하세요"),
                    Hint.when(biasNegated,
                            "the bias has the wrong sign: it is added, step(w·x + b), not subtracted")
                        .ko("편향의 부호가 틀렸습니다: 빼지 말고 더하세요, step(w·x + b)"));
        }
    }

    @Graded(exercise = "1.3", points = 4)
    @DisplayName("predict gives 0 for 100 seeded points exactly on the boundary (z = 0)")
    void predictOnTheBoundary() {
        Random rnd = new Random(302);
        int cases = 100;
        Perceptron[] p = new Perceptron[cases];
        double[][] x = new double[cases][];
        int[] got = new int[cases];
        boolean alwaysFires = true;
        for (int i = 0; i < cases; i++) {
            int n = 1 + rnd.nextInt(5);
            double[] w = Cases.integers(rnd, n, 3);
            x[i] = Cases.integers(rnd, n, 3);
            p[i] = new Perceptron(w, -Cases.dot(w, x[i]));
            got[i] = Neuron.predict(p[i], x[i]);
            alwaysFires &= got[i] == 1;
        }
        for (int i = 0; i < cases; i++) {
            if (got[i] == 0 || Integer.valueOf(got[i]).equals(Cases.yourPrediction(p[i], x[i]))) continue;
            Expect.equal("predict(" + p[i] + ", x=" + show(x[i]) + "), where z = 0 exactly", 0, got[i],
                    Hint.when(alwaysFires,
                            "on the boundary z = 0, and step(0) = 0: the perceptron does not fire")
                        .ko("경계 위에서는 z = 0이고 step(0) = 0입니다:"
                                + " 퍼셉트론은 발화하지 않습니다"));
        }
    }

    // ---- 1.4 From threshold to bias ----

    @Graded(exercise = "1.4", points = 5)
    @DisplayName("biasFromThreshold(θ) is −θ for 200 seeded thresholds")
    void biasIsMinusTheta() {
        Random rnd = new Random(401);
        for (int i = 0; i < 200; i++) {
            double theta = Reference.uniform(rnd, 1) * Math.pow(10, rnd.nextInt(7) - 3);
            double got = Neuron.biasFromThreshold(theta);
            Expect.close("biasFromThreshold(" + theta + ")", -theta, got, 1e-12,
                    Hint.when(got == theta && theta != 0,
                            "θ is added instead of subtracted: w·x > θ means w·x − θ > 0, so b = −θ")
                        .ko("θ를 빼야 하는데 더하고 있습니다:"
                                + " w·x > θ는 w·x − θ > 0이므로 b = −θ입니다"));
        }
    }

    @Graded(exercise = "1.4", points = 5)
    @DisplayName("the bias form decides like the threshold form, also when w·x equals θ")
    void biasFormAgreesWithThresholdForm() {
        Random rnd = new Random(402);
        for (int i = 0; i < 300; i++) {
            int n = 1 + rnd.nextInt(4);
            double[] w = Cases.integers(rnd, n, 3);
            double[] x = Cases.integers(rnd, n, 2);
            double theta = i % 3 == 0 ? Cases.dot(w, x) : rnd.nextInt(9) - 4;
            boolean thresholdFires = Cases.dot(w, x) > theta;
            boolean biasFires = Cases.dot(w, x) + Neuron.biasFromThreshold(theta) > 0;
            Expect.equal("w=" + show(w) + ", x=" + show(x) + ", θ=" + theta
                    + ": does w·x + b > 0 agree with w·x > θ?",
                    thresholdFires, biasFires);
        }
    }

    // ---- 1.5 The decision boundary ----

    @Graded(exercise = "1.5", points = 6)
    @DisplayName("boundaryX2 gives a point on the line w₁x₁ + w₂x₂ + b = 0, for 200 seeded lines")
    void boundaryPointIsOnTheLine() {
        Random rnd = new Random(501);
        for (int i = 0; i < 200; i++) {
            double w1 = Reference.uniform(rnd, 3);
            double w2 = (rnd.nextBoolean() ? 1 : -1) * (0.1 + rnd.nextDouble() * 3);
            double b = Reference.uniform(rnd, 3);
            double x1 = Reference.uniform(rnd, 2);
            Perceptron p = new Perceptron(new double[] {w1, w2}, b);
            double expected = -(w1 * x1 + b) / w2;
            double got = Neuron.boundaryX2(p, x1);
            Expect.close("boundaryX2(" + p + ", x1=" + x1 + ")", expected, got, 1e-9,
                    Hint.when(Math.abs(got + expected) < 1e-9 * Math.max(1, Math.abs(expected)),
                            "the sign is flipped: from w₁x₁ + w₂x₂ + b = 0, x₂ = −(w₁x₁ + b) / w₂")
                        .ko("부호가 뒤집혔습니다:"
                                + " w₁x₁ + w₂x₂ + b = 0에서 x₂ = −(w₁x₁ + b) / w₂입니다"),
                    Hint.when(Math.abs(got - (-(w1 * x1) / w2)) < 1e-9,
                            "the bias is missing from the line")
                        .ko("직선에서 편향이 빠졌습니다"));
        }
    }

    @Graded(exercise = "1.5", points = 4)
    @DisplayName("boundaryX2 rejects a vertical line (w₂ = 0) and a perceptron without 2 inputs")
    void boundaryRejectsVerticalLinesAndWrongSizes() {
        Random rnd = new Random(502);
        for (int i = 0; i < 10; i++) {
            Perceptron vertical = new Perceptron(new double[] {0.5 + rnd.nextDouble(), 0.0}, rnd.nextDouble() - 0.5);
            Expect.rejects("boundaryX2(" + vertical + ", 0.3)", IllegalArgumentException.class,
                    () -> Neuron.boundaryX2(vertical, 0.3), "w2");
        }
        Perceptron three = new Perceptron(new double[] {1, 2, 3}, 0);
        Expect.rejects("boundaryX2 of a perceptron with 3 inputs", IllegalArgumentException.class,
                () -> Neuron.boundaryX2(three, 0.3), "2 inputs");
    }
}
