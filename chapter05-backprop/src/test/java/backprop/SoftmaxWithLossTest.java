package backprop;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

class SoftmaxWithLossTest {

    private static Matrix oneHot(int[] t, int classes) {
        Matrix m = Matrix.zeros(t.length, classes);
        for (int i = 0; i < t.length; i++) m.set(i, t[i], 1);
        return m;
    }

    /** −(1/N) Σ log(y + 1e-7): the loss with an epsilon inside the log, as some books write it. */
    private static double withEpsilon(Matrix scores, int[] t) {
        Matrix y = Reference.softmax(scores);
        double total = 0;
        for (int i = 0; i < t.length; i++) total += Math.log(y.get(i, t[i]) + 1e-7);
        return -total / t.length;
    }

    /** −(1/N) Σ log y[t] with y the softmax: right in exact arithmetic, infinite once a y[t] underflows to 0. */
    private static double logOfSoftmax(Matrix scores, int[] t) {
        Matrix y = Reference.softmax(scores);
        double total = 0;
        for (int i = 0; i < t.length; i++) total += Math.log(y.get(i, t[i]));
        return -total / t.length;
    }

    /** Log-softmax shifted by each row's first score instead of its maximum: e^(z − z₀) overflows when z ≫ z₀. */
    private static double shiftedByFirst(Matrix scores, int[] t) {
        double total = 0;
        for (int i = 0; i < t.length; i++) {
            double m = scores.get(i, 0);
            double sum = 0;
            for (int j = 0; j < scores.cols(); j++) sum += Math.exp(scores.get(i, j) - m);
            total += (scores.get(i, t[i]) - m) - Math.log(sum);
        }
        return -total / t.length;
    }

    /** a and b agree: equal (the same infinity too), or both finite and within 1e-9 (relative above 1). */
    private static boolean same(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) return a == b;
        return Expect.near(a, b, 1e-9);
    }

    @Graded(exercise = "5.6", points = 4)
    @DisplayName("SoftmaxWithLoss.forward gives the mean cross-entropy of softmax"
            + " for 150 seeded batches of 1 to 8 rows and 2 to 10 classes")
    void forwardLoss() {
        Random rnd = new Random(5601);
        for (int k = 0; k < 150; k++) {
            int n = 1 + rnd.nextInt(8);
            int classes = 2 + rnd.nextInt(9);
            Matrix scores = Reference.matrix(rnd, n, classes, 1 + rnd.nextInt(8));
            int[] t = Cases.labels(rnd, n, classes);
            Matrix input = scores.copy();
            double got = new SoftmaxWithLoss().forward(input, t.clone());
            double expected = Reference.crossEntropy(scores, t);
            Expect.close("SoftmaxWithLoss.forward(" + Expect.showEntries(scores) + ", labels " + Expect.show(t) + ")",
                    expected, got, 1e-9,
                    Hint.when(n > 1 && Math.abs(got - n * expected) < 1e-9 * n * Math.max(1, expected),
                            "the loss is the MEAN over the batch: divide the sum by N")
                        .ko("손실은 배치에 대한 평균입니다: 합을 N으로 나누세요"),
                    Hint.when(Math.abs(got + expected) < 1e-9 * Math.max(1, expected),
                            "the sign: the cross-entropy is −log y[t], a positive number")
                        .ko("부호를 확인하세요: 교차 엔트로피는 양수인 −log y[t]입니다"),
                    Hint.when(Math.abs(got - withEpsilon(scores, t)) < 1e-12 && Math.abs(got - expected) > 1e-12,
                            "an epsilon inside the log changes the loss (and breaks the gradient check):"
                                    + " take log y from log-softmax, (z[t] − m) − log Σ e^(z − m)")
                        .ko("log 안의 엡실론은 손실을"
                                + " 바꿉니다 (그리고 기울기 확인을 망칩니다): log y를 로그"
                                + " 소프트맥스에서 구하세요, (z[t] − m) − log Σ e^(z − m)"),
                    Hint.when(Math.abs(got - expected / Math.log(10)) < 1e-9,
                            "that is log base 10: use the natural log, Math.log")
                        .ko("그것은 밑이 10인 로그입니다: 자연로그 Math.log를 쓰세요"));
            Expect.holds("SoftmaxWithLoss.forward leaves scores unchanged", input.equals(scores),
                    "unchanged", "changed",
                    Hint.always("forward wrote into the scores: compute y in a new matrix")
                        .ko("forward가 점수에 썼습니다: y는 새 행렬에 계산하세요"));
        }
    }

    @Graded(exercise = "5.6", points = 2)
    @DisplayName("SoftmaxWithLoss.forward stays finite and exact for scores of ±1000,"
            + " even when the right class has probability e^−2000")
    void forwardExtremeScores() {
        Random rnd = new Random(5602);
        for (int k = 0; k < 40; k++) {
            int n = 1 + rnd.nextInt(4);
            int classes = 2 + rnd.nextInt(6);
            Matrix scores = Reference.matrix(rnd, n, classes, 1000);
            int[] t = Cases.labels(rnd, n, classes);
            if (k == 0) {
                scores = Matrix.of(new double[][] {{1000, -1000, 0}});
                t = new int[] {1};
            }
            if (k == 1) { // the largest score is not the first
                scores = Matrix.of(new double[][] {{-1000, 1000, 0}});
                t = new int[] {1};
            }
            double got = new SoftmaxWithLoss().forward(scores, t);
            double expected = Reference.crossEntropy(scores, t);
            double naive = logOfSoftmax(scores, t);
            double byFirst = shiftedByFirst(scores, t);
            Expect.close("SoftmaxWithLoss.forward(" + Expect.showEntries(scores) + ", labels " + Expect.show(t) + ")",
                    expected, got, 1e-9,
                    Hint.when(Double.isNaN(got),
                            "e^1000 overflows to Infinity and ∞/∞ is NaN: subtract each row's maximum before exp")
                        .ko("e^1000은 Infinity로 오버플로하고 ∞/∞는 NaN입니다:"
                                + " exp 전에 각 행의 최댓값을 빼세요"),
                    Hint.when(same(got, byFirst) && !same(got, expected) && !Double.isInfinite(naive),
                            "shift each row by its MAXIMUM, not by its first score:"
                                    + " e^(z − z₀) still overflows when a later score is much larger")
                        .ko("각 행을 첫 번째 점수가 아니라 최댓값만큼 빼세요:"
                                + " 뒤쪽 점수가 훨씬 크면 e^(z − z₀)는 여전히 오버플로합니다"),
                    Hint.when(Double.isInfinite(got) && same(got, naive) && !Double.isInfinite(byFirst),
                            "log of a probability that underflowed to 0:"
                                    + " compute log y[t] = (z[t] − m) − log Σ e^(z − m)")
                        .ko("0으로 언더플로한 확률의 로그입니다:"
                                + " log y[t] = (z[t] − m) − log Σ e^(z − m)을 계산하세요"),
                    Hint.when(Math.abs(got - withEpsilon(scores, t)) < 1e-9,
                            "the epsilon inside the log caps the loss at about 16: use log-softmax instead")
                        .ko("log 안의 엡실론 때문에 손실이 약 16에서 막힙니다:"
                                + " 대신 로그 소프트맥스를 쓰세요"));
        }
    }

    @Graded(exercise = "5.6", points = 2)
    @DisplayName("SoftmaxWithLoss.forward rejects a label count that differs from the rows,"
            + " and labels outside 0 … classes − 1; a rejected call changes nothing")
    void forwardRejectsBadLabels() {
        Random rnd = new Random(5603);
        for (int k = 0; k < 10; k++) {
            int n = 2 + rnd.nextInt(5);
            int classes = 2 + rnd.nextInt(5);
            Matrix scores = Reference.matrix(rnd, n, classes, 1);
            int[] shortLabels = Cases.labels(rnd, n - 1, classes);
            Expect.rejects("forward with " + n + " rows and " + (n - 1) + " labels", IllegalArgumentException.class,
                    () -> new SoftmaxWithLoss().forward(scores, shortLabels), Integer.toString(n),
                    Integer.toString(n - 1));
            int[] tooBig = Cases.labels(rnd, n, classes);
            tooBig[n - 1] = classes;
            Expect.rejects("forward with label " + classes + " and " + classes + " classes",
                    IllegalArgumentException.class,
                    () -> new SoftmaxWithLoss().forward(scores, tooBig), Integer.toString(classes));
            int[] negative = Cases.labels(rnd, n, classes);
            negative[0] = -1;
            Expect.rejects("forward with label -1", IllegalArgumentException.class,
                    () -> new SoftmaxWithLoss().forward(scores, negative), "-1");
            rejectedCallChangesNothing(rnd, scores, shortLabels, tooBig, negative);
        }
    }

    /** After a good forward, a rejected forward must leave the layer as it was: backward still gives (y − t)/N. */
    private static void rejectedCallChangesNothing(Random rnd, Matrix scores, int[]... badLabels) {
        int[] t = Cases.labels(rnd, scores.rows(), scores.cols());
        SoftmaxWithLoss layer = new SoftmaxWithLoss();
        layer.forward(scores.copy(), t.clone());
        Matrix before = layer.backward();
        for (int[] bad : badLabels) {
            try {
                layer.forward(scores.copy(), bad.clone());
            } catch (IllegalArgumentException expected) {
                // rejected, as the forward test above demands
            }
            String call = "backward() after forward(" + Expect.showEntries(scores) + ", labels " + Expect.show(t)
                    + ") and then a rejected forward with labels " + Expect.show(bad);
            Hint keptTheBad = Hint.always("check the labels before keeping anything:"
                            + " a rejected call must leave y and the labels of the last good forward")
                    .ko("무엇이든 보관하기 전에 레이블부터 확인하세요:"
                            + " 거부된 호출은 마지막으로 성공한 forward의 y와 레이블을 그대로 두어야 합니다");
            Matrix after = Cases.attempt(call, layer::backward, keptTheBad); // it worked before the rejected call
            Expect.holds(call, before.equals(after), "the gradient of the good forward, " + Expect.showEntries(before),
                    Expect.showEntries(after), keptTheBad);
        }
    }

    @Graded(exercise = "5.6", points = 4)
    @DisplayName("SoftmaxWithLoss.backward matches central differences of the loss on 150 seeded batches: (y − t)/N")
    void backwardMatchesNumeric() {
        Random rnd = new Random(5604);
        for (int k = 0; k < 150; k++) {
            int n = 1 + rnd.nextInt(8);
            int classes = 2 + rnd.nextInt(9);
            Matrix scores = Reference.matrix(rnd, n, classes, 3);
            int[] t = Cases.labels(rnd, n, classes);
            SoftmaxWithLoss layer = new SoftmaxWithLoss();
            layer.forward(scores.copy(), t.clone());
            Matrix got = Cases.attempt("SoftmaxWithLoss.backward()", layer::backward);
            Matrix expected = Cases.numeric(s -> Reference.crossEntropy(s, t), scores.copy());
            Matrix y = Reference.softmax(scores);
            Matrix yMinusT = y.minus(oneHot(t, classes));
            String call = "SoftmaxWithLoss.backward() after forward(" + Expect.showEntries(scores) + ", labels "
                    + Expect.show(t) + ")";
            Expect.close(call, expected, got, 1e-6,
                    Hint.when(n > 1 && Expect.near(got, yMinusT, 1e-9),
                            "not divided by N: the loss is a mean over N rows, so ∂L/∂z = (y − t)/N")
                        .ko("N으로 나누지 않았습니다:"
                                + " 손실은 N개 행의 평균이므로 ∂L/∂z = (y − t)/N입니다"),
                    Hint.when(Expect.near(got, yMinusT.scale(-1.0 / n), 1e-9),
                            "the sign: ∂L/∂z = (y − t)/N, not (t − y)/N")
                        .ko("부호를 확인하세요: (t − y)/N이 아니라 ∂L/∂z = (y − t)/N입니다"),
                    Hint.when(Expect.near(got, y.scale(1.0 / n), 1e-9),
                            "t is missing: subtract 1 at each row's correct class, (y − t)/N")
                        .ko("t가 빠졌습니다: 각 행의 정답 클래스에서 1을 빼세요, (y − t)/N"),
                    Hint.when(Expect.near(got, yMinusT.scale(1.0 / classes), 1e-9) && classes != n,
                            "divide by N, the number of rows (samples), not by the number of classes")
                        .ko("클래스 수가 아니라 행(샘플)의 수인 N으로 나누세요"));
        }
    }

    @Graded(exercise = "5.6", points = 2)
    @DisplayName("SoftmaxWithLoss.backward: each row sums to 0, the result is a new matrix each call,"
            + " it uses its forward's y and t even when the caller changes them afterwards, and it needs a forward first")
    void backwardRowsSumToZero() {
        Random rnd = new Random(5605);
        for (int k = 0; k < 40; k++) {
            int n = 1 + rnd.nextInt(6);
            int classes = 2 + rnd.nextInt(6);
            SoftmaxWithLoss layer = new SoftmaxWithLoss();
            Matrix scores = Reference.matrix(rnd, n, classes, 5);
            int[] t = Cases.labels(rnd, n, classes);
            int[] labels = t.clone();
            Matrix input = scores.copy();
            layer.forward(input, labels);
            Expect.holds("SoftmaxWithLoss.forward: the labels afterwards", Arrays.equals(labels, t),
                    "unchanged " + Expect.show(t), Expect.show(labels),
                    Hint.always("forward wrote into the labels it was given: leave them as they are")
                        .ko("forward가 받은 레이블에 썼습니다: 그대로 두세요"));
            Cases.overwrite(input); // the caller reuses its arrays before backward
            for (int i = 0; i < n; i++) labels[i] = (labels[i] + 1) % classes;
            Matrix first = layer.backward();
            Matrix expected = Reference.softmax(scores).minus(oneHot(t, classes)).scale(1.0 / n);
            Expect.close("backward() after forward(" + Expect.showEntries(scores) + ", labels " + Expect.show(t)
                    + "), whose scores and labels the caller then changed", expected, first, 1e-9,
                    Hint.when(Expect.near(first, Reference.softmax(scores).minus(oneHot(labels, classes))
                                    .scale(1.0 / n), 1e-9),
                            "forward kept the caller's labels array, which changed afterwards:"
                                    + " keep a copy (labels.clone())")
                        .ko("forward가 호출한 쪽의 레이블 배열을 붙잡고 있었는데, 그 배열이 나중에 바뀌었습니다:"
                                + " 복사본을 보관하세요 (labels.clone())"),
                    Hint.when(Expect.near(first, Reference.softmax(input).minus(oneHot(t, classes)).scale(1.0 / n), 1e-9)
                                    || Expect.near(first, Reference.softmax(input).minus(oneHot(labels, classes))
                                            .scale(1.0 / n), 1e-9),
                            "forward kept the caller's scores matrix, which changed afterwards:"
                                    + " compute y in forward, into a new matrix of your own")
                        .ko("forward가 호출한 쪽의 점수 행렬을 붙잡고 있었는데, 그 행렬이 나중에 바뀌었습니다:"
                                + " y는 forward에서 새 행렬에 계산해 두세요"));
            Matrix sums = first.rowSums();
            for (int i = 0; i < n; i++) {
                Expect.close("row " + i + " of backward() summed (Σⱼ y[j] = 1 and Σⱼ t[j] = 1)", 0,
                        sums.get(i, 0), 1e-12,
                        Hint.always("subtract exactly 1, at the correct class only: t is one-hot")
                            .ko("정답 클래스에서만 정확히 1을 빼세요: t는 원-핫입니다"));
            }
            first.set(0, 0, 42);
            Matrix second = layer.backward();
            Expect.holds("backward() called twice gives a fresh matrix", second.get(0, 0) != 42, "a new matrix",
                    "the one returned before",
                    Hint.always("return a new matrix: the caller may change the one it got")
                        .ko("새 행렬을 반환하세요:"
                                + " 호출한 쪽에서 받은 행렬을 바꿀 수 있습니다"));
        }
        Expect.rejects("SoftmaxWithLoss.backward() before any forward", IllegalStateException.class,
                () -> new SoftmaxWithLoss().backward(), "forward");
    }
}
