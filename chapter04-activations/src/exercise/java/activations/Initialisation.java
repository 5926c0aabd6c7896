package activations;

import toolkit.Todo;

/**
 * Exercises 4.21 and 4.22: how large the first random weights should be (가중치 초기화).
 * Replace each {@code throw Todo...} line with your code.
 */
public final class Initialisation {
    private Initialisation() {}

    /**
     * Exercise 4.21 · The Xavier scale.
     *
     * <p>A unit adds up n = {@code fanIn} inputs, each times a weight. If the inputs have variance
     * 1 and the weights variance s², the sum has variance n·s². Keeping it at 1 needs s² = 1/n:
     * <pre>
     *     std = 1 / √n
     * </pre>
     * Return that standard deviation. Example: fanIn = 100 gives 0.1. Throw an
     * {@link IllegalArgumentException} that names the number when fanIn &lt; 1.
     */
    public static double xavierStd(int fanIn) {
        throw Todo.exercise("4.21", "return 1 / sqrt(fanIn)", "1 / sqrt(fanIn)을 반환하세요");
    }

    /**
     * Exercise 4.22 · The He scale, for ReLU.
     *
     * <p>ReLU sets about half of its inputs to 0, which halves the second moment that reaches the
     * next layer. He et al. make up for it with twice the variance: s² = 2/n, so
     * <pre>
     *     std = √(2 / n)
     * </pre>
     * Example: fanIn = 50 gives 0.2. Throw an {@link IllegalArgumentException} that names the
     * number when fanIn &lt; 1.
     */
    public static double heStd(int fanIn) {
        throw Todo.exercise("4.22", "return sqrt(2 / fanIn)", "sqrt(2 / fanIn)을 반환하세요");
    }
}
