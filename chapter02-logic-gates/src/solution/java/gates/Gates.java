package gates;

/**
 * Exercises 2.1 to 2.5: logic gates (논리 게이트), each one perceptron whose weights and bias you
 * choose by hand. Replace each {@code throw Todo...} line with a {@code return new Perceptron(...)}.
 *
 * <p>Many answers are right: any line that puts the corners where the gate says 1 strictly on the
 * positive side (z &gt; 0) and the others on the line or below (z ≤ 0) computes the gate. The
 * tests accept every such perceptron that also tolerates noise: each input may be off by up to 0.1
 * (0.93 instead of 1, −0.05 instead of 0) and the output must not change. Noise of 0.1 per input
 * moves z by at most 0.1·(|w₁| + |w₂|), so at every corner |z| must be larger than that. Keep the
 * line well away from every corner.
 */
public final class Gates {
    private Gates() {}

    /**
     * Exercise 2.1 · AND (논리곱): 1 only when both inputs are 1.
     *
     * <pre>
     *     x₁ x₂ │ y
     *      0  0 │ 0
     *      0  1 │ 0
     *      1  0 │ 0
     *      1  1 │ 1
     * </pre>
     * Return a perceptron with 2 inputs. A worked check of one candidate: w = (1, 1), b = −1 gives
     * z = −1, 0, 0, 1 at the four corners, so y = 0, 0, 0, 1 (step(0) = 0): right at the corners.
     * But (1, 0) lies on its line: the noisy input (1.05, 0) gives z = 0.05 &gt; 0 and the gate
     * fires. Choose a bias that keeps the line away from all four corners.
     */
    public static Perceptron and() {
        // Exercise 2.1: return a perceptron with 2 inputs that computes AND
        // 연습 2.1: AND를 계산하는 입력 2개짜리 퍼셉트론을 반환하세요
        return new Perceptron(new double[] {1, 1}, -1.5);
    }

    /**
     * Exercise 2.2 · NAND (부정 논리곱): NOT AND, 0 only when both inputs are 1.
     *
     * <pre>
     *     x₁ x₂ │ y
     *      0  0 │ 1
     *      0  1 │ 1
     *      1  0 │ 1
     *      1  1 │ 0
     * </pre>
     * Return a perceptron with 2 inputs. Its line can be AND's line, with the sides swapped: where
     * AND's z is positive NAND's must be negative, and the other way round. That means flipping the
     * sign of every number of the perceptron, the bias included. Check your answer at (0, 0): z = b
     * there, and NAND must fire.
     */
    public static Perceptron nand() {
        // Exercise 2.2: return a perceptron with 2 inputs that computes NAND
        // 연습 2.2: NAND를 계산하는 입력 2개짜리 퍼셉트론을 반환하세요
        return new Perceptron(new double[] {-1, -1}, 1.5);
    }

    /**
     * Exercise 2.3 · OR (논리합): 1 when at least one input is 1.
     *
     * <pre>
     *     x₁ x₂ │ y
     *      0  0 │ 0
     *      0  1 │ 1
     *      1  0 │ 1
     *      1  1 │ 1
     * </pre>
     * Return a perceptron with 2 inputs. With w = (1, 1) the sum w·x is 0, 1, 1, 2 at the corners:
     * the line must pass between (0, 0) and the other three. Which range of b does that, and which b
     * in that range lies farthest from the corners?
     */
    public static Perceptron or() {
        // Exercise 2.3: return a perceptron with 2 inputs that computes OR
        // 연습 2.3: OR을 계산하는 입력 2개짜리 퍼셉트론을 반환하세요
        return new Perceptron(new double[] {1, 1}, -0.5);
    }

    /**
     * Exercise 2.4 · NOT (부정): one input, flipped. NOT(0) = 1 and NOT(1) = 0.
     *
     * <p>Return a perceptron with 1 input (a weights array of length 1). On one input the "line"
     * is a single point on the number line: the perceptron fires on one side of x = −b/w. For NOT
     * a larger input must lower z, so the weight is negative. A worked check of one candidate:
     * w = −1, b = 0 gives z = 0 at x = 0, and step(0) = 0, so it does not fire where NOT must. The
     * bias has to lift z above 0 at x = 0 while keeping it below 0 at x = 1, with room for noise.
     */
    public static Perceptron not() {
        // Exercise 2.4: return a perceptron with 1 input that computes NOT
        // 연습 2.4: NOT을 계산하는 입력 1개짜리 퍼셉트론을 반환하세요
        return new Perceptron(new double[] {-1}, 0.5);
    }

    /**
     * Exercise 2.5 · NOR (부정 논리합): NOT OR, 1 only when both inputs are 0.
     *
     * <pre>
     *     x₁ x₂ │ y
     *      0  0 │ 1
     *      0  1 │ 0
     *      1  0 │ 0
     *      1  1 │ 0
     * </pre>
     * Return a perceptron with 2 inputs: OR's line with the sides swapped, as NAND is AND's.
     */
    public static Perceptron nor() {
        // Exercise 2.5: return a perceptron with 2 inputs that computes NOR
        // 연습 2.5: NOR을 계산하는 입력 2개짜리 퍼셉트론을 반환하세요
        return new Perceptron(new double[] {-1, -1}, 0.5);
    }
}
