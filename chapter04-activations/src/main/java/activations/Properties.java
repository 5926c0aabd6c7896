package activations;

import static toolkit.Checks.notNull;

import java.util.Locale;

/**
 * The properties of an activation function, measured from its code rather than typed in: the
 * lesson's table is made of these numbers.
 *
 * <p>Everything is found on a grid of {@value #POINTS} points from −10 to 10 (step 0.001, with 0
 * exactly on it), plus f at ±10⁶ to see where the function is heading.
 *
 * @param name              the activation's name
 * @param range             the set of values f takes, as an interval: "(0, 1)", "[0, ∞)", "[−0.170, ∞)"
 * @param meanOutput        the mean of f(x) for x drawn from N(0, 1) (numerical integration on the grid)
 * @param zeroCentred       whether that mean is 0 (within 0.01): outputs balanced around zero
 * @param monotone          whether f never decreases along the grid
 * @param maxDerivative     the largest f'(x) on the grid
 * @param maxDerivativeAt   where on the grid f' reaches that value: "x = 0" or "on [0.001, 10]"
 * @param derivativeAtMinus5 f'(−5)
 * @param derivativeAtPlus5  f'(5)
 */
public record Properties(String name, String range, double meanOutput, boolean zeroCentred, boolean monotone,
                         double maxDerivative, String maxDerivativeAt, double derivativeAtMinus5, double derivativeAtPlus5) {

    static final int POINTS = 20_001;
    private static final double FAR = 1e6;

    /** Grid point i: −10, −9.999, …, 10, computed as (i − 10000)/1000 so that 0 is exactly on it. */
    static double gridX(int i) {
        return (i - (POINTS - 1) / 2) / 1000.0;
    }

    /** Measures f and f' of {@code a}. */
    public static Properties of(Activation a) {
        notNull(a, "a");
        double[] x = new double[POINTS];
        double[] f = new double[POINTS];
        double[] df = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = gridX(i);
            f[i] = a.value(x[i]);
            df[i] = a.derivative(x[i]);
        }

        // Range: the grid's extremes, and the far values f(±10⁶) for where f is heading.
        double gridMin = Double.POSITIVE_INFINITY;
        double gridMax = Double.NEGATIVE_INFINITY;
        for (double v : f) {
            gridMin = Math.min(gridMin, v);
            gridMax = Math.max(gridMax, v);
        }
        double farMin = Math.min(a.value(-FAR), a.value(FAR));
        double farMax = Math.max(a.value(-FAR), a.value(FAR));
        String lower;
        if (farMin < -1e3) {
            lower = "(−∞";
        } else {
            double bound = Math.min(gridMin, farMin);
            lower = (gridMin <= bound + 1e-12 ? "[" : "(") + number(bound); // "[" only if a finite x reaches it
        }
        String upper;
        if (farMax > 1e3) {
            upper = "∞)";
        } else {
            double bound = Math.max(gridMax, farMax);
            upper = number(bound) + (gridMax >= bound - 1e-12 ? "]" : ")");
        }

        // Mean output for x ~ N(0, 1): the trapezoid rule for ∫ f(x) φ(x) dx over the grid (φ is negligible beyond ±10).
        double mean = 0;
        for (int i = 0; i < POINTS - 1; i++) {
            double left = f[i] * toolkit.Special.normalPdf(x[i]);
            double right = f[i + 1] * toolkit.Special.normalPdf(x[i + 1]);
            mean += 0.5 * (left + right) * (x[i + 1] - x[i]);
        }

        boolean monotone = true;
        for (int i = 1; i < POINTS; i++) {
            if (f[i] < f[i - 1] - 1e-15) {
                monotone = false;
                break;
            }
        }

        double maxSlope = Double.NEGATIVE_INFINITY;
        for (double d : df) maxSlope = Math.max(maxSlope, d);
        int first = -1;
        int last = -1;
        for (int i = 0; i < POINTS; i++) {
            if (df[i] >= maxSlope - 1e-12) {
                if (first < 0) first = i;
                last = i;
            }
        }
        String where = first == last ? "x = " + number(x[first]) : "on [" + number(x[first]) + ", " + number(x[last]) + "]";

        return new Properties(a.name(), lower + ", " + upper, mean, Math.abs(mean) < 0.01, monotone,
                maxSlope, where, a.derivative(-5), a.derivative(5));
    }

    /** 0, 1, −1 for whole numbers; three decimals otherwise; the minus sign as the lesson prints it. */
    static String number(double v) {
        String s = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
        if (s.equals("-0") || s.equals("-0.000")) s = s.substring(1);
        return s.replace('-', '−');
    }
}
