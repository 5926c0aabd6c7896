package activations;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import toolkit.Matrix;
import toolkit.Plots;
import toolkit.Rng;
import toolkit.Terminal;

/**
 * The chapter's story in the terminal: why activations must bend, what each one looks like, their
 * properties measured from the code, softmax at the output, gradients vanishing through a deep stack
 * of sigmoids, and how the first weights decide what the layers see. Run it with
 * {@code mvn -q compile exec:java} in this folder: on your code it stops at the first unfinished
 * exercise. Figures go to target/figures/.
 */
public final class Demo {
    private Demo() {}

    /** The layers whose activations the histogram figures show. */
    static final int[] HISTOGRAM_LAYERS = {1, 4, 7, 10};

    public static void main(String[] args) {
        Terminal.runDemo(args, Demo::run);
    }

    static void run(PrintStream out, Path figures) {
        run(out, figures, Cost.Budget.DEMO);
    }

    /** The whole demo, timing the functions with {@code budget} (a test uses a small one). */
    static void run(PrintStream out, Path figures, Cost.Budget budget) {
        out.println("Chapter 4 · Activation functions (활성화 함수)");
        linearLayersCollapse(out);
        functions(out, figures);
        propertiesTable(out, budget);
        softmax(out);
        vanishingGradients(out, figures);
        initialisation(out, figures);
    }

    // ---- 1. Without a non-linearity, two layers are one ----

    static void linearLayersCollapse(PrintStream out) {
        out.println();
        out.println("1. Two linear layers are one linear layer");
        Rng rng = new Rng(1);
        Matrix x = Matrix.gaussian(5, 3, 1, rng);   // (5 samples × 3 inputs)
        Matrix w1 = Matrix.gaussian(3, 4, 1, rng);  // (3 × 4)
        Matrix b1 = Matrix.gaussian(1, 4, 1, rng);
        Matrix w2 = Matrix.gaussian(4, 2, 1, rng);  // (4 × 2)
        Matrix b2 = Matrix.gaussian(1, 2, 1, rng);
        Matrix twoLayers = x.times(w1).plus(b1).times(w2).plus(b2);
        Matrix w = w1.times(w2);                     // (3 × 2): one layer with W = W1·W2
        Matrix b = b1.times(w2).plus(b2);            // and b = b1·W2 + b2
        Matrix oneLayer = x.times(w).plus(b);
        out.println("   (x·W1 + b1)·W2 + b2 versus x·(W1·W2) + (b1·W2 + b2), 5 seeded samples: largest difference "
                + sci(twoLayers.maxAbsDifference(oneLayer)) + " (rounding only)");
        // An affine map g satisfies g(u + v) = g(u) + g(v) − g(0); a ReLU between the layers breaks it.
        Matrix u = Matrix.gaussian(1, 3, 1, rng);
        Matrix v = Matrix.gaussian(1, 3, 1, rng);
        Matrix zero = Matrix.zeros(1, 3);
        UnaryOperator<Matrix> linear = in -> in.times(w1).plus(b1).times(w2).plus(b2);
        UnaryOperator<Matrix> bent = in -> in.times(w1).plus(b1).map(Activations::relu).times(w2).plus(b2);
        out.println("   g(u + v) − g(u) − g(v) + g(0), largest entry: " + sci(affineResidual(linear, u, v, zero))
                + " without an activation, " + num(affineResidual(bent, u, v, zero)) + " with ReLU between the layers");
    }

    private static double affineResidual(UnaryOperator<Matrix> g, Matrix u, Matrix v, Matrix zero) {
        Matrix r = g.apply(u.plus(v)).minus(g.apply(u)).minus(g.apply(v)).plus(g.apply(zero));
        return r.maxAbsDifference(Matrix.zeros(r.rows(), r.cols()));
    }

    // ---- 2. The functions and their derivatives ----

    static void functions(PrintStream out, Path figures) {
        out.println();
        out.println("2. The functions and their derivatives on [−5, 5] (figures), checked against central differences");
        double[] xs = plotGrid();
        List<XYChart> charts = new ArrayList<>();
        for (Activation a : Activation.all()) {
            Map<String, double[]> series = new LinkedHashMap<>();
            series.put(a.name() + "(x)", apply(a.f(), xs));
            series.put(a.name() + "'(x)", apply(a.df(), xs));
            String title = a.name() + (a == Activation.LEAKY_RELU ? " (α = " + Activation.LEAKY_ALPHA + ")"
                    : a == Activation.ELU ? " (α = " + Properties.number(Activation.ELU_ALPHA) + ")" : "") + " and its derivative";
            XYChart chart = Charts.lines(title, "x", "", xs, series);
            Path file = Plots.savePng(chart, figures.resolve(fileName(a) + ".png"));
            charts.add(chart);
            out.println(String.format(Locale.ROOT, "   %-10s  largest |f'(x) − (f(x+h) − f(x−h))/2h| for |x| ≥ 0.01 on the grid: %-8s  %s",
                    a.name(), sci(derivativeCheck(a)), file));
        }
        out.println("   all eight: " + Plots.savePng(Plots.grid(charts, 2, 4), figures.resolve("functions.png")));
        out.println("   σ'(0) = " + num(Activations.sigmoidDerivative(0)) + ", σ'(2) = " + num(Activations.sigmoidDerivative(2))
                + ";  tanh'(0) = " + num(Activations.tanhDerivative(0)) + ", tanh'(1) = " + num(Activations.tanhDerivative(1)));

        Map<String, double[]> slopes = new LinkedHashMap<>();
        for (Activation a : List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU)) slopes.put(a.name() + "'(x)", apply(a.df(), xs));
        out.println("   σ', tanh' and ReLU' on one chart: "
                + Plots.savePng(Charts.lines("Derivatives: σ' ≤ 0.25, tanh' ≤ 1, ReLU' ∈ {0, 1}", "x", "f'(x)", xs, slopes),
                        figures.resolve("derivatives.png")));

        double worst = 0;
        double worstAt = 0;
        for (int i = 0; i < Properties.POINTS; i++) {
            double x = Properties.gridX(i);
            double d = Math.abs(Activations.gelu(x) - Activations.geluTanh(x));
            if (d > worst) {
                worst = d;
                worstAt = x;
            }
        }
        out.println("   GELU: the tanh approximation differs from x·Φ(x) by at most " + sci(worst) + " (at x = " + num(worstAt)
                + ", grid of " + Properties.POINTS + " points on [−10, 10])");
        double[] gap = new double[xs.length];
        for (int i = 0; i < xs.length; i++) gap[i] = Activations.gelu(xs[i]) - Activations.geluTanh(xs[i]);
        XYChart difference = Charts.lines("GELU: exact x·Φ(x) minus the tanh approximation", "x", "x·Φ(x) − geluTanh(x)",
                xs, Map.of("x·Φ(x) − geluTanh(x)", gap));
        difference.getStyler().setYAxisDecimalPattern("0.0000");
        out.println("   the difference, drawn: " + Plots.savePng(difference, figures.resolve("gelu-approximation.png")));
    }

    /**
     * x from −5 to 5 in steps of 0.025, plus ±10⁻⁹ around the kink at 0, so that jumps (the step,
     * ReLU') are drawn upright. (The uneven spacing also keeps XChart from putting its axis ticks
     * on every n-th data point.)
     */
    static double[] plotGrid() {
        double[] xs = new double[403];
        int j = 0;
        for (int i = 0; i <= 400; i++) {
            double x = (i - 200) / 40.0;
            if (i == 200) xs[j++] = -1e-9;
            xs[j++] = x;
            if (i == 200) xs[j++] = 1e-9;
        }
        return xs;
    }

    /** The largest gap between f' and a central difference of f (h = 1e-5), on the grid, away from the kink at 0. */
    static double derivativeCheck(Activation a) {
        double h = 1e-5;
        double worst = 0;
        for (int i = 0; i < Properties.POINTS; i++) {
            double x = Properties.gridX(i);
            if (Math.abs(x) < 0.01) continue;
            double numeric = (a.value(x + h) - a.value(x - h)) / (2 * h);
            worst = Math.max(worst, Math.abs(a.derivative(x) - numeric));
        }
        return worst;
    }

    // ---- 3. The properties table ----

    static void propertiesTable(PrintStream out, Cost.Budget budget) {
        out.println();
        out.println("3. Properties, measured from the code (grid of " + Properties.POINTS + " points on [−10, 10]; mean output for x ~ N(0, 1);"
                + " cost: median of " + budget.timedRuns() + " timed runs of about " + num0(budget.runMillis()) + " ms each, after a "
                + num0(budget.warmUpMillis()) + " ms warm-up, on this machine, now)");
        Map<String, Double> nanos = Cost.nanosPerEvaluation(11, budget);
        double relu = nanos.get(Activation.RELU.name());
        out.println(String.format(Locale.ROOT, "   %-11s %-13s %-19s %-8s %-20s %-10s %-9s %s",
                "function", "range", "zero-centred", "monotone", "largest f'", "f'(−5)", "f'(5)", "cost: ms per 10⁶ (× ReLU)"));
        for (Activation a : Activation.all()) {
            Properties p = Properties.of(a);
            double ns = nanos.get(a.name());
            out.println(String.format(Locale.ROOT, "   %-11s %-13s %-19s %-8s %-20s %-10s %-9s %6.2f (%5.1f×)",
                    p.name(), p.range(), (p.zeroCentred() ? "yes" : "no") + " (mean " + Properties.number(p.meanOutput()) + ")",
                    p.monotone() ? "yes" : "no", Properties.number(p.maxDerivative()) + " " + p.maxDerivativeAt(),
                    sig(p.derivativeAtMinus5()), sig(p.derivativeAtPlus5()), ns, ns / relu));
        }
        for (String extra : List.of("GELU (tanh approx.)", Cost.STEP_SORTED)) {
            double ns = nanos.get(extra);
            out.println(String.format(Locale.ROOT, "   %-85s %6.2f (%5.1f×)", extra, ns, ns / relu));
        }
    }

    // ---- 4. Softmax at the output ----

    static void softmax(PrintStream out) {
        out.println();
        out.println("4. Softmax (소프트맥스): scores to probabilities");
        double[] z = {2.0, 1.0, 0.1};
        double[] p = Softmax.softmax(z);
        out.println("   z = " + vector(z) + "  →  softmax " + vector(p) + ", sum " + num(sum(p)));
        double[] shifted = {1002.0, 1001.0, 1000.1};
        out.println("   z + 1000 = " + vector(shifted) + "  →  softmax " + vector(Softmax.softmax(shifted))
                + " (the same: a constant added to every score cancels)");
        out.println("   e^x overflows to Infinity above x = ln(Double.MAX_VALUE) = " + num(Math.log(Double.MAX_VALUE))
                + ": Math.exp(709) = " + sci(Math.exp(709)) + ", Math.exp(710) = " + num(Math.exp(710)));
        double[] big = {1000, 1000};
        out.println("   z = [1000, 1000]: e^z / Σ e^z without subtracting the max gives " + vector(naiveSoftmax(big))
                + " (e^1000 is Infinity); with it, " + vector(Softmax.softmax(big)));
        double[] far = {1000, -1000};
        out.println("   z = [1000, −1000]: log(softmax(z)) = " + vector(log(Softmax.softmax(far)))
                + ", but log-softmax = " + vector(Softmax.logSoftmax(far)));
        out.println("   two classes: softmax([a, b])₀ = σ(a − b): softmax([1.5, −0.5])₀ = " + num(Softmax.softmax(new double[] {1.5, -0.5})[0])
                + ", σ(2) = " + num(Activations.sigmoid(2)));
        out.println("   inference: argmax of " + vector(p) + " is class " + Prediction.argmax(p) + " (as for the scores, class "
                + Prediction.argmax(z) + "); one-hot " + vector(Prediction.oneHot(p)));
    }

    /** The textbook formula without the max trick, to show what it does at 1000. Never use it. */
    static double[] naiveSoftmax(double[] z) {
        double sum = 0;
        for (double zi : z) sum += Math.exp(zi);
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i]) / sum;
        return p;
    }

    // ---- 5. Vanishing gradients ----

    static void vanishingGradients(PrintStream out, Path figures) {
        out.println();
        out.println("5. Vanishing gradients (기울기 소실)");
        double[] chain = SigmoidChain.gradients(new double[GradientFlow.DEPTH], 1.0);
        out.println("   a chain of " + GradientFlow.DEPTH + " sigmoids at z = 0, where σ' is largest (0.25): ∂L/∂z₁ = "
                + sci(chain[0]) + " = 0.25^" + GradientFlow.DEPTH + " (" + sci(Math.pow(0.25, GradientFlow.DEPTH)) + ")");
        List<GradientFlow.Result> results = List.of(
                GradientFlow.measure(Activation.SIGMOID, WeightInit.XAVIER),
                GradientFlow.measure(Activation.TANH, WeightInit.XAVIER),
                GradientFlow.measure(Activation.RELU, WeightInit.XAVIER),
                GradientFlow.measure(Activation.RELU, WeightInit.HE));
        out.println("   " + GradientFlow.DEPTH + " layers × " + GradientFlow.WIDTH + " units, " + GradientFlow.SAMPLES
                + " seeded samples, the same weights and the same upstream gradient for each; ‖∂L/∂Wₖ‖ per layer:");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "   %-6s", "layer"));
        for (GradientFlow.Result r : results) head.append(String.format(Locale.ROOT, " %-22s", r.label()));
        out.println(head);
        for (int k = 1; k <= GradientFlow.DEPTH; k++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "   %-6d", k));
            for (GradientFlow.Result r : results) row.append(String.format(Locale.ROOT, " %-22s", sci(r.weightGradients()[k - 1])));
            out.println(row);
        }
        StringBuilder ratio = new StringBuilder(String.format(Locale.ROOT, "   %-6s", "10 ÷ 1"));
        for (GradientFlow.Result r : results) {
            double[] g = r.weightGradients();
            ratio.append(String.format(Locale.ROOT, " %-22s", sci(g[GradientFlow.DEPTH - 1] / g[0])));
        }
        out.println(ratio);
        out.println("   the gradient reaching the pre-activations, ‖∂L/∂zₖ‖, at layer 1 and layer 10:");
        for (GradientFlow.Result r : results) {
            double[] g = r.signalGradients();
            out.println(String.format(Locale.ROOT, "     %-22s layer 1: %-10s layer 10: %-10s per layer back: × %s", r.label(),
                    sci(g[0]), sci(g[GradientFlow.DEPTH - 1]), num(Math.pow(g[0] / g[GradientFlow.DEPTH - 1], 1.0 / (GradientFlow.DEPTH - 1)))));
        }
        double sigmoid = results.get(0).weightGradients()[0];
        double relu = results.get(2).weightGradients()[0];
        out.println("   at layer 1 the sigmoid network's gradient is " + sci(relu / sigmoid) + " times smaller than the ReLU network's");
        Map<String, double[]> series = new LinkedHashMap<>();
        for (GradientFlow.Result r : results) series.put(r.label(), r.weightGradients());
        XYChart chart = Plots.lines("Gradient reaching each layer (" + GradientFlow.DEPTH + " layers × " + GradientFlow.WIDTH + ")",
                "layer k (1 = first, next to the input)", "‖∂L/∂Wₖ‖ (log scale)", series, true);
        out.println("   figure: " + Plots.savePng(chart, figures.resolve("vanishing-gradients.png")));
    }

    // ---- 6. Initialisation ----

    static void initialisation(PrintStream out, Path figures) {
        out.println();
        out.println("6. Weight initialisation (가중치 초기화): the standard deviation of each layer's activations ("
                + LayerActivations.DEPTH + " layers × " + LayerActivations.WIDTH + ", " + LayerActivations.SAMPLES + " samples)");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "   %-24s", ""));
        for (int k = 1; k <= LayerActivations.DEPTH; k++) head.append(String.format(Locale.ROOT, " %-8s", "layer " + k));
        head.append("  layer 10: share of the variance that changes with the input; saturation");
        out.println(head);
        for (Activation a : List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU)) {
            List<CategoryChart> charts = new ArrayList<>();
            for (WeightInit init : WeightInit.all()) {
                List<double[]> layers = LayerActivations.perLayer(a, init);
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "   %-24s", a.name() + ", " + init.name()));
                for (double[] values : layers) row.append(String.format(Locale.ROOT, " %-8s", sig(LayerActivations.std(values))));
                double[] last = layers.get(layers.size() - 1);
                row.append("  ").append(String.format(Locale.ROOT, "%-7s", percent(LayerActivations.sampleShare(last, LayerActivations.WIDTH))))
                        .append(" ").append(verdict(a, last));
                out.println(row);
                for (int k : HISTOGRAM_LAYERS) {
                    double[] values = layers.get(k - 1);
                    charts.add(Plots.histogram(a.name() + ", " + init.name() + ": layer " + k,
                            "a   std " + sig(LayerActivations.std(values)), values, 30));
                }
            }
            BufferedImage grid = Plots.grid(charts, WeightInit.all().size(), HISTOGRAM_LAYERS.length);
            out.println("   figure: " + Plots.savePng(grid, figures.resolve("init-" + fileName(a) + ".png")));
        }
    }

    /** What layer 10's activations look like, in words, with the number behind them. */
    static String verdict(Activation a, double[] values) {
        if (a == Activation.SIGMOID) {
            double saturated = LayerActivations.fractionNear(values, 0, 0.01) + LayerActivations.fractionNear(values, 1, 0.01);
            return percent(saturated) + " saturated (within 0.01 of 0 or 1)";
        }
        if (a == Activation.TANH) {
            double saturated = LayerActivations.fractionNear(values, 1, 0.01) + LayerActivations.fractionNear(values, -1, 0.01);
            return percent(saturated) + " saturated (within 0.01 of ±1)";
        }
        return percent(LayerActivations.fractionNear(values, 0, 0)) + " exactly 0";
    }

    // ---- small helpers ----

    static String fileName(Activation a) {
        return a.name().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static double[] apply(DoubleUnaryOperator f, double[] xs) {
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) ys[i] = f.applyAsDouble(xs[i]);
        return ys;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    private static double[] log(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Math.log(v[i]);
        return out;
    }

    private static String vector(double[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) s.append(i == 0 ? "" : ", ").append(num(v[i]));
        return s.append(']').toString();
    }

    /** Four decimals, or a plain word for the special values. */
    static String num(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "−Infinity";
        String s = String.format(Locale.ROOT, "%.4f", x);
        if (s.equals("-0.0000")) s = "0.0000";
        return s.replace('-', '−');
    }

    /** Three significant digits in scientific notation: 9.54e-07. */
    static String sci(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }

    /** Three significant digits, plain when that is short. */
    static String sig(double x) {
        if (x == 0) return "0";
        double ax = Math.abs(x);
        String s = ax >= 1e-3 && ax < 1e4 ? String.format(Locale.ROOT, "%.3g", x) : String.format(Locale.ROOT, "%.2e", x);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    private static String num0(double x) {
        return String.format(Locale.ROOT, "%.0f", x);
    }

    private static String percent(double f) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * f);
    }
}
