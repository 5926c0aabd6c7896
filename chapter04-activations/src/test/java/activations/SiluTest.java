package activations;

import static activations.Cases.NAN;
import static activations.Cases.nanGivesNaN;
import static activations.Cases.near;
import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import org.junit.jupiter.api.DisplayName;

/** Exercises 4.16 and 4.17: SiLU, x·σ(x), and its derivative. */
class SiluTest {

    /** SiLU on top of the student's own sigmoid (exercise 4.3). */
    private static final Cases.OnEarlier SILU_ON_YOUR_SIGMOID =
            new Cases.OnEarlier(x -> x * Activations.sigmoid(x), Cases::silu);

    /** SiLU' = σ(1 + x(1 − σ)) on top of the student's own sigmoid (exercise 4.3). */
    private static final Cases.OnEarlier SLOPE_ON_YOUR_SIGMOID = new Cases.OnEarlier(x -> {
        double s = Activations.sigmoid(x);
        return s * (1 + x * (1 - s));
    }, SiluTest::siluSlope);

    /** SiLU' = σ + x·σ' on top of the student's own sigmoid and sigmoidDerivative (exercises 4.3, 4.4). */
    private static final Cases.OnEarlier SLOPE_ON_YOUR_SIGMOID_DERIVATIVE = new Cases.OnEarlier(
            x -> Activations.sigmoid(x) + x * Activations.sigmoidDerivative(x), SiluTest::siluSlope);

    /** σ(x)·(1 + x·σ(−x)), the tests' own SiLU'. */
    static double siluSlope(double x) {
        return Reference.sigmoid(x) * (1 + x * Reference.sigmoid(-x));
    }

    // ---- 4.16 SiLU ----

    @Graded(exercise = "4.16", points = 2)
    @DisplayName("silu matches x·σ(x) at 0 and at 300 seeded x in [−20, 20]")
    void siluValues() {
        Expect.close("silu(0)", 0, Activations.silu(0), 0);
        Cases.values("silu", Activations::silu, Cases::silu, Cases.points(5601, 300, -20, 20), 1e-12,
                (x, got) -> new Hint[] {
                    Cases.uses("4.3", "sigmoid", Activations::sigmoid, Reference::sigmoid, x),
                    Hint.when(near(got, Reference.sigmoid(x)),
                            "that is σ(x); SiLU multiplies it by x: x·σ(x)")
                        .ko("그것은 σ(x)입니다. SiLU는 여기에 x를 곱합니다: x·σ(x)"),
                    Hint.when(near(got, x * Reference.sigmoid(-x)),
                            "the sign inside σ: SiLU(x) = x·σ(x) = x/(1 + e^(−x))")
                        .ko("σ 안의 부호를 확인하세요: SiLU(x) = x·σ(x) = x/(1 + e^(−x))"),
                }, SILU_ON_YOUR_SIGMOID);
    }

    @Graded(exercise = "4.16", points = 1)
    @DisplayName("silu is x at large x and 0 (not NaN) at very negative x; NaN gives NaN")
    void siluSpecialValues() {
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double got = Activations.silu(x);
            if (SILU_ON_YOUR_SIGMOID.explains(x, got, 1e-15)) continue;
            Expect.close("silu(" + show(x) + ")", Cases.silu(x), got, 1e-15,
                    Hint.when(Double.isNaN(got),
                            "x·eˣ/(1 + eˣ) is Infinity/Infinity at large x:"
                                    + " use x·σ(x) with a σ that stays finite")
                        .ko("큰 x에서 x·eˣ/(1 + eˣ)는 Infinity/Infinity입니다:"
                                + " 유한하게 유지되는 σ로 x·σ(x)를 쓰세요"));
        }
        nanGivesNaN("silu", Activations.silu(NAN));
    }

    // ---- 4.17 SiLU's derivative ----

    @Graded(exercise = "4.17", points = 3)
    @DisplayName("silu' matches central differences of x·σ(x)"
            + " at 300 seeded x in [−12, 12], called after silu at other points")
    void siluDerivativeSlopes() {
        Cases.slopes("siluDerivative", Activations::siluDerivative, Cases::silu, Activations::silu,
                Cases.points(5701, 300, -12, 12),
                (x, got) -> {
                    double s = Reference.sigmoid(x);
                    return new Hint[] {
                        Cases.uses("4.3", "sigmoid", Activations::sigmoid, Reference::sigmoid, x),
                        Hint.when(near(got, s),
                                "the product rule: d/dx [x·σ(x)] = σ(x) + x·σ'(x); the second term is missing")
                            .ko("곱의 미분법: d/dx [x·σ(x)] = σ(x) + x·σ'(x)입니다."
                                    + " 두 번째 항이 빠졌습니다"),
                        Hint.when(near(got, x * s * (1 - s)),
                                "the product rule: σ(x) + x·σ'(x); σ(x) is missing")
                            .ko("곱의 미분법: σ(x) + x·σ'(x)입니다. σ(x)가 빠졌습니다"),
                        Hint.when(near(got, s * (1 + x * s)),
                                "σ(x)·(1 + x·(1 − σ(x))): it is 1 − σ inside, not σ")
                            .ko("σ(x)·(1 + x·(1 − σ(x))): 안쪽은 σ가 아니라 1 − σ입니다"),
                    };
                }, SLOPE_ON_YOUR_SIGMOID, SLOPE_ON_YOUR_SIGMOID_DERIVATIVE);
    }

    private static final Cases.OnEarlier[] BOTH_WAYS = {SLOPE_ON_YOUR_SIGMOID, SLOPE_ON_YOUR_SIGMOID_DERIVATIVE};

    @Graded(exercise = "4.17", points = 1)
    @DisplayName("silu' is 0.5 at 0, 1 at large x, 0 (not NaN) at very negative x; NaN gives NaN")
    void siluDerivativeSpecialValues() {
        double atZero = Activations.siluDerivative(0);
        if (!Cases.OnEarlier.explain(BOTH_WAYS, 0, atZero, 1e-15)) {
            Expect.close("siluDerivative(0)", 0.5, atZero, 1e-15);
        }
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double got = Activations.siluDerivative(x);
            if (Cases.OnEarlier.explain(BOTH_WAYS, x, got, 1e-12)) continue;
            Expect.close("siluDerivative(" + show(x) + ")", siluSlope(x), got, 1e-12,
                    Hint.when(Double.isNaN(got),
                            "an exp overflowed to Infinity: write it with σ(x), e.g. σ(x)·(1 + x·(1 − σ(x)))")
                        .ko("exp가 Infinity로 오버플로했습니다:"
                                + " σ(x)로 쓰세요, 예: σ(x)·(1 + x·(1 − σ(x)))"));
        }
        nanGivesNaN("siluDerivative", Activations.siluDerivative(NAN));
    }
}
