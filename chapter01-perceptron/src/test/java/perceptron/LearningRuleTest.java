package perceptron;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Datasets;
import toolkit.LabeledData;

class LearningRuleTest {

    // ---- 1.6 One learning step ----

    @Graded(exercise = "1.6", points = 6)
    @DisplayName("update leaves the perceptron unchanged when it already predicts the label")
    void updateKeepsARightPerceptron() {
        Random rnd = new Random(601);
        for (int i = 0; i < 200; i++) {
            int n = 1 + rnd.nextInt(8);
            Perceptron p = new Perceptron(Reference.vector(rnd, n, 2), rnd.nextDouble() - 0.5);
            double[] x = Reference.vector(rnd, n, 2);
            int label = Cases.predict(p, x);
            double eta = 0.05 + rnd.nextDouble();
            double[] xBefore = x.clone();
            String call = "update(" + p + ", x=" + show(x) + ", y=" + label + ", η=" + eta + ")";
            Perceptron got = LearningRule.update(p, x, label, eta);
            Cases.unchanged(call, "inputs", xBefore, x);
            if (byYourPredict(p, x, label, eta, got)) continue;
            Expect.same(call + ": the prediction is already right", p, got,
                    Hint.always("when ŷ = y the error y − ŷ is 0, so every change η(y − ŷ)xᵢ is 0")
                        .ko("ŷ = y이면 오차 y − ŷ가 0이므로 모든"
                                + " 변화량 η(y − ŷ)xᵢ도 0입니다"));
        }
    }

    @Graded(exercise = "1.6", points = 7)
    @DisplayName("update moves w and b towards a missed 1: w + η x, b + η, with learning rates other than 1")
    void updateAfterAMissedOne() {
        checkUpdates(new Random(602), 1);
    }

    @Graded(exercise = "1.6", points = 7)
    @DisplayName("update moves w and b away from a false 1: w − η x, b − η, with learning rates other than 1;"
            + " x stays as it was, and the new perceptron does not share it")
    void updateAfterAFalseOne() {
        checkUpdates(new Random(603), 0);
    }

    private static void checkUpdates(Random rnd, int label) {
        int checked = 0;
        while (checked < 200) {
            int n = 1 + rnd.nextInt(8);
            Perceptron p = new Perceptron(Reference.vector(rnd, n, 2), rnd.nextDouble() - 0.5);
            double[] x = Reference.vector(rnd, n, 2);
            if (Cases.predict(p, x) == label) continue; // only wrong predictions here
            double eta = 0.01 + rnd.nextDouble() * 1.5;
            int error = label - Cases.predict(p, x);
            double[] expectedW = p.weights();
            double[] reversedW = p.weights();
            double[] noEtaW = p.weights();
            for (int i = 0; i < n; i++) {
                expectedW[i] += eta * error * x[i];
                reversedW[i] -= eta * error * x[i];
                noEtaW[i] += error * x[i];
            }
            double expectedB = p.bias() + eta * error;
            double[] xBefore = x.clone();
            String call = "update(" + p + ", x=" + show(xBefore) + ", y=" + label + ", η=" + eta + ")";
            Perceptron got = LearningRule.update(p, x, label, eta);
            Cases.unchanged(call, "inputs", xBefore, x);
            double[] w = got.weights();
            java.util.Arrays.fill(x, 99); // the caller reuses its array: the new perceptron must not see that
            Expect.close(call + " weights, after the caller changed its x", w, got.weights(), 0);
            checked++;
            if (byYourPredict(p, xBefore, label, eta, got)) continue;
            Expect.close(call + " weights", expectedW, w, 1e-9,
                    Hint.when(Arrays.equals(w, p.weights()),
                            "the weights did not move: add η(y − ŷ)xᵢ to each wᵢ")
                        .ko("가중치가 바뀌지 않았습니다: 각 wᵢ에 η(y − ŷ)xᵢ를 더하세요"),
                    Hint.when(closeAll(w, reversedW),
                            "the change has the wrong sign: use the error y − ŷ, not ŷ − y")
                        .ko("변화의 부호가 틀렸습니다: ŷ − y가 아니라 오차 y − ŷ를 쓰세요"),
                    Hint.when(closeAll(w, noEtaW),
                            "the learning rate η is missing: the change is η(y − ŷ)xᵢ")
                        .ko("학습률 η가 빠졌습니다: 변화량은 η(y − ŷ)xᵢ입니다"));
            Expect.close(call + " bias", expectedB, got.bias(), 1e-9,
                    Hint.when(got.bias() == p.bias(),
                            "the bias did not move: it learns too, b ← b + η(y − ŷ)")
                        .ko("편향이 바뀌지 않았습니다: 편향도 학습합니다, b ← b + η(y − ŷ)"),
                    Hint.when(Math.abs(got.bias() - (p.bias() - eta * error)) < 1e-9,
                            "the bias moves the wrong way: b ← b + η(y − ŷ)")
                        .ko("편향이 반대 방향으로 움직입니다: b ← b + η(y − ŷ)"));
        }
    }

    /**
     * Is {@code got} the rule applied with the student's own predict (1.3) where that differs from
     * the course's? Then update is right by itself, and only predict needs fixing.
     */
    private static boolean byYourPredict(Perceptron p, double[] x, int label, double eta, Perceptron got) {
        Integer yHat = Cases.yours(() -> Neuron.predict(p, x.clone()));
        if (got == null || yHat == null || yHat == Cases.predict(p, x)) return false;
        Perceptron expected = Training.COURSE.update(p, x, label, eta, yHat);
        return closeAll(expected.weights(), got.weights()) && Math.abs(expected.bias() - got.bias()) < 1e-9;
    }

    private static boolean closeAll(double[] a, double[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9) return false;
        }
        return true;
    }

    // ---- 1.7 Training until no mistakes ----

    @Graded(exercise = "1.7", points = 6)
    @DisplayName("train converges on 20 seeded linearly separable datasets of 2 to 6 features, and classifies them all")
    void trainConvergesOnSeparableData() {
        Random rnd = new Random(701);
        for (int k = 0; k < 20; k++) {
            LabeledData data = separable(rnd, 2 + rnd.nextInt(5), 20 + rnd.nextInt(40));
            double eta = 0.1 + rnd.nextDouble();
            TrainingResult r = LearningRule.train(data, eta, 1000);
            if (Training.byYourRule(r, data, eta, 1000)) continue;
            String call = "train(" + data + ", η=" + eta + ", maxEpochs=1000)";
            Expect.equal(call + " converged", true, r.converged(),
                    Hint.always("separable data always converges: keep going until an epoch has no mistakes")
                        .ko("선형 분리 가능한 데이터는 반드시 수렴합니다:"
                                + " 실수가 없는 에폭이 나올 때까지 계속하세요"));
            for (int i = 0; i < data.size(); i++) {
                Expect.equal(call + ": the trained perceptron on sample " + i, data.label(i),
                        Cases.predict(r.perceptron(), data.input(i)));
            }
        }
    }

    @Graded(exercise = "1.7", points = 7)
    @DisplayName("train follows the rule step by step: zero start, samples in order,"
            + " the same weights and mistakes as the lesson's algorithm")
    void trainFollowsTheLearningRuleExactly() {
        Random rnd = new Random(702);
        for (int k = 0; k < 15; k++) {
            LabeledData data = k == 0 ? Datasets.or() : separable(rnd, 2 + rnd.nextInt(3), 8 + rnd.nextInt(20));
            double eta = k == 0 ? 0.25 : 0.05 + rnd.nextDouble();
            int maxEpochs = k % 4 == 3 ? 2 : 500;
            TrainingResult expected = Training.run(data, eta, maxEpochs, Training.COURSE);
            TrainingResult got = LearningRule.train(data, eta, maxEpochs);
            if (Training.byYourRule(got, data, eta, maxEpochs)) continue;
            String call = "train(" + data + ", η=" + eta + ", maxEpochs=" + maxEpochs + ")";
            // The two usual slips, each recognised by the mistakes it counts.
            String gotMistakes = Arrays.toString(got.mistakesPerEpoch());
            String reversed = Arrays.toString(Training.run(data, eta, maxEpochs, Training.COURSE, true, false)
                    .mistakesPerEpoch());
            String countedAfter = Arrays.toString(Training.run(data, eta, maxEpochs, Training.COURSE, false, true)
                    .mistakesPerEpoch());
            String right = Arrays.toString(expected.mistakesPerEpoch());
            Expect.same(call + " mistakes per epoch", right, gotMistakes,
                    Hint.when(gotMistakes.equals(reversed) && !reversed.equals(right),
                            "these are the mistakes of the samples visited last to first:"
                                    + " an epoch visits them in the data's order, sample 0 first")
                        .ko("샘플을 마지막부터 거꾸로 방문했을 때의 실수 횟수입니다:"
                                + " 에폭은 데이터의 순서대로, 샘플 0부터 방문합니다"),
                    Hint.when(gotMistakes.equals(countedAfter) && !countedAfter.equals(right),
                            "these mistakes were counted after the update: compare the prediction"
                                    + " with the label first, then update")
                        .ko("갱신한 뒤에 실수를 세었습니다: 먼저 예측을 레이블과 비교하고,"
                                + " 그다음에 갱신하세요"));
            double[] w = got.perceptron().weights();
            double[] wRight = expected.perceptron().weights();
            Expect.close(call + " weights", wRight, w, 1e-9,
                    Hint.when(proportional(wRight, expected.perceptron().bias(), w, got.perceptron().bias()),
                            "the weights and bias are the right ones times a constant:"
                                    + " pass train's learningRate η to every update, not a fixed number")
                        .ko("가중치와 편향이 올바른 값에 상수를 곱한 것입니다:"
                                + " 고정된 수가 아니라 train의 learningRate η를 매번 update에 넘기세요"));
            Expect.close(call + " bias", expected.perceptron().bias(), got.perceptron().bias(), 1e-9);
            Expect.equal(call + " epochs", expected.epochs(), got.epochs());
            Expect.equal(call + " converged", expected.converged(), got.converged());
        }
    }

    @Graded(exercise = "1.7", points = 6)
    @DisplayName("train on XOR stops at the epoch limit without converging, with mistakes in every epoch")
    void trainGivesUpOnXor() {
        for (int maxEpochs : new int[] {7, 23, 60}) {
            for (double eta : new double[] {0.1, 0.7}) {
                TrainingResult r = LearningRule.train(Datasets.xor(), eta, maxEpochs);
                if (Training.byYourRule(r, Datasets.xor(), eta, maxEpochs)) continue;
                String call = "train(XOR, η=" + eta + ", maxEpochs=" + maxEpochs + ")";
                Expect.equal(call + " converged", false, r.converged(),
                        Hint.always("no line separates XOR:"
                                + " training must stop at the epoch limit and say it did not converge")
                            .ko("XOR을 가르는 직선은 없습니다:"
                                    + " 에폭 한도에서 멈추고 수렴하지 않았다고 알려야 합니다"));
                Expect.equal(call + " epochs", maxEpochs, r.epochs(),
                        Hint.when(r.epochs() < maxEpochs,
                                "stop early only after an epoch with no mistakes")
                            .ko("실수가 없는 에폭 뒤에만 일찍 멈추세요"));
                for (int e = 0; e < r.epochs(); e++) {
                    Expect.holds(call + " mistakes in epoch " + (e + 1), r.mistakesPerEpoch()[e] > 0,
                            "at least 1", Integer.toString(r.mistakesPerEpoch()[e]));
                }
            }
        }
    }

    @Graded(exercise = "1.7", points = 4)
    @DisplayName("train counts the error-free epoch: data the zero perceptron already gets right takes 1 epoch")
    void trainCountsTheErrorFreeEpoch() {
        Random rnd = new Random(704);
        for (int k = 0; k < 10; k++) {
            int n = 1 + rnd.nextInt(5);
            double[][] x = new double[3 + rnd.nextInt(6)][];
            for (int i = 0; i < x.length; i++) x[i] = Reference.vector(rnd, n, 1);
            LabeledData allZero = new LabeledData("all-zero labels", x, new int[x.length]);
            TrainingResult r = LearningRule.train(allZero, 0.5, 10);
            if (Training.byYourRule(r, allZero, 0.5, 10)) continue;
            String call = "train(" + x.length + " samples, all labelled 0)";
            Expect.equal(call + " epochs", 1, r.epochs(),
                    Hint.when(r.epochs() == 0,
                            "count the epoch that made no mistakes: it ran, so epochs is 1")
                        .ko("실수가 없었던 에폭도 세세요: 실행되었으므로 epochs는 1입니다"));
            Expect.same(call + " mistakes per epoch", "[0]", Arrays.toString(r.mistakesPerEpoch()));
            Expect.equal(call + " converged", true, r.converged());
        }
    }

    @Graded(exercise = "1.7", points = 2)
    @DisplayName("train rejects a learning rate that is not positive and an epoch limit below 1, and accepts 1 epoch")
    void trainChecksItsSettings() {
        LabeledData and = Datasets.and();
        for (double eta : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            Expect.rejects("train(AND, η=" + eta + ", maxEpochs=10)", IllegalArgumentException.class,
                    () -> LearningRule.train(and, eta, 10), "learningRate");
        }
        for (int maxEpochs : new int[] {0, -3}) {
            Expect.rejects("train(AND, η=0.1, maxEpochs=" + maxEpochs + ")", IllegalArgumentException.class,
                    () -> LearningRule.train(and, 0.1, maxEpochs), "maxEpochs");
        }
        Expect.same("the AND data after the rejected calls", Datasets.and(), and);
        TrainingResult one = LearningRule.train(Datasets.xor(), 0.1, 1);
        Expect.equal("train(XOR, η=0.1, maxEpochs=1) epochs", 1, one.epochs(),
                Hint.when(true,
                        "maxEpochs = 1 is a valid limit: run exactly one epoch")
                    .ko("maxEpochs = 1도 올바른 한도입니다: 정확히 한 에폭을 실행하세요"));
        Expect.equal("train(AND, η=Double.MIN_VALUE, maxEpochs=2) epochs", 2,
                LearningRule.train(Datasets.and(), Double.MIN_VALUE, 2).epochs());
    }

    /** Points on either side of a random hyperplane through the middle of the data, with a margin. */
    static LabeledData separable(Random rnd, int features, int samples) {
        double[] w = Reference.vector(rnd, features, 1);
        double b = (rnd.nextDouble() - 0.5) * 0.5;
        double norm = Math.sqrt(Cases.dot(w, w));
        double[][] x = new double[samples][];
        int[] y = new int[samples];
        int i = 0;
        while (i < samples) {
            double[] p = Reference.vector(rnd, features, 1);
            double distance = (Cases.dot(w, p) + b) / norm;
            if (Math.abs(distance) < 0.1) continue; // keep a margin, so training ends quickly
            x[i] = p;
            y[i] = distance > 0 ? 1 : 0;
            i++;
        }
        return new LabeledData("separable data " + samples + "×" + features, x, y);
    }

    /** Is (w, b) the right (w₀, b₀) times one constant other than 1: a learning rate that was not passed on? */
    private static boolean proportional(double[] w0, double b0, double[] w, double b) {
        if (w.length != w0.length) return false;
        double[] right = Arrays.copyOf(w0, w0.length + 1);
        double[] got = Arrays.copyOf(w, w.length + 1);
        right[w0.length] = b0;
        got[w.length] = b;
        int largest = 0; // the ratio is read off the largest entry, never off a 0
        for (int j = 1; j < right.length; j++) if (Math.abs(right[j]) > Math.abs(right[largest])) largest = j;
        double k = got[largest] / right[largest];
        if (!(k > 0) || Math.abs(k - 1) < 1e-9) return false;
        for (int j = 0; j < right.length; j++) {
            if (!Expect.near(right[j] * k, got[j], 1e-9)) return false;
        }
        return true;
    }
}
