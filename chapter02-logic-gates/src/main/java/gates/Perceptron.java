package gates;

import java.util.Arrays;
import java.util.Locale;
import toolkit.Checks;

/**
 * A perceptron (퍼셉트론): one weight per input and a bias. It fires, {@code fire(x) = 1}, when
 * the weighted sum z = w·x + b is strictly positive, and stays silent (0) otherwise, z = 0
 * included. In this chapter every logic gate is one of these, with weights chosen by hand.
 *
 * @param weights w₁ … wₙ, one per input
 * @param bias    b, added to the weighted sum
 */
public record Perceptron(double[] weights, double bias) {

    public Perceptron {
        Checks.notNull(weights, "weights");
        if (weights.length == 0) throw new IllegalArgumentException("a gate needs at least one input, so at least one weight");
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight w" + (i + 1) + " is " + weights[i] + ": weights must be finite numbers");
            }
        }
        if (!Double.isFinite(bias)) throw new IllegalArgumentException("bias is " + bias + ": the bias must be a finite number");
        weights = weights.clone();
    }

    /** The step function (계단 함수): 1 if z &gt; 0, else 0. On the line itself, z = 0, it gives 0. */
    public static int step(double z) {
        return z > 0 ? 1 : 0;
    }

    /** The number of inputs. */
    public int inputs() {
        return weights.length;
    }

    /** The weights (a copy: changing it does not change the perceptron). */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Weight wᵢ, counting from 1 as the lesson does. */
    public double weight(int i) {
        if (i < 1 || i > weights.length) {
            throw new IllegalArgumentException("w" + i + " does not exist: this perceptron has w1 … w" + weights.length);
        }
        return weights[i - 1];
    }

    /** The weighted sum (가중합) z = w₁x₁ + … + wₙxₙ + b. */
    public double weightedSum(double... x) {
        Checks.notNull(x, "x");
        if (x.length != weights.length) {
            throw new IllegalArgumentException("this perceptron has " + weights.length + " weights but got " + x.length
                    + " inputs: one input per weight");
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
        return z;
    }

    /** The output: step(w·x + b), so 1 when z &gt; 0 and 0 when z ≤ 0. */
    public int fire(double... x) {
        return step(weightedSum(x));
    }

    /**
     * How much noise the perceptron tolerates on its 0/1 inputs: the largest ε such that moving
     * every input of every corner by up to ε (either way) never changes the output. Noise of ε per
     * input moves z by at most ε·(|w₁| + … + |wₙ|), so ε = min over corners |z| / Σ|wᵢ|. (A corner
     * that fires needs z &gt; ε·Σ|wᵢ|, strictly; a corner exactly on the line tolerates nothing.)
     */
    public double noiseTolerance() {
        double sumAbs = 0;
        for (double w : weights) sumAbs += Math.abs(w);
        double smallest = Double.POSITIVE_INFINITY;
        for (int row = 0; row < 1 << weights.length; row++) {
            double z = weightedSum(TruthTable.corner(weights.length, row));
            smallest = Math.min(smallest, Math.abs(z));
        }
        return sumAbs == 0 ? Double.POSITIVE_INFINITY : smallest / sumAbs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Perceptron p && Arrays.equals(weights, p.weights) && Double.compare(bias, p.bias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    /** "w = (1, 1), b = -1.5" */
    public String describe() {
        StringBuilder s = new StringBuilder("w = (");
        for (int i = 0; i < weights.length; i++) s.append(i == 0 ? "" : ", ").append(num(weights[i]));
        return s.append("), b = ").append(num(bias)).toString();
    }

    @Override
    public String toString() {
        return "Perceptron[" + describe() + "]";
    }

    /** A number as a person writes it: 1, -1.5, 0.25. */
    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        String s = String.format(Locale.ROOT, "%.6g", x);
        if (s.contains("e")) return Double.toString(x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
