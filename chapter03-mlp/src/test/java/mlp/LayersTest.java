package mlp;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;

class LayersTest {

    // ---- 3.1 The forward pass of a dense layer ----

    @Graded(exercise = "3.1", points = 8)
    @DisplayName("dense is f(x·W + b) for 150 seeded layers of 1 to 8 samples,"
            + " 1 to 6 inputs and outputs, four activations")
    void denseMatchesTheFormula() {
        Random rnd = new Random(3101);
        for (int k = 0; k < 150; k++) {
            boolean square = k % 5 == 0; // x, W and the result all n × n: here W·x would not fail on shapes
            int n = 1 + rnd.nextInt(square ? 5 : 8);
            int inputs = square ? n : 1 + rnd.nextInt(6);
            int outputs = square ? n : 1 + rnd.nextInt(6);
            Matrix x = Reference.matrix(rnd, n, inputs, 2);
            Matrix w = Reference.matrix(rnd, inputs, outputs, 1.5);
            Matrix b = Reference.matrix(rnd, 1, outputs, 1);
            Cases.Activation f = Cases.ACTIVATIONS[k % Cases.ACTIVATIONS.length];
            String call = "dense(x=" + show(x) + ", W=" + show(w) + ", b=" + show(b) + ", " + f.name() + ")";
            Matrix xs = x.copy();
            Matrix ws = w.copy();
            Matrix bs = b.copy();

            Matrix got = denseWithFittingShapes(call, xs, ws, bs, f);
            Matrix expected = Reference.affine(x, w, b).map(f.f());
            Matrix withoutBias = x.times(w).map(f.f());
            Matrix withoutActivation = Reference.affine(x, w, b);
            Matrix activationFirst = x.times(w).map(f.f()).plus(b);
            Matrix wTimesX = square ? w.times(x).plus(b).map(f.f()) : null;
            Expect.close(call, expected, got, 1e-9,
                    Hint.when(Expect.near(got, withoutBias, 1e-9),
                            "the bias is missing: a = x·W + b, then f(a)")
                        .ko("편향이 빠졌습니다: a = x·W + b, 그다음 f(a)"),
                    Hint.when(Expect.near(got, withoutActivation, 1e-9),
                            "the activation is missing: map f over a = x·W + b")
                        .ko("활성화 함수가 빠졌습니다:"
                                + " a = x·W + b의 모든 항목에 f를 적용하세요(map)"),
                    Hint.when(Expect.near(got, activationFirst, 1e-9),
                            "the bias comes after the activation: it is f(x·W + b), not f(x·W) + b")
                        .ko("편향을 활성화 함수 뒤에 더했습니다:"
                                + " f(x·W) + b가 아니라 f(x·W + b)입니다"),
                    Hint.when(square && Expect.near(got, wTimesX, 1e-9),
                            "you multiplied W·x;"
                                    + " with the samples in rows it is x·W: (samples × inputs)·(inputs × outputs)")
                        .ko("W·x로 곱했습니다. 샘플이 행에 있으므로"
                                + " x·W입니다: (샘플 수 × 입력 수)·(입력 수 × 출력 수)"));
            Expect.holds(call + " leaves x, W and b as they were", xs.equals(x) && ws.equals(w) && bs.equals(b),
                    "x, W and b unchanged", "one of them changed",
                    Hint.always("compute into new matrices: times, plus and map return new ones;"
                            + " the *InPlace methods and set change their matrix")
                        .ko("새 행렬에 계산하세요: times, plus, map은 새 행렬을"
                                + " 돌려주지만, *InPlace 메서드와 set은 자기 행렬을 바꿉니다"));
        }
    }

    /** dense on shapes that fit; a shape error here is a mistake, and "cannot multiply W by x" is a known one. */
    private static Matrix denseWithFittingShapes(String call, Matrix x, Matrix w, Matrix b, Cases.Activation f) {
        try {
            return Layers.dense(x, w, b, f.f());
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            Expect.holds(call + " with shapes that fit", false, "a " + x.rows() + "×" + w.cols() + " result",
                    "IllegalArgumentException \"" + m + "\"",
                    Hint.when(m.contains(w.shape() + " by " + x.shape()),
                            "you multiplied W·x;"
                                    + " with the samples in rows it is x·W: (samples × inputs)·(inputs × outputs)")
                        .ko("W·x로 곱했습니다. 샘플이 행에 있으므로"
                                + " x·W입니다: (샘플 수 × 입력 수)·(입력 수 × 출력 수)"),
                    Hint.always("these shapes fit: x has one column per row of W,"
                            + " and b is one row of one bias per output")
                        .ko("이 모양들은 맞습니다: x에는 W의 행마다 열이 하나씩 있고,"
                                + " b는 출력마다 편향이 하나씩 있는 한 행입니다"));
            throw e;
        }
    }

    @Graded(exercise = "3.1", points = 4)
    @DisplayName("dense adds the bias row to every sample:"
            + " all-zero inputs give f(b) in every row, for up to 40 samples")
    void denseAddsTheBiasToEveryRow() {
        Random rnd = new Random(3102);
        for (int k = 0; k < 30; k++) {
            int n = 2 + rnd.nextInt(39);
            int inputs = 1 + rnd.nextInt(5);
            int outputs = 1 + rnd.nextInt(5);
            Matrix w = Reference.matrix(rnd, inputs, outputs, 2);
            Matrix b = Reference.matrix(rnd, 1, outputs, 2);
            Matrix got = denseWithFittingShapes("dense(x = zeros " + n + "×" + inputs + ", W " + w.shape() + ", b "
                    + b.shape() + ", sigmoid)",
                    Matrix.zeros(n, inputs), w, b, new Cases.Activation("sigmoid", Reference::sigmoid));
            Matrix expected = Matrix.zeros(n, outputs).plus(b).map(Reference::sigmoid);
            Expect.close("dense(x = zeros " + n + "×" + inputs + ", W " + w.shape() + ", b=" + show(b) + ", sigmoid)",
                    expected, got, 1e-12,
                    Hint.when(Expect.near(got, Matrix.zeros(n, outputs).map(Reference::sigmoid), 1e-12),
                            "every entry is σ(0) = 0.5: with x = 0 the result must be f(b), so the bias is missing")
                        .ko("모든 항목이 σ(0) = 0.5입니다:"
                                + " x = 0이면 결과는 f(b)여야 하므로 편향이 빠졌습니다"),
                    Hint.when(got != null && got.rows() == n && got.cols() == outputs
                                    && Expect.near(Matrix.ofRow(got.row(0)), Matrix.ofRow(expected.row(0)), 1e-12)
                                    && !Expect.near(Matrix.ofRow(got.row(n - 1)), Matrix.ofRow(expected.row(0)), 1e-12),
                            "only the first sample got the bias:"
                                    + " the one row b is added to every row of x·W (Matrix.plus does that)")
                        .ko("첫 번째 샘플에만 편향이 더해졌습니다: 한 행짜리 b는 x·W의"
                                + " 모든 행에 더해집니다(Matrix.plus가 그렇게 합니다)"));
        }
    }

    @Graded(exercise = "3.1", points = 8)
    @DisplayName("dense rejects x without one column per row of W,"
            + " and a b that is not (1 × outputs), naming the shapes")
    void denseRejectsShapesThatDoNotFit() {
        Random rnd = new Random(3103);
        for (int k = 0; k < 20; k++) {
            int n = 2 + rnd.nextInt(6);
            int inputs = 1 + rnd.nextInt(5);
            int outputs = 1 + rnd.nextInt(5);
            int wrongInputs = inputs + 1 + rnd.nextInt(3);
            Matrix x = Reference.matrix(rnd, n, wrongInputs, 1);
            Matrix w = Reference.matrix(rnd, inputs, outputs, 1);
            Matrix b = Reference.matrix(rnd, 1, outputs, 1);
            Expect.rejects("dense(x " + x.shape() + ", W " + w.shape() + ", b " + b.shape() + "): x has " + wrongInputs
                    + " columns, W has " + inputs + " rows", IllegalArgumentException.class,
                    () -> Layers.dense(x, w, b, Reference::sigmoid), x.shape(), w.shape());

            Matrix xOk = Reference.matrix(rnd, n, inputs, 1);
            Matrix[] badBiases = {
                Reference.matrix(rnd, n, outputs, 1),      // one bias per sample and output: adds without complaint
                Reference.matrix(rnd, 1, outputs + 1, 1),  // one bias too many
                Reference.matrix(rnd, outputs + 1, 1, 1),  // a column instead of a row
            };
            for (Matrix bad : badBiases) {
                if (bad.rows() == 1 && bad.cols() == outputs) continue;
                Expect.rejects("dense(x " + xOk.shape() + ", W " + w.shape() + ", b " + bad.shape()
                        + "): b must be (1×" + outputs + ")",
                        IllegalArgumentException.class, () -> Layers.dense(xOk, w, bad, Reference::sigmoid),
                        bad.shape(), "(1×" + outputs + ")");
            }
        }
    }

    // ---- 3.2 Counting parameters ----

    @Graded(exercise = "3.2", points = 7)
    @DisplayName("parameterCount sums inputs·outputs + outputs over the layers of 200 seeded networks,"
            + " and counts past Integer.MAX_VALUE")
    void parameterCountOfRandomNetworks() {
        Random rnd = new Random(3201);
        for (int k = 0; k <= 200; k++) {
            int[] sizes;
            if (k == 200) {
                sizes = new int[] {50_000, 50_000, 3};
            } else {
                sizes = new int[2 + rnd.nextInt(6)];
                for (int i = 0; i < sizes.length; i++) sizes[i] = 1 + rnd.nextInt(300);
            }
            long weights = 0;
            long biases = 0;
            long biasesPerInput = 0;
            for (int l = 1; l < sizes.length; l++) {
                weights += (long) sizes[l - 1] * sizes[l];
                biases += sizes[l];
                biasesPerInput += sizes[l - 1];
            }
            long expected = weights + biases;
            long got = Layers.parameterCount(sizes.clone());
            Expect.equal("parameterCount(" + Expect.show(sizes) + ")", expected, got,
                    Hint.when(got == weights,
                            "the biases are missing: every layer also has one bias per output")
                        .ko("편향이 빠졌습니다:"
                                + " 모든 층에는 출력마다 편향도 하나씩 있습니다"),
                    Hint.when(got == weights + biasesPerInput,
                            "one bias per output of a layer, not per input: W is n×m, b is 1×m")
                        .ko("편향은 층의 입력마다가 아니라 출력마다 하나씩입니다:"
                                + " W는 n×m, b는 1×m입니다"),
                    Hint.when(got == expected + sizes[0],
                            "the input layer has no biases: it only hands x on")
                        .ko("입력층에는 편향이 없습니다: x를 넘겨주기만 합니다"),
                    Hint.when(k == 200 && got != expected,
                            "the count overflowed int: multiply as long, (long) n * m")
                        .ko("개수가 int 범위를 넘었습니다(오버플로):"
                                + " long으로 곱하세요, (long) n * m"));
        }
    }

    @Graded(exercise = "3.2", points = 3)
    @DisplayName("parameterCount rejects fewer than 2 sizes and sizes below 1, naming the size")
    void parameterCountRejectsBadSizes() {
        Expect.rejects("parameterCount() with no sizes", IllegalArgumentException.class, () -> Layers.parameterCount());
        Expect.rejects("parameterCount(5): inputs but no layer", IllegalArgumentException.class,
                () -> Layers.parameterCount(5));
        Expect.rejects("parameterCount(3, 0, 2)", IllegalArgumentException.class,
                () -> Layers.parameterCount(3, 0, 2), "0");
        Expect.rejects("parameterCount(4, -7)", IllegalArgumentException.class,
                () -> Layers.parameterCount(4, -7), "-7");
    }

    // ---- 3.3 Two linear layers are one ----

    @Graded(exercise = "3.3", points = 8)
    @DisplayName("collapse gives W₁·W₂ and b₁·W₂ + b₂,"
            + " and that layer computes what the two do, for 100 seeded pairs of layers")
    void collapseMatchesTheTwoLayers() {
        Random rnd = new Random(3301);
        for (int k = 0; k < 100; k++) {
            boolean square = k % 4 == 0; // every shape equal: here W₂·W₁ and b₁ + b₂ would not fail on shapes
            int n = 1 + rnd.nextInt(5);
            int inputs = n;
            int hidden = square ? n : 1 + rnd.nextInt(6);
            int outputs = square ? n : 1 + rnd.nextInt(5);
            if (!square) inputs = 1 + rnd.nextInt(5);
            Matrix w1 = Reference.matrix(rnd, inputs, hidden, 1.5);
            Matrix b1 = Reference.matrix(rnd, 1, hidden, 1);
            Matrix w2 = Reference.matrix(rnd, hidden, outputs, 1.5);
            Matrix b2 = Reference.matrix(rnd, 1, outputs, 1);
            String call = "collapse(W₁=" + show(w1) + ", b₁=" + show(b1) + ", W₂=" + show(w2)
                    + ", b₂=" + show(b2) + ")";
            Matrix w1s = w1.copy();
            Matrix b1s = b1.copy();
            Matrix w2s = w2.copy();
            Matrix b2s = b2.copy();
            Affine got = Layers.collapse(w1s, b1s, w2s, b2s);
            Expect.holds(call + " returns a layer", got != null, "an Affine", "null");

            Matrix expectedW = w1.times(w2);
            Matrix expectedB = Reference.affine(b1, w2, b2);
            Expect.close(call + ": W", expectedW, got.w(), 1e-9,
                    Hint.when(square && Expect.near(got.w(), w2.times(w1), 1e-9),
                            "the order is W₁·W₂: x meets W₁ first, (x·W₁)·W₂ = x·(W₁·W₂)")
                        .ko("순서는 W₁·W₂입니다:"
                                + " x는 W₁을 먼저 만납니다, (x·W₁)·W₂ = x·(W₁·W₂)"));
            Matrix gotB = got.b();
            Expect.close(call + ": b", expectedB, gotB, 1e-9,
                    Hint.when(Expect.near(gotB, b1.times(w2), 1e-9),
                            "b₂ is missing: b = b₁·W₂ + b₂")
                        .ko("b₂가 빠졌습니다: b = b₁·W₂ + b₂"),
                    Hint.when(Expect.near(gotB, b2, 1e-9),
                            "b₁ went missing: it passes through W₂ too, so b = b₁·W₂ + b₂")
                        .ko("b₁이 빠졌습니다: b₁도 W₂를 거치므로 b = b₁·W₂ + b₂입니다"),
                    Hint.when(square && Expect.near(gotB, b1.plus(b2), 1e-9),
                            "b₁ passes through W₂ before b₂ is added: b = b₁·W₂ + b₂, not b₁ + b₂")
                        .ko("b₂를 더하기 전에 b₁이 W₂를 거칩니다:"
                                + " b₁ + b₂가 아니라 b = b₁·W₂ + b₂입니다"));
            Matrix x = Reference.matrix(rnd, 1 + rnd.nextInt(6), inputs, 2);
            Expect.close(call + ".forward(x=" + show(x) + ") against the two layers",
                    Reference.affine(Reference.affine(x, w1, b1), w2, b2), got.forward(x), 1e-9);
            Expect.holds(call + " leaves W₁, b₁, W₂, b₂ as they were",
                    w1s.equals(w1) && b1s.equals(b1) && w2s.equals(w2) && b2s.equals(b2),
                    "all four unchanged", "one of them changed");
        }
    }

    @Graded(exercise = "3.3", points = 4)
    @DisplayName("collapse rejects layers that do not fit together, naming the shapes")
    void collapseRejectsShapesThatDoNotFit() {
        Random rnd = new Random(3302);
        for (int k = 0; k < 15; k++) {
            int inputs = 1 + rnd.nextInt(4);
            int hidden = 1 + rnd.nextInt(4);
            int outputs = 1 + rnd.nextInt(4);
            Matrix w1 = Reference.matrix(rnd, inputs, hidden, 1);
            Matrix b1 = Reference.matrix(rnd, 1, hidden, 1);
            Matrix w2 = Reference.matrix(rnd, hidden, outputs, 1);
            Matrix b2 = Reference.matrix(rnd, 1, outputs, 1);
            Matrix w2Wrong = Reference.matrix(rnd, hidden + 1 + rnd.nextInt(2), outputs, 1);
            Matrix b1Wrong = Reference.matrix(rnd, 1, hidden + 1, 1);
            Matrix b2Wrong = Reference.matrix(rnd, 1, outputs + 1, 1);
            Expect.rejects("collapse(W₁ " + w1.shape() + ", b₁ " + b1.shape() + ", W₂ " + w2Wrong.shape()
                    + ", b₂ " + b2.shape() + ")",
                    IllegalArgumentException.class, () -> Layers.collapse(w1, b1, w2Wrong, b2),
                    w1.shape(), w2Wrong.shape());
            Expect.rejects("collapse(W₁ " + w1.shape() + ", b₁ " + b1Wrong.shape() + ", W₂ " + w2.shape()
                    + ", b₂ " + b2.shape() + ")",
                    IllegalArgumentException.class, () -> Layers.collapse(w1, b1Wrong, w2, b2), b1Wrong.shape());
            Expect.rejects("collapse(W₁ " + w1.shape() + ", b₁ " + b1.shape() + ", W₂ " + w2.shape() + ", b₂ "
                    + b2Wrong.shape() + ")",
                    IllegalArgumentException.class, () -> Layers.collapse(w1, b1, w2, b2Wrong), b2Wrong.shape());
        }
    }
}
