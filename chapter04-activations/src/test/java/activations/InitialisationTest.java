package activations;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;
import toolkit.Rng;

/** Exercises 4.21 and 4.22: the Xavier and He scales, as numbers and by what they do to a layer. */
class InitialisationTest {

    private static int[] fanIns() {
        Random rnd = new Random(6401);
        int[] ns = new int[300];
        for (int i = 0; i < ns.length; i++) ns[i] = i < 100 ? i + 1 : 1 + rnd.nextInt(i < 200 ? 5000 : 1_000_000);
        return ns;
    }

    // ---- 4.21 Xavier ----

    @Graded(exercise = "4.21", points = 2)
    @DisplayName("xavierStd(n) is 1/√n for n = 1 … 100 and 200 seeded n up to 10⁶")
    void xavierIsOneOverRootN() {
        for (int n : fanIns()) {
            double got = Initialisation.xavierStd(n);
            Expect.close("xavierStd(" + n + ")", 1 / Math.sqrt(n), got, 1e-12,
                    Hint.when(n > 1 && Cases.near(got, 1.0 / n),
                            "the variance is 1/n, so the standard deviation is its square root, 1/√n")
                        .ko("분산이 1/n이므로 표준편차는 그 제곱근인 1/√n입니다"),
                    Hint.when(n > 1 && Cases.near(got, Math.sqrt(n)),
                            "1/√n: the more inputs, the smaller each weight")
                        .ko("1/√n: 입력이 많을수록 각 가중치는 작아집니다"),
                    Hint.when(Cases.near(got, Math.sqrt(2.0 / n)),
                            "√(2/n) is He's scale (exercise 4.22); Xavier's is 1/√n")
                        .ko("√(2/n)은 He 초기화의 스케일(연습문제 4.22)입니다."
                                + " Xavier 초기화는 1/√n입니다"));
        }
    }

    @Graded(exercise = "4.21", points = 1)
    @DisplayName("xavierStd rejects a fan-in below 1, naming it")
    void xavierRejectsBadFanIn() {
        for (int n : new int[] {0, -1, -100}) {
            Expect.rejects("xavierStd(" + n + ")", IllegalArgumentException.class, () -> Initialisation.xavierStd(n),
                    Integer.toString(n));
        }
    }

    @Graded(exercise = "4.21", points = 1)
    @DisplayName("with Xavier weights, z = x·W keeps the variance of standard-normal inputs near 1 (n = 10, 100, 400)")
    void xavierVarianceKept() {
        for (int n : new int[] {10, 100, 400}) {
            double std = Initialisation.xavierStd(n);
            Rng rng = new Rng(6402 + n);
            Matrix x = Matrix.gaussian(1000, n, 1, rng);
            Matrix w = Matrix.gaussian(n, 50, std, rng);
            double variance = meanSquare(x.times(w));
            Expect.holds("the variance of x·W for " + n + " inputs and weights of std xavierStd(" + n
                    + ") = " + Expect.show(std),
                    variance > 0.8 && variance < 1.25, "between 0.8 and 1.25", Expect.show(variance),
                    Hint.always("z adds n products, each of variance std²,"
                            + " so var(z) = n·std²: std = 1/√n makes it 1")
                        .ko("z는 분산이 각각 std²인 곱 n개를 더하므로 var(z) = n·std²입니다:"
                                + " std = 1/√n이면 1이 됩니다"));
        }
    }

    // ---- 4.22 He ----

    @Graded(exercise = "4.22", points = 3)
    @DisplayName("heStd(n) is √(2/n) for n = 1 … 100 and 200 seeded n up to 10⁶")
    void heIsRootTwoOverN() {
        for (int n : fanIns()) {
            double got = Initialisation.heStd(n);
            Expect.close("heStd(" + n + ")", Math.sqrt(2.0 / n), got, 1e-12,
                    Hint.when(Cases.near(got, 1 / Math.sqrt(n)),
                            "the factor 2 is missing: ReLU zeroes about half its inputs,"
                                    + " so He doubles the variance, √(2/n)")
                        .ko("계수 2가 빠졌습니다: ReLU는 입력의 약 절반을 0으로"
                                + " 만들므로 He 초기화는 분산을 두 배로 합니다, √(2/n)"),
                    Hint.when(n > 2 && Cases.near(got, 2.0 / n),
                            "2/n is the variance; the standard deviation is √(2/n)")
                        .ko("2/n은 분산입니다. 표준편차는 √(2/n)입니다"),
                    Hint.when(Cases.near(got, 2 / Math.sqrt(n)),
                            "the 2 goes under the square root: √(2/n), not 2/√n")
                        .ko("2는 제곱근 안에 들어갑니다: 2/√n이 아니라 √(2/n)입니다"),
                    Hint.when(n > 1 && Cases.near(got, Math.sqrt(1.0 / (2 * n))),
                            "2 is in the numerator: √(2/n), not √(1/(2n))")
                        .ko("2는 분자에 있습니다: √(1/(2n))이 아니라 √(2/n)입니다"));
        }
    }

    @Graded(exercise = "4.22", points = 1)
    @DisplayName("heStd rejects a fan-in below 1, naming it")
    void heRejectsBadFanIn() {
        for (int n : new int[] {0, -1, -100}) {
            Expect.rejects("heStd(" + n + ")", IllegalArgumentException.class, () -> Initialisation.heStd(n),
                    Integer.toString(n));
        }
    }

    @Graded(exercise = "4.22", points = 1)
    @DisplayName("with He weights after a ReLU, z = ReLU(x)·W keeps the mean square near 1 (n = 10, 100, 400)")
    void heSecondMomentKept() {
        for (int n : new int[] {10, 100, 400}) {
            double std = Initialisation.heStd(n);
            Rng rng = new Rng(6403 + n);
            // ReLU of standard-normal pre-activations
            Matrix a = Matrix.gaussian(1000, n, 1, rng).map(v -> Math.max(0, v));
            Matrix w = Matrix.gaussian(n, 50, std, rng);
            double square = meanSquare(a.times(w));
            Expect.holds("the mean square of ReLU(x)·W for " + n + " inputs and weights of std heStd(" + n
                    + ") = " + Expect.show(std),
                    square > 0.8 && square < 1.25, "between 0.8 and 1.25", Expect.show(square),
                    Hint.always("E[ReLU(x)²] = 1/2 for standard-normal x,"
                            + " so E[z²] = n·std²/2: std = √(2/n) makes it 1")
                        .ko("표준 정규 분포를 따르는 x에서 E[ReLU(x)²] = 1/2이므로"
                                + " E[z²] = n·std²/2입니다: std = √(2/n)이면 1이 됩니다"));
        }
    }

    private static double meanSquare(Matrix m) {
        return m.hadamard(m).sum() / (m.rows() * m.cols());
    }
}
