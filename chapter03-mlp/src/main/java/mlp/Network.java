package mlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import toolkit.Checks;
import toolkit.Matrix;
import toolkit.Rng;

/**
 * A multi-layer perceptron (다층 퍼셉트론) with a sigmoid after every layer. With layer sizes
 * [n₀, n₁, …, n_L], layer l turns the previous layer's output z_{l−1} (z₀ = x) into
 * <pre>
 *     z_l = σ(z_{l−1}·W_l + b_l)        W_l (n_{l−1} × n_l), b_l (1 × n_l)
 * </pre>
 * The network hands out its parameter matrices themselves ({@link #parameters}), not copies: training
 * changes them in place, and the numerical gradient nudges one entry at a time and reads the loss.
 */
public final class Network {
    private final int[] sizes;
    private final List<Matrix> weights; // W_l: (n_{l−1} × n_l)
    private final List<Matrix> biases;  // b_l: (1 × n_l)

    /** A network from its weights and biases, layer by layer (copied). */
    public Network(List<Matrix> weights, List<Matrix> biases) {
        Checks.notNull(weights, "weights");
        Checks.notNull(biases, "biases");
        if (weights.isEmpty() || weights.size() != biases.size()) {
            throw new IllegalArgumentException(weights.size() + " weight matrices and " + biases.size()
                    + " bias rows: a network needs at least one layer, and one bias row per weight matrix");
        }
        sizes = new int[weights.size() + 1];
        sizes[0] = weights.get(0).rows();
        this.weights = new ArrayList<>();
        this.biases = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            Matrix w = Checks.notNull(weights.get(l), "W" + (l + 1));
            w.requireShape(sizes[l], w.cols(), "W" + (l + 1) + " (after a layer of " + sizes[l] + " units)");
            Checks.notNull(biases.get(l), "b" + (l + 1)).requireShape(1, w.cols(), "b" + (l + 1));
            sizes[l + 1] = w.cols();
            this.weights.add(w.copy().requireFinite("W" + (l + 1)));
            this.biases.add(biases.get(l).copy().requireFinite("b" + (l + 1)));
        }
    }

    /** Weights drawn from N(0, std²), biases 0, for layer sizes n₀, n₁, …, n_L. */
    public static Network random(Rng rng, double std, int... sizes) {
        Checks.notNull(rng, "rng");
        Checks.notNull(sizes, "sizes");
        if (sizes.length < 2) throw new IllegalArgumentException("a network needs at least 2 layer sizes, not " + sizes.length);
        List<Matrix> ws = new ArrayList<>();
        List<Matrix> bs = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            ws.add(Matrix.gaussian(sizes[l - 1], sizes[l], std, rng));
            bs.add(Matrix.zeros(1, sizes[l]));
        }
        return new Network(ws, bs);
    }

    /** σ(z) = 1 / (1 + e^(−z)), written so that e^(−z) never overflows. */
    public static double sigmoid(double z) {
        if (z >= 0) return 1 / (1 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** The network's output for x (samples × n₀): (samples × n_L), one layer after another (exercise 3.1). */
    public Matrix forward(Matrix x) {
        Matrix z = Checks.notNull(x, "x");
        for (int l = 0; l < weights.size(); l++) z = Layers.dense(z, weights.get(l), biases.get(l), Network::sigmoid);
        return z;
    }

    /** Every parameter matrix, W₁, b₁, W₂, b₂, …: the network's own matrices, so changing one changes the network. */
    public List<Matrix> parameters() {
        List<Matrix> all = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            all.add(weights.get(l));
            all.add(biases.get(l));
        }
        return all;
    }

    /** W_l, counting layers from 1 as the lesson does (the network's own matrix). */
    public Matrix weight(int l) {
        checkLayer(l);
        return weights.get(l - 1);
    }

    /** b_l, counting layers from 1 (the network's own matrix). */
    public Matrix bias(int l) {
        checkLayer(l);
        return biases.get(l - 1);
    }

    private void checkLayer(int l) {
        if (l < 1 || l > weights.size()) {
            throw new IllegalArgumentException("layer " + l + " does not exist: this network has layers 1 … " + weights.size());
        }
    }

    /** The layer sizes n₀, n₁, …, n_L. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** How many numbers training adjusts: every entry of every W and b. */
    public int parameterCount() {
        int n = 0;
        for (Matrix p : parameters()) n += p.rows() * p.cols();
        return n;
    }

    /** An independent copy: training it leaves this one unchanged. */
    public Network copy() {
        return new Network(weights, biases);
    }

    @Override
    public String toString() {
        return "Network" + Arrays.toString(sizes) + " (" + parameterCount() + " parameters)";
    }
}
