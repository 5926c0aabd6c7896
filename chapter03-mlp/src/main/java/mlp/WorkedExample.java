package mlp;

import toolkit.Matrix;

/**
 * The worked example of the lesson, from the source text (002): 5 samples of 2 features through a
 * 2-4-3 network with a sigmoid after each layer. The weights were chosen by hand, not trained.
 * Each method returns a new matrix.
 */
public final class WorkedExample {
    private WorkedExample() {}

    /** The inputs x: (5×2), one sample per row. */
    public static Matrix x() {
        return Matrix.of(new double[][] {{0, 1}, {1, 1}, {-1, 0}, {2, -1}, {-1, 1}});
    }

    /** W₁: (2×4), from 2 inputs to 4 hidden units. */
    public static Matrix w1() {
        return Matrix.of(new double[][] {{0.5, 0.2, -0.3, 0.1}, {-0.2, 0.7, -0.4, 0.8}});
    }

    /** b₁: (1×4), one bias per hidden unit. */
    public static Matrix b1() {
        return Matrix.ofRow(0.3, -0.1, 0.5, -0.4);
    }

    /** W₂: (4×3), from 4 hidden units to 3 outputs. */
    public static Matrix w2() {
        return Matrix.of(new double[][] {{0.2, 0.7, -0.3}, {0.8, -0.5, -0.1}, {0.1, 0.5, 0.3}, {-0.6, 0.4, 0.7}});
    }

    /** b₂: (1×3), one bias per output. */
    public static Matrix b2() {
        return Matrix.ofRow(-0.5, 0.9, -0.2);
    }
}
