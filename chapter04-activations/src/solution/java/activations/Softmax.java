package activations;

/**
 * Exercises 4.18 and 4.19: softmax (소프트맥스) and log-softmax, the output layer of a classifier.
 * Replace each {@code throw Todo...} line with your code.
 */
public final class Softmax {
    private Softmax() {}

    /**
     * Exercise 4.18 · Softmax, without overflow.
     *
     * <p>softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ): every output lies in [0, 1] and together they sum to 1,
     * so they read as class probabilities. But e^710 is already Infinity in a double. Subtract the
     * largest score m = max z first:
     * <pre>
     *     softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m)
     * </pre>
     * It is the same number (multiply top and bottom by e^(−m)), and now every exponent is ≤ 0, so
     * no term overflows and the largest term is exactly 1, so the sum cannot be 0.
     *
     * <p>Examples: softmax({1, 2, 3}) ≈ {0.0900305732, 0.2447284711, 0.6652409558};
     * softmax({1000, 1000}) = {0.5, 0.5}. Return a new array and leave z unchanged. A NaN anywhere
     * in z makes every output NaN. Throw an {@link IllegalArgumentException} whose message says
     * "empty" when z has no entries.
     */
    public static double[] softmax(double[] z) {
        // Exercise 4.18: return e^(z_i - max) / sum_j e^(z_j - max), as a new array
        // 연습 4.18: e^(z_i - max) / sum_j e^(z_j - max)를 새 배열로 반환하세요
        if (z.length == 0) throw new IllegalArgumentException("z is empty: softmax needs at least one score");
        double m = Double.NEGATIVE_INFINITY;
        for (double zi : z) m = Math.max(m, zi); // Math.max passes a NaN on
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - m); // ≤ 1: the exponent is never positive
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }

    /**
     * Exercise 4.19 · Log-softmax, without underflow.
     *
     * <p>log softmax(z)ᵢ = zᵢ − m − log Σⱼ e^(zⱼ − m), with m = max z as in 4.18. Computing
     * log(softmax(z)) instead fails when a probability is smaller than the smallest double: for
     * z = {1000, −1000}, softmax gives exactly {1, 0} and log 0 = −Infinity, while the true
     * log-probabilities are {0, −2000}. Examples: logSoftmax({1000, −1000}) = {0, −2000};
     * logSoftmax({0, 0}) = {−log 2, −log 2} ≈ {−0.6931471806, −0.6931471806}.
     *
     * <p>Return a new array and leave z unchanged; NaN anywhere gives NaN everywhere; throw an
     * {@link IllegalArgumentException} whose message says "empty" when z has no entries.
     */
    public static double[] logSoftmax(double[] z) {
        // Exercise 4.19: return z_i - max - log(sum_j e^(z_j - max)), as a new array
        // 연습 4.19: z_i - max - log(sum_j e^(z_j - max))를 새 배열로 반환하세요
        if (z.length == 0) throw new IllegalArgumentException("z is empty: log-softmax needs at least one score");
        double m = Double.NEGATIVE_INFINITY;
        for (double zi : z) m = Math.max(m, zi);
        double sum = 0;
        for (double zi : z) sum += Math.exp(zi - m);
        double logSum = Math.log(sum); // sum ≥ 1, so this is finite and ≥ 0
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) out[i] = z[i] - m - logSum;
        return out;
    }
}
