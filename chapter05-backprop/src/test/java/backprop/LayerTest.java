package backprop;

import static backprop.Cases.attempt;
import static grader.api.Expect.showEntries;
import static grader.api.Reference.affine;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

class LayerTest {

    // ---- 5.3 Affine backward ----

    /**
     * A seeded affine case; every fifth has as many samples as inputs, every seventh as many inputs as outputs
     * (so a missing transpose fits).
     */
    private record AffineCase(Matrix x, Matrix w, Matrix b, Matrix dout) {
        static AffineCase draw(Random rnd, int k) {
            int n = 1 + rnd.nextInt(6);
            int in = 1 + rnd.nextInt(6);
            int out = 1 + rnd.nextInt(5);
            if (k % 5 == 0) n = in;
            if (k % 7 == 0) out = in;
            if (k % 11 == 0) n = 1;
            return new AffineCase(Reference.matrix(rnd, n, in, 2), Reference.matrix(rnd, in, out, 1),
                    Reference.matrix(rnd, 1, out, 1),
                    Reference.matrix(rnd, n, out, 1.5));
        }

        String call() {
            return "Affine(W " + w.shape() + ").backward(dout " + dout.shape() + ") after forward(x " + x.shape() + ")";
        }
    }

    @Graded(exercise = "5.3", points = 4)
    @DisplayName("Affine.backward returns dx = dout·Wᵀ: it matches central differences on 150 seeded shapes")
    void affineDx() {
        Random rnd = new Random(5301);
        for (int k = 0; k < 150; k++) {
            AffineCase c = AffineCase.draw(rnd, k);
            Affine layer = new Affine(c.w().copy(), c.b().copy());
            layer.forward(c.x().copy());
            Matrix got = attempt(c.call(), () -> layer.backward(c.dout().copy()),
                    Hint.always("dx = dout · Wᵀ: (samples × outputs)·(outputs × inputs)"
                            + " gives x's shape (samples × inputs)")
                        .ko("dx = dout · Wᵀ: (샘플 × 출력)·(출력 × 입력)은"
                                + " x의 모양 (샘플 × 입력)이 됩니다"));
            Matrix expected = Cases.numeric(x -> Cases.weighted(c.dout(), affine(x, c.w(), c.b())), c.x().copy());
            Expect.close(c.call() + " dx", expected, got, 1e-6,
                    Hint.when(got != null && Expect.sameShape(got, c.dout()) && got.equals(c.dout()),
                            "backward returned dout itself; return dx = dout · Wᵀ")
                        .ko("backward가 dout 자체를 반환했습니다. dx = dout · Wᵀ를 반환하세요"),
                    Hint.when(got != null && c.w().rows() == c.w().cols()
                                    && Expect.near(got, c.dout().times(c.w()), 1e-9)
                                    && !Expect.near(expected, got, 1e-6),
                            "the transpose is missing: dx = dout · Wᵀ, not dout · W")
                        .ko("전치가 빠졌습니다: dout · W가 아니라 dx = dout · Wᵀ입니다"),
                    Hint.always("dx must have x's shape, (samples × inputs): dx = dout · Wᵀ")
                        .ko("dx는 x의 모양 (샘플 × 입력)이어야 합니다: dx = dout · Wᵀ"));
        }
    }

    @Graded(exercise = "5.3", points = 4)
    @DisplayName("Affine.backward sets dW = xᵀ·dout: it matches central differences on 150 seeded shapes")
    void affineDw() {
        Random rnd = new Random(5302);
        for (int k = 0; k < 150; k++) {
            AffineCase c = AffineCase.draw(rnd, k);
            Affine layer = new Affine(c.w().copy(), c.b().copy());
            layer.forward(c.x().copy());
            attempt(c.call(), () -> layer.backward(c.dout().copy()),
                    Hint.always("dW = xᵀ · dout: (inputs × samples)·(samples × outputs)"
                            + " gives W's shape (inputs × outputs)")
                        .ko("dW = xᵀ · dout: (입력 × 샘플)·(샘플 × 출력)은"
                                + " W의 모양 (입력 × 출력)이 됩니다"));
            Matrix got = layer.dW();
            Matrix expected = Cases.numeric(w -> Cases.weighted(c.dout(), affine(c.x(), w, c.b())), c.w().copy());
            Matrix doutXt = c.dout().transpose().times(c.x()); // (outputs × inputs)
            Expect.holds(c.call() + ": dW is set", got != null, "dW of shape " + expected.shape(), "null",
                    Hint.always("backward must store the weight gradient in the field dW (this.dW = ...)")
                        .ko("backward는 가중치 기울기를 필드 dW에 저장해야 합니다 (this.dW = ...)"));
            Expect.close(c.call() + " dW", expected, got, 1e-6,
                    Hint.when(Expect.near(got, doutXt, 1e-9) && !Expect.near(expected, got, 1e-6),
                            "dW = dout · xᵀ is W's shape turned round:"
                                    + " the gradient of W = xᵀ · dout (x transposed, on the left)")
                        .ko("dW = dout · xᵀ는 W의 모양을 뒤집은 것입니다:"
                                + " W의 기울기 = xᵀ · dout (x를 전치해 왼쪽에)"),
                    Hint.when(c.x().rows() == c.x().cols() && Expect.near(got, c.x().times(c.dout()), 1e-9)
                                    && !Expect.near(expected, got, 1e-6),
                            "the transpose is missing: dW = xᵀ · dout, not x · dout")
                        .ko("전치가 빠졌습니다: x · dout이 아니라 dW = xᵀ · dout입니다"),
                    Hint.when(!Expect.sameShape(got, expected),
                            "dW must have W's shape (inputs × outputs): dW = xᵀ · dout")
                        .ko("dW는 W의 모양 (입력 × 출력)이어야 합니다: dW = xᵀ · dout"));
        }
    }

    @Graded(exercise = "5.3", points = 3)
    @DisplayName("Affine.backward sets db = the column sums of dout (summed over the batch), on 150 seeded shapes")
    void affineDb() {
        Random rnd = new Random(5303);
        for (int k = 0; k < 150; k++) {
            AffineCase c = AffineCase.draw(rnd, k);
            Affine layer = new Affine(c.w().copy(), c.b().copy());
            layer.forward(c.x().copy());
            attempt(c.call(), () -> layer.backward(c.dout().copy()));
            Matrix got = layer.db();
            Matrix expected = Cases.numeric(b -> Cases.weighted(c.dout(), affine(c.x(), c.w(), b)), c.b().copy());
            Expect.holds(c.call() + ": db is set", got != null, "db of shape " + expected.shape(), "null",
                    Hint.always("backward must store the bias gradient in the field db (this.db = ...)")
                        .ko("backward는 편향 기울기를 필드 db에 저장해야 합니다 (this.db = ...)"));
            int n = c.x().rows();
            Expect.close(c.call() + " db", expected, got, 1e-6,
                    Hint.when(Expect.sameShape(got, c.dout()) && n > 1,
                            "db is not summed over the batch: every sample used the same b,"
                                    + " so db = the column sums of dout, one row")
                        .ko("db를 배치 전체에 걸쳐 더하지 않았습니다:"
                                + " 모든 샘플이 같은 b를 썼으므로 db = dout의 열 합, 한 행입니다"),
                    Hint.when(got.rows() == n && got.cols() == 1 && n > 1,
                            "those are row sums: db sums each column (over the samples), one entry per output")
                        .ko("그것은 행 합입니다: db는 (샘플에 걸쳐)"
                                + " 각 열을 더하며, 출력마다 항목이 하나입니다"),
                    Hint.when(n > 1 && Expect.near(got, Matrix.ofRow(c.dout().row(0)), 1e-12),
                            "db is only the first sample's gradient: add up the rows of dout over the whole batch")
                        .ko("db가 첫 번째 샘플의 기울기뿐입니다:"
                                + " 배치 전체에 걸쳐 dout의 행을 더하세요"),
                    Hint.when(n > 1 && Expect.near(got, c.dout().columnSums().scale(1.0 / n), 1e-9),
                            "sum, do not average: the 1/N of the mean loss is already inside dout")
                        .ko("평균하지 말고 더하세요:"
                                + " 평균 손실의 1/N은 이미 dout 안에 들어 있습니다"));
        }
    }

    @Graded(exercise = "5.3", points = 3)
    @DisplayName("Affine.backward leaves dout unchanged, and rejects a missing forward and a dout of the wrong shape")
    void affineLeavesDoutAndChecks() {
        Random rnd = new Random(5304);
        for (int k = 0; k < 40; k++) {
            AffineCase c = AffineCase.draw(rnd, k);
            Affine layer = new Affine(c.w().copy(), c.b().copy());
            layer.forward(c.x().copy());
            Matrix dout = c.dout().copy();
            attempt(c.call(), () -> layer.backward(dout));
            Expect.holds(c.call() + ": dout after backward", dout.equals(c.dout()),
                    "unchanged " + showEntries(c.dout()), showEntries(dout),
                    Hint.always("backward wrote into dout: compute new matrices and leave dout alone,"
                            + " the caller may still need it")
                        .ko("backward가 dout에 썼습니다: 새 행렬을 계산하고 dout은 그대로 두세요,"
                                + " 호출한 쪽에 아직 필요할 수 있습니다"));
        }
        Affine fresh = new Affine(Reference.matrix(rnd, 3, 2, 1), Matrix.zeros(1, 2));
        Expect.rejects("Affine.backward before any forward", IllegalStateException.class,
                () -> fresh.backward(Matrix.zeros(4, 2)), "forward");
        Affine used = new Affine(Reference.matrix(rnd, 3, 2, 1), Matrix.zeros(1, 2));
        used.forward(Reference.matrix(rnd, 4, 3, 1));
        Expect.rejects("Affine.backward(dout (4×3)) after forward(x (4×3)) with W (3×2): dout must be (4×2)",
                IllegalArgumentException.class,
                () -> used.backward(Matrix.zeros(4, 3)), "(4×3)");
    }

    // ---- 5.4 The sigmoid layer ----

    @Graded(exercise = "5.4", points = 2)
    @DisplayName("SigmoidLayer.forward is 1/(1 + e^−x)"
            + " entry by entry on 100 seeded matrices, and stays in [0, 1] at ±1000")
    void sigmoidForward() {
        Random rnd = new Random(5401);
        for (int k = 0; k < 100; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), 6);
            if (k == 0) x = Matrix.of(new double[][] {{1000, -1000, 0, 745, -745}});
            Matrix input = x.copy();
            Matrix got = new SigmoidLayer().forward(input);
            Matrix expected = x.map(Reference::sigmoid);
            Expect.close("SigmoidLayer.forward(" + showEntries(x) + ")", expected, got, 1e-12,
                    Hint.when(got != null && Expect.near(got, x.map(v -> 1 / (1 + Math.exp(v))), 1e-12),
                            "the sign of the exponent: σ(x) = 1 / (1 + e^(−x))")
                        .ko("지수의 부호를 확인하세요: σ(x) = 1 / (1 + e^(−x))"),
                    Hint.when(got != null && Expect.near(got, x.map(Math::tanh), 1e-12),
                            "that is tanh; the sigmoid is 1 / (1 + e^(−x))")
                        .ko("그것은 tanh입니다. 시그모이드는 1 / (1 + e^(−x))입니다"));
            Expect.holds("SigmoidLayer.forward leaves its input unchanged", input.equals(x), "unchanged", "changed");
        }
    }

    @Graded(exercise = "5.4", points = 4)
    @DisplayName("SigmoidLayer.backward matches central differences on 120 seeded shapes:"
            + " dx = dout ⊙ y ⊙ (1 − y)")
    void sigmoidBackward() {
        Random rnd = new Random(5402);
        for (int k = 0; k < 120; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(6), 4);
            Matrix dout = Reference.matrix(rnd, x.rows(), x.cols(), 2);
            SigmoidLayer layer = new SigmoidLayer();
            layer.forward(x.copy());
            Matrix got = attempt("SigmoidLayer.backward", () -> layer.backward(dout.copy()));
            Matrix expected = Cases.numeric(v -> Cases.weighted(dout, v.map(Reference::sigmoid)), x.copy());
            Matrix y = x.map(Reference::sigmoid);
            String call = "SigmoidLayer.backward(dout " + dout.shape() + ") after forward(" + showEntries(x) + ")";
            Expect.close(call, expected, got, 1e-6,
                    Hint.when(Expect.near(got, dout.hadamard(x.map(v -> v * (1 - v))), 1e-9),
                            "you used the input x: σ'(x) = y(1 − y) with y = σ(x), the OUTPUT that forward kept")
                        .ko("입력 x를 썼습니다: σ'(x) = y(1 − y)이며,"
                                + " y = σ(x)는 forward가 저장해 둔 출력입니다"),
                    Hint.when(Expect.near(got, y.map(v -> v * (1 - v)), 1e-9),
                            "dout is missing: the chain rule multiplies the local gradient y(1 − y) by dout")
                        .ko("dout이 빠졌습니다:"
                                + " 연쇄 법칙은 국소 기울기 y(1 − y)에 dout을 곱합니다"),
                    Hint.when(Expect.near(got, dout.hadamard(y.map(v -> v * (1 + v))), 1e-9),
                            "y(1 + y)? the derivative of the sigmoid is y(1 − y)")
                        .ko("y(1 + y)? 시그모이드의 도함수는 y(1 − y)입니다"),
                    Hint.when(Expect.near(got, dout.hadamard(y), 1e-9),
                            "dx = dout ⊙ y ⊙ (1 − y): the factor (1 − y) is missing")
                        .ko("dx = dout ⊙ y ⊙ (1 − y): 인수 (1 − y)가 빠졌습니다"));
        }
    }

    @Graded(exercise = "5.4", points = 2)
    @DisplayName("SigmoidLayer.backward leaves dout unchanged,"
            + " is 0 where the sigmoid saturates (±800), and needs a forward first")
    void sigmoidLeavesDout() {
        Random rnd = new Random(5403);
        for (int k = 0; k < 30; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 3);
            if (k == 0) x = Matrix.of(new double[][] {{800, -800}});
            Matrix dout = Reference.matrix(rnd, x.rows(), x.cols(), 1);
            Matrix copy = dout.copy();
            SigmoidLayer layer = new SigmoidLayer();
            layer.forward(x);
            Matrix got = layer.backward(dout);
            Expect.holds("SigmoidLayer.backward: dout afterwards", dout.equals(copy),
                    "unchanged " + showEntries(copy), showEntries(dout),
                    Hint.always("backward wrote into dout: return a new matrix, the caller may still need dout")
                        .ko("backward가 dout에 썼습니다: 새 행렬을 반환하세요,"
                                + " 호출한 쪽에 아직 dout이 필요할 수 있습니다"));
            if (k == 0) Expect.close("SigmoidLayer.backward at x = ±800 (y is 0 or 1)", Matrix.ofRow(0, 0),
                    got, 1e-12);
        }
        Expect.rejects("SigmoidLayer.backward before any forward", IllegalStateException.class,
                () -> new SigmoidLayer().backward(Matrix.zeros(1, 1)), "forward");
    }

    // ---- 5.5 The ReLU layer ----

    @Graded(exercise = "5.5", points = 2)
    @DisplayName("ReluLayer.forward is max(0, x)"
            + " on 100 seeded matrices with exact zeros, and leaves its input unchanged")
    void reluForward() {
        Random rnd = new Random(5501);
        for (int k = 0; k < 100; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(6), 3);
            x.set(0, 0, 0.0);
            Matrix input = x.copy();
            Matrix got = new ReluLayer().forward(input);
            Expect.close("ReluLayer.forward(" + showEntries(x) + ")", x.map(v -> Math.max(0, v)), got, 0,
                    Hint.when(got != null && Expect.near(got, x.map(v -> v > 0 ? 1 : 0), 0),
                            "that is the step function; ReLU passes x itself where x > 0")
                        .ko("그것은 계단 함수입니다."
                                + " ReLU는 x > 0인 곳에서 x 자체를 통과시킵니다"));
            Expect.holds("ReluLayer.forward leaves its input unchanged", input.equals(x),
                    "unchanged " + showEntries(x), showEntries(input),
                    Hint.always("forward changed the matrix it was given: build a new one")
                        .ko("forward가 받은 행렬을 바꿨습니다: 새 행렬을 만드세요"));
        }
    }

    @Graded(exercise = "5.5", points = 3)
    @DisplayName("ReluLayer.backward matches central differences on 120 seeded shapes: dout where x > 0, else 0")
    void reluBackward() {
        Random rnd = new Random(5502);
        for (int k = 0; k < 120; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(6), 3);
            for (int r = 0; r < x.rows(); r++) {
                for (int c = 0; c < x.cols(); c++) {
                    if (Math.abs(x.get(r, c)) < 1e-3) x.set(r, c, 0.5); // stay off the kink
                }
            }
            Matrix dout = Reference.matrix(rnd, x.rows(), x.cols(), 2);
            ReluLayer layer = new ReluLayer();
            layer.forward(x.copy());
            Matrix got = attempt("ReluLayer.backward", () -> layer.backward(dout.copy()));
            Matrix expected = Cases.numeric(v -> Cases.weighted(dout, v.map(a -> Math.max(0, a))), x.copy());
            String call = "ReluLayer.backward(" + showEntries(dout) + ") after forward(" + showEntries(x) + ")";
            Expect.close(call, expected, got, 1e-6,
                    Hint.when(Expect.near(got, dout.map(d -> Math.max(0, d)), 1e-12),
                            "the mask must come from the input of forward (x ≤ 0), not from the sign of dout")
                        .ko("마스크는 dout의 부호가 아니라 forward의"
                                + " 입력 (x ≤ 0)에서 와야 합니다"),
                    Hint.when(Expect.near(got, x.map(a -> a > 0 ? 1 : 0), 1e-12),
                            "dout is missing: pass dout itself where x > 0")
                        .ko("dout이 빠졌습니다: x > 0인 곳에서는 dout 자체를 넘기세요"),
                    Hint.when(Expect.near(got, dout, 1e-12),
                            "every entry passed: where x ≤ 0 the gradient is 0 (use the mask)")
                        .ko("모든 항목이 통과했습니다:"
                                + " x ≤ 0인 곳의 기울기는 0입니다 (마스크를 쓰세요)"));
        }
    }

    @Graded(exercise = "5.5", points = 1)
    @DisplayName("ReluLayer.backward gives 0 where x was exactly 0 (the lesson's choice)"
            + " and where x < 0, whatever the sign of dout")
    void reluAtZero() {
        Random rnd = new Random(5503);
        for (int k = 0; k < 30; k++) {
            int cols = 3 + rnd.nextInt(4);
            Matrix x = Reference.matrix(rnd, 2, cols, 2);
            x.set(0, 0, 0.0);
            x.set(1, 1, -0.0);
            Matrix dout = Reference.matrix(rnd, 2, cols, 2);
            ReluLayer layer = new ReluLayer();
            layer.forward(x);
            Matrix got = layer.backward(dout);
            Expect.close("ReluLayer.backward at x = 0 exactly (entry (0, 0))", 0, got.get(0, 0), 0,
                    Hint.always("at x = 0 the lesson takes the gradient 0: mask where x ≤ 0, not only where x < 0")
                        .ko("x = 0에서 수업은 기울기를 0으로 봅니다:"
                                + " x < 0인 곳만이 아니라 x ≤ 0인 곳을 마스크하세요"));
            Expect.close("ReluLayer.backward at x = -0.0 (entry (1, 1))", 0, got.get(1, 1), 0);
            for (int c = 0; c < cols; c++) {
                double expected = x.get(0, c) > 0 ? dout.get(0, c) : 0;
                Expect.close("ReluLayer.backward entry (0, " + c + ") where x = " + x.get(0, c)
                        + " and dout = " + dout.get(0, c),
                        expected, got.get(0, c), 0);
            }
        }
    }

    @Graded(exercise = "5.5", points = 2)
    @DisplayName("ReluLayer.backward returns a new matrix and leaves dout unchanged (no dout[mask] = 0),"
            + " and needs a forward first")
    void reluLeavesDout() {
        Random rnd = new Random(5504);
        for (int k = 0; k < 40; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(4), 2 + rnd.nextInt(4), 2);
            x.set(0, 0, -1);
            Matrix dout = Reference.matrix(rnd, x.rows(), x.cols(), 1);
            Matrix copy = dout.copy();
            ReluLayer layer = new ReluLayer();
            layer.forward(x);
            Matrix got = layer.backward(dout);
            Expect.holds("ReluLayer.backward: dout afterwards", dout.equals(copy),
                    "unchanged " + showEntries(copy), showEntries(dout),
                    Hint.always("backward set entries of dout to 0:"
                            + " build a new matrix for dx and leave dout alone, the caller may still need it")
                        .ko("backward가 dout의 항목을 0으로 바꿨습니다: dx용 새 행렬을 만들고"
                                + " dout은 그대로 두세요, 호출한 쪽에 아직 필요할 수 있습니다"));
            Expect.holds("ReluLayer.backward returns a new matrix", got != dout, "a new matrix", "dout itself");
        }
        Expect.rejects("ReluLayer.backward before any forward", IllegalStateException.class,
                () -> new ReluLayer().backward(Matrix.zeros(1, 1)), "forward");
    }
}
