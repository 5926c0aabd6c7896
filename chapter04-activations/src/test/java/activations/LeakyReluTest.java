package activations;

import static activations.Cases.NAN;
import static activations.Cases.NAN_HINT;
import static activations.Cases.NAN_HINT_KO;
import static activations.Cases.near;
import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;

/** Exercises 4.9 and 4.10: leaky ReLU, x above 0 and αx below, and its derivative. */
class LeakyReluTest {

    // ---- 4.9 Leaky ReLU ----

    @Graded(exercise = "4.9", points = 1)
    @DisplayName("leakyRelu is x for x > 0 and αx otherwise, for 300 seeded (x, α) with α in [0.01, 0.3]")
    void leakyReluValues() {
        Random rnd = new Random(4901);
        for (int i = 0; i < 300; i++) {
            double x = Reference.uniform(rnd, 50);
            double alpha = i == 0 ? 0.01 : 0.01 + rnd.nextDouble() * 0.29;
            double got = Activations.leakyRelu(x, alpha);
            Expect.close("leakyRelu(" + show(x) + ", α=" + show(alpha) + ")", Cases.leaky(x, alpha), got, 1e-15,
                    Hint.when(x < 0 && got == 0,
                            "the leak is missing: for x ≤ 0 leaky ReLU is α·x, not 0")
                        .ko("누수(leak)가 빠졌습니다:"
                                + " x ≤ 0에서 leaky ReLU는 0이 아니라 α·x입니다"),
                    Hint.when(x > 0 && near(got, alpha * x),
                            "for x > 0 leaky ReLU is x itself; α only scales the negative side")
                        .ko("x > 0에서 leaky ReLU는 x 자체입니다. α는 음수 쪽에만 곱합니다"),
                    Hint.when(x < 0 && got != 0 && alpha != 0.01 && near(got, 0.01 * x) && !near(got, alpha * x),
                            "α is a parameter: use the α passed in, not a fixed 0.01")
                        .ko("α는 매개변수입니다: 고정된 0.01이 아니라 전달받은 α를 쓰세요"),
                    Hint.when(x < 0 && near(got, -alpha * x),
                            "for x ≤ 0 it is α·x, which is negative")
                        .ko("x ≤ 0에서는 α·x이며, 이는 음수입니다"));
        }
    }

    @Graded(exercise = "4.9", points = 1)
    @DisplayName("leakyRelu(0, α) is 0 and leakyRelu(NaN, α) is NaN")
    void leakyReluSpecialValues() {
        Expect.close("leakyRelu(0, α=0.1)", 0, Activations.leakyRelu(0, 0.1), 0);
        Expect.close("leakyRelu(-1000, α=0.01)", -10, Activations.leakyRelu(-1000, 0.01), 1e-15);
        Expect.close("leakyRelu(NaN, α=0.01)", NAN, Activations.leakyRelu(NAN, 0.01), 0,
                Hint.always(NAN_HINT)
                    .ko(NAN_HINT_KO));
    }

    // ---- 4.10 Leaky ReLU's derivative ----

    @Graded(exercise = "4.10", points = 2)
    @DisplayName("leakyRelu' matches central differences at 300 seeded (x, α), away from 0")
    void leakyReluDerivativeSlopes() {
        Random rnd = new Random(4902);
        double[] xs = Cases.pointsAwayFromZero(4903, 300, -50, 50);
        for (double x : xs) {
            double alpha = 0.01 + rnd.nextDouble() * 0.29;
            double got = Activations.leakyReluDerivative(x, alpha);
            double expected = Cases.centralDifference(v -> Cases.leaky(v, alpha), x);
            Expect.close("leakyReluDerivative(" + show(x) + ", α=" + show(alpha)
                    + ") against (f(x+h) − f(x−h))/2h", expected, got, 1e-6,
                    Hint.when(x < 0 && got == 0,
                            "the slope of α·x is α, not 0: the leak keeps a small gradient for x ≤ 0")
                        .ko("α·x의 기울기는 0이 아니라 α입니다:"
                                + " 누수 덕분에 x ≤ 0에서도 작은 기울기가 남습니다"),
                    Hint.when(x < 0 && alpha != 0.01 && got == 0.01,
                            "α is a parameter: the slope for x ≤ 0 is the α passed in, not a fixed 0.01")
                        .ko("α는 매개변수입니다: x ≤ 0에서의 기울기는 고정된 0.01이 아니라 전달받은 α입니다"),
                    Hint.when(x < 0 && near(got, alpha * x),
                            "α·x is the function; its slope is the constant α")
                        .ko("α·x는 함수 자체입니다. 그 기울기는 상수 α입니다"));
        }
    }

    @Graded(exercise = "4.10", points = 1)
    @DisplayName("leakyRelu'(0, α) is α (the left-hand slope) and leakyRelu'(NaN, α) is NaN")
    void leakyReluDerivativeAtZeroAndNaN() {
        double got = Activations.leakyReluDerivative(0.0, 0.2);
        Expect.close("leakyReluDerivative(0, α=0.2)", 0.2, got, 0,
                Hint.when(got == 1,
                        "at the kink the course takes the left-hand slope: leaky ReLU'(0) = α (use x > 0, not x >= 0)")
                    .ko("꺾이는 점에서 이 과정은 왼쪽 기울기를 택합니다:"
                            + " leaky ReLU'(0) = α (x >= 0이 아니라 x > 0을 쓰세요)"),
                Hint.when(got == 0.01,
                        "α is a parameter: the slope for x ≤ 0 is the α passed in, not a fixed 0.01")
                    .ko("α는 매개변수입니다: x ≤ 0에서의 기울기는 고정된 0.01이 아니라 전달받은 α입니다"));
        Expect.close("leakyReluDerivative(NaN, α=0.01)", NAN, Activations.leakyReluDerivative(NAN, 0.01), 0,
                Hint.always(NAN_HINT)
                    .ko(NAN_HINT_KO));
    }
}
