package perceptron;

import grader.api.Expect;
import grader.api.Hint;
import java.util.Random;
import java.util.function.IntSupplier;

/** Seeded random cases for the tests: the same every run, never the lesson's own examples. */
final class Cases {
    private Cases() {}

    /** Small integers as doubles: every sum of products is exact, so z = 0 really is 0. */
    static double[] integers(Random rnd, int n, int max) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rnd.nextInt(2 * max + 1) - max;
        return v;
    }

    /** The test's own weighted sum, summed in the lesson's order: b, then each wᵢxᵢ. */
    static double z(double[] w, double[] x, double b) {
        double z = b;
        for (int i = 0; i < w.length; i++) z += w[i] * x[i];
        return z;
    }

    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    /** step(z): 1 above 0, else 0 (NaN included), as the sign of z's positive part max(z, 0). */
    static int step(double z) {
        // Written differently on purpose: an independent oracle, not the answer to copy.
        return (int) Math.signum(Math.max(z, 0));
    }

    static int predict(Perceptron p, double[] x) {
        return step(z(p.weights(), x, p.bias()));
    }

    /**
     * The student's own earlier exercise, or null when it is not written yet or fails: a later
     * exercise that calls it is then also judged against what it computes, so that a right later
     * exercise keeps its points when only the earlier one is wrong.
     */
    static Integer yours(IntSupplier earlier) {
        try {
            return earlier.getAsInt();
        } catch (RuntimeException notYetOrWrong) {
            return null;
        }
    }

    /** What the student's own step and weightedSum (1.1, 1.2) make of p and x: what a predict built on them gives. */
    static Integer yourPrediction(Perceptron p, double[] x) {
        return yours(() -> Neuron.step(Neuron.weightedSum(p.weights(), x.clone(), p.bias())));
    }

    /**
     * An exercise must leave the caller's array as it was: {@code before} is a copy taken before
     * the call, {@code after} the array the call was given.
     */
    static void unchanged(String call, String name, double[] before, double[] after) {
        for (int i = 0; i < before.length; i++) {
            if (Double.compare(before[i], after[i]) == 0) continue;
            Expect.holds(call + " must leave the caller's array " + name + " as it was", false,
                    name + "[" + i + "] = " + Expect.show(before[i]),
                    name + "[" + i + "] = " + Expect.show(after[i]) + " after the call",
                    Hint.always("your code wrote into the caller's array " + name
                            + ": the caller still needs it. Compute into a local variable or a new array")
                        .ko("호출한 쪽의 배열 " + name + "에 값을 써 넣었습니다: 호출한 쪽은 그 배열이"
                                + " 아직 필요합니다. 지역 변수나 새 배열에 계산하세요"));
        }
    }
}
