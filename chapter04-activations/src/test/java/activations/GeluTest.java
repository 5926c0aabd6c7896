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
import toolkit.Special;

/** Exercises 4.13 to 4.15: GELU exactly, x·Φ(x), its derivative, and its tanh approximation. */
class GeluTest {

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
}
