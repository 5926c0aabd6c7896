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

/** Exercises 4.5 and 4.6: tanh without overflow, and its derivative 1 − tanh². */
class TanhTest {

    /** tanh' on top of the student's own tanh (exercise 4.5), which tanhDerivative may call. */
    static final Cases.OnEarlier ON_YOUR_TANH = new Cases.OnEarlier(x -> {
        double t = Activations.tanh(x);
        return 1 - t * t;
    }, Cases::tanhSlope);

    // ---- 4.5 tanh ----

    @Graded(exercise = "4.5", points = 2)
    @DisplayName("tanh matches (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) at 0 and at 300 seeded x in [−10, 10]")
    void tanhValues() {
        Expect.close("tanh(0)", 0, Activations.tanh(0), 0);
        Cases.values("tanh", Activations::tanh, Math::tanh, Cases.points(4501, 300, -10, 10), 1e-12,
                (x, got) -> new Hint[] {
                    Hint.when(near(got, Reference.sigmoid(x)),
                            "that is the sigmoid; tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), between −1 and 1")
                        .ko("그것은 시그모이드입니다."
                                + " tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)이며, −1과 1 사이입니다"),
                    Hint.when(near(got, Math.sinh(x)),
                            "that is sinh(x) = (eˣ − e⁻ˣ)/2: divide by (eˣ + e⁻ˣ), not by 2")
                        .ko("그것은 sinh(x) = (eˣ − e⁻ˣ)/2입니다:"
                                + " 2가 아니라 (eˣ + e⁻ˣ)로 나누세요"),
                    Hint.when(near(got, -Math.tanh(x)),
                            "the sign is flipped: tanh rises with x")
                        .ko("부호가 뒤집혔습니다: tanh는 x가 커질수록 증가합니다"),
                });
    }

    @Graded(exercise = "4.5", points = 1)
    @DisplayName("tanh is ±1 at ±40 and ±1000; NaN gives NaN")
    void tanhAtExtremes() {
        for (double x : new double[] {40, -40, 1000, -1000, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double got = Activations.tanh(x);
            Expect.close("tanh(" + show(x) + ")", Math.signum(x), got, 1e-15,
                    Hint.when(Double.isNaN(got),
                            "eˣ is Infinity at x = 1000, and (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) becomes Infinity/Infinity"
                                    + " = NaN: use Math.tanh, or a form that divides only by large numbers")
                        .ko("x = 1000에서 eˣ는 Infinity이고, (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)는"
                                + " Infinity/Infinity = NaN이 됩니다: Math.tanh를 쓰거나,"
                                + " 큰 수로만 나누는 꼴을 쓰세요"));
        }
        nanGivesNaN("tanh", Activations.tanh(NAN));
    }

    // ---- 4.6 tanh's derivative ----

    @Graded(exercise = "4.6", points = 3)
    @DisplayName("tanh' matches central differences at 300 seeded x in [−8, 8], called after tanh at other points")
    void tanhDerivativeSlopes() {
        Cases.slopes("tanhDerivative", Activations::tanhDerivative, Math::tanh, Activations::tanh,
                Cases.points(4601, 300, -8, 8),
                (x, got) -> {
                    double t = Math.tanh(x);
                    return new Hint[] {
                        Cases.uses("4.5", "tanh", Activations::tanh, Math::tanh, x),
                        Hint.when(near(got, 1 - t),
                                "tanh' = 1 − tanh², the square is missing")
                            .ko("tanh' = 1 − tanh²입니다. 제곱이 빠졌습니다"),
                        Hint.when(near(got, 1 + t * t),
                                "tanh' = 1 − tanh², with a minus")
                            .ko("tanh' = 1 − tanh², 빼기입니다"),
                        Hint.when(near(got, t * t),
                                "that is tanh²; the slope is 1 − tanh²")
                            .ko("그것은 tanh²입니다. 기울기는 1 − tanh²입니다"),
                        Hint.when(near(got, Cases.sigmoidSlope(x)),
                                "that is the sigmoid's slope; tanh' = 1 − tanh²(x)")
                            .ko("그것은 시그모이드의 기울기입니다. tanh' = 1 − tanh²(x)입니다"),
                    };
                }, ON_YOUR_TANH);
    }

    @Graded(exercise = "4.6", points = 2)
    @DisplayName("tanh' is 1 at 0, never above it, 0 (not NaN, not negative) at ±40 and ±1000; NaN gives NaN")
    void tanhDerivativeSpecialValues() {
        double top = Activations.tanhDerivative(0);
        if (!ON_YOUR_TANH.explains(0, top, 1e-15)) Expect.close("tanhDerivative(0)", 1, top, 1e-15);
        for (double x : Cases.points(4602, 200, -20, 20)) {
            double got = Activations.tanhDerivative(x);
            if (ON_YOUR_TANH.explains(x, got, 1e-12)) continue; // the student's tanh is wrong here: 4.5's fault
            Expect.holds("0 ≤ tanhDerivative(" + show(x) + ") ≤ 1", got >= 0 && got <= 1,
                    "between 0 and 1", show(got));
        }
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double got = Activations.tanhDerivative(x);
            if (ON_YOUR_TANH.explains(x, got, 1e-15)) continue;
            Expect.close("tanhDerivative(" + show(x) + ")", Cases.tanhSlope(x), got, 1e-15,
                    Hint.when(Double.isNaN(got),
                            "tanh written as (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) is NaN at ±1000: use Math.tanh")
                        .ko("(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)로 쓴 tanh는 ±1000에서 NaN입니다:"
                                + " Math.tanh를 쓰세요"),
                    Hint.when(near(got, 2),
                            "1 − tanh(x) is 2 at x = −40: the square is missing, 1 − tanh²")
                        .ko("x = −40에서 1 − tanh(x)는 2입니다: 제곱이 빠졌습니다, 1 − tanh²"));
        }
        nanGivesNaN("tanhDerivative", Activations.tanhDerivative(NAN));
    }
}
