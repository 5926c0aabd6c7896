package mlp;

import java.util.function.DoubleUnaryOperator;
import toolkit.Matrix;
import toolkit.Todo;

/**
 * Exercises 3.1 to 3.3: what a layer computes, how many numbers it holds, and why a layer needs an
 * activation. Replace each {@code throw Todo...} line with your code, then run {@code mvn test} in
 * this chapter to see your grade.
 */
public final class Layers {
    private Layers() {}

    /**
     * Exercise 3.1 · The forward pass of a dense layer (순전파).
     *
     * <p>With the samples in the rows of x, a dense (fully connected) layer computes
     * <pre>
     *     a = x·W + b        the weighted sums: one row per sample, one column per output
     *     z = f(a)           the activation f, applied to every entry of a
     * </pre>
     * Shapes: x (samples × inputs), W (inputs × outputs), b (1 × outputs); the one row b is added
     * to every row of x·W, and z is (samples × outputs). Use {@link Matrix#times},
     * {@link Matrix#plus} and {@link Matrix#map}, and leave x, W and b unchanged.
     *
     * <p>Example: x = [[1, 2]], W = [[1, 0, -1], [0, 1, 1]], b = [[0.5, 0, -3]] and the identity
     * f(a) = a give [[1.5, 2, -2]].
     *
     * <p>Throw an {@link IllegalArgumentException} naming both shapes when x does not have one
     * column per row of W ({@code times} already says "cannot multiply (5×3) by (2×4): 3 ≠ 2"), and
     * one naming b's shape and the shape it must have when b is not one row of one bias per output
     * ("b must be (1×4), not (5×4)": see {@link Matrix#requireShape}). A (5×4) b would be added
     * entry by entry without complaint, so check it yourself.
     */
    public static Matrix dense(Matrix x, Matrix w, Matrix b, DoubleUnaryOperator activation) {
        throw Todo.exercise("3.1", "return f(x·W + b): x.times(w), plus the bias row, then map the activation", "f(x·W + b)를 돌려주세요: x.times(w)에 편향 행을 더한 뒤(plus) 활성화 함수를 적용(map)하세요");
    }

    /**
     * Exercise 3.2 · Counting parameters (매개변수).
     *
     * <p>A dense layer from n inputs to m outputs holds n·m weights (W is n × m) and m biases (one
     * per output). A network with layer sizes [n₀, n₁, …, n_L], inputs first and outputs last, has
     * L such layers; its parameter count is the sum over them:
     * <pre>
     *     n₀·n₁ + n₁  +  n₁·n₂ + n₂  +  …  +  n_{L−1}·n_L + n_L
     * </pre>
     * Example: [2, 4, 3] has 2·4 + 4 = 12 parameters in its first layer and 4·3 + 3 = 15 in its
     * second: 27. The input layer holds none: it only hands x on. Count in {@code long}: a
     * [50000, 50000] layer already has more than {@code Integer.MAX_VALUE} weights.
     *
     * <p>Throw an {@link IllegalArgumentException} when fewer than 2 sizes are given (there is no
     * layer), and one naming the size when a size is less than 1.
     */
    public static long parameterCount(int... sizes) {
        throw Todo.exercise("3.2", "add n_{l-1}·n_l weights and n_l biases for every layer", "층마다 가중치 n_{l-1}·n_l개와 편향 n_l개를 더하세요");
    }

    /**
     * Exercise 3.3 · Two linear layers are one.
     *
     * <p>With no activation between them, two layers compute
     * (x·W₁ + b₁)·W₂ + b₂ = x·(W₁·W₂) + (b₁·W₂ + b₂), which is one layer with
     * <pre>
     *     W = W₁·W₂          (inputs × outputs)
     *     b = b₁·W₂ + b₂     (1 × outputs)
     * </pre>
     * Return that layer. Example: W₁ = [[2]], b₁ = [[1]], W₂ = [[3]], b₂ = [[-1]] give W = [[6]]
     * and b = [[2]]: indeed (2x + 1)·3 − 1 = 6x + 2. b₁·W₂ + b₂ is what the second layer, without an
     * activation, makes of b₁: you may compute it with your {@link #dense} (exercise 3.1) and the
     * identity f(a) = a, or directly.
     *
     * <p>Shapes: W₁ (inputs × hidden), b₁ (1 × hidden), W₂ (hidden × outputs), b₂ (1 × outputs).
     * Throw an {@link IllegalArgumentException} naming the shapes involved when they do not fit.
     */
    public static Affine collapse(Matrix w1, Matrix b1, Matrix w2, Matrix b2) {
        throw Todo.exercise("3.3", "return the one layer W = W1·W2, b = b1·W2 + b2", "하나의 층 W = W1·W2, b = b1·W2 + b2를 돌려주세요");
    }
}
