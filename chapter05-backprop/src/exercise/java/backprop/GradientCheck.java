package backprop;

import java.util.function.DoubleSupplier;
import toolkit.Matrix;
import toolkit.Todo;

/**
 * Exercise 5.9: gradient checking (기울기 확인). Backprop is fast but easy to get subtly wrong; the
 * numerical gradient is slow but hard to get wrong. Comparing the two catches the bugs. Replace
 * each {@code throw Todo...} line with your code.
 */
public final class GradientCheck {
    private GradientCheck() {}

    /**
     * Exercise 5.9 · The numerical gradient by central differences (중앙 차분).
     *
     * <p>{@code loss} computes the loss from the current contents of {@code param} (and of
     * anything else it reads). For every entry θ of param:
     * <pre>
     *     ∂L/∂θ ≈ ( L(θ + h) − L(θ − h) ) / 2h
     * </pre>
     * Set the entry to θ + h, call loss; set it to θ − h, call loss; then put θ back exactly as it
     * was before moving on to the next entry: the next entries must be measured at the original
     * point, and the caller's parameter must come back unchanged. Return the gradient as a new
     * matrix of param's shape. Example: for L = θ² at θ = 3 with h = 1e-5 the result is 6
     * (up to about 1e-10).
     *
     * <p>Throw an {@link IllegalArgumentException} when h is not a positive number.
     */
    public static Matrix numericalGradient(DoubleSupplier loss, Matrix param, double h) {
        throw Todo.exercise("5.9", "central differences (L(t + h) - L(t - h)) / 2h for every entry, restoring it", "모든 원소에 중앙 차분 (L(t + h) - L(t - h)) / 2h를 구하고, 원소를 되돌려 놓으세요");
    }

    /**
     * Exercise 5.9 · The relative error between an analytic and a numerical gradient.
     * <pre>
     *     |a − n| / max(|a|, |n|, 1e-12)
     * </pre>
     * Relative, so that a gradient of 1000 and one of 0.001 are judged alike; the 1e-12 floor
     * keeps two exact zeros from dividing 0 by 0 (their error is 0). Examples: (1, 1.0001) gives
     * about 1e-4; (0, 0) gives 0; (2, −2) gives 2.
     */
    public static double relativeError(double analytic, double numerical) {
        throw Todo.exercise("5.9", "return |a - n| / max(|a|, |n|, 1e-12)", "|a - n| / max(|a|, |n|, 1e-12)를 반환하세요");
    }
}
