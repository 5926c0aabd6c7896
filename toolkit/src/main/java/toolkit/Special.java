package toolkit;

/**
 * Special functions the JDK lacks. {@link #erf} is accurate to about 1e-15 (absolute), which is
 * what the exact GELU, x·Φ(x) = x·(1 + erf(x/√2))/2, and its gradient checks need.
 */
public final class Special {
    private Special() {}

    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    /** The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt. erf(NaN) is NaN. */
    public static double erf(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        if (x < 0) return -erf(-x);
        if (x > 6) return 1.0;
        if (x < 2.5) {
            // Maclaurin series: erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)); converges well here.
            double term = x;
            double sum = x;
            double x2 = x * x;
            for (int n = 1; n < 200; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
            }
            return TWO_OVER_SQRT_PI * sum;
        }
        return 1.0 - erfc(x);
    }

    /** The complementary error function erfc(x) = 1 − erf(x), accurate also where it is tiny. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        if (x < 2.5) return 1.0 - erf(x);
        // Continued fraction (Lentz): erfc(x) = e^(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))).
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 500; n++) {
            double a = n / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }

    /** The standard normal distribution function Φ(x) = (1 + erf(x/√2)) / 2. */
    public static double normalCdf(double x) {
        return x < -3 ? 0.5 * erfc(-x / Math.sqrt(2)) : 0.5 * (1 + erf(x / Math.sqrt(2)));
    }

    /** The standard normal density φ(x) = e^(−x²/2)/√(2π). */
    public static double normalPdf(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }
}
