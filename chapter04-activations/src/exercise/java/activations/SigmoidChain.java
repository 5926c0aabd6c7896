package activations;

import toolkit.Todo;

/**
 * Exercise 4.20: why gradients vanish (기울기 소실) in a deep stack of sigmoids, in one line of
 * arithmetic. Replace the {@code throw Todo...} line with your code.
 */
public final class SigmoidChain {
    private SigmoidChain() {}

    /**
     * Exercise 4.20 · The gradient through a chain of sigmoids.
     *
     * <p>A chain of L layers of one unit each: layer k computes aₖ = σ(zₖ), and the next layer's
     * pre-activation is zₖ₊₁ = aₖ + bₖ₊₁ (weight 1), so ∂zₖ₊₁/∂aₖ = 1. The forward pass has already
     * run: {@code z[0]} … {@code z[L−1]} hold z₁ … z_L. A loss downstream sends back
     * {@code upstream} = ∂loss/∂a_L. By the chain rule (연쇄 법칙), the gradient that reaches layer
     * k's pre-activation is
     * <pre>
     *     ∂loss/∂zₖ = upstream · σ'(z_L) · σ'(z_L−1) ⋯ σ'(zₖ)
     * </pre>
     * one factor σ'(zⱼ) ≤ 0.25 for every layer from L back down to k, layer k's own included.
     * Return all of them: entry k−1 of the result is ∂loss/∂zₖ. Use your sigmoidDerivative.
     *
     * <p>Example: z = {0, 0, 0}, upstream = 1: {0.015625, 0.0625, 0.25}, that is 0.25³, 0.25², 0.25.
     * Leave z unchanged. Throw an {@link IllegalArgumentException} whose message says "empty" when z
     * has no entries.
     */
    public static double[] gradients(double[] z, double upstream) {
        throw Todo.exercise("4.20", "multiply the upstream gradient by sigmoid'(z_k), layer by layer from the last", "마지막 층부터 한 층씩, 상류 기울기에 sigmoid'(z_k)를 곱해 나가세요");
    }
}
