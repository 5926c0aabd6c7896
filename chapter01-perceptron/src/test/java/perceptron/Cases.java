package perceptron;

import java.util.Random;

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
}
