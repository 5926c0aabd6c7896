package activations;

import toolkit.Special;

/**
 * Exercises 4.1 to 4.17: the activation functions (활성화 함수) and their derivatives (도함수).
 * Replace each {@code throw Todo...} line with your code, then run {@code mvn test} in this chapter.
 *
 * <p>Three rules hold for every method in this file:
 * <ul>
 *   <li>A derivative is a pure function of x: it computes what it needs from x (calling the
 *       function above it is fine) and never reads a value saved by an earlier call.</li>
 *   <li>NaN in gives NaN out. A comparison with NaN is always false, so {@code x > 0 ? 1 : 0}
 *       quietly turns NaN into 0: test {@code Double.isNaN(x)} first where you compare.</li>
 *   <li>At a kink (x = 0) the course takes the left-hand branch, the one for x ≤ 0: ReLU'(0) = 0,
 *       leaky ReLU'(0) = α, ELU'(0) = α.</li>
 * </ul>
 */
public final class Activations {
    private Activations() {}

    /**
     * Exercise 4.1 · The step function (계단 함수), as in chapter 1 but as a double.
     *
     * <p>step(x) = 1 if x &gt; 0, else 0, so step(0) = 0. NaN in gives NaN out.
     * Examples: step(2.5) = 1, step(0) = 0, step(-3) = 0.
     */
    public static double step(double x) {
        // Exercise 4.1: return 1 when x > 0, 0 otherwise, and NaN for NaN
        // 연습 4.1: x > 0이면 1, 아니면 0을 반환하고, NaN이면 NaN을 반환하세요
        if (Double.isNaN(x)) return Double.NaN;
        return x > 0 ? 1.0 : 0.0; // step(0) = 0: only a strictly positive x fires
    }

    /**
     * Exercise 4.2 · The step function's derivative.
     *
     * <p>The step is flat on both sides of 0, so its slope is 0 wherever it has one. At 0 it jumps
     * and has no derivative at all; the course returns 0 there too. NaN in gives NaN out.
     * Examples: step'(-2) = 0, step'(0) = 0, step'(7) = 0. (A slope of 0 everywhere is exactly why
     * gradient descent cannot train a network of steps: the gradient never says which way to go.)
     */
    public static double stepDerivative(double x) {
        // Exercise 4.2: return the step's slope: 0 (NaN for NaN)
        // 연습 4.2: 계단 함수의 기울기 0을 반환하세요 (NaN이면 NaN)
        if (Double.isNaN(x)) return Double.NaN;
        return 0.0;
    }

    /**
     * Exercise 4.3 · The sigmoid (시그모이드).
     *
     * <p>σ(x) = 1 / (1 + e^(−x)), always between 0 and 1. Examples: σ(0) = 0.5,
     * σ(2) ≈ 0.8807970780, σ(−2) ≈ 0.1192029220. It must stay finite at x = ±1000, where
     * {@code Math.exp(1000)} is Infinity: check which form of the formula survives that.
     */
    public static double sigmoid(double x) {
        // Exercise 4.3: return 1 / (1 + e^(-x)), finite at x = +-1000
        // 연습 4.3: 1 / (1 + e^(-x))를 반환하되, x = ±1000에서도 유한해야 합니다
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /**
     * Exercise 4.4 · The sigmoid's derivative.
     *
     * <p>σ'(x) = σ(x)·(1 − σ(x)), largest at x = 0, where it is 0.25. Examples: σ'(0) = 0.25,
     * σ'(2) ≈ 0.1049935854. Compute σ(x) here, from this x (call your sigmoid); stay finite at ±1000.
     */
    public static double sigmoidDerivative(double x) {
        // Exercise 4.4: return s * (1 - s) with s = sigmoid(x)
        // 연습 4.4: s = sigmoid(x)로 두고 s * (1 - s)를 반환하세요
        double s = sigmoid(x);
        return s * (1.0 - s);
    }

    /**
     * Exercise 4.5 · The hyperbolic tangent (쌍곡탄젠트), tanh.
     *
     * <p>tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), between −1 and 1, with tanh(0) = 0. Example:
     * tanh(1) ≈ 0.7615941560. {@link Math#tanh} exists; if you write the formula yourself, make
     * sure tanh(1000) is 1, not Infinity / Infinity = NaN.
     */
    public static double tanh(double x) {
        // Exercise 4.5: return tanh(x), finite at x = +-1000
        // 연습 4.5: tanh(x)를 반환하되, x = ±1000에서도 유한해야 합니다
        return Math.tanh(x);
    }

    /**
     * Exercise 4.6 · The derivative of tanh.
     *
     * <p>tanh'(x) = 1 − tanh²(x), largest at x = 0, where it is 1. Example: tanh'(1) ≈ 0.4199743416.
     */
    public static double tanhDerivative(double x) {
        // Exercise 4.6: return 1 - tanh(x)^2
        // 연습 4.6: 1 - tanh(x)^2을 반환하세요
        double t = tanh(x);
        return 1.0 - t * t;
    }

    /**
     * Exercise 4.7 · ReLU, the rectified linear unit (렐루).
     *
     * <p>ReLU(x) = max(0, x). Examples: ReLU(3) = 3, ReLU(−2) = 0, ReLU(0) = 0, ReLU(NaN) = NaN.
     */
    public static double relu(double x) {
        // Exercise 4.7: return max(0, x), NaN for NaN
        // 연습 4.7: max(0, x)를 반환하고, NaN이면 NaN을 반환하세요
        return Math.max(0.0, x);
    }

    /**
     * Exercise 4.8 · ReLU's derivative.
     *
     * <p>ReLU'(x) = 1 if x &gt; 0, else 0. At the kink x = 0 the course uses ReLU'(0) = 0 (the
     * left-hand slope). NaN in gives NaN out. Examples: ReLU'(3) = 1, ReLU'(0) = 0, ReLU'(−2) = 0.
     */
    public static double reluDerivative(double x) {
        // Exercise 4.8: return 1 when x > 0, else 0 (ReLU'(0) = 0), NaN for NaN
        // 연습 4.8: x > 0이면 1, 아니면 0 (ReLU'(0) = 0)을 반환하고, NaN이면 NaN을 반환하세요
        if (Double.isNaN(x)) return Double.NaN;
        return x > 0 ? 1.0 : 0.0; // ReLU'(0) = 0: the left-hand slope at the kink
    }

    /**
     * Exercise 4.9 · Leaky ReLU.
     *
     * <p>leakyReLU(x) = x if x &gt; 0, else α·x, with a small slope α &gt; 0 (often 0.01) so that
     * negative inputs still pass a little gradient. Example with α = 0.01: leakyReLU(−3) = −0.03,
     * leakyReLU(3) = 3.
     */
    public static double leakyRelu(double x, double alpha) {
        // Exercise 4.9: return x when x > 0, else alpha * x
        // 연습 4.9: x > 0이면 x, 아니면 alpha * x를 반환하세요
        return x > 0 ? x : alpha * x;
    }

    /**
     * Exercise 4.10 · Leaky ReLU's derivative.
     *
     * <p>1 if x &gt; 0, else α; so at x = 0 it is α (the left-hand slope). NaN in gives NaN out.
     * Example with α = 0.01: 1 at x = 3, 0.01 at x = −3 and at x = 0.
     */
    public static double leakyReluDerivative(double x, double alpha) {
        // Exercise 4.10: return 1 when x > 0, else alpha, NaN for NaN
        // 연습 4.10: x > 0이면 1, 아니면 alpha를 반환하고, NaN이면 NaN을 반환하세요
        if (Double.isNaN(x)) return Double.NaN;
        return x > 0 ? 1.0 : alpha;
    }

    /**
     * Exercise 4.11 · ELU, the exponential linear unit.
     *
     * <p>ELU(x) = x if x &gt; 0, else α·(eˣ − 1): it bends smoothly down to −α for very negative
     * x. {@link Math#expm1}(x) computes eˣ − 1 accurately even for x near 0. Examples with α = 1:
     * ELU(2) = 2, ELU(−1) ≈ −0.6321205588, ELU(−1000) = −1.
     */
    public static double elu(double x, double alpha) {
        // Exercise 4.11: return x when x > 0, else alpha * (e^x - 1)
        // 연습 4.11: x > 0이면 x, 아니면 alpha * (e^x - 1)을 반환하세요
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    /**
     * Exercise 4.12 · ELU's derivative.
     *
     * <p>1 if x &gt; 0, else α·eˣ; at x = 0 that is α. NaN in gives NaN out. Examples with α = 1:
     * ELU'(2) = 1, ELU'(−1) ≈ 0.3678794412.
     */
    public static double eluDerivative(double x, double alpha) {
        // Exercise 4.12: return 1 when x > 0, else alpha * e^x, NaN for NaN
        // 연습 4.12: x > 0이면 1, 아니면 alpha * e^x를 반환하고, NaN이면 NaN을 반환하세요
        if (Double.isNaN(x)) return Double.NaN;
        return x > 0 ? 1.0 : alpha * Math.exp(x);
    }

    /**
     * Exercise 4.13 · GELU, the Gaussian error linear unit, exactly.
     *
     * <p>GELU(x) = x·Φ(x), where Φ(x) = (1 + erf(x/√2)) / 2 is the standard normal distribution
     * function. The JDK has no erf; use {@link Special#normalCdf} (or {@link Special#erf}).
     * Examples: GELU(1) ≈ 0.8413447461, GELU(−1) ≈ −0.1586552539, GELU(0) = 0.
     */
    public static double gelu(double x) {
        // Exercise 4.13: return x * Phi(x), with Phi from toolkit.Special.normalCdf
        // 연습 4.13: x * Phi(x)를 반환하세요 (Phi는 toolkit.Special.normalCdf)
        return x * Special.normalCdf(x);
    }

    /**
     * Exercise 4.14 · GELU's derivative.
     *
     * <p>By the product rule, GELU'(x) = Φ(x) + x·φ(x), where φ(x) = e^(−x²/2)/√(2π) is the normal
     * density ({@link Special#normalPdf}). Examples: GELU'(0) = 0.5, GELU'(1) ≈ 1.0833154705.
     */
    public static double geluDerivative(double x) {
        // Exercise 4.14: return Phi(x) + x * phi(x)
        // 연습 4.14: Phi(x) + x * phi(x)를 반환하세요
        return Special.normalCdf(x) + x * Special.normalPdf(x);
    }

    /**
     * Exercise 4.15 · GELU's tanh approximation.
     *
     * <p>GELU(x) ≈ 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), the form many libraries used before
     * they had a fast erf. Example: 0.8411919907 at x = 1 (the exact GELU is 0.8413447461 there).
     */
    public static double geluTanh(double x) {
        // Exercise 4.15: return 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))
        // 연습 4.15: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))을 반환하세요
        double inner = Math.sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x);
        return 0.5 * x * (1.0 + Math.tanh(inner));
    }

    /**
     * Exercise 4.16 · SiLU, the sigmoid linear unit (also called swish).
     *
     * <p>SiLU(x) = x·σ(x). Examples: SiLU(1) ≈ 0.7310585786, SiLU(−1) ≈ −0.2689414214, SiLU(0) = 0.
     */
    public static double silu(double x) {
        // Exercise 4.16: return x * sigmoid(x)
        // 연습 4.16: x * sigmoid(x)를 반환하세요
        return x * sigmoid(x);
    }

    /**
     * Exercise 4.17 · SiLU's derivative.
     *
     * <p>By the product rule, SiLU'(x) = σ(x) + x·σ'(x) = σ(x)·(1 + x·(1 − σ(x))). Examples:
     * SiLU'(0) = 0.5, SiLU'(1) ≈ 0.9276705118.
     */
    public static double siluDerivative(double x) {
        // Exercise 4.17: return sigmoid(x) + x * sigmoid'(x)
        // 연습 4.17: sigmoid(x) + x * sigmoid'(x)를 반환하세요
        double s = sigmoid(x);
        return s * (1.0 + x * (1.0 - s));
    }
}
