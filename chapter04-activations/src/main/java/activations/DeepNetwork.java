package activations;

import static toolkit.Checks.notNull;

import java.util.ArrayList;
import java.util.List;
import toolkit.Matrix;
import toolkit.Rng;

/**
 * A stack of {@link Dense} layers, every one with the same activation: the deep network in which
 * the lesson measures activations (forward) and gradients (backward), layer by layer.
 */
public final class DeepNetwork {
    private final List<Dense> layers;

    private DeepNetwork(List<Dense> layers) {
        this.layers = List.copyOf(layers);
    }

    /**
     * {@code depth} layers of {@code width} units after {@code inputs} inputs; weights drawn from a
     * normal distribution with the standard deviation {@code init} gives for each layer's fan-in,
     * biases 0. The weights depend only on {@code rng}'s seed and the sizes, not on the activation,
     * so networks built from the same seed differ in their activation alone.
     */
    public static DeepNetwork random(int inputs, int width, int depth, Activation activation, WeightInit init, Rng rng) {
        notNull(activation, "activation");
        notNull(init, "init");
        notNull(rng, "rng");
        if (inputs < 1 || width < 1 || depth < 1) {
            throw new IllegalArgumentException("a network needs inputs, width and depth of at least 1, not "
                    + inputs + ", " + width + ", " + depth);
        }
        List<Dense> layers = new ArrayList<>();
        int fanIn = inputs;
        for (int k = 0; k < depth; k++) {
            Matrix w = Matrix.gaussian(fanIn, width, init.stdFor(fanIn), rng); // W: (fanIn × width)
            layers.add(new Dense(w, Matrix.zeros(1, width), activation));
            fanIn = width;
        }
        return new DeepNetwork(layers);
    }

    public int depth() {
        return layers.size();
    }

    /** Runs x (samples × inputs) through every layer; returns each layer's output a₁ … a_L. */
    public List<Matrix> forward(Matrix x) {
        List<Matrix> outputs = new ArrayList<>();
        Matrix a = notNull(x, "x");
        for (Dense layer : layers) {
            a = layer.forward(a);
            outputs.add(a);
        }
        return outputs;
    }

    /**
     * Sends {@code upstream} = ∂L/∂a_L back through every layer, last to first. Afterwards each
     * layer holds its ∂L/∂z and ∂L/∂W (see {@link #layer}). Returns ∂L/∂x.
     */
    public Matrix backward(Matrix upstream) {
        Matrix g = notNull(upstream, "upstream");
        for (int k = layers.size() - 1; k >= 0; k--) g = layers.get(k).backward(g);
        return g;
    }

    /** Layer k, counting from 1 as the lesson does. */
    public Dense layer(int k) {
        if (k < 1 || k > layers.size()) throw new IllegalArgumentException("layer " + k + " does not exist: layers are 1 … " + layers.size());
        return layers.get(k - 1);
    }

    /** The Frobenius norm √(Σ mᵢⱼ²): one number for the size of a gradient. */
    public static double norm(Matrix m) {
        return Math.sqrt(notNull(m, "m").hadamard(m).sum());
    }
}
