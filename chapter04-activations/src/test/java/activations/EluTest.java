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

/** Exercises 4.11 and 4.12: ELU, x above 0 and α(eˣ − 1) below, and its derivative. */
class EluTest {

    // ---- 4.11 ELU ----

    @Graded(exercise = "4.11", points = 2)
    @DisplayName("elu is x for x > 0 and α(eˣ − 1) otherwise, for 300 seeded (x, α) with α in [0.1, 2]")
    void eluValues() {
        Random rnd = new Random(5101);
        for (int i = 0; i < 300; i++) {
            double x = Reference.uniform(rnd, 10);
            double alpha = i == 0 ? 1.0 : 0.1 + rnd.nextDouble() * 1.9;
            double got = Activations.elu(x, alpha);
            Expect.close("elu(" + show(x) + ", α=" + show(alpha) + ")", Cases.elu(x, alpha), got, 1e-12,
                    Hint.when(x < 0 && near(got, alpha * Math.exp(x)),
                            "the − 1 is missing: α(eˣ − 1), so that ELU(0) = 0")
                        .ko("− 1이 빠졌습니다: ELU(0) = 0이 되도록 α(eˣ − 1)입니다"),
                    Hint.when(x < 0 && alpha != 1 && near(got, Math.expm1(x)),
                            "α is missing: α(eˣ − 1)")
                        .ko("α가 빠졌습니다: α(eˣ − 1)"),
                    Hint.when(x > 0 && near(got, alpha * x),
                            "for x > 0 ELU is x itself")
                        .ko("x > 0에서 ELU는 x 자체입니다"));
        }
    }

    @Graded(exercise = "4.11", points = 1)
    @DisplayName("elu is 0 at 0, −α at −1000, 1000 at 1000, ≈x at x = −1e−10; NaN gives NaN")
    void eluSpecialValues() {
        Expect.close("elu(0, α=1.5)", 0, Activations.elu(0, 1.5), 0);
        Expect.close("elu(-1000, α=1.5)", -1.5, Activations.elu(-1000, 1.5), 1e-15);
        Expect.close("elu(1000, α=1.5)", 1000, Activations.elu(1000, 1.5), 0);
        Expect.close("elu(-1e-10, α=1)", -1e-10, Activations.elu(-1e-10, 1), 1e-15);
        Expect.close("elu(NaN, α=1)", NAN, Activations.elu(NAN, 1), 0,
                Hint.always(NAN_HINT)
                    .ko(NAN_HINT_KO));
    }

    // ---- 4.12 ELU's derivative ----

    @Graded(exercise = "4.12", points = 2)
    @DisplayName("elu' matches central differences at 300 seeded (x, α), away from 0")
    void eluDerivativeSlopes() {
        Random rnd = new Random(5201);
        for (double x : Cases.pointsAwayFromZero(5202, 300, -10, 10)) {
            double alpha = 0.1 + rnd.nextDouble() * 1.9;
            double got = Activations.eluDerivative(x, alpha);
            double expected = Cases.centralDifference(v -> Cases.elu(v, alpha), x);
            Expect.close("eluDerivative(" + show(x) + ", α=" + show(alpha) + ") against (f(x+h) − f(x−h))/2h",
                    expected, got, 1e-6,
                    Hint.when(x < 0 && near(got, Math.exp(x)),
                            "α is missing: the slope of α(eˣ − 1) is α·eˣ")
                        .ko("α가 빠졌습니다: α(eˣ − 1)의 기울기는 α·eˣ입니다"),
                    Hint.when(x < 0 && near(got, alpha * Math.expm1(x)),
                            "that is ELU(x) itself; its slope is α·eˣ")
                        .ko("그것은 ELU(x) 자체입니다. 기울기는 α·eˣ입니다"));
        }
    }

    @Graded(exercise = "4.12", points = 1)
    @DisplayName("elu'(0, α) is α (the left-hand slope), elu'(−1000, α) is 0, NaN gives NaN")
    void eluDerivativeSpecialValues() {
        double got = Activations.eluDerivative(0.0, 1.7);
        Expect.close("eluDerivative(0, α=1.7)", 1.7, got, 1e-15,
                Hint.when(got == 1,
                        "at x = 0 the course takes the left-hand branch: α·e⁰ = α")
                    .ko("x = 0에서 이 과정은 왼쪽 분기를 택합니다: α·e⁰ = α"));
        Expect.close("eluDerivative(-1000, α=1.7)", 0, Activations.eluDerivative(-1000, 1.7), 0);
        Expect.close("eluDerivative(1000, α=1.7)", 1, Activations.eluDerivative(1000, 1.7), 0);
        Expect.close("eluDerivative(NaN, α=1)", NAN, Activations.eluDerivative(NAN, 1), 0,
                Hint.always(NAN_HINT)
                    .ko(NAN_HINT_KO));
    }
}
