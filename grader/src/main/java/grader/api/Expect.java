package grader.api;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.function.Executable;
import toolkit.Matrix;
import toolkit.Todo;

/**
 * Checks for graded tests whose failures read like a teaching assistant's comment:
 * {@code step(0.0): expected 0, got 1} and, when the answer matches a known mistake, a hint.
 *
 * <p>Every check names what it checked ({@code checked}), in the terms of the lesson.
 */
public final class Expect {
    private Expect() {}

    public static void equal(String checked, long expected, long actual, Hint... hints) {
        if (expected != actual) {
            throw new ExerciseFailure(checked, Long.toString(expected), Long.toString(actual), Hint.first(hints));
        }
    }

    public static void equal(String checked, boolean expected, boolean actual, Hint... hints) {
        if (expected != actual) {
            throw new ExerciseFailure(checked, Boolean.toString(expected), Boolean.toString(actual), Hint.first(hints));
        }
    }

    public static void equal(String checked, int[] expected, int[] actual, Hint... hints) {
        if (!Arrays.equals(expected, actual)) {
            throw new ExerciseFailure(checked, show(expected), show(actual), Hint.first(hints));
        }
    }

    /** Equal by {@code equals}, shown by {@code toString}. */
    public static void same(String checked, Object expected, Object actual, Hint... hints) {
        if (!java.util.Objects.equals(expected, actual)) {
            throw new ExerciseFailure(checked, String.valueOf(expected), String.valueOf(actual), Hint.first(hints));
        }
    }

    /** |expected − actual| ≤ tolerance · max(1, |expected|): absolute near 0, relative for large values. */
    public static void close(String checked, double expected, double actual, double tolerance, Hint... hints) {
        if (!isClose(expected, actual, tolerance)) {
            throw new ExerciseFailure(checked, show(expected), show(actual), Hint.first(hints));
        }
    }

    public static void close(String checked, double[] expected, double[] actual, double tolerance, Hint... hints) {
        if (actual == null) {
            throw new ExerciseFailure(checked, show(expected), "null", Hint.first(hints));
        }
        if (expected.length != actual.length) {
            throw new ExerciseFailure(checked, values(expected.length) + " " + show(expected),
                    values(actual.length) + " " + show(actual), Hint.first(hints));
        }
        for (int i = 0; i < expected.length; i++) {
            if (!isClose(expected[i], actual[i], tolerance)) {
                throw new ExerciseFailure(checked + Words.of(" (entry " + i + ")", " (" + i + "번 항목)"), show(expected[i]),
                        show(actual[i]), Hint.first(hints));
            }
        }
    }

    /**
     * The shape first, then every entry, naming the first wrong one by its position:
     * {@code dense(...) entry (2, 0): expected 0.5, got 0.25}. Each entry is compared as
     * {@link #close(String, double, double, double, Hint...)} compares numbers.
     */
    public static void close(String checked, Matrix expected, Matrix actual, double tolerance, Hint... hints) {
        if (actual == null) holds(checked, false, Words.of("a " + expected.shape() + " matrix", expected.shape() + " 행렬"), "null", hints);
        same(checked + Words.of(": the shape", ": 모양"), expected.shape(), actual.shape(), hints);
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.cols(); c++) {
                close(checked + Words.of(" entry (" + r + ", " + c + ")", " (" + r + ", " + c + ") 항목"), expected.get(r, c), actual.get(r, c),
                        tolerance, hints);
            }
        }
    }

    /**
     * True when a and b have one shape and every entry of b is within tolerance · max(1, |a|) of a's:
     * for a hint's condition, to recognise a known wrong answer ({@code near(got, withoutBias, 1e-9)}).
     * A null or a NaN is near nothing.
     */
    public static boolean near(Matrix a, Matrix b, double tolerance) {
        if (!sameShape(a, b)) return false;
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.cols(); c++) {
                if (!near(a.get(r, c), b.get(r, c), tolerance)) return false;
            }
        }
        return true;
    }

    /** The same for vectors: one length, and every b[i] near a[i]. */
    public static boolean near(double[] a, double[] b, double tolerance) {
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!near(a[i], b[i], tolerance)) return false;
        }
        return true;
    }

    /** True when a and b are both matrices, of one shape: for a hint about a result of the wrong shape. */
    public static boolean sameShape(Matrix a, Matrix b) {
        return a != null && b != null && a.rows() == b.rows() && a.cols() == b.cols();
    }

    /** |a − b| ≤ tolerance · max(1, |a|), false when either is NaN. */
    public static boolean near(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a));
    }

    /** A yes/no property: {@code expected} and {@code actual} describe the two outcomes in words. */
    public static void holds(String checked, boolean condition, String expected, String actual, Hint... hints) {
        if (!condition) {
            throw new ExerciseFailure(checked, expected, actual, Hint.first(hints));
        }
    }

    /**
     * The call must fail with {@code type}, and its message must mention every one of
     * {@code mustMention} (so the error tells the user what was wrong). Returns the exception.
     */
    public static <T extends Throwable> T rejects(String checked, Class<T> type, Executable call,
            String... mustMention) {
        Throwable thrown = null;
        try {
            call.execute();
        } catch (Todo todo) {
            throw todo; // not done yet is "not started", never "failed"
        } catch (Throwable t) {
            thrown = t;
        }
        if (thrown == null) {
            throw new ExerciseFailure(checked, exception(type),
                    Words.of("no exception: the call returned normally", "예외 없음: 호출이 정상적으로 끝났습니다"), (Hint) null);
        }
        if (!type.isInstance(thrown)) {
            throw new ExerciseFailure(checked, exception(type), describe(thrown), (Hint) null);
        }
        String message = thrown.getMessage() == null ? "" : thrown.getMessage();
        for (String word : mustMention) {
            if (!message.contains(word)) {
                throw new ExerciseFailure(checked, Words.of("a message that mentions \"" + word + "\"", "\"" + word + "\"을(를) 언급하는 메시지"),
                        message.isEmpty() ? Words.of("no message", "메시지 없음") : "\"" + message + "\"",
                        Hint.always("a good error says what was wrong, with the numbers involved")
                                .ko("좋은 오류 메시지는 무엇이 잘못되었는지 관련된 숫자와 함께 알려 줍니다"));
            }
        }
        return type.cast(thrown);
    }

    /** "3 values", "값 3개". */
    private static String values(int n) {
        return Words.of(n + " values", "값 " + n + "개");
    }

    /** "an IllegalArgumentException", as what a check expected. */
    private static String exception(Class<? extends Throwable> type) {
        String name = type.getSimpleName();
        return Words.of(("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name, name + " 예외");
    }

    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " \"" + t.getMessage() + "\"");
    }

    static boolean isClose(double expected, double actual, double tolerance) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual);
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) return expected == actual;
        return Math.abs(expected - actual) <= tolerance * Math.max(1.0, Math.abs(expected));
    }

    /** A number as a student would write it: 0.5, -3, 1.0E-12. */
    public static String show(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        String s = String.format(Locale.ROOT, "%.10g", x);
        if (s.contains("e")) return Double.toString(x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    public static String show(double[] xs) {
        if (xs == null) return "null";
        StringBuilder out = new StringBuilder("[");
        int shown = Math.min(xs.length, 8);
        for (int i = 0; i < shown; i++) {
            if (i > 0) out.append(", ");
            out.append(show(xs[i]));
        }
        if (xs.length > shown) out.append(", … (").append(xs.length).append(Words.of(" values)", "개 값)"));
        return out.append(']').toString();
    }

    /**
     * A small matrix on one line, {@code [[1, 2.5], [3, 4]]}; one of more than 4 entries by its
     * shape only, {@code (5×3)}, so that a failure still fits on a line; no matrix as {@code null}.
     */
    public static String show(Matrix m) {
        if (m == null) return "null";
        if (m.rows() * m.cols() > 4) return m.shape();
        StringBuilder s = new StringBuilder("[");
        for (int r = 0; r < m.rows(); r++) s.append(r == 0 ? "" : ", ").append(show(m.row(r)));
        return s.append(']').toString();
    }

    /**
     * A matrix by its values, row by row, then its shape: {@code [1, 2, 3, 4, 5, 6] (2×3)}, at most 8 values
     * shown. For a check that two matrices of one shape are equal ("dout unchanged"), where the shape
     * alone that {@link #show(Matrix)} gives for a larger matrix would not tell them apart.
     */
    public static String showEntries(Matrix m) {
        if (m == null) return "null";
        double[] entries = new double[m.rows() * m.cols()];
        for (int r = 0; r < m.rows(); r++) System.arraycopy(m.row(r), 0, entries, r * m.cols(), m.cols());
        return show(entries) + " " + m.shape();
    }

    public static String show(int[] xs) {
        if (xs == null) return "null";
        StringBuilder out = new StringBuilder("[");
        int shown = Math.min(xs.length, 12);
        for (int i = 0; i < shown; i++) {
            if (i > 0) out.append(", ");
            out.append(xs[i]);
        }
        if (xs.length > shown) out.append(", … (").append(xs.length).append(Words.of(" values)", "개 값)"));
        return out.append(']').toString();
    }
}
