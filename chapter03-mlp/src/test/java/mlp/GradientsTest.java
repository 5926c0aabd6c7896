package mlp;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

class GradientsTest {

    // ---- 3.5 The numerical gradient ----

    /**
     * A loss of a parameter matrix θ that is curved (so one-sided and central differences disagree
     * clearly at h = 1e-3) and couples the entries (so an entry left nudged spoils the next ones):
     * L = Σ cᵢⱼ·g(θᵢⱼ) + κ·(Σ θᵢⱼ)², with g = sin, exp(θ/2) or θ³ by entry.
     */
    private static final class CurvedLoss implements DoubleSupplier {
        final Matrix theta;
        final Matrix c;
        final double kappa;
        final Matrix original;
        int calls;
        String interference; // the first call that saw two entries moved, or an entry moved by something other than ±h
        final double h;

        CurvedLoss(Matrix theta, Random rnd, double h) {
            this.theta = theta;
            this.c = Reference.matrix(rnd, theta.rows(), theta.cols(), 2);
            this.kappa = 0.2 + rnd.nextDouble();
            this.original = theta.copy();
            this.h = h;
        }

        @Override
        public double getAsDouble() {
            calls++;
            int moved = 0;
            for (int r = 0; r < theta.rows(); r++) {
                for (int col = 0; col < theta.cols(); col++) {
                    double now = theta.get(r, col);
                    double was = original.get(r, col);
                    if (Expect.near(now, was, 1e-12)) continue; // a rounding error is 3.5's other test's business
                    moved++;
                    if (interference == null && !Expect.near(now, was + h, 1e-12)
                            && !Expect.near(now, was - h, 1e-12)) {
                        interference = "call " + calls + " saw entry (" + r + ", " + col + ") at " + now
                                + ", not θ ± h = " + was + " ± " + h;
                    }
                }
            }
            if (interference == null && moved > 1) interference = "call " + calls + " saw " + moved
                    + " entries moved at once";
            return value(theta);
        }

        double value(Matrix p) {
            double sum = 0;
            double total = 0;
            for (int r = 0; r < p.rows(); r++) {
                for (int col = 0; col < p.cols(); col++) {
                    double t = p.get(r, col);
                    int kind = (r + col) % 3;
                    double g = kind == 0 ? Math.sin(t) : kind == 1 ? Math.exp(t / 2) : t * t * t;
                    sum += c.get(r, col) * g;
                    total += t;
                }
            }
            return sum + kappa * total * total;
        }

        /** The test's own central differences, on a copy of θ: what numerical must give. */
        Matrix central() {
            return centralAt(h);
        }

        /** Central differences with another step: what a numerical that ignores its h gives. */
        Matrix centralAt(double step) {
            return Reference.gradient(this::value, original.copy(), step);
        }

        /** Whether got is the central difference with a usual step other than the h given. */
        boolean usesAnotherStep(Matrix got) {
            for (double step : new double[] {1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7}) {
                if (step != h && Expect.near(got, centralAt(step), 1e-9)) return true;
            }
            return false;
        }

        /**
         * The one-sided quotient a wrong answer may be, on a copy of θ: forward (direction +1),
         * (L(θ+h) − L(θ)) / h, or backward (−1), (L(θ) − L(θ−h)) / h.
         */
        Matrix oneSided(int direction) {
            Matrix p = original.copy();
            Matrix g = Matrix.zeros(p.rows(), p.cols());
            double base = value(p);
            for (int r = 0; r < p.rows(); r++) {
                for (int col = 0; col < p.cols(); col++) {
                    double t = p.get(r, col);
                    p.set(r, col, t + direction * h);
                    double moved = value(p);
                    p.set(r, col, t);
                    g.set(r, col, direction * (moved - base) / h);
                }
            }
            return g;
        }
    }

    @Graded(exercise = "3.5", points = 8)
    @DisplayName("numerical is the central difference (L(θ+h) − L(θ−h)) / 2h of every entry,"
            + " for 60 seeded curved losses and h = 1e-3, 0.05 and 0.2")
    void numericalIsTheCentralDifference() {
        Random rnd = new Random(3501);
        double[] steps = {1e-3, 0.05, 0.2}; // a large h changes the answer clearly: an ignored h shows
        for (int k = 0; k < 60; k++) {
            double h = steps[k % steps.length];
            Matrix theta = Reference.matrix(rnd, 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 1.5);
            CurvedLoss loss = new CurvedLoss(theta, rnd, h);
            Matrix got = Gradients.numerical(loss, theta, h);
            Matrix expected = loss.central();
            String call = "numerical(a curved loss, θ=" + show(loss.original) + ", h=" + h + ")";
            Expect.close(call, expected, got, 1e-7,
                    Hint.when(theta.maxAbsDifference(loss.original) > h / 2,
                            "forgot to restore the parameter: after the two loss calls,"
                                    + " set the entry back to the saved θ")
                        .ko("매개변수를 되돌려 놓지 않았습니다:"
                                + " 손실을 두 번 호출한 뒤 그 항목을 저장해 둔 θ로 되돌리세요"),
                    Hint.when(Expect.near(got, loss.oneSided(+1), 1e-7),
                            "that is the one-sided difference (L(θ+h) − L(θ)) / h; use the central"
                                    + " one, (L(θ+h) − L(θ−h)) / 2h: its error shrinks like h², not h")
                        .ko("그것은 한쪽 차분 (L(θ+h) − L(θ)) / h입니다."
                                + " 중앙 차분 (L(θ+h) − L(θ−h)) / 2h를 쓰세요:"
                                + " 그 오차는 h가 아니라 h²처럼 줄어듭니다"),
                    Hint.when(Expect.near(got, loss.oneSided(-1), 1e-7),
                            "that is the one-sided difference (L(θ) − L(θ−h)) / h;"
                                    + " use the central one, (L(θ+h) − L(θ−h)) / 2h")
                        .ko("그것은 한쪽 차분 (L(θ) − L(θ−h)) / h입니다."
                                + " 중앙 차분 (L(θ+h) − L(θ−h)) / 2h를 쓰세요"),
                    Hint.when(Expect.near(got, expected.scale(2), 1e-7),
                            "twice too large: the two points θ + h and θ − h are 2h apart, so divide by 2h")
                        .ko("두 배 큽니다:"
                                + " 두 점 θ + h와 θ − h는 2h만큼 떨어져 있으므로 2h로 나누세요"),
                    Hint.when(Expect.near(got, expected.scale(-1), 1e-7),
                            "the sign is flipped: it is L(θ + h) − L(θ − h), the upper value first")
                        .ko("부호가 뒤집혔습니다:"
                                + " 위쪽 값을 먼저 쓴 L(θ + h) − L(θ − h)입니다"),
                    Hint.when(loss.usesAnotherStep(got),
                            "that is the central difference with another step than h = " + h
                                    + ": nudge by the h you were given, and divide by 2h")
                        .ko("h = " + h + "가 아닌 다른 간격으로 구한 중앙 차분입니다:"
                                + " 주어진 h만큼 움직이고 2h로 나누세요"));
            Expect.holds(call + ": every call of loss sees at most one entry nudged, by exactly ±h",
                    loss.interference == null,
                    "one entry at θ ± h, all others at their values", String.valueOf(loss.interference),
                    Hint.always("restore each entry to its saved value before nudging the next:"
                            + " otherwise one derivative is measured with another entry still moved")
                        .ko("다음 항목을 움직이기 전에 각 항목을 저장해 둔"
                                + " 값으로 되돌리세요: 그러지 않으면 다른 항목이"
                                + " 아직 움직여 있는 채로 도함수를 재게 됩니다"));
            // the gradient is the caller's: training measures every one before it moves anything
            Matrix asReturned = got.copy();
            Cases.scribble(theta);
            Matrix other = theta.copy();
            Gradients.numerical(new CurvedLoss(other, rnd, h), other, h);
            Cases.keptApart(call, asReturned, got);
        }
    }

    @Graded(exercise = "3.5", points = 6)
    @DisplayName("numerical leaves the parameter bit for bit as it was, also where (θ + h) − h is not exactly θ")
    void numericalRestoresTheParameterExactly() {
        Random rnd = new Random(3502);
        int awkward = 0; // entries where restoring by arithmetic would be off by a rounding error
        for (int k = 0; k < 40; k++) {
            double h = k % 2 == 0 ? 1e-3 : 0.1;
            Matrix theta = Matrix.zeros(1 + rnd.nextInt(5), 1 + rnd.nextInt(5));
            for (int r = 0; r < theta.rows(); r++) {
                for (int c = 0; c < theta.cols(); c++) {
                    // magnitudes from 1e-5 to 3: below about h, (θ + h) − h often misses θ by a rounding error
                    double t = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -5 + 5.5 * rnd.nextDouble());
                    theta.set(r, c, t);
                    if ((t + h) - h != t || (t - h) + h != t) awkward++;
                }
            }
            Matrix before = theta.copy();
            CurvedLoss loss = new CurvedLoss(theta, rnd, h);
            Gradients.numerical(loss, theta, h);
            double worst = theta.maxAbsDifference(before);
            String was = "every entry as it was";
            String now = "θ unchanged";
            search:
            for (int r = 0; r < theta.rows(); r++) {
                for (int c = 0; c < theta.cols(); c++) {
                    if (Double.compare(theta.get(r, c), before.get(r, c)) != 0) {
                        was = "entry (" + r + ", " + c + ") = " + before.get(r, c);
                        now = theta.get(r, c) + " (off by " + (theta.get(r, c) - before.get(r, c)) + ")";
                        break search;
                    }
                }
            }
            Expect.holds("numerical(a loss, θ " + before.shape() + ", h=" + h + ") then θ is bit for bit what it was",
                    theta.equals(before), was, now,
                    Hint.when(worst > h / 2,
                            "forgot to restore the parameter: an entry was left at θ ± h (or further);"
                                    + " save θ and set it back after the two loss calls")
                        .ko("매개변수를 되돌려 놓지 않았습니다:"
                                + " 한 항목이 θ ± h(또는 그보다 먼 곳)에 남아 있습니다."
                                + " θ를 저장해 두었다가 손실을 두 번 호출한 뒤 되돌리세요"),
                    Hint.when(worst > 0 && worst < 1e-12,
                            "the parameter was put back by arithmetic, like (θ + h) − h, which can miss θ"
                                    + " by a rounding error: save θ first and set exactly that value back")
                        .ko("매개변수를 (θ + h) − h 같은 산술로 되돌렸는데,"
                                + " 이렇게 하면 반올림 오차만큼 θ에서 어긋날 수 있습니다:"
                                + " θ를 먼저 저장하고 정확히 그 값을 되돌려 놓으세요"));
        }
        Expect.holds("the test itself: some entries where (θ + h) − h ≠ θ", awkward > 0, "at least one",
                Integer.toString(awkward));
    }

    @Graded(exercise = "3.5", points = 4)
    @DisplayName("numerical agrees with calculus: for one sigmoid unit and the cross-entropy,"
            + " ∂L/∂W = xᵀ(ŷ − y)/n and ∂L/∂b = mean(ŷ − y)")
    void numericalAgreesWithTheAnalyticGradient() {
        Random rnd = new Random(3503);
        for (int k = 0; k < 30; k++) {
            int n = 2 + rnd.nextInt(8);
            int inputs = 1 + rnd.nextInt(4);
            Matrix x = Reference.matrix(rnd, n, inputs, 2);
            Matrix y = Matrix.zeros(n, 1);
            for (int i = 0; i < n; i++) y.set(i, 0, rnd.nextInt(2));
            Matrix w = Reference.matrix(rnd, inputs, 1, 1);
            Matrix b = Reference.matrix(rnd, 1, 1, 1);
            DoubleSupplier loss = () -> Cases.bce(Reference.affine(x, w, b).map(Reference::sigmoid), y);
            Matrix residual = Reference.affine(x, w, b).map(Reference::sigmoid).minus(y);   // ŷ − y: (n × 1)
            Matrix dW = x.transpose().times(residual).scale(1.0 / n);               // (inputs × 1)
            Matrix db = residual.columnSums().scale(1.0 / n);                        // (1 × 1)
            String data = "x=" + show(x) + ", y=" + show(y);
            Matrix gotW = Gradients.numerical(loss, w, 1e-5);
            Expect.close("numerical(BCE of σ(x·W + b) with respect to W=" + show(w) + ", h=1e-5), " + data, dW, gotW,
                    1e-6, calculusHints(gotW, dW));
            Matrix gotB = Gradients.numerical(loss, b, 1e-5);
            Expect.close("numerical(BCE of σ(x·W + b) with respect to b=" + show(b) + ", h=1e-5), " + data, db, gotB,
                    1e-6, calculusHints(gotB, db));
        }
    }

    private static Hint[] calculusHints(Matrix got, Matrix exact) {
        return new Hint[] {
            Hint.when(Expect.near(got, exact.scale(2), 1e-6),
                    "twice too large: the two points θ + h and θ − h are 2h apart, so divide by 2h")
                .ko("두 배 큽니다:"
                        + " 두 점 θ + h와 θ − h는 2h만큼 떨어져 있으므로 2h로 나누세요"),
            Hint.when(Expect.near(got, exact.scale(-1), 1e-6),
                    "the sign is flipped: it is L(θ + h) − L(θ − h), the upper value first")
                .ko("부호가 뒤집혔습니다: 위쪽 값을 먼저 쓴 L(θ + h) − L(θ − h)입니다"),
        };
    }

    @Graded(exercise = "3.5", points = 2)
    @DisplayName("numerical rejects a step h that is 0, negative or NaN, mentioning h, and leaves θ as it was")
    void numericalRejectsBadSteps() {
        Matrix theta = Matrix.ofRow(0.5, -1);
        Matrix[] before = Cases.copies(theta);
        DoubleSupplier loss = () -> theta.get(0, 0) * theta.get(0, 0);
        for (double h : new double[] {0, -1e-5, Double.NaN}) {
            String call = "numerical(loss, θ=" + show(before[0]) + ", h = " + h + ")";
            Expect.rejects(call, IllegalArgumentException.class, () -> Gradients.numerical(loss, theta, h), "h");
            Cases.unchangedAfterRejection(call, before, theta);
        }
    }

    // ---- 3.6 One gradient-descent step ----

    @Graded(exercise = "3.6", points = 7)
    @DisplayName("descend moves every entry to θ − η·∂L/∂θ in place,"
            + " for 150 seeded shapes and learning rates, and leaves the gradient alone")
    void descendStepsDownhill() {
        Random rnd = new Random(3601);
        for (int k = 0; k < 150; k++) {
            int rows = 1 + rnd.nextInt(6);
            int cols = 1 + rnd.nextInt(6);
            Matrix theta = Reference.matrix(rnd, rows, cols, 3);
            Matrix gradient = Reference.matrix(rnd, rows, cols, 2);
            double eta = 0.001 + rnd.nextDouble() * 3;
            Matrix before = theta.copy();
            Matrix gradientBefore = gradient.copy();
            Gradients.descend(theta, gradient, eta);
            Matrix expected = before.minus(gradientBefore.scale(eta));
            String call = "descend(θ=" + show(before) + ", ∂L/∂θ=" + show(gradientBefore) + ", η=" + eta + ")";
            Expect.close(call + ", then θ", expected, theta, 1e-12,
                    Hint.when(theta.equals(before),
                            "θ did not change: descend works in place,"
                                    + " on the parameter matrix itself (Matrix.set or addInPlace)")
                        .ko("θ가 바뀌지 않았습니다: descend는 매개변수 행렬 자체를"
                                + " 제자리에서 바꿉니다(Matrix.set 또는 addInPlace)"),
                    Hint.when(Expect.near(theta, before.plus(gradientBefore.scale(eta)), 1e-12),
                            "wrong sign: the gradient points uphill, so step against it, θ − η·∂L/∂θ")
                        .ko("부호가 틀렸습니다: 기울기는 오르막을 가리키므로"
                                + " 그 반대로 이동하세요, θ − η·∂L/∂θ"),
                    Hint.when(Expect.near(theta, before.minus(gradientBefore), 1e-12),
                            "the learning rate η is missing: θ − η·∂L/∂θ")
                        .ko("학습률 η가 빠졌습니다: θ − η·∂L/∂θ"),
                    Hint.when(Expect.near(theta, gradientBefore.scale(-eta), 1e-12),
                            "θ was replaced by −η·∂L/∂θ: subtract the step from θ")
                        .ko("θ를 −η·∂L/∂θ로 바꿔 버렸습니다: θ에서 이동량을 빼세요"));
            Expect.holds(call + " leaves the gradient as it was", gradient.equals(gradientBefore),
                    show(gradientBefore), show(gradient),
                    Hint.always("only θ changes; the caller may still need the gradient")
                        .ko("θ만 바뀝니다. 호출한 쪽에서 아직 기울기가 필요할 수 있습니다"));
        }
    }

    @Graded(exercise = "3.6", points = 3)
    @DisplayName("descend rejects a gradient of another shape (no broadcasting)"
            + " and a learning rate that is not positive")
    void descendRejectsBadArguments() {
        Random rnd = new Random(3602);
        for (int k = 0; k < 10; k++) {
            int rows = 2 + rnd.nextInt(4);
            int cols = 1 + rnd.nextInt(4);
            Matrix theta = Reference.matrix(rnd, rows, cols, 1);
            Matrix before = theta.copy();
            Matrix oneRow = Reference.matrix(rnd, 1, cols, 1);
            Matrix transposed = Reference.matrix(rnd, cols, rows, 1);
            Cases.rejectsShapes("descend(θ " + theta.shape() + ", ∂L/∂θ " + oneRow.shape() + ", 0.1)",
                    () -> Gradients.descend(theta, oneRow, 0.1), new Matrix[] {theta, oneRow}, theta, oneRow);
            if (rows != cols) { // here a shape and its transpose differ: the message must name these two
                String call = "descend(θ " + theta.shape() + ", ∂L/∂θ " + transposed.shape() + ", 0.1)";
                Matrix[] seen = Cases.copies(theta, transposed);
                Expect.rejects(call, IllegalArgumentException.class,
                        () -> Gradients.descend(theta, transposed, 0.1), theta.shape(), transposed.shape());
                Cases.unchangedAfterRejection(call, seen, theta, transposed);
            }
            Matrix gradient = Reference.matrix(rnd, rows, cols, 1);
            for (double eta : new double[] {0, -0.5, Double.NaN}) {
                String call = "descend(θ=" + show(before) + ", ∂L/∂θ=" + show(gradient) + ", η = " + eta + ")";
                Matrix[] seen = Cases.copies(theta, gradient);
                Expect.rejects(call, IllegalArgumentException.class,
                        () -> Gradients.descend(theta, gradient, eta), "learningRate");
                Cases.unchangedAfterRejection(call, seen, theta, gradient);
            }
        }
    }
}
