package mlp;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

class PredictionsTest {

    // ---- 3.7 Predict: class 1 above 0.5 ----

    @Graded(exercise = "3.7", points = 5)
    @DisplayName("predict gives 1 exactly where ŷ > 0.5 (0.5 itself gives 0)"
            + " for 100 seeded columns, and rejects more than one column")
    void predictThresholdsAtOneHalf() {
        Random rnd = new Random(3701);
        double[] special = {0.5, Math.nextUp(0.5), Math.nextDown(0.5), 0.0, 1.0, 0.4999999, 0.5000001};
        for (int k = 0; k < 100; k++) {
            int n = 1 + rnd.nextInt(12);
            Matrix yHat = Matrix.zeros(n, 1);
            for (int i = 0; i < n; i++) yHat.set(i, 0,
                    rnd.nextInt(3) == 0 ? special[rnd.nextInt(special.length)] : rnd.nextDouble());
            if (k % 2 == 0) yHat.set(rnd.nextInt(n), 0, 0.5); // an exact tie in every other case
            int[] expected = new int[n];
            boolean tie = false;
            for (int i = 0; i < n; i++) {
                expected[i] = yHat.get(i, 0) > 0.5 ? 1 : 0;
                tie |= yHat.get(i, 0) == 0.5;
            }
            Matrix seen = yHat.copy();
            int[] got = Predictions.predict(seen);
            int[] atLeastHalf = new int[n];
            int[] inverted = new int[n];
            for (int i = 0; i < n; i++) {
                atLeastHalf[i] = yHat.get(i, 0) >= 0.5 ? 1 : 0;
                inverted[i] = 1 - expected[i];
            }
            Expect.equal("predict(ŷ=" + show(yHat) + ")", expected, got,
                    Hint.when(tie && java.util.Arrays.equals(got, atLeastHalf),
                            "ŷ = 0.5 is not above the threshold, so it gives 0:"
                                    + " use ŷ > 0.5 (σ(z) > 0.5 exactly when z > 0, and step(0) = 0)")
                        .ko("ŷ = 0.5는 임계값보다 크지 않으므로 0이 됩니다: ŷ > 0.5를"
                                + " 쓰세요(σ(z) > 0.5는 정확히 z > 0일 때이고, step(0) = 0입니다)"),
                    Hint.when(java.util.Arrays.equals(got, inverted),
                            "every class is the other way round: class 1 where ŷ > 0.5, class 0 elsewhere")
                        .ko("모든 클래스가 거꾸로입니다: ŷ > 0.5인 곳이 클래스 1, 나머지가 클래스 0입니다"));
            Expect.holds("predict(ŷ=" + show(yHat) + ") leaves ŷ as it was", seen.equals(yHat),
                    Expect.showEntries(yHat), Expect.showEntries(seen),
                    Hint.always("only read ŷ: the caller still needs it")
                        .ko("ŷ를 읽기만 하세요: 호출한 쪽에서 아직 그것이 필요합니다"));
            int[] asReturned = got.clone();
            Cases.scribble(seen);
            Predictions.predict(yHat.map(v -> 1 - v));
            Expect.equal("predict(ŷ=" + show(yHat) + "), then the caller changes ŷ and calls again:"
                    + " the classes it returned stay as they were", asReturned, got,
                    Hint.always("return a new array of your own: one shared with the next call changes with it")
                        .ko("새로 만든 배열을 돌려주세요: 다음 호출과 공유하는 배열은 그 호출과 함께 바뀝니다"));
        }
        for (int cols = 2; cols <= 3; cols++) {
            Matrix wide = Reference.matrix(rnd, 4, cols, 1);
            Cases.rejectsShapes("predict(ŷ " + wide.shape() + ")", () -> Predictions.predict(wide),
                    new Matrix[] {wide}, wide);
        }
    }

    // ---- 3.8 Accuracy ----

    @Graded(exercise = "3.8", points = 5)
    @DisplayName("accuracy is the fraction of predictions equal to their labels,"
            + " from 0 to 1, for 200 seeded cases; lengths must match")
    void accuracyIsAFraction() {
        Random rnd = new Random(3702);
        for (int k = 0; k < 200; k++) {
            int n = 1 + rnd.nextInt(50);
            int[] predictions = new int[n];
            int[] labels = new int[n];
            int right = 0;
            for (int i = 0; i < n; i++) {
                predictions[i] = rnd.nextInt(2);
                labels[i] = k % 10 == 0 ? predictions[i] : rnd.nextInt(2);
                if (predictions[i] == labels[i]) right++;
            }
            double expected = (double) right / n;
            int[] predictionsSeen = predictions.clone();
            int[] labelsSeen = labels.clone();
            double got = Predictions.accuracy(predictionsSeen, labelsSeen);
            Expect.close("accuracy(" + Expect.show(predictions) + ", " + Expect.show(labels) + "), " + right
                    + " of " + n + " right",
                    expected, got, 1e-12,
                    Hint.when(got == right && n > 1,
                            "that is the count of right answers; accuracy is the fraction, count / n")
                        .ko("그것은 맞힌 개수입니다. 정확도는 비율, 즉 count / n입니다"),
                    Hint.when(got == right / n && got != expected,
                            "integer division: right / n with two ints rounds down; divide as doubles")
                        .ko("정수 나눗셈입니다: 두 int로 계산한 right / n은 내림됩니다."
                                + " double로 나누세요"),
                    Hint.when(Expect.near(got, 1 - expected, 1e-12) && expected != 0.5,
                            "that is the error rate: count the predictions that equal their labels")
                        .ko("그것은 오류율입니다: 레이블과 같은 예측을 세세요"));
            String call = "accuracy(" + Expect.show(predictions) + ", " + Expect.show(labels) + ")";
            Expect.equal(call + " leaves the predictions as they were", predictions, predictionsSeen, onlyRead());
            Expect.equal(call + " leaves the labels as they were", labels, labelsSeen, onlyRead());
        }
        rejectsLengths(new int[] {1, 0, 1}, new int[] {1, 0, 1, 1});
        rejectsLengths(new int[] {1, 0, 1, 0, 0}, new int[] {1, 0});
        Expect.rejects("accuracy of no predictions", IllegalArgumentException.class,
                () -> Predictions.accuracy(new int[0], new int[0]));
    }

    /** accuracy must reject predictions and labels of different lengths, naming both, and leave them as they were. */
    private static void rejectsLengths(int[] predictions, int[] labels) {
        int[] p = predictions.clone();
        int[] l = labels.clone();
        String call = "accuracy of " + p.length + " predictions and " + l.length + " labels";
        Expect.rejects(call, IllegalArgumentException.class, () -> Predictions.accuracy(p, l),
                Integer.toString(p.length), Integer.toString(l.length));
        Expect.equal(call + " rejected, then the predictions", predictions, p, onlyRead());
        Expect.equal(call + " rejected, then the labels", labels, l, onlyRead());
    }

    private static Hint onlyRead() {
        return Hint.always("only read the arrays: the caller's predictions and labels are not yours to change")
            .ko("배열을 읽기만 하세요: 호출한 쪽의 예측과 레이블은 바꾸면 안 됩니다");
    }
}
