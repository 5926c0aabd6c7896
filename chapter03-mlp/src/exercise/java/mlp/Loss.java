package mlp;

import toolkit.Matrix;
import toolkit.Todo;

/**
 * Exercise 3.4: the loss that says how wrong a network's yes/no answers are. Replace the
 * {@code throw Todo...} line with your code.
 */
public final class Loss {
    private Loss() {}

    /**
     * ε of the clipping: predictions are moved into [ε, 1 − ε] before the logarithm, so ln 0 never
     * happens. 1e-12 changes the loss only for predictions within 1e-12 of 0 or 1, where the loss
     * is at most −ln ε ≈ 27.63 instead of infinite.
     */
    public static final double EPSILON = 1e-12;

    /**
     * Exercise 3.4 · Binary cross-entropy (이진 교차 엔트로피).
     *
     * <p>For predictions ŷ (the network's outputs, each in [0, 1]) and targets y of the same shape
     * (each in [0, 1]: usually a class, 0 or 1, but any probability is allowed), the loss is the
     * <b>mean</b> over every entry of
     * <pre>
     *     −[ y·ln p + (1 − y)·ln(1 − p) ]      with p = ŷ clipped to [ε, 1 − ε]
     * </pre>
     * The mean, not the sum: the loss of 4 samples and of 400 samples is then on the same scale,
     * and so is a good learning rate. Clip with {@link #EPSILON}: p = min(max(ŷ, ε), 1 − ε). A
     * saturated sigmoid returns exactly 0 or 1, and ln 0 = −∞ would make the loss infinite or NaN.
     * Use both terms, whatever y is: the tests use targets such as 0.3 too.
     *
     * <p>Examples: ŷ = [[0.9], [0.2]], y = [[1], [0]] give (−ln 0.9 − ln 0.8) / 2 ≈ 0.1643;
     * ŷ = [[0.5]] gives ln 2 ≈ 0.6931 whatever y is; ŷ = [[0]], y = [[1]] gives −ln(1e-12) ≈ 27.63,
     * not ∞.
     *
     * <p>Throw an {@link IllegalArgumentException} naming both shapes when ŷ and y differ in shape.
     */
    public static double binaryCrossEntropy(Matrix yHat, Matrix y) {
        throw Todo.exercise("3.4", "return the mean of -[y ln p + (1-y) ln(1-p)], p clipped to [EPSILON, 1-EPSILON]", "p를 [EPSILON, 1-EPSILON]로 잘라 낸 뒤 -[y ln p + (1-y) ln(1-p)]의 평균을 돌려주세요");
    }
}
