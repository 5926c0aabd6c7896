package perceptron;

/**
 * Exercises 1.1 to 1.5: what one perceptron computes. Replace each {@code throw Todo...} line with
 * your code, then run {@code mvn test} in this chapter to see your grade.
 */
public final class Neuron {
    private Neuron() {}

    /**
     * Exercise 1.1 · The step function (계단 함수).
     *
     * <p>step(z) = 1 if z &gt; 0, else 0. The perceptron fires only when the sum is strictly
     * positive, so step(0) = 0. Examples: step(2.5) = 1, step(0) = 0, step(-0.1) = 0.
     */
    public static int step(double z) {
        // Exercise 1.1: return 1 when z > 0, else 0
        // 연습 1.1: z > 0이면 1, 아니면 0을 반환하세요
        return z > 0 ? 1 : 0;
    }

    /**
     * Exercise 1.2 · The weighted sum (가중합).
     *
     * <p>z = w₁x₁ + w₂x₂ + … + wₙxₙ + b. Example: weights {0.5, 0.5}, inputs {1, 1}, bias -0.7
     * gives 0.3. When the two arrays differ in length, throw an {@link IllegalArgumentException}
     * whose message gives both lengths: there is one weight per input.
     */
    public static double weightedSum(double[] weights, double[] inputs, double bias) {
        // Exercise 1.2: return w1*x1 + ... + wn*xn + b
        // 연습 1.2: w1*x1 + ... + wn*xn + b를 반환하세요
        if (weights.length != inputs.length) {
            throw new IllegalArgumentException("weights has " + weights.length + " entries but inputs has "
                    + inputs.length + ": one weight per input");
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * inputs[i];
        }
        return z;
    }

    /**
     * Exercise 1.3 · Predict.
     *
     * <p>The perceptron's output for {@code inputs}: ŷ = step(w·x + b). Use your step and
     * weightedSum. Example: weights {0.5, 0.5}, bias -0.7 (an AND gate) gives 1 for (1, 1) and 0
     * for (1, 0).
     */
    public static int predict(Perceptron perceptron, double[] inputs) {
        // Exercise 1.3: return step(weightedSum(...)) for this perceptron
        // 연습 1.3: 이 퍼셉트론의 step(weightedSum(...))을 반환하세요
        return step(weightedSum(perceptron.weights(), inputs, perceptron.bias()));
    }

    /**
     * Exercise 1.4 · From threshold to bias (임계값과 편향).
     *
     * <p>The threshold form fires when w·x &gt; θ. Moving θ to the left gives w·x − θ &gt; 0, the
     * bias form w·x + b &gt; 0 with b = −θ. Return the bias for threshold {@code theta}.
     * Example: θ = 0.7 gives b = -0.7.
     */
    public static double biasFromThreshold(double theta) {
        // Exercise 1.4: return the bias b that matches threshold theta
        // 연습 1.4: 임계값 theta에 맞는 편향 b를 반환하세요
        return -theta;
    }

    /**
     * Exercise 1.5 · The decision boundary (결정 경계).
     *
     * <p>A two-input perceptron's boundary is the line w₁x₁ + w₂x₂ + b = 0. Solve it for x₂ and
     * return x₂ at the given x₁: x₂ = −(w₁x₁ + b) / w₂. Example: w = {1, 1}, b = -1.5, x₁ = 0.5
     * gives x₂ = 1.
     *
     * <p>Throw an {@link IllegalArgumentException} whose message mentions "w2" when w₂ = 0 (the
     * line is vertical: no single x₂), and one that mentions "2 inputs" when the perceptron does
     * not have exactly two inputs.
     */
    public static double boundaryX2(Perceptron perceptron, double x1) {
        // Exercise 1.5: solve w1*x1 + w2*x2 + b = 0 for x2
        // 연습 1.5: w1*x1 + w2*x2 + b = 0을 x2에 대해 풀어 반환하세요
        if (perceptron.inputs() != 2) {
            throw new IllegalArgumentException("the boundary is a line only for 2 inputs; this perceptron has "
                    + perceptron.inputs());
        }
        double w1 = perceptron.weight(1);
        double w2 = perceptron.weight(2);
        if (w2 == 0) {
            throw new IllegalArgumentException("w2 is 0: the boundary is a vertical line, which has no single x2");
        }
        return -(w1 * x1 + perceptron.bias()) / w2;
    }
}
