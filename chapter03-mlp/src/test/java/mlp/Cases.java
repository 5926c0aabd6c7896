package mlp;

import grader.api.Expect;
import grader.api.Hint;
import grader.api.Reference;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.function.Executable;
import toolkit.Matrix;

/**
 * The chapter's own reference computations and checks for the tests; what other chapters use too
 * (random matrices, sigmoid, x·W + b) is in {@link Reference}.
 */
final class Cases {
    private Cases() {}

    /** The test's own binary cross-entropy: the mean over every entry, predictions clipped to [1e-12, 1 − 1e-12]. */
    static double bce(Matrix p, Matrix y) {
        return bce(p, y, 1e-12);
    }

    /** Binary cross-entropy with predictions clipped to [ε, 1 − ε]: another ε is a known wrong answer. */
    static double bce(Matrix p, Matrix y, double epsilon) {
        double sum = 0;
        for (int r = 0; r < p.rows(); r++) {
            for (int c = 0; c < p.cols(); c++) {
                double q = Math.min(Math.max(p.get(r, c), epsilon), 1 - epsilon);
                double t = y.get(r, c);
                sum += -(t * Math.log(q) + (1 - t) * Math.log(1 - q));
            }
        }
        return sum / (p.rows() * p.cols());
    }

    /** A named activation, so a failure can say which one was used. */
    record Activation(String name, DoubleUnaryOperator f) {}

    static final Activation[] ACTIVATIONS = {
        new Activation("identity", z -> z),
        new Activation("sigmoid", Reference::sigmoid),
        new Activation("tanh", Math::tanh),
        new Activation("max(0, z)", z -> Math.max(0, z)),
    };

    /** The student's own dense layer without activation, x·W + b, or null when it throws (unfinished, or wrong). */
    static Matrix yourAffine(Matrix x, Matrix w, Matrix b) {
        try {
            return Layers.dense(x.copy(), w.copy(), b.copy(), z -> z);
        } catch (RuntimeException notDoneOrWrong) { // a Todo too: this is only an alternative to the right answer
            return null;
        }
    }

    /** A matrix's shape and its transpose's: a message may name either, (Wᵀxᵀ)ᵀ names the transposes. */
    static boolean names(String message, Matrix m) {
        return message.contains(m.shape()) || message.contains("(" + m.cols() + "×" + m.rows() + ")");
    }

    /**
     * The call must throw an IllegalArgumentException whose message names the shape of each of
     * {@code named} (either way round), and leave every one of {@code kept} as it was: a rejected
     * call changes nothing. Returns the message.
     */
    static String rejectsShapes(String checked, Executable call, Matrix[] named, Matrix... kept) {
        Matrix[] before = copies(kept);
        IllegalArgumentException e = Expect.rejects(checked, IllegalArgumentException.class, call);
        String message = String.valueOf(e.getMessage());
        StringBuilder shapes = new StringBuilder();
        boolean all = true;
        for (Matrix m : named) {
            shapes.append(shapes.length() == 0 ? "" : " and ").append(m.shape());
            all &= names(message, m);
        }
        Expect.holds(checked + ": the message names the shapes", all, "a message that names " + shapes,
                "\"" + message + "\"",
                Hint.always("a good error says what was wrong: name the shapes that do not fit")
                    .ko("좋은 오류 메시지는 무엇이 잘못됐는지 말합니다: 맞지 않는 모양을 밝히세요"));
        unchangedAfterRejection(checked, before, kept);
        return message;
    }

    /** Copies of matrices, to compare with after a call. */
    static Matrix[] copies(Matrix... ms) {
        Matrix[] out = new Matrix[ms.length];
        for (int i = 0; i < ms.length; i++) out[i] = ms[i].copy();
        return out;
    }

    /** After a rejected call: every argument as it was before it. */
    static void unchangedAfterRejection(String checked, Matrix[] before, Matrix... after) {
        for (int i = 0; i < after.length; i++) {
            Expect.holds(checked + " rejected, then its arguments are as they were", before[i].equals(after[i]),
                    Expect.showEntries(before[i]), Expect.showEntries(after[i]),
                    Hint.always("check the arguments before changing anything: a rejected call changes nothing")
                        .ko("무엇이든 바꾸기 전에 인자를 확인하세요: 거부된 호출은 아무것도 바꾸지 않습니다"));
        }
    }

    /** Writes new values into every entry, as a caller may do with its matrices once a call has returned. */
    static void scribble(Matrix... ms) {
        for (Matrix m : ms) {
            for (int r = 0; r < m.rows(); r++) {
                for (int c = 0; c < m.cols(); c++) m.set(r, c, 0.25 + 7 * r - 3 * c - m.get(r, c));
            }
        }
    }

    /**
     * A returned matrix must be its own: once the caller changes its arguments (or calls again), the
     * result it already holds stays what it was. {@code result} is what the call returned,
     * {@code asReturned} a copy taken at once.
     */
    static void keptApart(String checked, Matrix asReturned, Matrix result) {
        Expect.holds(checked + ", then the caller changes its matrices or calls again: the result stays as it was",
                asReturned.equals(result), Expect.showEntries(asReturned), Expect.showEntries(result),
                Hint.always("return a new matrix of your own: one that is an argument, or shared with"
                        + " the next call, changes when the caller changes that")
                    .ko("새로 만든 행렬을 돌려주세요: 인자이거나 다음 호출과 공유되는 행렬은"
                            + " 호출한 쪽이 그것을 바꾸면 함께 바뀝니다"));
    }
}
