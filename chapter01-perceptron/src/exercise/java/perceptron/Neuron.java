package perceptron;

import toolkit.Todo;

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
        throw Todo.exercise("1.1", "return 1 when z > 0, else 0", "z > 0이면 1, 아니면 0을 반환하세요");
    }

    /**
     * Exercise 1.2 · The weighted sum (가중합).
     *
     * <p>z = w₁x₁ + w₂x₂ + … + wₙxₙ + b. Example: weights {0.5, 0.5}, inputs {1, 1}, bias -0.7
     * gives 0.3. When the two arrays differ in length, throw an {@link IllegalArgumentException}
     * whose message gives both lengths: there is one weight per input.
     */
    public static double weightedSum(double[] weights, double[] inputs, double bias) {
        throw Todo.exercise("1.2", "return w1*x1 + ... + wn*xn + b", "w1*x1 + ... + wn*xn + b를 반환하세요");
    }

    /**
     * Exercise 1.3 · Predict.
     *
     * <p>The perceptron's output for {@code inputs}: ŷ = step(w·x + b). Use your step and
     * weightedSum. Example: weights {0.5, 0.5}, bias -0.7 (an AND gate) gives 1 for (1, 1) and 0
     * for (1, 0).
     */
    public static int predict(Perceptron perceptron, double[] inputs) {
        throw Todo.exercise("1.3", "return step(weightedSum(...)) for this perceptron", "이 퍼셉트론의 step(weightedSum(...))을 반환하세요");
    }

    /**
     * Exercise 1.4 · From threshold to bias (임계값과 편향).
     *
     * <p>The threshold form fires when w·x &gt; θ. Moving θ to the left gives w·x − θ &gt; 0, the
     * bias form w·x + b &gt; 0 with b = −θ. Return the bias for threshold {@code theta}.
     * Example: θ = 0.7 gives b = -0.7.
     */
    public static double biasFromThreshold(double theta) {
        throw Todo.exercise("1.4", "return the bias b that matches threshold theta", "임계값 theta에 맞는 편향 b를 반환하세요");
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
        throw Todo.exercise("1.5", "solve w1*x1 + w2*x2 + b = 0 for x2", "w1*x1 + w2*x2 + b = 0을 x2에 대해 풀어 반환하세요");
    }
}
