package backprop;

import static backprop.Cases.attempt;
import static backprop.Cases.overwrite;
import static grader.api.Expect.showEntries;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

/** Exercises 5.4 and 5.5: the sigmoid and ReLU layers, forward and backward. */
class LayerTest {

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
    @DisplayName("SigmoidLayer.backward leaves dout unchanged, is 0 where the sigmoid saturates (±800),"
            + " needs a forward first, and neither layer keeps the caller's matrices")
    void sigmoidLeavesDout() {
        Random rnd = new Random(5403);
        for (int k = 0; k < 30; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 3);
            if (k == 0) x = Matrix.of(new double[][] {{800, -800}});
            Matrix dout = Reference.matrix(rnd, x.rows(), x.cols(), 1);
            Matrix copy = dout.copy();
            SigmoidLayer layer = new SigmoidLayer();
            Matrix input = x.copy();
            layer.forward(input);
            overwrite(input); // the caller reuses its matrix: backward must still use this forward's y
            Matrix got = layer.backward(dout);
            Matrix expected = dout.hadamard(x.map(v -> Reference.sigmoid(v) * (1 - Reference.sigmoid(v))));
            Matrix changed = input.copy(); // what the caller's matrix holds now
            Expect.close("SigmoidLayer.backward(" + showEntries(copy) + ") after forward(" + showEntries(x)
                    + "), whose input the caller then overwrote", expected, got, 1e-9,
                    Hint.when(Expect.near(got, copy.hadamard(changed.map(v -> Reference.sigmoid(v)
                                    * (1 - Reference.sigmoid(v)))), 1e-9),
                            "forward kept the caller's matrix, which changed afterwards:"
                                    + " keep y = σ(x) in a new matrix of your own")
                        .ko("forward가 호출한 쪽의 행렬을 붙잡고 있었는데, 그 행렬이 나중에 바뀌었습니다:"
                                + " y = σ(x)를 새 행렬에 따로 보관하세요"),
                    Hint.when(Expect.near(got, copy.hadamard(changed.map(v -> v * (1 - v))), 1e-9),
                            "you used the input x, and the caller's matrix at that: σ'(x) = y(1 − y) with y = σ(x),"
                                    + " the OUTPUT, kept by forward in a new matrix")
                        .ko("입력 x를, 그것도 호출한 쪽의 행렬을 썼습니다: σ'(x) = y(1 − y)이며,"
                                + " y = σ(x)는 forward가 새 행렬에 저장해 둔 출력입니다"));
            Expect.holds("SigmoidLayer.backward: dout afterwards", dout.equals(copy),
                    "unchanged " + showEntries(copy), showEntries(dout),
                    Hint.always("backward wrote into dout: return a new matrix, the caller may still need dout")
                        .ko("backward가 dout에 썼습니다: 새 행렬을 반환하세요,"
                                + " 호출한 쪽에 아직 dout이 필요할 수 있습니다"));
            if (k == 0) Expect.close("SigmoidLayer.backward at x = ±800 (y is 0 or 1)", Matrix.ofRow(0, 0),
                    got, 1e-12);
            Matrix result = got.copy();
            overwrite(dout);
            Expect.holds("SigmoidLayer.backward's result after the caller overwrote dout", got.equals(result),
                    "unchanged " + showEntries(result), showEntries(got),
                    Hint.always("backward returned dout itself (or a view of it): return a new matrix")
                        .ko("backward가 dout 자체를 반환했습니다: 새 행렬을 반환하세요"));
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
                    Hint.when(Expect.near(got, inverted(x, dout), 0) && !Expect.near(got, expected, 1e-6),
                            "the mask is used the wrong way round: mask is true where x ≤ 0,"
                                    + " and there the gradient is 0; dout passes where mask is false")
                        .ko("마스크를 거꾸로 썼습니다: mask는 x ≤ 0인 곳에서 true이고,"
                                + " 그곳의 기울기는 0입니다. dout은 mask가 false인 곳에서 통과합니다"),
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

    /** dout where x ≤ 0 and 0 where x > 0: the right mask used the wrong way round. */
    private static Matrix inverted(Matrix x, Matrix dout) {
        Matrix m = Matrix.zeros(x.rows(), x.cols());
        for (int r = 0; r < x.rows(); r++) {
            for (int c = 0; c < x.cols(); c++) m.set(r, c, x.get(r, c) <= 0 ? dout.get(r, c) : 0);
        }
        return m;
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
            boolean restRight = true; // a mask of x < 0 is right everywhere but at the zeros
            for (int c = 1; c < cols; c++) restRight &= got.get(0, c) == (x.get(0, c) > 0 ? dout.get(0, c) : 0);
            Expect.close("ReluLayer.backward at x = 0 exactly (entry (0, 0))", 0, got.get(0, 0), 0,
                    Hint.when(restRight && got.get(0, 0) == dout.get(0, 0),
                            "at x = 0 the lesson takes the gradient 0: mask where x ≤ 0, not only where x < 0")
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
            + " uses the mask of its forward even when the caller changes x afterwards, and needs a forward first")
    void reluLeavesDout() {
        Random rnd = new Random(5504);
        for (int k = 0; k < 40; k++) {
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(4), 2 + rnd.nextInt(4), 2);
            x.set(0, 0, -1);
            Matrix dout = Reference.matrix(rnd, x.rows(), x.cols(), 1);
            Matrix copy = dout.copy();
            ReluLayer layer = new ReluLayer();
            Matrix input = x.copy();
            layer.forward(input);
            overwrite(input); // the caller reuses its matrix (x < 0 turns positive): the mask is this forward's
            Matrix got = layer.backward(dout);
            Matrix changed = input.copy(); // what the caller's matrix holds now
            Expect.close("ReluLayer.backward(" + showEntries(copy) + ") after forward(" + showEntries(x)
                    + "), whose input the caller then overwrote", x.map(v -> v > 0 ? 1 : 0).hadamard(copy), got, 0,
                    Hint.when(Expect.near(got, changed.map(v -> v > 0 ? 1 : 0).hadamard(copy), 0),
                            "the mask must be taken in forward, from that forward's x:"
                            + " a matrix the caller still holds may change before backward")
                        .ko("마스크는 forward에서 그 forward의 x로 만들어야 합니다:"
                                + " 호출한 쪽이 가진 행렬은 backward 전에 바뀔 수 있습니다"));
            Expect.holds("ReluLayer.backward: dout afterwards", dout.equals(copy),
                    "unchanged " + showEntries(copy), showEntries(dout),
                    Hint.always("backward set entries of dout to 0:"
                            + " build a new matrix for dx and leave dout alone, the caller may still need it")
                        .ko("backward가 dout의 항목을 0으로 바꿨습니다: dx용 새 행렬을 만들고"
                                + " dout은 그대로 두세요, 호출한 쪽에 아직 필요할 수 있습니다"));
            Expect.holds("ReluLayer.backward returns a new matrix", got != dout, "a new matrix", "dout itself");
            Matrix result = got.copy();
            overwrite(dout);
            Expect.holds("ReluLayer.backward's result after the caller overwrote dout", got.equals(result),
                    "unchanged " + showEntries(result), showEntries(got));
        }
        Expect.rejects("ReluLayer.backward before any forward", IllegalStateException.class,
                () -> new ReluLayer().backward(Matrix.zeros(1, 1)), "forward");
    }
}
