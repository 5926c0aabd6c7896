package activations;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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

    /**
     * f(x) equals expected(x) within {@code tolerance} (relative above 1, absolute below) at every x,
     * or what f gives there on top of the student's own earlier exercises ({@code earlier}).
     */
    static void values(String name, DoubleUnaryOperator f, DoubleUnaryOperator expected, double[] xs,
            double tolerance, Hints hints, OnEarlier... earlier) {
        for (double x : xs) {
            double got = f.applyAsDouble(x);
            if (OnEarlier.explain(earlier, x, got, tolerance)) continue;
            Expect.close(name + "(" + show(x) + ")", expected.applyAsDouble(x), got, tolerance, hints.at(x, got));
        }
    }

    /**
     * df(x) matches a central difference of the reference function f at every x, within 10⁻⁶.
     * Before each call, {@code other} runs at a different point: a derivative that reuses a value
     * saved by an earlier call then gives the slope at the wrong point, and the check catches it.
     */
    static void slopes(String name, DoubleUnaryOperator df, DoubleUnaryOperator f, DoubleUnaryOperator other,
            double[] xs, Hints hints, OnEarlier... earlier) {
        Random rnd = new Random(Double.doubleToLongBits(xs[0]));
        for (double x : xs) {
            double y = -x + 0.5 + rnd.nextDouble();
            try {
                other.applyAsDouble(y);
            } catch (Todo notDone) {
                // the function is not written yet, so it cannot have saved anything either
            }
            double got = df.applyAsDouble(x);
            if (OnEarlier.explain(earlier, x, got, 1e-9)) continue;
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
     * The value an exercise that calls an earlier one should give at x: {@code course} on the
     * course's own answer to the earlier exercise, {@code yours} on the student's (it calls the
     * student's method). Where the two differ, a result equal to {@code yours} is right by itself:
     * the mistake is the earlier exercise's, which its own tests blame, and this one keeps its points.
     */
    record OnEarlier(DoubleUnaryOperator yours, DoubleUnaryOperator course) {

        /** Whether the student's earlier exercise is wrong at x and got is exactly what it leads to. */
        boolean explains(double x, double got, double tolerance) {
            double onYours;
            try {
                onYours = yours.applyAsDouble(x);
            } catch (RuntimeException unfinishedOrCrashed) {
                return false; // then only the course's answer counts
            }
            return !same(course.applyAsDouble(x), onYours, tolerance) && same(onYours, got, tolerance);
        }

        static boolean explain(OnEarlier[] ways, double x, double got, double tolerance) {
            for (OnEarlier way : ways) if (way.explains(x, got, tolerance)) return true;
            return false;
        }
    }

    /** want and got agree: both NaN, equal (infinities too), or within tolerance (relative above 1). */
    static boolean same(double want, double got, double tolerance) {
        if (Double.isNaN(want) || Double.isNaN(got)) return Double.isNaN(want) && Double.isNaN(got);
        return want == got || Expect.near(want, got, tolerance);
    }

    /** The same entry by entry, for recognising a wrong answer that has infinities in it. */
    static boolean sameAll(double[] want, double[] got) {
        if (want == null || got == null || want.length != got.length) return false;
        for (int i = 0; i < want.length; i++) if (!same(want[i], got[i], 1e-9)) return false;
        return true;
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

    /**
     * The caller reuses its array: f(z) is computed, then z is overwritten with w and f(z) asked
     * again. The first result must not change (it is not z, nor a view of it), and the second must
     * be the answer for w (nothing is kept from the first call's array). The caller's z ends as w.
     */
    static void callerReusesItsArray(String name, UnaryOperator<double[]> f, UnaryOperator<double[]> expected,
            double[] z, double[] w, double tolerance) {
        double[] before = z.clone();
        double[] first = f.apply(z);
        double[] kept = first == null ? null : first.clone();
        System.arraycopy(w, 0, z, 0, w.length);
        double[] second = f.apply(z);
        Expect.close("the result of " + name + "(" + show(before) + ") after the caller wrote " + show(w)
                + " into the same array", kept, first, 0,
                Hint.when(first == z,
                        "that result is z itself: return a new array, so that the caller can reuse z")
                    .ko("그 결과는 z 자체입니다: 호출한 쪽이 z를 다시 쓸 수 있도록 새 배열을 반환하세요"));
        Expect.close(name + "(" + show(w) + "), asked again with the same array after the caller overwrote it",
                expected.apply(w), second, tolerance,
                Hint.when(Expect.near(kept, second, 1e-12),
                        "that is the answer for the array's old entries: compute from z on every call;"
                                + " keep nothing from an earlier call (the caller may have changed z since)")
                    .ko("그것은 배열의 예전 값에 대한 답입니다: 호출할 때마다 z로 계산하세요."
                            + " 이전 호출에서 아무것도 보관하지 마세요 (그 뒤에 호출한 쪽이 z를 바꿨을 수 있습니다)"));
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
     * Whether |expected − got| ≤ tolerance·|expected| entry by entry, allowing the rounding of
     * numbers that have underflowed below the smallest normal double.
     */
    static boolean nearRelative(double[] expected, double[] got, double tolerance) {
        if (got == null || got.length != expected.length) return false;
        for (int i = 0; i < expected.length; i++) {
            double gap = Math.abs(expected[i] - got[i]);
            if (!(expected[i] == got[i] || gap <= tolerance * Math.abs(expected[i]) || gap < Double.MIN_NORMAL)) {
                return false;
            }
        }
        return true;
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
