package activations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import toolkit.Rng;

/**
 * How long each activation takes, measured: the same inputs through each function, timed after a
 * warm-up (so the JIT compiler has compiled the loop), the median of several runs. The numbers
 * depend on the machine, the JDK and what else runs; the ratios to ReLU are what to read.
 *
 * <p>Each function gets a loop of its own that calls it directly, so the timing is of the function,
 * not of a shared call site that has to dispatch between eight functions.
 */
public final class Cost {
    private Cost() {}

    /** Inputs per run, drawn uniformly from [−5, 5]. */
    static final int INPUTS = 200_000;
    static final int WARM_UP_RUNS = 5;
    static final int TIMED_RUNS = 9;

    /** Each activation's loop: f applied to every input, summed so the JIT cannot drop the work. */
    private static Map<String, ToDoubleFunction<double[]>> loops() {
        Map<String, ToDoubleFunction<double[]>> loops = new LinkedHashMap<>();
        loops.put(Activation.STEP.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.step(x);
            return s;
        });
        loops.put(Activation.SIGMOID.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.sigmoid(x);
            return s;
        });
        loops.put(Activation.TANH.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.tanh(x);
            return s;
        });
        loops.put(Activation.RELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.relu(x);
            return s;
        });
        loops.put(Activation.LEAKY_RELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.leakyRelu(x, Activation.LEAKY_ALPHA);
            return s;
        });
        loops.put(Activation.ELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.elu(x, Activation.ELU_ALPHA);
            return s;
        });
        loops.put(Activation.GELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.gelu(x);
            return s;
        });
        loops.put("GELU (tanh approx.)", xs -> {
            double s = 0;
            for (double x : xs) s += Activations.geluTanh(x);
            return s;
        });
        loops.put(Activation.SILU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.silu(x);
            return s;
        });
        return loops;
    }

    /**
     * Nanoseconds per evaluation (the median over the timed runs) for each activation, by name, in
     * the lesson's order, plus "GELU (tanh approx.)".
     */
    public static Map<String, Double> nanosPerEvaluation(long seed) {
        Rng rng = new Rng(seed);
        double[] xs = new double[INPUTS];
        for (int i = 0; i < INPUTS; i++) xs[i] = rng.uniform(-5, 5);
        Map<String, Double> result = new LinkedHashMap<>();
        double sink = 0;
        for (Map.Entry<String, ToDoubleFunction<double[]>> e : loops().entrySet()) {
            ToDoubleFunction<double[]> loop = e.getValue();
            for (int r = 0; r < WARM_UP_RUNS; r++) sink += loop.applyAsDouble(xs);
            long[] times = new long[TIMED_RUNS];
            for (int r = 0; r < TIMED_RUNS; r++) {
                long start = System.nanoTime();
                sink += loop.applyAsDouble(xs);
                times[r] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            result.put(e.getKey(), times[TIMED_RUNS / 2] / (double) INPUTS);
        }
        if (Double.isNaN(sink)) throw new IllegalStateException("an activation returned NaN for an input in [−5, 5]");
        return result;
    }
}
