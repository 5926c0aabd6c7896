package activations;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import toolkit.Special;
import toolkit.Todo;

/**
 * The tests' own reference functions, seeded points, and the two checks every function gets:
 * against a reference value, and (for a derivative) against a central difference. What other
 * chapters use too (sigmoid, softmax, central differences, closeness) is in {@link Reference}
 * and {@link Expect}; the one-line helpers here only fix this chapter's step and tolerance.
 */
final class Cases {
    private Cases() {}

    // ---- reference functions, written independently of the solutions ----

    /** σ(1 − σ), with 1 − σ(x) computed as σ(−x), without cancellation. */
    static double sigmoidSlope(double x) {
        return Reference.sigmoid(x) * Reference.sigmoid(-x);
    }

    static double tanhSlope(double x) {
        double t = Math.tanh(x);
        return 1 - t * t;
    }

    static double relu(double x) {
        return x > 0 ? x : x <= 0 ? 0.0 : Double.NaN;
    }

    /** Leaky ReLU as its positive part plus α times its negative part: max(x, 0) + α·min(x, 0). */
    static double leaky(double x, double alpha) {
        // Written differently on purpose: an independent oracle, not the answer to copy.
        return Math.max(x, 0) + alpha * Math.min(x, 0);
    }

    /** ELU the same way: max(x, 0) + α(e^min(x, 0) − 1). */
    static double elu(double x, double alpha) {
        // Written differently on purpose: an independent oracle, not the answer to copy.
        return Math.max(x, 0) + alpha * Math.expm1(Math.min(x, 0));
    }

    /** GELU through the complementary error function: x·Φ(x) = (x/2)·erfc(−x/√2). */
    static double gelu(double x) {
        // Written differently on purpose: an independent oracle, not the answer to copy.
        return 0.5 * x * Special.erfc(-x / Math.sqrt(2));
    }

    /** d/dx (x/2)·erfc(−x/√2) = erfc(−x/√2)/2 + x·e^(−x²/2)/√(2π). */
    static double geluSlope(double x) {
        // Written differently on purpose: an independent oracle, not the answer to copy.
        return 0.5 * Special.erfc(-x / Math.sqrt(2)) + x * (Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI));
    }

    static double geluTanh(double x) {
        return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
    }

    /** SiLU as x / (1 + e^(−x)), without σ. */
    static double silu(double x) {
        // Written differently on purpose: an independent oracle, not the answer to copy.
        return x / (1 + Math.exp(-x));
    }

    /** (f(x + h) − f(x − h)) / 2h with h = 10⁻⁵: error about 10⁻¹⁰ for these smooth functions. */
    static double centralDifference(DoubleUnaryOperator f, double x) {
        return Reference.centralDifference(f, x, 1e-5);
    }

    // ---- seeded points ----

    /** n points uniform in [lo, hi). */
    static double[] points(long seed, int n, double lo, double hi) {
        Random rnd = new Random(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = lo + (hi - lo) * rnd.nextDouble();
        return xs;
    }

    /**
     * n points uniform in [lo, hi), none closer than 10⁻³ to the kink at 0 (a central difference
     * straddling it would lie).
     */
    static double[] pointsAwayFromZero(long seed, int n, double lo, double hi) {
        Random rnd = new Random(seed);
        double[] xs = new double[n];
        int i = 0;
        while (i < n) {
            double x = lo + (hi - lo) * rnd.nextDouble();
            if (Math.abs(x) >= 1e-3) xs[i++] = x;
        }
        return xs;
    }

    // ---- NaN ----

    static final double NAN = Double.NaN;
    static final String NAN_HINT = "a comparison with NaN is always false,"
            + " so x > 0 ? … : … quietly turns NaN into a number: check Double.isNaN(x) first and return NaN";
    static final String NAN_HINT_KO = "NaN과의 비교는 항상 false이므로"
            + " x > 0 ? … : …는 NaN을 조용히 숫자로 바꿉니다:"
            + " 먼저 Double.isNaN(x)를 확인하고 NaN을 반환하세요";

    /** f(NaN) must be NaN: a NaN in is a bug upstream that must show, not turn into a number. */
    static void nanGivesNaN(String name, double got) {
        Expect.close(name + "(NaN)", NAN, got, 0,
                Hint.when(!Double.isNaN(got),
                        NAN_HINT)
                    .ko(NAN_HINT_KO));
    }

    // ---- checks ----

    /** The hints for a wrong answer {@code got} at {@code x}. */
    interface Hints {
        Hint[] at(double x, double got);
    }

    static final Hints NO_HINTS = (x, got) -> new Hint[0];

    /** A hint that never shows: there is nothing to add. */
    static final Hint NO_HINT = Hint.when(false, "");

    /** f(x) equals expected(x) within {@code tolerance} (relative above 1, absolute below) at every x. */
    static void values(String name, DoubleUnaryOperator f, DoubleUnaryOperator expected, double[] xs,
            double tolerance, Hints hints) {
        for (double x : xs) {
            double got = f.applyAsDouble(x);
            Expect.close(name + "(" + show(x) + ")", expected.applyAsDouble(x), got, tolerance, hints.at(x, got));
        }
    }

    /**
     * df(x) matches a central difference of the reference function f at every x, within 10⁻⁶.
     * Before each call, {@code other} runs at a different point: a derivative that reuses a value
     * saved by an earlier call then gives the slope at the wrong point, and the check catches it.
     */
    static void slopes(String name, DoubleUnaryOperator df, DoubleUnaryOperator f, DoubleUnaryOperator other,
            double[] xs, Hints hints) {
        Random rnd = new Random(Double.doubleToLongBits(xs[0]));
        for (double x : xs) {
            double y = -x + 0.5 + rnd.nextDouble();
            try {
                other.applyAsDouble(y);
            } catch (Todo notDone) {
                // the function is not written yet, so it cannot have saved anything either
            }
            double got = df.applyAsDouble(x);
            double expected = centralDifference(f, x);
            double atY = centralDifference(f, y);
            Hint[] specific = hints.at(x, got);
            Hint[] all = new Hint[specific.length + 1];
            System.arraycopy(specific, 0, all, 0, specific.length);
            all[specific.length] = Hint.when(Math.abs(got - atY) < 1e-6 && Math.abs(expected - atY) > 1e-6,
                    "that is the slope at " + show(y) + ", where the function was called just before:"
                            + " a derivative must compute from its own x, never reuse a value saved by an earlier call")
                .ko("그것은 바로 전에 함수를 호출한 점 " + show(y) + "에서의 기울기입니다:"
                        + " 도함수는 자신의 x로 계산해야 하며,"
                        + " 이전 호출에서 저장한 값을 다시 쓰면 안 됩니다");
            Expect.close(name + "(" + show(x) + ") against (f(x+h) − f(x−h))/2h", expected, got, 1e-6, all);
        }
    }

    /**
     * A hint for an exercise that may call an earlier one: it applies when the student's earlier
     * method gives a wrong value at x (not when it is unfinished: then the test waits on it anyway).
     */
    static Hint uses(String exercise, String method, DoubleUnaryOperator student,
            DoubleUnaryOperator reference, double x) {
        double got;
        try {
            got = student.applyAsDouble(x);
        } catch (Todo notDone) {
            return NO_HINT;
        } catch (RuntimeException crashed) {
            return Hint.when(true,
                    "your " + method + " (exercise " + exercise + ") throws " + crashed + " at x = " + show(x)
                            + ": if this method uses it, fix exercise " + exercise + " first")
                .ko("x = " + show(x) + "에서 여러분의 " + method + " (연습문제 " + exercise
                        + ") 호출이 예외를 던집니다 (" + crashed + "): 이 메서드가"
                        + " 그것을 쓴다면 연습문제 " + exercise + "부터 고치세요");
        }
        double expected = reference.applyAsDouble(x);
        boolean wrong = Double.isNaN(got) != Double.isNaN(expected)
                || (!Double.isNaN(got) && Math.abs(got - expected) > 1e-12 * Math.max(1, Math.abs(expected)));
        if (!wrong) return NO_HINT;
        return Hint.when(true,
                "your " + method + " (exercise " + exercise + ") gives " + show(got) + " at x = " + show(x)
                        + " instead of " + show(expected) + ": if this method uses it, fix exercise " + exercise
                        + " first")
            .ko("x = " + show(x) + "에서 여러분의 " + method + " (연습문제 " + exercise + ") 결과가 "
                    + show(expected) + " 대신 " + show(got) + "입니다: 이 메서드가"
                    + " 그것을 쓴다면 연습문제 " + exercise + "부터 고치세요");
    }

    /** got agrees with a known formula to 10⁻⁹ (relative above 1): for recognising a known wrong answer. */
    static boolean near(double got, double formula) {
        return Expect.near(formula, got, 1e-9);
    }

    // ---- vectors ----

    /** The same for vectors: every entry of got near the formula's. */
    static boolean nearAll(double[] got, double[] formula) {
        return Expect.near(formula, got, 1e-9);
    }

    static boolean anyNonFinite(double[] v) {
        if (v == null) return false;
        for (double x : v) if (!Double.isFinite(x)) return true;
        return false;
    }

    static boolean anyNegativeInfinity(double[] v) {
        if (v == null) return false;
        for (double x : v) if (x == Double.NEGATIVE_INFINITY) return true;
        return false;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    /**
     * |expected − got| ≤ tolerance·|expected| entry by entry: relative even for tiny numbers (a
     * gradient of 10⁻³⁰ is not 0). The message and the hints are only built when a check fails.
     */
    static void closeRelative(Supplier<String> checked, double[] expected, double[] got, double tolerance,
            Supplier<Hint[]> hints) {
        if (got == null || got.length != expected.length) {
            Expect.close(checked.get(), expected, got, tolerance, hints.get()); // reports the length
            return;
        }
        for (int i = 0; i < expected.length; i++) {
            boolean ok = expected[i] == got[i] || Math.abs(expected[i] - got[i]) <= tolerance * Math.abs(expected[i]);
            if (!ok) Expect.holds(checked.get() + " (entry " + i + ")", false, show(expected), show(got), hints.get());
        }
    }
}
