package activations;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;

/** Exercise 4.20: the gradient through a chain of sigmoids, ∂loss/∂zₖ = upstream · σ'(z_L) ⋯ σ'(zₖ). */
class SigmoidChainTest {

    /** The test's own backward pass over the chain. */
    static double[] expected(double[] z, double upstream) {
        return expected(z, upstream, Cases::sigmoidSlope);
    }

    /** The backward pass with the local derivative {@code slope}. */
    static double[] expected(double[] z, double upstream, DoubleUnaryOperator slope) {
        double[] g = new double[z.length];
        double acc = upstream;
        for (int k = z.length - 1; k >= 0; k--) {
            acc *= slope.applyAsDouble(z[k]);
            g[k] = acc;
        }
        return g;
    }

    /**
     * The chain on top of the student's own sigmoidDerivative (exercise 4.4), which gradients may
     * call; null when it agrees with the course's at every z (or is unfinished). A chain that equals
     * this is right by itself: the wrong factors are 4.4's, and 4.4's tests say so.
     */
    static double[] onYourSlope(double[] z, double upstream) {
        try {
            boolean differs = false;
            for (double zk : z) differs |= !Cases.same(Cases.sigmoidSlope(zk), Activations.sigmoidDerivative(zk), 1e-12);
            return differs ? expected(z, upstream, Activations::sigmoidDerivative) : null;
        } catch (RuntimeException unfinished) {
            return null;
        }
    }

    /** Whether got is the chain built on the student's own (wrong) sigmoidDerivative. */
    private static boolean explainedByYourSlope(double[] z, double upstream, double[] got) {
        double[] yours = onYourSlope(z, upstream);
        return yours != null && Cases.nearRelative(yours, got, 1e-12);
    }

    /** Products in the wrong direction: entry k is upstream · σ'(z₁) ⋯ σ'(zₖ). */
    static double[] forwardProducts(double[] z, double upstream) {
        double[] g = new double[z.length];
        double acc = upstream;
        for (int k = 0; k < z.length; k++) {
            acc *= Cases.sigmoidSlope(z[k]);
            g[k] = acc;
        }
        return g;
    }

    /** Layer k's own factor left out: entry k is upstream · σ'(zₖ₊₁) ⋯ σ'(z_L). */
    static double[] withoutOwnLayer(double[] z, double upstream) {
        double[] g = new double[z.length];
        double acc = upstream;
        for (int k = z.length - 1; k >= 0; k--) {
            g[k] = acc;
            acc *= Cases.sigmoidSlope(z[k]);
        }
        return g;
    }

    /** σ(1 + σ) in place of σ(1 − σ). */
    static double[] plusInsteadOfMinus(double[] z, double upstream) {
        double[] g = new double[z.length];
        double acc = upstream;
        for (int k = z.length - 1; k >= 0; k--) {
            double s = Reference.sigmoid(z[k]);
            acc *= s * (1 + s);
            g[k] = acc;
        }
        return g;
    }

    /** Sums of the factors in place of products. */
    static double[] sums(double[] z, double upstream) {
        double[] g = new double[z.length];
        double acc = 0;
        for (int k = z.length - 1; k >= 0; k--) {
            acc += Cases.sigmoidSlope(z[k]);
            g[k] = upstream * acc;
        }
        return g;
    }

    /** The first z where the student's sigmoidDerivative (exercise 4.4) is wrong, as a hint; the chain uses it. */
    private static Hint earlierExercise(double[] z) {
        for (double zk : z) {
            Hint h = Cases.uses("4.4", "sigmoidDerivative", Activations::sigmoidDerivative, Cases::sigmoidSlope, zk);
            if (h.applies()) return h;
        }
        return Cases.NO_HINT;
    }

    private static Hint[] hints(double[] z, double upstream, double[] got) {
        return new Hint[] {
            earlierExercise(z),
            Hint.when(Cases.nearAll(got, withoutOwnLayer(z, upstream)),
                    "layer k's own factor is missing: ∂loss/∂zₖ includes σ'(zₖ),"
                            + " so even the last layer's entry is upstream·σ'(z_L), not upstream")
                .ko("층 k 자신의 인수가 빠졌습니다: ∂loss/∂zₖ에는 σ'(zₖ)가 들어 있으므로"
                        + " 마지막 층의 항목도 upstream이 아니라 upstream·σ'(z_L)입니다"),
            Hint.when(Cases.nearAll(got, forwardProducts(z, upstream)),
                    "the product runs the wrong way: the gradient starts at the last layer,"
                            + " so entry k multiplies σ'(zₖ) ⋯ σ'(z_L), the layers from k to the end")
                .ko("곱의 방향이 거꾸로입니다: 기울기는 마지막 층에서 시작하므로"
                        + " 항목 k는 k부터 끝까지의 층, 곧 σ'(zₖ) ⋯ σ'(z_L)을 곱합니다"),
            Hint.when(Cases.nearAll(got, plusInsteadOfMinus(z, upstream)),
                    "σ' = σ(1 − σ), with a minus")
                .ko("σ' = σ(1 − σ), 빼기입니다"),
            Hint.when(upstream != 1 && Cases.nearAll(got, expected(z, 1)),
                    "the upstream gradient is missing: start from upstream = ∂loss/∂a_L, then multiply")
                .ko("상류 기울기가 빠졌습니다: upstream = ∂loss/∂a_L에서 시작해 곱하세요"),
            Hint.when(z.length > 1 && Cases.nearAll(got, sums(z, upstream)),
                    "the chain rule multiplies the local derivatives; it does not add them")
                .ko("연쇄 법칙은 국소 미분을 곱합니다. 더하지 않습니다"),
        };
    }

    @Graded(exercise = "4.20", points = 3)
    @DisplayName("at z = 0 the gradient reaching layer k of L is upstream · 0.25^(L−k+1),"
            + " for L up to 25 and several upstreams")
    void quarterPowers() {
        for (int layers : new int[] {1, 2, 3, 5, 10, 25}) {
            for (double upstream : new double[] {1, -2, 0.5}) {
                double[] z = new double[layers];
                double[] want = new double[layers];
                for (int k = 0; k < layers; k++) want[k] = upstream * Math.pow(0.25, layers - k);
                double[] got = SigmoidChain.gradients(z, upstream);
                if (explainedByYourSlope(z, upstream, got)) continue;
                Cases.closeRelative(() -> "gradients(z = " + layers + " zeros, upstream = " + show(upstream) + ")",
                        want, got, 1e-15,
                        () -> hints(z, upstream, got));
            }
        }
    }

    @Graded(exercise = "4.20", points = 5)
    @DisplayName("gradients match upstream · σ'(z_L) ⋯ σ'(zₖ)"
            + " to 1e−12 (relative) for 200 seeded chains of 1 to 40 layers")
    void randomChains() {
        Random rnd = new Random(6301);
        for (int t = 0; t < 200; t++) {
            int layers = 1 + rnd.nextInt(40);
            double[] z = Reference.vector(rnd, layers, 5);
            double upstream = (rnd.nextBoolean() ? 1 : -1) * (0.1 + 3 * rnd.nextDouble());
            double[] got = SigmoidChain.gradients(z.clone(), upstream);
            if (explainedByYourSlope(z, upstream, got)) continue;
            Cases.closeRelative(() -> "gradients(z = " + show(z) + ", upstream = " + show(upstream) + ")",
                    expected(z, upstream), got, 1e-12,
                    () -> hints(z, upstream, got));
        }
    }

    @Graded(exercise = "4.20", points = 2)
    @DisplayName("a chain of 3000 layers shrinks the gradient at least 4× per layer without crashing;"
            + " z unchanged; the caller may reuse its array; empty rejected")
    void longChainsAndEdgeCases() {
        Expect.rejects("gradients(new double[0], 1)", IllegalArgumentException.class,
                () -> SigmoidChain.gradients(new double[0], 1), "empty");
        double[] z = Reference.vector(new Random(6302), 3000, 3);
        double[] copy = z.clone();
        double[] g = SigmoidChain.gradients(z, 1.0);
        Expect.holds("gradients(3000 seeded z, 1) leaves z unchanged", Arrays.equals(z, copy),
                "z unchanged", "z changed",
                Hint.always("return a new array: gradients must not write into z")
                    .ko("새 배열을 반환하세요: gradients는 z에 쓰면 안 됩니다"));
        Expect.equal("the number of gradients for 3000 layers", 3000, g.length);
        Random rnd = new Random(6303);
        double[] first = Reference.vector(rnd, 8, 4);
        Cases.callerReusesItsArray("gradients", v -> SigmoidChain.gradients(v, 1.5), v -> {
            double[] yours = onYourSlope(v, 1.5);
            return yours != null ? yours : expected(v, 1.5);
        }, first, Reference.vector(rnd, 8, 4), 1e-12);
        if (explainedByYourSlope(z, 1.0, g)) return; // the shrinking below is σ' ≤ 0.25, 4.4's promise
        for (int k = g.length - 1; k >= 1; k--) {
            // the message is built only on failure
            if (Double.isFinite(g[k - 1]) && Math.abs(g[k - 1]) <= 0.25 * Math.abs(g[k])) continue;
            Expect.holds("|∂loss/∂z" + k + "| ≤ 0.25·|∂loss/∂z" + (k + 1) + "| in a chain of 3000 sigmoids",
                    Double.isFinite(g[k - 1]) && Math.abs(g[k - 1]) <= 0.25 * Math.abs(g[k]),
                    "at most " + show(0.25 * Math.abs(g[k])), show(g[k - 1]),
                    earlierExercise(new double[] {z[k - 1], z[k]}),
                    Hint.when(k == g.length - 1 && g[k] == 1.0,
                            "the last layer's own factor σ'(z_L) is missing: its entry is upstream·σ'(z_L)")
                        .ko("마지막 층 자신의 인수 σ'(z_L)이 빠졌습니다:"
                                + " 그 항목은 upstream·σ'(z_L)입니다"),
                    Hint.always("going back one layer multiplies the gradient by one more σ'(z)"
                            + " ≤ 0.25; entry k − 1 is entry k times σ'(z_k−1)")
                        .ko("한 층 뒤로 갈 때마다 기울기에 σ'(z) ≤ 0.25가 하나 더 곱해집니다."
                                + " 항목 k − 1은 항목 k에 σ'(z_k−1)을 곱한 값입니다"));
        }
        Expect.holds("∂loss/∂z1 in a chain of 3000 sigmoids", g[0] == 0,
                "0 (0.25^3000 is far below the smallest double)", show(g[0]));
    }
}
