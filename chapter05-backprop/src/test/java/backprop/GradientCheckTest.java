package backprop;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

class GradientCheckTest {

    /** f(M) = Σ sin(A ⊙ M) + (Σ B ⊙ M)²: smooth, every entry matters, and its gradient is known exactly. */
    private record Smooth(Matrix a, Matrix b) {
        double f(Matrix m) {
            double s = 0;
            double lin = 0;
            for (int r = 0; r < m.rows(); r++) {
                for (int c = 0; c < m.cols(); c++) {
                    s += Math.sin(a.get(r, c) * m.get(r, c));
                    lin += b.get(r, c) * m.get(r, c);
                }
            }
            return s + lin * lin;
        }

        Matrix gradient(Matrix m) {
            double lin = b.hadamard(m).sum();
            Matrix g = Matrix.zeros(m.rows(), m.cols());
            for (int r = 0; r < m.rows(); r++) {
                for (int c = 0; c < m.cols(); c++) {
                    g.set(r, c, a.get(r, c) * Math.cos(a.get(r, c) * m.get(r, c)) + 2 * lin * b.get(r, c));
                }
            }
            return g;
        }
    }

    @Graded(exercise = "5.9", points = 3)
    @DisplayName("numericalGradient matches the exact gradient of 80 seeded"
            + " smooth functions of matrices from 1×1 to 5×5 (h = 1e-5)")
    void numericalGradientIsAccurate() {
        Random rnd = new Random(5901);
        for (int k = 0; k < 80; k++) {
            int rows = 1 + rnd.nextInt(5);
            int cols = 1 + rnd.nextInt(5);
            Smooth f = new Smooth(Reference.matrix(rnd, rows, cols, 2), Reference.matrix(rnd, rows, cols, 1));
            Matrix param = Reference.matrix(rnd, rows, cols, 1.5);
            Matrix original = param.copy();
            Matrix got = GradientCheck.numericalGradient(() -> f.f(param), param, 1e-5);
            Matrix expected = f.gradient(original);
            Matrix forward = Matrix.zeros(rows, cols);
            double f0 = f.f(original);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    Matrix moved = original.copy();
                    moved.set(r, c, original.get(r, c) + 1e-5);
                    forward.set(r, c, (f.f(moved) - f0) / 1e-5);
                }
            }
            String call = "numericalGradient of Σ sin(A⊙θ) + (Σ B⊙θ)² at θ = " + Expect.showEntries(original);
            Expect.close(call, expected, got, 1e-6,
                    Hint.when(!Expect.near(param, original, 1e-9),
                            "θ was not put back after each entry:"
                                    + " every entry after the first was measured at a moved point")
                        .ko("원소마다 θ를 되돌려 놓지 않았습니다:"
                                + " 첫 번째 이후의 모든 원소가 옮겨진 점에서 측정되었습니다"),
                    Hint.when(Expect.near(got, expected.scale(2), 1e-5),
                            "divide by 2h: θ + h and θ − h are 2h apart")
                        .ko("2h로 나누세요: θ + h와 θ − h는 2h만큼 떨어져 있습니다"),
                    Hint.when(Expect.near(got, expected.scale(-1), 1e-5),
                            "the sign: (L(θ + h) − L(θ − h)) / 2h")
                        .ko("부호를 확인하세요: (L(θ + h) − L(θ − h)) / 2h"),
                    Hint.when(Expect.near(got, forward, 1e-9),
                            "that is a forward difference (L(θ + h) − L(θ)) / h,"
                                    + " accurate only to O(h): use central differences")
                        .ko("그것은 전방 차분 (L(θ + h) − L(θ)) / h이며 O(h)까지만 정확합니다:"
                                + " 중앙 차분을 쓰세요"));
        }
    }

    /** Central differences of Σ c ⊙ θ³, exactly: c ⊙ (3θ² + h²), so every step h gives its own answer. */
    private static Matrix cubicDifference(Matrix c, Matrix theta, double h) {
        Matrix out = Matrix.zeros(theta.rows(), theta.cols());
        for (int r = 0; r < theta.rows(); r++) {
            for (int j = 0; j < theta.cols(); j++) {
                double t = theta.get(r, j);
                out.set(r, j, c.get(r, j) * (3 * t * t + h * h));
            }
        }
        return out;
    }

    @Graded(exercise = "5.9", points = 1)
    @DisplayName("numericalGradient uses the step h it is given: on Σ c⊙θ³ the central difference is"
            + " c⊙(3θ² + h²), checked for h = 0.3, 0.1 and 0.03")
    void numericalGradientUsesH() {
        Random rnd = new Random(5904);
        for (int k = 0; k < 30; k++) {
            double h = new double[] {0.3, 0.1, 0.03}[k % 3];
            Matrix c = Reference.matrix(rnd, 1 + rnd.nextInt(3), 1 + rnd.nextInt(3), 2);
            Matrix param = Reference.matrix(rnd, c.rows(), c.cols(), 1.5);
            Matrix theta = param.copy();
            Matrix got = GradientCheck.numericalGradient(() -> Cases.weighted(c, param.map(t -> t * t * t)), param, h);
            Expect.close("numericalGradient of Σ c⊙θ³ at θ = " + Expect.showEntries(theta) + " with h = " + h,
                    cubicDifference(c, theta, h), got, 1e-9,
                    Hint.when(Expect.near(got, cubicDifference(c, theta, 1e-5), 1e-9)
                                    || Expect.near(got, cubicDifference(c, theta, 1e-6), 1e-9)
                                    || Expect.near(got, cubicDifference(c, theta, 1e-4), 1e-9),
                            "that is the result for a fixed small step:"
                                    + " use the h you were given, θ ± h and a division by 2h")
                        .ko("그것은 고정된 작은 간격의 결과입니다:"
                                + " 주어진 h를 쓰세요, θ ± h와 2h로 나누기"));
        }
    }

    /**
     * A seeded θ for which neither (θ + h) − h nor (θ − h) + h is θ again in floating point. Near 1 almost
     * every θ survives h = 1e-5; near h itself about a third do not.
     */
    private static double unrestorable(Random rnd, double h) {
        while (true) {
            double t = Reference.uniform(rnd, 2 * h);
            if ((t + h) - h != t && (t - h) + h != t) return t;
        }
    }

    @Graded(exercise = "5.9", points = 2)
    @DisplayName("numericalGradient puts every entry back exactly, calls the loss twice per entry,"
            + " and rejects h ≤ 0 before changing anything")
    void numericalGradientRestoresTheParameter() {
        Random rnd = new Random(5902);
        for (int k = 0; k < 40; k++) {
            int rows = 1 + rnd.nextInt(4);
            int cols = 1 + rnd.nextInt(4);
            Matrix param = Matrix.zeros(rows, cols);
            // every entry one where θ + h − h (and θ − h + h) is not θ again in floating point
            for (int r = 0; r < rows; r++) for (int j = 0; j < cols; j++) param.set(r, j, unrestorable(rnd, 1e-5));
            Matrix original = param.copy();
            Matrix weights = Reference.matrix(rnd, rows, cols, 1);
            int[] calls = {0};
            GradientCheck.numericalGradient(() -> {
                calls[0]++;
                return Cases.weighted(weights, param);
            }, param, 1e-5);
            Expect.holds("the parameter after numericalGradient", param.equals(original),
                    "exactly " + Expect.showEntries(original), Expect.showEntries(param),
                    Hint.when(Expect.near(param, original, 1e-9),
                            "close, but not exact: save θ and put the saved value back,"
                                    + " rather than computing θ + h − h")
                        .ko("가깝지만 정확하지 않습니다: θ + h − h를 계산하지 말고,"
                                + " θ를 저장해 두었다가 저장한 값을 되돌려 놓으세요"),
                    Hint.always("put each entry back to its original value before moving to the next:"
                            + " the caller's parameter must come back unchanged")
                        .ko("다음 원소로 넘어가기 전에 각 원소를 원래 값으로 되돌리세요:"
                                + " 호출한 쪽의 매개변수는 바뀌지 않은 채 돌아와야 합니다"));
            Expect.equal("calls of the loss for " + rows * cols + " entries", 2L * rows * cols, calls[0],
                    Hint.always("central differences need exactly two evaluations per entry, L(θ + h) and L(θ − h)")
                        .ko("중앙 차분은 원소마다 정확히 두 번,"
                                + " L(θ + h)와 L(θ − h)를 계산해야 합니다"));
        }
        Matrix p = Reference.matrix(rnd, 2, 2, 1);
        Matrix before = p.copy();
        int[] calls = {0};
        for (double h : new double[] {0, -1e-5, Double.NaN}) {
            Expect.rejects("numericalGradient with h = " + h, IllegalArgumentException.class,
                    () -> GradientCheck.numericalGradient(() -> ++calls[0], p, h), "h");
            Expect.holds("after the rejected numericalGradient with h = " + h + ": the parameter and the loss",
                    p.equals(before) && calls[0] == 0, "the parameter unchanged and the loss never called",
                    "parameter " + Expect.showEntries(p) + ", loss called " + calls[0] + " times",
                    Hint.always("check h first, before moving any entry: a rejected call must change nothing")
                        .ko("어떤 원소든 옮기기 전에 먼저 h를 확인하세요: 거부된 호출은 아무것도 바꾸지 않아야 합니다"));
        }
    }

    @Graded(exercise = "5.9", points = 2)
    @DisplayName("relativeError is |a − n| / max(|a|, |n|, 1e-12)"
            + " for 300 seeded pairs of both signs, and 0 for two zeros")
    void relativeError() {
        Random rnd = new Random(5903);
        for (int k = 0; k < 300; k++) {
            double a = Reference.uniform(rnd, 1) * Math.pow(10, rnd.nextInt(16) - 12);
            double n = k % 3 == 0 ? a * (1
                    + (rnd.nextDouble() - 0.5) * 1e-6) : Reference.uniform(rnd, 1) * Math.pow(10,
                    rnd.nextInt(16) - 12);
            double expected = Math.abs(a - n) / Math.max(Math.max(Math.abs(a), Math.abs(n)), 1e-12);
            double got = GradientCheck.relativeError(a, n);
            Expect.close("relativeError(" + a + ", " + n + ")", expected, got, 1e-12,
                    Hint.when(got < 0,
                            "a relative error is never negative: absolute values, |a − n| / max(|a|, |n|, 1e-12)")
                        .ko("상대 오차는 결코 음수가 아닙니다:"
                                + " 절댓값을 쓰세요, |a − n| / max(|a|, |n|, 1e-12)"),
                    Hint.when(Math.abs(got - Math.abs(a - n)) < 1e-15 * Math.max(1, got) && expected != got,
                            "divide by max(|a|, |n|, 1e-12): relative, not absolute")
                        .ko("max(|a|, |n|, 1e-12)로 나누세요: 절대 오차가 아니라 상대 오차입니다"),
                    Hint.when(Math.abs(got - Math.abs(a - n) / Math.abs(a)) < 1e-12 * Math.max(1, got),
                            "divide by the larger of |a| and |n| (and 1e-12), not by |a| alone")
                        .ko("|a|만이 아니라 |a|와 |n| (그리고 1e-12) 중 큰 값으로 나누세요"));
        }
        double zeros = GradientCheck.relativeError(0, 0);
        Expect.close("relativeError(0, 0)", 0, zeros, 0,
                Hint.when(Double.isNaN(zeros),
                        "0/0 is NaN: the 1e-12 in the max keeps the denominator above 0")
                    .ko("0/0은 NaN입니다: max 안의 1e-12가 분모를 0보다 크게 유지합니다"));
        Expect.close("relativeError(-2, 2)", 2, GradientCheck.relativeError(-2, 2), 1e-15);
        Expect.close("relativeError(1e-20, 0): tiny numbers are judged against 1e-12", 1e-8,
                GradientCheck.relativeError(1e-20, 0), 1e-12);
    }
}
