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
            Matrix biasSubtracted = x.times(w).minus(b).map(f.f());
            Matrix withoutActivation = Reference.affine(x, w, b);
            Matrix activationFirst = x.times(w).map(f.f()).plus(b);
            Matrix wTimesX = square ? w.times(x).plus(b).map(f.f()) : null;
            Expect.close(call, expected, got, 1e-9,
                    Hint.when(Expect.near(got, withoutBias, 1e-9) && !Expect.near(got, biasSubtracted, 1e-9),
                            "the bias is missing: a = x·W + b, then f(a)")
                        .ko("편향이 빠졌습니다: a = x·W + b, 그다음 f(a)"),
                    Hint.when(Expect.near(got, biasSubtracted, 1e-9),
                            "the bias is subtracted: a = x·W + b, with a plus")
                        .ko("편향을 뺐습니다: a = x·W + b, 더하기입니다"),
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
            Matrix asReturned = got.copy();
            Cases.scribble(xs, ws, bs);
            Layers.dense(x.copy(), w.copy(), b.copy(), f.f());
            Cases.keptApart(call, asReturned, got);
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
                    Hint.when(Expect.near(got, Matrix.zeros(n, outputs).minus(b).map(Reference::sigmoid), 1e-12),
                            "with x = 0 you got f(−b): the bias is subtracted, but a = x·W + b")
                        .ko("x = 0일 때 f(−b)가 나왔습니다: 편향을 뺐지만 a = x·W + b입니다"),
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
            Cases.rejectsShapes("dense(x " + x.shape() + ", W " + w.shape() + ", b " + b.shape() + "): x has "
                    + wrongInputs + " columns, W has " + inputs + " rows",
                    () -> Layers.dense(x, w, b, Reference::sigmoid), new Matrix[] {x, w}, x, w, b);

            Matrix xOk = Reference.matrix(rnd, n, inputs, 1);
            Matrix[] badBiases = {
                Reference.matrix(rnd, n, outputs, 1),      // one bias per sample and output: adds without complaint
                Reference.matrix(rnd, 1, outputs + 1, 1),  // one bias too many
                Reference.matrix(rnd, outputs + 1, 1, 1),  // a column instead of a row
            };
            for (Matrix bad : badBiases) {
                if (bad.rows() == 1 && bad.cols() == outputs) continue;
                String checked = "dense(x " + xOk.shape() + ", W " + w.shape() + ", b " + bad.shape()
                        + "): b must be (1×" + outputs + ")";
                String message = Cases.rejectsShapes(checked, () -> Layers.dense(xOk, w, bad, Reference::sigmoid),
                        new Matrix[] {bad}, xOk, w, bad);
                // what b must be: its shape (1×m), or the W it must fit
                Expect.holds(checked + ": the message says what b must be",
                        message.contains("(1×" + outputs + ")") || Cases.names(message, w),
                        "a message that names (1×" + outputs + ") or W's " + w.shape(), "\"" + message + "\"",
                        Hint.always("say what b must be: one row of one bias per output, (1×" + outputs + ")")
                            .ko("b가 어떤 모양이어야 하는지 말하세요: 출력마다 편향이 하나씩인 한 행,"
                                    + " (1×" + outputs + ")"));
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
            long intProducts = 0; // each n·m multiplied as int, as a wrong answer would
            int allInt = 0;       // the whole count kept in an int
            for (int l = 1; l < sizes.length; l++) {
                weights += (long) sizes[l - 1] * sizes[l];
                biases += sizes[l];
                biasesPerInput += sizes[l - 1];
                intProducts += sizes[l - 1] * sizes[l] + sizes[l];
                allInt += sizes[l - 1] * sizes[l] + sizes[l];
            }
            long expected = weights + biases;
            int[] passed = sizes.clone();
            long got = Layers.parameterCount(passed);
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
                    Hint.when(got != expected && (got == intProducts || got == allInt),
                            "the count overflowed int: multiply as long, (long) n * m")
                        .ko("개수가 int 범위를 넘었습니다(오버플로):"
                                + " long으로 곱하세요, (long) n * m"));
            Expect.equal("parameterCount(" + Expect.show(sizes) + ") leaves the sizes as they were", sizes, passed,
                    Hint.always("only read the sizes: the caller's array is not yours to change")
                        .ko("크기들을 읽기만 하세요: 호출한 쪽의 배열은 바꾸면 안 됩니다"));
        }
    }

    @Graded(exercise = "3.2", points = 3)
    @DisplayName("parameterCount rejects fewer than 2 sizes and sizes below 1, naming the size")
    void parameterCountRejectsBadSizes() {
        Expect.rejects("parameterCount() with no sizes", IllegalArgumentException.class, () -> Layers.parameterCount());
        Expect.rejects("parameterCount(5): inputs but no layer", IllegalArgumentException.class,
                () -> Layers.parameterCount(5));
        int[] withZero = {3, 0, 2};
        Expect.rejects("parameterCount(3, 0, 2)", IllegalArgumentException.class,
                () -> Layers.parameterCount(withZero), "0");
        Expect.equal("parameterCount(3, 0, 2) rejected, then the sizes are as they were", new int[] {3, 0, 2},
                withZero,
                Hint.always("check the sizes before changing anything: a rejected call changes nothing")
                    .ko("무엇이든 바꾸기 전에 크기를 확인하세요: 거부된 호출은 아무것도 바꾸지 않습니다"));
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
            Matrix trueB = Reference.affine(b1, w2, b2);
            Matrix gotB = got.b();
            // 3.3 judged by itself: a b made by your own dense (3.1) from b₁, W₂, b₂ counts as right, so a
            // wrong 3.1 does not cost 3.3 its points (3.1's own tests say what is wrong there)
            Matrix viaYourDense = Cases.yourAffine(b1, w2, b2);
            boolean byYourDense = viaYourDense != null && !Expect.near(viaYourDense, trueB, 1e-9)
                    && Expect.near(gotB, viaYourDense, 1e-9);
            Matrix expectedB = byYourDense ? viaYourDense : trueB;
            Expect.close(call + ": W", expectedW, got.w(), 1e-9,
                    Hint.when(square && Expect.near(got.w(), w2.times(w1), 1e-9),
                            "the order is W₁·W₂: x meets W₁ first, (x·W₁)·W₂ = x·(W₁·W₂)")
                        .ko("순서는 W₁·W₂입니다:"
                                + " x는 W₁을 먼저 만납니다, (x·W₁)·W₂ = x·(W₁·W₂)"));
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
            Matrix twoLayers = byYourDense ? Reference.affine(x, expectedW, viaYourDense)
                    : Reference.affine(Reference.affine(x, w1, b1), w2, b2);
            Expect.close(call + ".forward(x=" + show(x) + ") against the two layers", twoLayers, got.forward(x), 1e-9);
            Expect.holds(call + " leaves W₁, b₁, W₂, b₂ as they were",
                    w1s.equals(w1) && b1s.equals(b1) && w2s.equals(w2) && b2s.equals(b2),
                    "all four unchanged", "one of them changed",
                    Hint.always("compute into new matrices: times and plus return new ones;"
                            + " the *InPlace methods and set change their matrix")
                        .ko("새 행렬에 계산하세요: times와 plus는 새 행렬을"
                                + " 돌려주지만, *InPlace 메서드와 set은 자기 행렬을 바꿉니다"));
            Matrix gotW = got.w();
            Cases.scribble(w1s, b1s, w2s, b2s);
            Cases.keptApart(call + ": W", gotW, got.w());
            Cases.keptApart(call + ": b", gotB, got.b());
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
            Cases.rejectsShapes("collapse(W₁ " + w1.shape() + ", b₁ " + b1.shape() + ", W₂ " + w2Wrong.shape()
                    + ", b₂ " + b2.shape() + ")", () -> Layers.collapse(w1, b1, w2Wrong, b2),
                    new Matrix[] {w1, w2Wrong}, w1, b1, w2Wrong, b2);
            Cases.rejectsShapes("collapse(W₁ " + w1.shape() + ", b₁ " + b1Wrong.shape() + ", W₂ " + w2.shape()
                    + ", b₂ " + b2.shape() + ")", () -> Layers.collapse(w1, b1Wrong, w2, b2),
                    new Matrix[] {b1Wrong}, w1, b1Wrong, w2, b2);
            Cases.rejectsShapes("collapse(W₁ " + w1.shape() + ", b₁ " + b1.shape() + ", W₂ " + w2.shape() + ", b₂ "
                    + b2Wrong.shape() + ")", () -> Layers.collapse(w1, b1, w2, b2Wrong),
                    new Matrix[] {b2Wrong}, w1, b1, w2, b2Wrong);
        }
    }
}
