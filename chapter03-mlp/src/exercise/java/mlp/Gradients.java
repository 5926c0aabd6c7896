package mlp;

import java.util.function.DoubleSupplier;
import toolkit.Matrix;
import toolkit.Todo;

/**
 * Exercises 3.5 and 3.6: how a network learns without knowing any calculus. The numerical gradient
 * measures how the loss changes when one parameter is nudged; gradient descent moves every
 * parameter a little downhill. Replace each {@code throw Todo...} line with your code.
 */
public final class Gradients {
    private Gradients() {}

    /**
     * Exercise 3.5 · The numerical gradient (수치 미분) by central differences (중앙 차분).
     *
     * <p>{@code loss} computes the loss from the current values of a network's parameters, and
     * {@code parameter} is one of those matrices (W₁, say): loss reads it every time it is called.
     * For every entry θ of parameter, estimate the partial derivative
     * <pre>
     *     ∂L/∂θ ≈ ( L(θ + h) − L(θ − h) ) / (2h)
     * </pre>
     * Save θ, set the entry to θ + h and call loss, set it to θ − h and call loss, then put the
     * saved θ back before moving on, so each entry is nudged while all the others hold their
     * values. Restore the saved value, do not compute it: (θ + h) − h is not always exactly θ in
     * floating point. Afterwards parameter must be exactly, bit for bit, what it was.
     *
     * <p>Return a new matrix of parameter's shape holding the derivatives. Example: for a (1×2)
     * parameter [[2, 5]] and loss = θ₀₀² + 3·θ₀₁, h = 1e-5 gives about [[4, 3]].
     *
     * <p>Throw an {@link IllegalArgumentException} that mentions "h" when h is not a positive,
     * finite number (0, −1e-5 and NaN are not).
     */
    public static Matrix numerical(DoubleSupplier loss, Matrix parameter, double h) {
        throw Todo.exercise("3.5", "for every entry: (L(θ+h) - L(θ-h)) / 2h, then restore θ exactly", "모든 항목마다 (L(θ+h) - L(θ-h)) / 2h를 구하고, θ를 정확히 되돌려 놓으세요");
    }

    /**
     * Exercise 3.6 · One step of gradient descent (경사 하강법).
     *
     * <p>Move every entry of parameter against its derivative, scaled by the learning rate η:
     * <pre>
     *     θ ← θ − η·∂L/∂θ
     * </pre>
     * The gradient points uphill (the direction in which the loss grows fastest), so minus is
     * downhill. Change parameter in place (the network holds that very matrix) and leave gradient
     * unchanged. Example: θ = [[1, -2]], ∂L/∂θ = [[0.5, -1]], η = 0.1 make θ [[0.95, -1.9]].
     *
     * <p>Throw an {@link IllegalArgumentException} naming both shapes when gradient does not have
     * parameter's shape (a (1×4) gradient must not be spread over a (3×4) parameter), and one that
     * mentions "learningRate" when η is not a positive, finite number. Check before changing
     * anything: a rejected call leaves θ as it was.
     */
    public static void descend(Matrix parameter, Matrix gradient, double learningRate) {
        throw Todo.exercise("3.6", "move every entry: θ <- θ - η·gradient, in place", "모든 항목을 제자리에서 옮기세요: θ <- θ - η·기울기");
    }
}
