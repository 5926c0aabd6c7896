package activations;

import static activations.Cases.NAN;
import static activations.Cases.nanGivesNaN;
import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;

/** Exercises 4.1 and 4.2: the step function and its derivative, 0 everywhere but at its jump. */
class StepTest {

    // ---- 4.1 The step function ----

    @Graded(exercise = "4.1", points = 1)
    @DisplayName("step is 0 at 0 and below, 1 above, for 400 seeded x from ±1e-300 to ±1e6")
    void stepValues() {
        double got = Activations.step(0.0);
        Expect.close("step(0)", 0, got, 0,
                Hint.when(got == 1,
                        "step(0) must be 0: it fires only when x > 0 (use >, not >=)")
                    .ko("step(0)은 0이어야 합니다:"
                            + " x > 0일 때만 발화합니다 (>=가 아니라 >를 쓰세요)"));
        Expect.close("step(-0.0)", 0, Activations.step(-0.0), 0);
        Random rnd = new Random(4101);
        for (int i = 0; i < 400; i++) {
            double x = (i % 2 == 0 ? 1 : -1) * Math.pow(10, -300 + rnd.nextDouble() * 306);
            double y = Activations.step(x);
            Expect.close("step(" + show(x) + ")", x > 0 ? 1 : 0, y, 0,
                    Hint.when(y == -1,
                            "the step gives 0 or 1; −1 or 1 is the sign function")
                        .ko("계단 함수는 0 또는 1을 냅니다. −1 또는 1은 부호 함수입니다"),
                    Hint.when(x > 0 && x < 1 && y == 0,
                            "every positive x fires, however small: compare with 0")
                        .ko("아무리 작아도 양수 x는 모두 발화합니다: 0과 비교하세요"));
        }
        Expect.close("step(Infinity)", 1, Activations.step(Double.POSITIVE_INFINITY), 0);
        Expect.close("step(-Infinity)", 0, Activations.step(Double.NEGATIVE_INFINITY), 0);
    }

    @Graded(exercise = "4.1", points = 1)
    @DisplayName("step(NaN) is NaN")
    void stepOfNaN() {
        nanGivesNaN("step", Activations.step(NAN));
    }

    // ---- 4.2 The step's derivative ----

    @Graded(exercise = "4.2", points = 1)
    @DisplayName("step' is 0 at 0 and at 400 seeded x, matching central differences away from 0")
    void stepDerivativeIsZero() {
        double atZero = Activations.stepDerivative(0.0);
        Expect.close("stepDerivative(0)", 0, atZero, 0,
                Hint.when(Double.isInfinite(atZero),
                        "the step jumps at 0 and has no derivative there; the course returns 0"
                                + " (an infinite slope would tell gradient descent nothing useful either)")
                    .ko("계단 함수는 0에서 값이 뛰므로 그곳에는 도함수가 없습니다."
                            + " 이 과정에서는 0을 반환합니다 (무한대 기울기는"
                            + " 경사 하강법에도 쓸모 있는 정보를 주지 못합니다)"),
                Hint.when(atZero == 1 && Activations.stepDerivative(2.0) == 1 && Activations.stepDerivative(-2.0) == 0,
                        "that is a value of the step (taken with x ≥ 0), not its slope: the step is flat on both sides")
                    .ko("그것은 계단 함수의 기울기가 아니라 (x ≥ 0으로 잡은) 값입니다:"
                            + " 계단 함수는 양쪽 모두 평평합니다"));
        double[] xs = Cases.pointsAwayFromZero(4201, 400, -1000, 1000);
        Cases.values("stepDerivative", Activations::stepDerivative,
                x -> Cases.centralDifference(v -> v > 0 ? 1 : 0, x), xs, 1e-12,
                (x, got) -> new Hint[] {
                        Hint.when(got == (x > 0 ? 1 : 0),
                                "that is step(x) itself: its slope is 0 wherever it has one")
                            .ko("그것은 step(x) 자체입니다:"
                                    + " 기울기가 있는 곳에서는 어디서나 기울기가 0입니다")});
    }

    @Graded(exercise = "4.2", points = 1)
    @DisplayName("step'(NaN) is NaN")
    void stepDerivativeOfNaN() {
        nanGivesNaN("stepDerivative", Activations.stepDerivative(NAN));
    }
}
