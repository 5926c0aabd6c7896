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

/** Exercise 5.3: the affine layer's backward, judged against central differences of a = x·W + b. */
class AffineTest {

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

    /**
     * For a backward that threw on shapes that fit: which of its three products failed cannot be told from
     * outside, so the hint names all three with their shapes.
     */
    private static final Hint SHAPES_DO_NOT_FIT = Hint.always(
            "one of the products in backward does not fit: dW = xᵀ · dout is (inputs × samples)·(samples × outputs),"
                    + " dx = dout · Wᵀ is (samples × outputs)·(outputs × inputs), and db sums dout's columns")
        .ko("backward의 곱 중 하나의 모양이 맞지 않습니다: dW = xᵀ · dout은 (입력 × 샘플)·(샘플 × 출력),"
                + " dx = dout · Wᵀ는 (샘플 × 출력)·(출력 × 입력)이고, db는 dout의 열을 더합니다");

    @Graded(exercise = "5.3", points = 4)
    @DisplayName("Affine.backward returns dx = dout·Wᵀ: it matches central differences on 150 seeded shapes")
    void affineDx() {
        Random rnd = new Random(5301);
        for (int k = 0; k < 150; k++) {
            AffineCase c = AffineCase.draw(rnd, k);
            Affine layer = new Affine(c.w().copy(), c.b().copy());
            layer.forward(c.x().copy());
            Matrix got = attempt(c.call(), () -> layer.backward(c.dout().copy()), SHAPES_DO_NOT_FIT);
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
                    Hint.when(got != null && !Expect.sameShape(got, c.x()),
                            "dx must have x's shape, (samples × inputs): dx = dout · Wᵀ")
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
            attempt(c.call(), () -> layer.backward(c.dout().copy()), SHAPES_DO_NOT_FIT);
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
            attempt(c.call(), () -> layer.backward(c.dout().copy()), SHAPES_DO_NOT_FIT);
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

    @Graded(exercise = "5.3", points = 2)
    @DisplayName("Affine.backward leaves dout unchanged, and what it returns and sets"
            + " does not change when the caller reuses dout afterwards")
    void affineLeavesDoutAlone() {
        Random rnd = new Random(5304);
        for (int k = 0; k < 40; k++) {
            AffineCase c = AffineCase.draw(rnd, k);
            Affine layer = new Affine(c.w().copy(), c.b().copy());
            layer.forward(c.x().copy());
            Matrix dout = c.dout().copy();
            Matrix dx = attempt(c.call(), () -> layer.backward(dout));
            Expect.holds(c.call() + ": dout after backward", dout.equals(c.dout()),
                    "unchanged " + showEntries(c.dout()), showEntries(dout),
                    Hint.always("backward wrote into dout: compute new matrices and leave dout alone,"
                            + " the caller may still need it")
                        .ko("backward가 dout에 썼습니다: 새 행렬을 계산하고 dout은 그대로 두세요,"
                                + " 호출한 쪽에 아직 필요할 수 있습니다"));
            Matrix[] kept = {copyOrNull(dx), copyOrNull(layer.dW()), copyOrNull(layer.db())};
            for (int r = 0; r < dout.rows(); r++) {
                for (int j = 0; j < dout.cols(); j++) dout.set(r, j, 100 + r + j); // the caller reuses its matrix
            }
            Matrix[] now = {dx, layer.dW(), layer.db()};
            String[] names = {"the returned dx", "dW", "db"};
            for (int i = 0; i < 3; i++) {
                Expect.holds(c.call() + ", then the caller overwrote dout: " + names[i],
                        kept[i] == null || kept[i].equals(now[i]),
                        "unchanged " + showEntries(kept[i]), showEntries(now[i]),
                        Hint.always("a gradient kept the caller's dout itself (or a view of it):"
                                + " store and return new matrices, computed from dout")
                            .ko("기울기가 호출한 쪽의 dout 자체를 붙잡고 있습니다:"
                                    + " dout으로 계산한 새 행렬을 저장하고 반환하세요"));
            }
        }
    }

    private static Matrix copyOrNull(Matrix m) {
        return m == null ? null : m.copy();
    }

    @Graded(exercise = "5.3", points = 1)
    @DisplayName("Affine.backward rejects a missing forward and a dout of the wrong shape,"
            + " and a rejected call leaves dW and db as they were")
    void affineRejectsAndKeepsState() {
        Random rnd = new Random(5305);
        Affine fresh = new Affine(Reference.matrix(rnd, 3, 2, 1), Matrix.zeros(1, 2));
        Expect.rejects("Affine.backward before any forward", IllegalStateException.class,
                () -> fresh.backward(Matrix.zeros(4, 2)), "forward");
        for (int k = 0; k < 20; k++) {
            int n = 2 + rnd.nextInt(4);
            int in = 2 + rnd.nextInt(4);
            int out = 1 + rnd.nextInt(in - 1); // out < in, so a dout of x's shape is wrong
            Affine layer = new Affine(Reference.matrix(rnd, in, out, 1), Reference.matrix(rnd, 1, out, 1));
            layer.forward(Reference.matrix(rnd, n, in, 1));
            layer.backward(Reference.matrix(rnd, n, out, 1));
            Matrix dW = copyOrNull(layer.dW());
            Matrix db = copyOrNull(layer.db());
            Matrix wrong = Reference.matrix(rnd, n, in, 1);
            String call = "Affine.backward(dout " + wrong.shape() + ") after forward(x " + n + "×" + in
                    + ") with W " + in + "×" + out;
            IllegalArgumentException e = Expect.rejects(call + ": dout must be (" + n + "×" + out + ")",
                    IllegalArgumentException.class, () -> layer.backward(wrong));
            String message = String.valueOf(e.getMessage());
            Expect.holds(call + ": the message names a shape", message.contains(wrong.shape())
                            || message.contains("(" + n + "×" + out + ")"),
                    "a message that mentions " + wrong.shape() + " or (" + n + "×" + out + ")", "\"" + message + "\"",
                    Hint.always("say what was wrong with the numbers involved: the shape of dout, or the shape it"
                            + " must have").ko("무엇이 틀렸는지 숫자로 말하세요: dout의 모양, 또는 있어야 할 모양"));
            Expect.holds(call + ": dW and db after the rejected call",
                    dW.equals(layer.dW()) && db.equals(layer.db()),
                    "unchanged, as the last good backward left them",
                    "dW " + Expect.show(layer.dW()) + ", db " + Expect.show(layer.db()),
                    Hint.always("check dout's shape first, before setting dW and db:"
                            + " a rejected call must change nothing")
                        .ko("dW와 db를 설정하기 전에 먼저 dout의 모양을 확인하세요:"
                                + " 거부된 호출은 아무것도 바꾸지 않아야 합니다"));
        }
    }
}
