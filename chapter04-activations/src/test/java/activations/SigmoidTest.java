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

/** Exercises 4.3 and 4.4: sigmoid against its reference, without overflow, and its derivative σ(1 − σ). */
class SigmoidTest {

    /** σ' on top of the student's own sigmoid (exercise 4.3), which sigmoidDerivative may call. */
    static final Cases.OnEarlier ON_YOUR_SIGMOID = new Cases.OnEarlier(x -> {
        double s = Activations.sigmoid(x);
        return s * (1 - s);
    }, Cases::sigmoidSlope);

    // ---- 4.3 Sigmoid ----

    @Graded(exercise = "4.3", points = 3)
    @DisplayName("sigmoid matches 1/(1 + e^(−x)) at 0 and at 400 seeded x in [−15, 15]")
    void sigmoidValues() {
        double half = Activations.sigmoid(0);
        Expect.close("sigmoid(0)", 0.5, half, 1e-15);
        Cases.values("sigmoid", Activations::sigmoid, Reference::sigmoid, Cases.points(4301, 400, -15, 15), 1e-12,
                (x, got) -> new Hint[] {
                    Hint.when(near(got, Reference.sigmoid(-x)),
                            "the sign in the exponent: σ(x) = 1/(1 + e^(−x)), which rises with x")
                        .ko("지수의 부호를 확인하세요: σ(x) = 1/(1 + e^(−x))이며,"
                                + " x가 커질수록 증가합니다"),
                    Hint.when((got < 0 || got > 1) && !near(got, 1 + Math.exp(-x)),
                            "σ(x) is always between 0 and 1")
                        .ko("σ(x)는 항상 0과 1 사이입니다"),
                    Hint.when(near(got, 1 + Math.exp(-x)),
                            "σ(x) = 1 / (1 + e^(−x)): divide 1 by the sum")
                        .ko("σ(x) = 1 / (1 + e^(−x)): 1을 그 합으로 나누세요"),
                });
    }

    @Graded(exercise = "4.3", points = 2)
    @DisplayName("sigmoid stays finite and in [0, 1] at ±40, ±1000 and ±Infinity; NaN gives NaN")
    void sigmoidAtExtremes() {
        for (double x : new double[] {40, -40, 1000, -1000, 709.8, -709.8, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            double got = Activations.sigmoid(x);
            Expect.close("sigmoid(" + show(x) + ")", Reference.sigmoid(x), got, 1e-12,
                    Hint.when(Double.isNaN(got),
                            "Math.exp(1000) is Infinity, and Infinity / Infinity is NaN:"
                                    + " the form eˣ/(1 + eˣ) breaks at large x; 1/(1 + e^(−x))"
                                    + " only ever divides 1 by a large number, which gives 0")
                        .ko("Math.exp(1000)은 Infinity이고 Infinity / Infinity는 NaN입니다:"
                                + " eˣ/(1 + eˣ) 꼴은 큰 x에서 깨집니다."
                                + " 1/(1 + e^(−x))는 1을 큰 수로 나눌 뿐이므로 0이 됩니다"));
        }
        nanGivesNaN("sigmoid", Activations.sigmoid(NAN));
    }

    // ---- 4.4 Sigmoid's derivative ----

    @Graded(exercise = "4.4", points = 4)
    @DisplayName("sigmoid' matches central differences at 400 seeded x in [−12, 12],"
            + " called after sigmoid at other points")
    void sigmoidDerivativeSlopes() {
        Cases.slopes("sigmoidDerivative", Activations::sigmoidDerivative, Reference::sigmoid, Activations::sigmoid,
                Cases.points(4401, 400, -12, 12), (x, got) -> {
                    double s = Reference.sigmoid(x);
                    return new Hint[] {
                        Cases.uses("4.3", "sigmoid", Activations::sigmoid, Reference::sigmoid, x),
                        Hint.when(near(got, s * (1 + s)),
                                "σ' = σ(1 − σ), with a minus: σ(1 + σ) grows with σ,"
                                        + " but the slope of the sigmoid is largest in the middle, 0.25 at x = 0")
                            .ko("σ' = σ(1 − σ), 빼기입니다: σ(1 + σ)는 σ와 함께 커지지만,"
                                    + " 시그모이드의 기울기는 가운데에서"
                                    + " 가장 크며 x = 0에서 0.25입니다"),
                        Hint.when(near(got, s),
                                "that is σ(x) itself; its slope is σ(x)·(1 − σ(x))")
                            .ko("그것은 σ(x) 자체입니다. 기울기는 σ(x)·(1 − σ(x))입니다"),
                        Hint.when(near(got, 1 - s),
                                "the factor σ(x) is missing: σ' = σ(x)·(1 − σ(x))")
                            .ko("인수 σ(x)가 빠졌습니다: σ' = σ(x)·(1 − σ(x))"),
                        Hint.when(near(got, s * s),
                                "σ' = σ·(1 − σ), not σ·σ")
                            .ko("σ·σ가 아니라 σ' = σ·(1 − σ)입니다"),
                    };
                }, ON_YOUR_SIGMOID);
    }

    @Graded(exercise = "4.4", points = 3)
    @DisplayName("sigmoid' is 0.25 at 0, never above it, symmetric, ~0 and finite at ±40 and ±1000; NaN gives NaN")
    void sigmoidDerivativeSpecialValues() {
        double top = Activations.sigmoidDerivative(0);
        if (!ON_YOUR_SIGMOID.explains(0, top, 1e-15)) Expect.close("sigmoidDerivative(0)", 0.25, top, 1e-15,
                Hint.when(top == 0.75,
                        "σ(0)·(1 + σ(0)) = 0.75: the formula is σ·(1 − σ)")
                    .ko("σ(0)·(1 + σ(0)) = 0.75입니다: 공식은 σ·(1 − σ)입니다"),
                Hint.when(top == 0.5 && near(Activations.sigmoidDerivative(2), Reference.sigmoid(2)),
                        "0.5 is σ(0); the slope there is σ(0)·(1 − σ(0)) = 0.25")
                    .ko("0.5는 σ(0)입니다. 그 점의 기울기는 σ(0)·(1 − σ(0)) = 0.25입니다"));
        for (double x : Cases.points(4402, 200, -20, 20)) {
            double right = Activations.sigmoidDerivative(x);
            double left = Activations.sigmoidDerivative(-x);
            // where the student's sigmoid is wrong, these properties are its fault: the slopes test judges 4.4 there
            if (ON_YOUR_SIGMOID.explains(x, right, 1e-12) || ON_YOUR_SIGMOID.explains(-x, left, 1e-12)) continue;
            Expect.holds("sigmoidDerivative(" + show(x) + ") ≤ 0.25", right <= 0.25 + 1e-16,
                    "at most 0.25", show(right));
            Expect.close("sigmoidDerivative(" + show(-x) + ") = sigmoidDerivative(" + show(x) + ")", right,
                    left, 1e-15);
        }
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double got = Activations.sigmoidDerivative(x);
            if (ON_YOUR_SIGMOID.explains(x, got, 1e-15)) continue;
            Expect.close("sigmoidDerivative(" + show(x) + ")", Cases.sigmoidSlope(x), got, 1e-15,
                    Hint.when(Double.isNaN(got),
                            "e^(−x)/(1 + e^(−x))² is Infinity/Infinity = NaN at x = −1000:"
                                    + " compute s = σ(x), then s·(1 − s)")
                        .ko("x = −1000에서 e^(−x)/(1 + e^(−x))²는 Infinity/Infinity = NaN입니다:"
                                + " s = σ(x)를 먼저 계산한 뒤 s·(1 − s)를 계산하세요"));
        }
        nanGivesNaN("sigmoidDerivative", Activations.sigmoidDerivative(NAN));
    }
}
