package activations;

import static activations.Cases.near;
import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Special;

/** Exercises 4.1 to 4.17: every function against a reference, every derivative against central differences. */
class ActivationsTest {

    private static final double NAN = Double.NaN;
    private static final String NAN_HINT = "a comparison with NaN is always false,"
            + " so x > 0 ? … : … quietly turns NaN into a number: check Double.isNaN(x) first and return NaN";
    private static final String NAN_HINT_KO = "NaN과의 비교는 항상 false이므로"
            + " x > 0 ? … : …는 NaN을 조용히 숫자로 바꿉니다:"
            + " 먼저 Double.isNaN(x)를 확인하고 NaN을 반환하세요";

    private static void nanGivesNaN(String name, double got) {
        Expect.close(name + "(NaN)", NAN, got, 0,
                Hint.when(!Double.isNaN(got),
                        NAN_HINT)
                    .ko(NAN_HINT_KO));
    }

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
                Hint.when(atZero == 1,
                        "that is a value of the step, not its slope: the step is flat on both sides")
                    .ko("그것은 계단 함수의 기울기가 아니라 값입니다:"
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
                    Hint.when(got < 0 || got > 1,
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
                });
    }

    @Graded(exercise = "4.4", points = 3)
    @DisplayName("sigmoid' is 0.25 at 0, never above it, symmetric, ~0 and finite at ±40 and ±1000; NaN gives NaN")
    void sigmoidDerivativeSpecialValues() {
        double top = Activations.sigmoidDerivative(0);
        Expect.close("sigmoidDerivative(0)", 0.25, top, 1e-15,
                Hint.when(top == 0.75,
                        "σ(0)·(1 + σ(0)) = 0.75: the formula is σ·(1 − σ)")
                    .ko("σ(0)·(1 + σ(0)) = 0.75입니다: 공식은 σ·(1 − σ)입니다"),
                Hint.when(top == 0.5,
                        "0.5 is σ(0); the slope there is σ(0)·(1 − σ(0)) = 0.25")
                    .ko("0.5는 σ(0)입니다. 그 점의 기울기는 σ(0)·(1 − σ(0)) = 0.25입니다"));
        for (double x : Cases.points(4402, 200, -20, 20)) {
            double right = Activations.sigmoidDerivative(x);
            double left = Activations.sigmoidDerivative(-x);
            Expect.holds("sigmoidDerivative(" + show(x) + ") ≤ 0.25", right <= 0.25 + 1e-16,
                    "at most 0.25", show(right));
            Expect.close("sigmoidDerivative(" + show(-x) + ") = sigmoidDerivative(" + show(x) + ")", right,
                    left, 1e-15);
        }
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double got = Activations.sigmoidDerivative(x);
            Expect.close("sigmoidDerivative(" + show(x) + ")", Cases.sigmoidSlope(x), got, 1e-15,
                    Hint.when(Double.isNaN(got),
                            "e^(−x)/(1 + e^(−x))² is Infinity/Infinity = NaN at x = −1000:"
                                    + " compute s = σ(x), then s·(1 − s)")
                        .ko("x = −1000에서 e^(−x)/(1 + e^(−x))²는 Infinity/Infinity = NaN입니다:"
                                + " s = σ(x)를 먼저 계산한 뒤 s·(1 − s)를 계산하세요"));
        }
        nanGivesNaN("sigmoidDerivative", Activations.sigmoidDerivative(NAN));
    }

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
                });
    }

    @Graded(exercise = "4.6", points = 2)
    @DisplayName("tanh' is 1 at 0, never above it, 0 (not NaN, not negative) at ±40 and ±1000; NaN gives NaN")
    void tanhDerivativeSpecialValues() {
        double top = Activations.tanhDerivative(0);
        Expect.close("tanhDerivative(0)", 1, top, 1e-15);
        for (double x : Cases.points(4602, 200, -20, 20)) {
            double got = Activations.tanhDerivative(x);
            Expect.holds("0 ≤ tanhDerivative(" + show(x) + ") ≤ 1", got >= 0 && got <= 1,
                    "between 0 and 1", show(got));
        }
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double got = Activations.tanhDerivative(x);
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
                            + " leaky ReLU'(0) = α (x >= 0이 아니라 x > 0을 쓰세요)"));
        Expect.close("leakyReluDerivative(NaN, α=0.01)", NAN, Activations.leakyReluDerivative(NAN, 0.01), 0,
                Hint.always(NAN_HINT)
                    .ko(NAN_HINT_KO));
    }

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

    // ---- 4.13 GELU ----

    @Graded(exercise = "4.13", points = 3)
    @DisplayName("gelu matches x·Φ(x) to 1e−12 at 400 seeded x in [−8, 8]")
    void geluValues() {
        Cases.values("gelu", Activations::gelu, Cases::gelu, Cases.points(5301, 400, -8, 8), 1e-12,
                (x, got) -> new Hint[] {
                    Hint.when(near(got, Cases.geluTanh(x)),
                            "that is the tanh approximation (exercise 4.15);"
                                    + " the exact GELU is x·Φ(x), with Φ = toolkit.Special.normalCdf")
                        .ko("그것은 tanh 근사(연습문제 4.15)입니다."
                                + " 정확한 GELU는 x·Φ(x)이며, Φ = toolkit.Special.normalCdf입니다"),
                    Hint.when(near(got, x * Special.erf(x / Math.sqrt(2))),
                            "Φ(x) = (1 + erf(x/√2))/2, not erf(x/√2)")
                        .ko("erf(x/√2)가 아니라 Φ(x) = (1 + erf(x/√2))/2입니다"),
                    Hint.when(near(got, 0.5 * x * (1 + Special.erf(x))),
                            "erf's argument is x/√2: Φ(x) = (1 + erf(x/√2))/2")
                        .ko("erf의 인수는 x/√2입니다: Φ(x) = (1 + erf(x/√2))/2"),
                    Hint.when(near(got, x * Reference.sigmoid(1.702 * x)),
                            "x·σ(1.702x) is another approximation; the exact GELU is x·Φ(x)")
                        .ko("x·σ(1.702x)는 또 다른 근사입니다. 정확한 GELU는 x·Φ(x)입니다"),
                    Hint.when(near(got, Special.normalCdf(x)),
                            "that is Φ(x); GELU multiplies it by x")
                        .ko("그것은 Φ(x)입니다. GELU는 여기에 x를 곱합니다"),
                    Hint.when(near(got, x * Special.normalPdf(x)),
                            "Φ is the normal distribution function (normalCdf), not the density (normalPdf)")
                        .ko("Φ는 밀도 함수(normalPdf)가 아니라 정규"
                                + " 분포의 누적 분포 함수(normalCdf)입니다"),
                });
    }

    @Graded(exercise = "4.13", points = 2)
    @DisplayName("gelu is 0 at 0, x at large x, 0 at very negative x, GELU(x) − GELU(−x) = x; NaN gives NaN")
    void geluSpecialValues() {
        Expect.close("gelu(0)", 0, Activations.gelu(0), 0);
        for (double x : new double[] {40, -40, 1000, -1000}) Expect.close("gelu(" + show(x) + ")", Cases.gelu(x),
                Activations.gelu(x), 1e-15);
        for (double x : Cases.points(5302, 100, -6, 6)) {
            Expect.close("gelu(" + show(x) + ") − gelu(" + show(-x) + ")", x,
                    Activations.gelu(x) - Activations.gelu(-x), 1e-12);
        }
        nanGivesNaN("gelu", Activations.gelu(NAN));
    }

    // ---- 4.14 GELU's derivative ----

    @Graded(exercise = "4.14", points = 3)
    @DisplayName("gelu' matches central differences of x·Φ(x)"
            + " at 300 seeded x in [−8, 8], called after gelu at other points")
    void geluDerivativeSlopes() {
        Cases.slopes("geluDerivative", Activations::geluDerivative, Cases::gelu, Activations::gelu,
                Cases.points(5401, 300, -8, 8),
                (x, got) -> new Hint[] {
                    Hint.when(near(got, Special.normalCdf(x)),
                            "the product rule: d/dx [x·Φ(x)] = Φ(x) + x·φ(x); the second term is missing")
                        .ko("곱의 미분법: d/dx [x·Φ(x)] = Φ(x) + x·φ(x)입니다."
                                + " 두 번째 항이 빠졌습니다"),
                    Hint.when(near(got, x * Special.normalPdf(x)),
                            "the product rule: Φ(x) + x·φ(x); Φ(x) is missing")
                        .ko("곱의 미분법: Φ(x) + x·φ(x)입니다. Φ(x)가 빠졌습니다"),
                    Hint.when(near(got, Special.normalCdf(x) + Special.normalPdf(x)),
                            "Φ(x) + x·φ(x): the x before φ(x) is missing")
                        .ko("Φ(x) + x·φ(x): φ(x) 앞의 x가 빠졌습니다"),
                    Hint.when(Math.abs(got - Cases.centralDifference(Cases::geluTanh, x)) < 1e-6,
                            "that is the slope of the tanh approximation; differentiate the exact x·Φ(x)")
                        .ko("그것은 tanh 근사의 기울기입니다. 정확한 x·Φ(x)를 미분하세요"),
                });
    }

    @Graded(exercise = "4.14", points = 1)
    @DisplayName("gelu' is 0.5 at 0, 1 at large x, 0 at very negative x; NaN gives NaN")
    void geluDerivativeSpecialValues() {
        Expect.close("geluDerivative(0)", 0.5, Activations.geluDerivative(0), 1e-15);
        for (double x : new double[] {40, -40, 1000, -1000}) {
            Expect.close("geluDerivative(" + show(x) + ")", Cases.geluSlope(x), Activations.geluDerivative(x), 1e-15);
        }
        nanGivesNaN("geluDerivative", Activations.geluDerivative(NAN));
    }

    // ---- 4.15 GELU's tanh approximation ----

    @Graded(exercise = "4.15", points = 2)
    @DisplayName("geluTanh matches 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))"
            + " at 300 seeded x, and is within 5e−4 of x·Φ(x)")
    void geluTanhValues() {
        double[] xs = Cases.points(5501, 300, -10, 10);
        Cases.values("geluTanh", Activations::geluTanh, Cases::geluTanh, xs, 1e-12, (x, got) -> new Hint[] {
            Hint.when(near(got, 0.5 * x * (1 + Math.tanh(Math.sqrt(Math.PI / 2) * (x + 0.044715 * x * x * x)))),
                    "the factor is √(2/π) ≈ 0.7979, not √(π/2)")
                .ko("계수는 √(π/2)가 아니라 √(2/π) ≈ 0.7979입니다"),
            Hint.when(near(got, 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x)))),
                    "the correction is 0.044715·x³, a cube")
                .ko("보정 항은 세제곱인 0.044715·x³입니다"),
            Hint.when(near(got, x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)))),
                    "the factor 0.5 in front is missing")
                .ko("앞의 계수 0.5가 빠졌습니다"),
            Hint.when(near(got, Cases.gelu(x)),
                    "that is the exact GELU; this exercise asks for the tanh formula")
                .ko("그것은 정확한 GELU입니다. 이 연습문제는 tanh 공식을 요구합니다"),
        });
        for (double x : xs) {
            double got = Activations.geluTanh(x);
            Expect.holds("|geluTanh(" + show(x) + ") − gelu(" + show(x) + ")| ≤ 5e-4",
                    Math.abs(got - Cases.gelu(x)) <= 5e-4,
                    "within 5e-4 of " + show(Cases.gelu(x)), show(got));
        }
        Expect.close("geluTanh(1000)", 1000, Activations.geluTanh(1000), 1e-15);
        Expect.close("geluTanh(-1000)", 0, Activations.geluTanh(-1000), 1e-15);
        nanGivesNaN("geluTanh", Activations.geluTanh(NAN));
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
                });
    }

    @Graded(exercise = "4.16", points = 1)
    @DisplayName("silu is x at large x and 0 (not NaN) at very negative x; NaN gives NaN")
    void siluSpecialValues() {
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double got = Activations.silu(x);
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
                });
    }

    @Graded(exercise = "4.17", points = 1)
    @DisplayName("silu' is 0.5 at 0, 1 at large x, 0 (not NaN) at very negative x; NaN gives NaN")
    void siluDerivativeSpecialValues() {
        Expect.close("siluDerivative(0)", 0.5, Activations.siluDerivative(0), 1e-15);
        for (double x : new double[] {40, -40, 1000, -1000}) {
            double s = Reference.sigmoid(x);
            double got = Activations.siluDerivative(x);
            Expect.close("siluDerivative(" + show(x) + ")", s * (1 + x * Reference.sigmoid(-x)), got, 1e-12,
                    Hint.when(Double.isNaN(got),
                            "an exp overflowed to Infinity: write it with σ(x), e.g. σ(x)·(1 + x·(1 − σ(x)))")
                        .ko("exp가 Infinity로 오버플로했습니다:"
                                + " σ(x)로 쓰세요, 예: σ(x)·(1 + x·(1 − σ(x)))"));
        }
        nanGivesNaN("siluDerivative", Activations.siluDerivative(NAN));
    }
}
