package gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests' own answers about linear separability, computed two independent ways:
 *
 * <ul>
 *   <li>{@link #separable}: exact and free of any weight bound. A table is separable when some
 *       v = (w, b) has s·(w·x + b) &gt; 0 at every row, with s = +1 for a 1-row and −1 for a 0-row
 *       (a strict margin on the 0-rows costs nothing: move b down a little). That is a strict,
 *       homogeneous system of linear inequalities with integer coefficients. Fourier–Motzkin
 *       elimination removes one unknown at a time by adding each inequality where it has a positive
 *       coefficient to each where it has a negative one (scaled to cancel it); the system has a
 *       solution exactly when no combination ever reaches "0 &gt; 0". All in exact integer arithmetic.
 *   <li>{@link #thresholdTables}: every table that some integer weights in −W … W compute. It relies on
 *       the theorem the student's search relies on (W = 3 suffices for 4 inputs), and the lesson
 *       test checks it against {@link #separable}: both find 1882 tables of 4 inputs.
 * </ul>
 */
final class Oracle {
    private Oracle() {}

    /** Exact linear separability by Fourier–Motzkin elimination. */
    static boolean separable(TruthTable t) {
        int n = t.inputs();
        Set<List<Long>> system = new HashSet<>();
        for (int r = 0; r < t.rows(); r++) {
            long s = t.output(r) == 1 ? 1 : -1;
            Long[] row = new Long[n + 1];
            double[] x = t.input(r);
            for (int j = 0; j < n; j++) row[j] = s * (long) x[j];
            row[n] = s; // the bias, whose input is always 1
            system.add(Arrays.asList(row));
        }
        for (int k = 0; k <= n; k++) {
            List<List<Long>> positive = new ArrayList<>();
            List<List<Long>> negative = new ArrayList<>();
            Set<List<Long>> next = new HashSet<>();
            for (List<Long> a : system) {
                if (a.get(k) > 0) positive.add(a);
                else if (a.get(k) < 0) negative.add(a);
                else next.add(a);
            }
            for (List<Long> p : positive) {
                for (List<Long> q : negative) {
                    long pk = p.get(k);
                    long qk = -q.get(k);
                    Long[] c = new Long[n + 1];
                    long g = 0;
                    for (int j = 0; j <= n; j++) {
                        c[j] = p.get(j) * qk + q.get(j) * pk;
                        g = gcd(g, Math.abs(c[j]));
                    }
                    if (g == 0) return false; // the combination reads 0 > 0: no solution
                    for (int j = 0; j <= n; j++) c[j] /= g;
                    next.add(Arrays.asList(c));
                }
            }
            system = next;
        }
        return system.isEmpty();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Every table of n inputs that integer weights in −maxWeight … maxWeight (and any bias) compute. */
    static Set<TruthTable> thresholdTables(int n, int maxWeight) {
        return thresholdPerceptrons(n, maxWeight).keySet();
    }

    /** Some perceptron with integer weights in −maxWeight … maxWeight that computes t, or null: for the hints. */
    static Perceptron witness(TruthTable t, int maxWeight) {
        return thresholdPerceptrons(t.inputs(), maxWeight).get(t);
    }

    private static final Map<Integer, Map<TruthTable, Perceptron>> CACHE = new ConcurrentHashMap<>();

    /**
     * Each table that integer weights in −maxWeight … maxWeight compute, with the first such perceptron.
     * Works on integer sums and 2ⁿ-bit codes, so that all 2401 × 26 candidates of 4 inputs take milliseconds.
     */
    static Map<TruthTable, Perceptron> thresholdPerceptrons(int n, int maxWeight) {
        return CACHE.computeIfAbsent(n * 1000 + maxWeight, key -> {
            Map<Long, Perceptron> byCode = new LinkedHashMap<>();
            int rows = 1 << n;
            int choices = 2 * maxWeight + 1;
            int candidates = (int) Math.pow(choices, n);
            int[] sums = new int[rows];
            for (int k = 0; k < candidates; k++) {
                int[] w = new int[n];
                int code = k;
                for (int i = 0; i < n; i++) {
                    w[i] = code % choices - maxWeight;
                    code /= choices;
                }
                for (int r = 0; r < rows; r++) {
                    int[] x = TruthTable.bits(n, r);
                    sums[r] = 0;
                    for (int i = 0; i < n; i++) sums[r] += w[i] * x[i];
                }
                // Fire when w·x ≥ t, that is bias −(t − 0.5): every cut between integer sums,
                // constants included.
                for (int t = -n * maxWeight; t <= n * maxWeight + 1; t++) {
                    long table = 0;
                    for (int r = 0; r < rows; r++) if (sums[r] >= t) table |= 1L << r;
                    if (!byCode.containsKey(table)) {
                        double[] weights = new double[n];
                        for (int i = 0; i < n; i++) weights[i] = w[i];
                        byCode.put(table, new Perceptron(weights, -(t - 0.5)));
                    }
                }
            }
            Map<TruthTable, Perceptron> out = new LinkedHashMap<>();
            for (Map.Entry<Long,
                    Perceptron> e : byCode.entrySet()) out.put(TruthTable.ofNumber(n, e.getKey()), e.getValue());
            return Collections.unmodifiableMap(out);
        });
    }

    /** The table with its inputs in reverse order (x₁ ↔ xₙ …): what a row-order mix-up computes. */
    static TruthTable reversed(TruthTable t) {
        int n = t.inputs();
        int[] out = new int[t.rows()];
        for (int r = 0; r < out.length; r++) out[Integer.reverse(r) >>> (32 - n)] = t.output(r);
        return new TruthTable(n, out);
    }

    /** {@link #unate(TruthTable)} for table number {@code code} of n inputs, without making the table. */
    static boolean unate(int n, long code) {
        for (int i = 0; i < n; i++) {
            int bit = 1 << (n - 1 - i);
            boolean up = false;
            boolean down = false;
            for (int r = 0; r < 1 << n; r++) {
                if ((r & bit) != 0) continue;
                long low = (code >>> r) & 1;
                long high = (code >>> (r | bit)) & 1;
                up |= low < high;
                down |= low > high;
            }
            if (up && down) return false;
        }
        return true;
    }

    /** Is the table unate: in each input, does it only go up, or only go down (or not change)? */
    static boolean unate(TruthTable t) {
        int n = t.inputs();
        for (int i = 0; i < n; i++) {
            int bit = 1 << (n - 1 - i);
            boolean up = false;
            boolean down = false;
            for (int r = 0; r < t.rows(); r++) {
                if ((r & bit) != 0) continue;
                up |= t.output(r) < t.output(r | bit);
                down |= t.output(r) > t.output(r | bit);
            }
            if (up && down) return false;
        }
        return true;
    }
}
