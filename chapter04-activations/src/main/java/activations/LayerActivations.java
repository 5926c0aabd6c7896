package activations;

import static toolkit.Checks.notNull;

import java.util.ArrayList;
import java.util.List;
import toolkit.Matrix;
import toolkit.Rng;

/**
 * The initialisation experiment (가중치 초기화): a batch of standard-normal inputs through
 * {@value #DEPTH} layers of {@value #WIDTH} units, and every activation value each layer produces.
 * The weights for a given rule come from the same seed whatever the activation.
 */
public final class LayerActivations {
    private LayerActivations() {}

    public static final int DEPTH = 10;
    public static final int WIDTH = 100;
    public static final int SAMPLES = 200;
    static final long WEIGHT_SEED = 77;
    static final long DATA_SEED = 7;

    /** Layer k's outputs (all samples, all units) at index k − 1. */
    public static List<double[]> perLayer(Activation activation, WeightInit init) {
        notNull(activation, "activation");
        notNull(init, "init");
        DeepNetwork net = DeepNetwork.random(WIDTH, WIDTH, DEPTH, activation, init, new Rng(WEIGHT_SEED));
        Matrix x = Matrix.gaussian(SAMPLES, WIDTH, 1.0, new Rng(DATA_SEED));
        List<double[]> values = new ArrayList<>();
        for (Matrix a : net.forward(x)) values.add(flatten(a));
        return values;
    }

    static double[] flatten(Matrix m) {
        double[] out = new double[m.rows() * m.cols()];
        for (int r = 0; r < m.rows(); r++) System.arraycopy(m.row(r), 0, out, r * m.cols(), m.cols());
        return out;
    }

    public static double mean(double[] v) {
        notNull(v, "v");
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    public static double std(double[] v) {
        double m = mean(notNull(v, "v"));
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / v.length);
    }

    /** The fraction of values with |a − target| ≤ tolerance: saturated at a bound, or dead at 0. */
    public static double fractionNear(double[] v, double target, double tolerance) {
        int n = 0;
        for (double x : notNull(v, "v")) if (Math.abs(x - target) <= tolerance) n++;
        return n / (double) v.length;
    }

    /**
     * How much of a layer's spread tells the samples apart: the mean over units of each unit's
     * variance across the samples, divided by the variance of all the values. 1 when every unit
     * has the same mean; near 0 when each unit sits at a fixed value of its own whatever the input.
     * {@code values} is a flattened (samples × units) matrix, one sample per row.
     */
    public static double sampleShare(double[] values, int units) {
        int samples = notNull(values, "values").length / units;
        double within = 0;
        for (int j = 0; j < units; j++) {
            double m = 0;
            for (int r = 0; r < samples; r++) m += values[r * units + j];
            m /= samples;
            double v = 0;
            for (int r = 0; r < samples; r++) v += (values[r * units + j] - m) * (values[r * units + j] - m);
            within += v / samples;
        }
        double total = std(values);
        return within / units / (total * total);
    }
}
