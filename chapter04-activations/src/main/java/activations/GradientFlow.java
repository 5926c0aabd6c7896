package activations;

import static toolkit.Checks.notNull;

import toolkit.Matrix;
import toolkit.Rng;

/**
 * The vanishing-gradient experiment (기울기 소실): a network of {@value #DEPTH} layers of
 * {@value #WIDTH} units, one batch forward, one seeded upstream gradient backward, and the size of
 * the gradient that reaches each layer. Every network built here has the same weights (same seed,
 * same sizes) and sees the same batch and the same upstream gradient; only the activation, or the
 * initialisation, differs.
 */
public final class GradientFlow {
    private GradientFlow() {}

    public static final int DEPTH = 10;
    public static final int WIDTH = 100;
    public static final int SAMPLES = 100;
    static final long WEIGHT_SEED = 2024;
    static final long DATA_SEED = 4;

    /**
     * What reached each layer, layer 1 first.
     *
     * @param label           "sigmoid, Xavier 1/√n"
     * @param weightGradients ‖∂L/∂Wₖ‖ for k = 1 … DEPTH: the size of the update layer k would get
     * @param signalGradients ‖∂L/∂zₖ‖ for k = 1 … DEPTH: the gradient arriving at layer k's pre-activation
     */
    public record Result(String label, double[] weightGradients, double[] signalGradients) {
        public Result {
            notNull(label, "label");
            weightGradients = notNull(weightGradients, "weightGradients").clone();
            signalGradients = notNull(signalGradients, "signalGradients").clone();
        }

        @Override
        public double[] weightGradients() {
            return weightGradients.clone();
        }

        @Override
        public double[] signalGradients() {
            return signalGradients.clone();
        }
    }

    public static Result measure(Activation activation, WeightInit init) {
        notNull(activation, "activation");
        notNull(init, "init");
        DeepNetwork net = DeepNetwork.random(WIDTH, WIDTH, DEPTH, activation, init, new Rng(WEIGHT_SEED));
        Rng data = new Rng(DATA_SEED);
        Matrix x = Matrix.gaussian(SAMPLES, WIDTH, 1.0, data);                 // the batch: (samples × inputs)
        Matrix upstream = Matrix.gaussian(SAMPLES, WIDTH, 1.0 / SAMPLES, data); // ∂L/∂a₁₀, as a mean loss would send it
        net.forward(x);
        net.backward(upstream);
        double[] dW = new double[DEPTH];
        double[] dz = new double[DEPTH];
        for (int k = 1; k <= DEPTH; k++) {
            dW[k - 1] = DeepNetwork.norm(net.layer(k).dW());
            dz[k - 1] = DeepNetwork.norm(net.layer(k).dz());
        }
        return new Result(activation.name() + ", " + init.name(), dW, dz);
    }
}
