package perceptron;

import java.util.Arrays;
import toolkit.Checks;

/**
 * A perceptron (퍼셉트론): one weight per input and a bias. It never changes: learning makes a new
 * one ({@link LearningRule#update}).
 *
 * @param weights w₁ … wₙ, one per input
 * @param bias    b, added to the weighted sum
 */
public record Perceptron(double[] weights, double bias) {

    public Perceptron {
        Checks.notNull(weights, "weights"); // new double[0] for no inputs
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight w" + (i + 1) + " is " + weights[i] + ": weights must be finite numbers");
            }
        }
        if (!Double.isFinite(bias)) throw new IllegalArgumentException("bias is " + bias + ": the bias must be a finite number");
        weights = weights.clone();
    }

    /** A perceptron with {@code inputs} weights, all 0, and bias 0: where training starts. */
    public static Perceptron zeros(int inputs) {
        if (inputs < 0) throw new IllegalArgumentException("a perceptron cannot have " + inputs + " inputs");
        return new Perceptron(new double[inputs], 0.0);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Perceptron p && Arrays.equals(weights, p.weights) && Double.compare(bias, p.bias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "Perceptron[w=" + Arrays.toString(weights) + ", b=" + bias + "]";
    }
}
