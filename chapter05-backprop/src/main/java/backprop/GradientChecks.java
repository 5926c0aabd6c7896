package backprop;

import java.util.ArrayList;
import java.util.List;
import toolkit.Checks;
import toolkit.Matrix;

/** The gradient check of a whole network: backprop's gradient beside the numerical one, parameter by parameter. */
public final class GradientChecks {
    private GradientChecks() {}

    /** The step of the central differences: small enough for an O(h²) error of about 1e-10, large enough to stay clear of rounding. */
    public static final double H = 1e-5;

    /**
     * How well backprop and central differences agree on one parameter matrix.
     *
     * @param name                  "W1"
     * @param entries               how many numbers it has
     * @param maxRelativeError      the largest |a − n| / max(|a|, |n|, 1e-12) over its entries
     * @param maxAbsoluteDifference the largest |a − n|
     * @param smallestGradient      the smallest |a| (tiny gradients are where relative errors grow)
     */
    public record ParameterCheck(String name, int entries, double maxRelativeError, double maxAbsoluteDifference,
                                 double smallestGradient) {}

    /** Compares the gradients of every parameter of {@code net} on one batch. */
    public static List<ParameterCheck> check(TwoLayerNet net, Matrix x, int[] labels) {
        Checks.notNull(net, "net");
        Checks.notNull(x, "x");
        Checks.notNull(labels, "labels");
        Backprop.lossAndGradients(net, x, labels);
        List<Matrix> analytic = new ArrayList<>();
        for (Parameter p : net.parameters()) analytic.add(p.grad().copy());
        List<ParameterCheck> out = new ArrayList<>();
        List<Parameter> params = net.parameters();
        for (int k = 0; k < params.size(); k++) {
            Parameter p = params.get(k);
            Matrix numerical = GradientCheck.numericalGradient(() -> net.loss(x, labels), p.value(), H);
            out.add(compare(p.name(), analytic.get(k), numerical));
        }
        return out;
    }

    /** The largest relative error and absolute difference between two gradients of one parameter. */
    public static ParameterCheck compare(String name, Matrix analytic, Matrix numerical) {
        Checks.notNull(analytic, "analytic");
        Checks.notNull(numerical, "numerical");
        analytic.sameShape(numerical, "compare the gradients of " + name + ":");
        double maxRel = 0;
        double maxAbs = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < analytic.rows(); r++) {
            for (int c = 0; c < analytic.cols(); c++) {
                double a = analytic.get(r, c);
                double n = numerical.get(r, c);
                maxRel = Math.max(maxRel, GradientCheck.relativeError(a, n));
                maxAbs = Math.max(maxAbs, Math.abs(a - n));
                smallest = Math.min(smallest, Math.abs(a));
            }
        }
        return new ParameterCheck(name, analytic.rows() * analytic.cols(), maxRel, maxAbs, smallest);
    }

    /** The largest relative error over all parameters. */
    public static double worst(List<ParameterCheck> checks) {
        Checks.notNull(checks, "checks");
        double w = 0;
        for (ParameterCheck c : checks) w = Math.max(w, c.maxRelativeError());
        return w;
    }
}
