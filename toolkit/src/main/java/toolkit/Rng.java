package toolkit;

import java.util.Random;

/**
 * The course's random numbers: always seeded, always passed in explicitly, so a run, a test and a
 * notebook repeat to the last bit. It wraps {@link java.util.Random}, whose algorithms the JDK
 * specifies, so the numbers are the same on every JDK.
 */
public final class Rng {
    private final Random random;
    private final long seed;

    public Rng(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        if (!(lo < hi)) throw new IllegalArgumentException("uniform(lo, hi) needs lo < hi, not " + lo + " and " + hi);
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Standard normal: mean 0, standard deviation 1. */
    public double gaussian() {
        return random.nextGaussian();
    }

    /** An integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("nextInt(bound) needs bound > 0, not " + bound);
        return random.nextInt(bound);
    }

    /** 0, 1, …, n−1 in a random order (Fisher–Yates). */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        shuffle(p);
        return p;
    }

    /** Shuffles in place (Fisher–Yates). */
    public void shuffle(int[] values) {
        Checks.notNull(values, "values");
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
