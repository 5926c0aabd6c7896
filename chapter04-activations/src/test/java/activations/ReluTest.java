package activations;

import static activations.Cases.NAN;
import static activations.Cases.nanGivesNaN;
import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import org.junit.jupiter.api.DisplayName;

/** Exercises 4.7 and 4.8: ReLU, max(0, x), and its derivative, 0 at 0 by the course's convention. */
class ReluTest {

    // ---- 4.7 ReLU ----

    @Graded(exercise = "4.7", points = 1)
    @DisplayName("relu is max(0, x) at 0 and at 300 seeded x in [−100, 100]")
    void reluValues() {
        Expect.close("relu(0)", 0, Activations.relu(0), 0);
        Cases.values("relu", Activations::relu, Cases::relu, Cases.points(4701, 300, -100, 100), 0,
                (x, got) -> new Hint[] {
                    Hint.when(x < 0 && got == -x,
                            "that is |x|: ReLU sets negative inputs to 0")
                        .ko("그것은 |x|입니다: ReLU는 음수 입력을 0으로 만듭니다"),
                    Hint.when(x < 0 && got == x,
                            "negative inputs pass through unchanged: ReLU(x) = max(0, x)")
                        .ko("음수 입력이 그대로 통과하고 있습니다: ReLU(x) = max(0, x)"),
                });
    }

    @Graded(exercise = "4.7", points = 1)
    @DisplayName("relu(NaN) is NaN and relu(±Infinity) is Infinity or 0")
    void reluOfSpecialValues() {
        nanGivesNaN("relu", Activations.relu(NAN));
        Expect.close("relu(Infinity)", Double.POSITIVE_INFINITY, Activations.relu(Double.POSITIVE_INFINITY), 0);
        Expect.close("relu(-Infinity)", 0, Activations.relu(Double.NEGATIVE_INFINITY), 0);
    }

    // ---- 4.8 ReLU's derivative ----

    @Graded(exercise = "4.8", points = 2)
    @DisplayName("relu' matches central differences at 300 seeded x in [−50, 50], away from 0")
    void reluDerivativeSlopes() {
        Cases.slopes("reluDerivative", Activations::reluDerivative, Cases::relu, Activations::relu,
                Cases.pointsAwayFromZero(4801, 300, -50, 50),
                (x, got) -> new Hint[] {
                    Hint.when(x > 1 && got == x,
                            "that is ReLU(x) itself; its slope is 1 for x > 0 and 0 otherwise")
                        .ko("그것은 ReLU(x) 자체입니다. 기울기는 x > 0이면 1, 그 밖에는 0입니다"),
                });
    }

    @Graded(exercise = "4.8", points = 2)
    @DisplayName("relu'(0) is 0 (the course's convention), relu'(tiny x > 0) is 1, relu'(NaN) is NaN")
    void reluDerivativeAtZeroAndNaN() {
        double got = Activations.reluDerivative(0.0);
        Expect.close("reluDerivative(0)", 0, got, 0,
                Hint.when(got == 1,
                        "at the kink the course takes the left-hand slope, ReLU'(0) = 0: use x > 0, not x >= 0")
                    .ko("꺾이는 점에서 이 과정은 왼쪽 기울기 ReLU'(0) = 0을 택합니다:"
                            + " x >= 0이 아니라 x > 0을 쓰세요"),
                Hint.when(got == 0.5,
                        "0.5 is the average of the two one-sided slopes; the course uses ReLU'(0) = 0")
                    .ko("0.5는 왼쪽과 오른쪽 기울기의 평균입니다."
                            + " 이 과정은 ReLU'(0) = 0을 씁니다"));
        Expect.close("reluDerivative(-0.0)", 0, Activations.reluDerivative(-0.0), 0);
        Expect.close("reluDerivative(" + show(Double.MIN_VALUE) + ")", 1,
                Activations.reluDerivative(Double.MIN_VALUE), 0);
        nanGivesNaN("reluDerivative", Activations.reluDerivative(NAN));
    }
}
