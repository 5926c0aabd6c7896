package mlp;

import java.awt.BasicStroke;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import toolkit.Datasets;
import toolkit.LabeledData;
import toolkit.Matrix;
import toolkit.Plots;
import toolkit.Rng;
import toolkit.Terminal;
import toolkit.TextPlot;

/**
 * The chapter's story in the terminal: a forward pass in matrix form, why layers need an activation,
 * and XOR, which one sigmoid unit cannot learn and a network with a hidden layer can. Run it with
 * {@code mvn -q compile exec:java} in this folder: on your code it stops at the first unfinished
 * exercise. Figures go to target/figures/.
 */
public final class Demo {
    /** The learning rate η of both XOR trainings. */
    static final double LEARNING_RATE = 2.0;
    /** Gradient-descent steps of the demo's two XOR trainings. */
    static final int STEPS = 10_000;
    /** The starting weights: N(0, 1), biases 0, from these seeds. */
    static final double INIT_STD = 1.0;
    static final long SINGLE_SEED = 1;
    static final long HIDDEN_SEED = 2;
    /** The survey of starting points for the 2-2-1 network: how many seeds, how many steps each. */
    static final int SURVEY_SEEDS = 100;
    static final int SURVEY_STEPS = 2_000;
    /** Steps trained on throw-away copies before the timed runs. */
    static final int WARM_UP = 2_000;

    private Demo() {}

    public static void main(String[] args) {
        Terminal.runDemo(args, (out, figures) -> run(out, figures, STEPS, SURVEY_SEEDS));
    }

    static void run(PrintStream out, Path figures, int steps, int surveySeeds) {
        out.println("Chapter 3 · The multi-layer perceptron (다층 퍼셉트론)");
        workedExample(out);
        collapse(out);

        LabeledData xor = Datasets.xor();
        Matrix x = Training.inputs(xor);
        Matrix y = Training.targets(xor);
        out.println();
        out.println("3. XOR, trained by gradient descent on the binary cross-entropy: η = " + LEARNING_RATE + ", " + steps
                + " steps, every derivative a central difference with h = " + Training.H + ",");
        out.println("   starting weights N(0, " + INIT_STD + "²) and biases 0.");

        Network single = Network.random(new Rng(SINGLE_SEED), INIT_STD, 2, 1);
        Network hidden = Network.random(new Rng(HIDDEN_SEED), INIT_STD, 2, 2, 1);
        // Warm up the JIT compiler on copies, so the timings below measure the arithmetic, not the compiling.
        Training.train(single.copy(), x, y, LEARNING_RATE, Math.min(steps, WARM_UP));
        Training.train(hidden.copy(), x, y, LEARNING_RATE, Math.min(steps, WARM_UP));
        Run a = singleUnit(out, figures, single, xor, steps);
        Run b = hiddenLayer(out, figures, hidden, xor, steps);
        lossCurves(out, figures, a, b, steps);
        cost(out, a, b, steps);
        if (surveySeeds > 0) survey(out, x, y, xor, surveySeeds);
    }

    /** 3a: one sigmoid unit on XOR, its outputs, its loss, and the line its leftover weights draw. */
    private static Run singleUnit(PrintStream out, Path figures, Network single, LabeledData xor, int steps) {
        Matrix x = Training.inputs(xor);
        Run a = train(out, "3a. One sigmoid unit, 2-1 (no hidden layer)", single, x, Training.targets(xor), steps);
        double[] w = {single.weight(1).get(0, 0), single.weight(1).get(1, 0), single.bias(1).get(0, 0)};
        out.println("   ŷ = σ(" + sci(w[0]) + "·x₁ " + signedSci(w[1]) + "·x₂ " + signedSci(w[2]) + "): every weight has shrunk to rounding noise,");
        out.println("   so every output is σ(0) = 0.5 to " + digitsOfHalf(single.forward(x)) + " decimals, and the loss is ln 2 = " + num(Math.log(2), 6)
                + (a.losses[steps] == Math.log(2) ? " to the last bit of a double." : " (off by " + sci(a.losses[steps] - Math.log(2)) + ")."));
        out.println("   Which side of its line a point falls on is decided by that noise: the \"right\" answers above are luck.");
        textMap(out, xor, single);
        XYChart singleChart = Plots.decisionMap("One sigmoid unit on XOR: every output 0.5", xor, p -> classify(single, p), RANGE);
        if (w[0] != 0 || w[1] != 0) Plots.addLine(singleChart, "w₁x₁ + w₂x₂ + b = 0 (its only line)", w[0], w[1], w[2]);
        out.println("   figure: " + Plots.savePng(singleChart, figures.resolve("single-unit.png")));
        return a;
    }

    /** 3b: a 2-2-1 network on XOR, its hidden units' lines, and XOR as the output unit sees it. */
    private static Run hiddenLayer(PrintStream out, Path figures, Network hidden, LabeledData xor, int steps) {
        Matrix x = Training.inputs(xor);
        Run b = train(out, "3b. A hidden layer of 2 sigmoid units, 2-2-1", hidden, x, Training.targets(xor), steps);
        Matrix w1 = hidden.weight(1);
        Matrix b1 = hidden.bias(1);
        for (int j = 0; j < w1.cols(); j++) {
            out.println("   hidden unit h" + sub(j + 1) + " = σ(" + num(w1.get(0, j), 2) + "·x₁ " + signed(w1.get(1, j), 2) + "·x₂ "
                    + signed(b1.get(0, j), 2) + ")   fires (> 0.5) for " + firing(hidden, j, xor));
        }
        Matrix w2 = hidden.weight(2);
        out.println("   output ŷ = σ(" + num(w2.get(0, 0), 2) + "·h₁ " + signed(w2.get(1, 0), 2) + "·h₂ " + signed(hidden.bias(2).get(0, 0), 2) + ")");
        textMap(out, xor, hidden);
        XYChart hiddenChart = Plots.decisionMap("A hidden layer of 2 units: XOR learned", xor, p -> classify(hidden, p), RANGE);
        for (int j = 0; j < w1.cols(); j++) {
            Plots.addLine(hiddenChart, "hidden unit h" + sub(j + 1) + "'s line", w1.get(0, j), w1.get(1, j), b1.get(0, j));
        }
        out.println("   figure: " + Plots.savePng(hiddenChart, figures.resolve("hidden-layer.png")));
        LabeledData inHiddenSpace = hiddenSpace(hidden, xor);
        out.println("   the four inputs as the output unit sees them, (h₁, h₂):");
        for (int i = 0; i < xor.size(); i++) {
            double[] h = inHiddenSpace.input(i);
            out.println("     (" + (int) xor.input(i)[0] + ", " + (int) xor.input(i)[1] + ") → (" + num(h[0], 3) + ", " + num(h[1], 3)
                    + ")   y = " + xor.label(i));
        }
        out.println("   there one straight line separates the 1s from the 0s: the hidden layer made XOR linearly separable.");
        Network outputUnit = new Network(List.of(hidden.weight(2)), List.of(hidden.bias(2)));
        XYChart spaceChart = Plots.decisionMap("XOR in hidden space: one line suffices", inHiddenSpace,
                p -> classify(outputUnit, p), new double[] {-0.05, 1.05, -0.05, 1.05});
        spaceChart.setXAxisTitle("h₁");
        spaceChart.setYAxisTitle("h₂");
        Plots.addLine(spaceChart, "the output unit's line", w2.get(0, 0), w2.get(1, 0), hidden.bias(2).get(0, 0));
        out.println("   figure: " + Plots.savePng(spaceChart, figures.resolve("hidden-space.png")));
        return b;
    }

    /** 4: both loss curves on a log scale, with ln 2 for reference. */
    private static void lossCurves(PrintStream out, Path figures, Run a, Run b, int steps) {
        out.println();
        out.println("4. The loss, step by step");
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("one sigmoid unit (2-1)", Arrays.copyOfRange(a.losses, 1, a.losses.length));
        curves.put("hidden layer (2-2-1)", Arrays.copyOfRange(b.losses, 1, b.losses.length));
        double[] ln2 = new double[steps];
        Arrays.fill(ln2, Math.log(2));
        curves.put("ln 2", ln2);
        XYChart lossChart = Plots.lines("Binary cross-entropy on XOR (η = " + LEARNING_RATE + ")", "step (thousands)", "loss (log scale)", curves, true);
        double[] thousands = new double[steps];
        for (int s = 0; s < steps; s++) thousands[s] = (s + 1) / 1000.0; // XChart picks round ticks for 0 … 10, not for 0 … 10,000
        for (Map.Entry<String, double[]> curve : curves.entrySet()) {
            lossChart.updateXYSeries(curve.getKey(), thousands, curve.getValue(), null);
            lossChart.getSeriesMap().get(curve.getKey()).setMarker(SeriesMarkers.NONE); // 10,000 markers would hide the lines
        }
        lossChart.getSeriesMap().get("ln 2").setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
        lossChart.getStyler().setXAxisMin(0.0).setXAxisMax(steps / 1000.0);
        out.println("   the single unit falls from " + num(a.losses[0], 4) + " to ln 2 within " + firstWithin(a.losses, Math.log(2), 1e-4)
                + " steps (|loss − ln 2| < 1e-4) and stays; the 2-2-1 network passes 0.1 at step " + firstBelow(b.losses, 0.1)
                + " and 0.01 at step " + firstBelow(b.losses, 0.01) + ".");
        out.println("   figure: " + Plots.savePng(lossChart, figures.resolve("loss.png")));
    }

    /** 5: the wall time of the numerical-gradient training, and its count of forward passes. */
    private static void cost(PrintStream out, Run a, Run b, int steps) {
        out.println();
        out.println("5. What the numerical gradient costs (timed after a " + Math.min(steps, WARM_UP) + "-step warm-up run of each network)");
        for (Run r : new Run[] {a, b}) {
            out.println("   " + r.network + ": " + steps + " steps took " + String.format(Locale.ROOT, "%.3f s", r.seconds)
                    + " (" + String.format(Locale.ROOT, "%.1f µs", r.seconds * 1e6 / Math.max(1, steps)) + " per step), "
                    + Training.forwardPasses(r.network, steps) + " forward passes: 2 per parameter per step, plus 1 for the loss");
        }
        out.println("   The cost grows with the parameter count: a network with a million parameters would need two million forward");
        out.println("   passes for a single step. Chapter 5's backpropagation gets the same gradient from one forward and one backward pass.");
    }

    /** The 2-4-3 example of the source text, with its own inputs and weights. */
    static void workedExample(PrintStream out) {
        out.println();
        out.println("1. A forward pass in matrix form: 5 samples through a 2-4-3 sigmoid network, samples in rows");
        Matrix x = WorkedExample.x();
        Matrix w1 = WorkedExample.w1();
        Matrix b1 = WorkedExample.b1();
        Matrix w2 = WorkedExample.w2();
        Matrix b2 = WorkedExample.b2();
        Matrix a1 = Layers.dense(x, w1, b1, v -> v);
        Matrix z1 = a1.map(Network::sigmoid);
        Matrix a2 = Layers.dense(z1, w2, b2, v -> v);
        Matrix yOut = a2.map(Network::sigmoid);
        out.println("   a₁ = x·W₁ + b₁ : " + x.shape() + "·" + w1.shape() + " + " + b1.shape() + " = " + a1.shape());
        out.println("   z₁ = σ(a₁)     : " + z1.shape());
        out.println("   a₂ = z₁·W₂ + b₂: " + z1.shape() + "·" + w2.shape() + " + " + b2.shape() + " = " + a2.shape());
        out.println("   y  = σ(a₂)     : " + yOut.shape());
        printMatrix(out, "x", x, 0);
        printMatrix(out, "a₁", a1, 4);
        printMatrix(out, "z₁", z1, 6);
        printMatrix(out, "a₂", a2, 6);
        printMatrix(out, "y", yOut, 6);
        Matrix check = new Network(List.of(w1, w2), List.of(b1, b2)).forward(x);
        out.println("   Network.forward(x) gives the same y (largest difference " + check.maxAbsDifference(yOut) + ").");
        StringBuilder classes = new StringBuilder();
        for (int r = 0; r < yOut.rows(); r++) classes.append(r == 0 ? "" : ", ").append(yOut.argmaxOfRow(r));
        out.println("   the largest output of each row (the predicted class, 0-based): " + classes
                + ". These weights were made up, so that means nothing yet.");
        out.println("   parameters: 2·4 + 4 + 4·3 + 3 = " + Layers.parameterCount(2, 4, 3)
                + " (Layers.parameterCount(2, 4, 3)); the network holds " + new Network(List.of(w1, w2), List.of(b1, b2)).parameterCount() + " numbers.");
    }

    /** Two random linear layers and the single layer they amount to. */
    static void collapse(PrintStream out) {
        out.println();
        out.println("2. Without an activation, two layers are one");
        Rng rng = new Rng(3);
        Matrix w1 = Matrix.gaussian(2, 4, 1, rng);
        Matrix b1 = Matrix.gaussian(1, 4, 1, rng);
        Matrix w2 = Matrix.gaussian(4, 3, 1, rng);
        Matrix b2 = Matrix.gaussian(1, 3, 1, rng);
        Affine one = Layers.collapse(w1, b1, w2, b2);
        Matrix x = WorkedExample.x();
        Matrix twoLayers = x.times(w1).plus(b1).times(w2).plus(b2);
        out.println("   random W₁ (2×4), b₁ (1×4), W₂ (4×3), b₂ (1×3): 27 parameters; W = W₁·W₂ " + one.w().shape()
                + ", b = b₁·W₂ + b₂ " + one.b().shape() + ": 9 parameters");
        out.println("   on the 5 samples above, largest |(x·W₁ + b₁)·W₂ + b₂ − (x·W + b)| = " + sci(twoLayers.maxAbsDifference(one.forward(x))));
        out.println("   the hidden layer added 18 numbers and no power: it is the activation in between that makes depth worth having.");
    }

    private record Run(Network network, double[] losses, double seconds) {}

    private static Run train(PrintStream out, String title, Network network, Matrix x, Matrix y, int steps) {
        out.println();
        out.println(title + ": " + network);
        long start = System.nanoTime();
        double[] losses = Training.train(network, x, y, LEARNING_RATE, steps);
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder line = new StringBuilder("   loss: step 0 ").append(num(losses[0], 4));
        int every = steps >= 5000 ? 1000 : Math.max(1, steps / 5);
        for (int s = every; s <= steps; s += every) line.append(" │ ").append(s).append(" ").append(num(losses[s], 4));
        out.println(line);
        Matrix yHat = network.forward(x);
        int[] predicted = Predictions.predict(yHat);
        int[] labels = new int[predicted.length];
        for (int i = 0; i < labels.length; i++) labels[i] = (int) y.get(i, 0);
        out.println("   final loss " + num(losses[steps], 6) + ", accuracy " + num(Predictions.accuracy(predicted, labels), 2)
                + " (" + right(predicted, labels) + " of " + labels.length + "), trained in " + String.format(Locale.ROOT, "%.3f s", seconds));
        out.println("   x₁ x₂ │ y  ŷ          class");
        for (int i = 0; i < labels.length; i++) {
            out.println("    " + (int) x.get(i, 0) + "  " + (int) x.get(i, 1) + " │ " + labels[i] + "  " + num(yHat.get(i, 0), 6)
                    + "   " + predicted[i] + (predicted[i] == labels[i] ? "" : "  ← wrong"));
        }
        return new Run(network, losses, seconds);
    }

    /** How often a 2-2-1 network gets stuck: the same training from many starting points. */
    private static void survey(PrintStream out, Matrix x, Matrix y, LabeledData xor, int seeds) {
        out.println();
        out.println("6. Does the 2-2-1 network always learn XOR? The same training from seeds 1 … " + seeds + ", " + SURVEY_STEPS + " steps each");
        int solved = 0;
        Map<Integer, Integer> stuckByRight = new java.util.TreeMap<>();
        Map<Integer, double[]> lossRange = new java.util.TreeMap<>();
        StringBuilder stuck = new StringBuilder();
        long start = System.nanoTime();
        for (int seed = 1; seed <= seeds; seed++) {
            Network n = Network.random(new Rng(seed), INIT_STD, 2, 2, 1);
            double loss = Training.train(n, x, y, LEARNING_RATE, SURVEY_STEPS)[SURVEY_STEPS];
            int[] predicted = Predictions.predict(n.forward(x));
            int right = right(predicted, xor.labels());
            if (right == xor.size()) {
                solved++;
                continue;
            }
            stuckByRight.merge(right, 1, Integer::sum);
            double[] range = lossRange.computeIfAbsent(right, k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            range[0] = Math.min(range[0], loss);
            range[1] = Math.max(range[1], loss);
            if (stuck.length() < 50) stuck.append(stuck.length() == 0 ? "" : ", ").append(seed);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println("   " + solved + " of " + seeds + " reached 4/4 (" + String.format(Locale.ROOT, "%.1f s", seconds) + ").");
        if (solved < seeds) {
            out.println("   the other " + (seeds - solved) + " (seeds " + stuck + (stuck.length() >= 50 ? ", …" : "") + ") stalled:");
            for (Map.Entry<Integer, Integer> e : stuckByRight.entrySet()) {
                double[] r = lossRange.get(e.getKey());
                out.println("     " + e.getValue() + " with " + e.getKey() + " of 4 right, loss " + num(r[0], 4) + " … " + num(r[1], 4));
            }
            out.println("   ln 2 / 2 = " + num(Math.log(2) / 2, 4) + " is the loss of two points learned perfectly and two left at 0.5.");
            out.println("   Gradient descent only walks downhill from where it starts; wider hidden layers and other activations (chapter 4) help.");
        }
    }

    static final double[] RANGE = {-0.5, 1.5, -0.5, 1.5};

    private static int classify(Network network, double[] point) {
        return Predictions.predict(network.forward(Matrix.ofRow(point)))[0];
    }

    private static LabeledData hiddenSpace(Network network, LabeledData data) {
        Network firstLayer = new Network(List.of(network.weight(1)), List.of(network.bias(1)));
        return new LabeledData("XOR", firstLayer.forward(Training.inputs(data)).toArray(), data.labels());
    }

    private static String firing(Network network, int unit, LabeledData data) {
        Matrix h = new Network(List.of(network.weight(1)), List.of(network.bias(1))).forward(Training.inputs(data));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            if (h.get(i, unit) > 0.5) s.append(s.length() == 0 ? "" : " ").append("(").append((int) data.input(i)[0]).append(",").append((int) data.input(i)[1]).append(")");
        }
        return s.length() == 0 ? "none of the four inputs" : s.toString();
    }

    private static void textMap(PrintStream out, LabeledData data, Network network) {
        ToIntFunction<double[]> f = p -> classify(network, p);
        out.print(Terminal.indent(TextPlot.decisionMap(data, f, 25, 13), "   "));
    }

    private static void printMatrix(PrintStream out, String name, Matrix m, int decimals) {
        for (int r = 0; r < m.rows(); r++) {
            StringBuilder line = new StringBuilder(r == 0 ? String.format(Locale.ROOT, "   %-3s= [", name) : "        ");
            line.append('[');
            for (int c = 0; c < m.cols(); c++) {
                line.append(c == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%" + (decimals + 3) + "." + decimals + "f", m.get(r, c)));
            }
            line.append(']').append(r == m.rows() - 1 ? "]" : "");
            out.println(line);
        }
    }

    private static int right(int[] predicted, int[] labels) {
        int n = 0;
        for (int i = 0; i < labels.length; i++) if (predicted[i] == labels[i]) n++;
        return n;
    }

    private static String sub(int i) {
        return String.valueOf((char) ('₀' + i));
    }

    /** v with the given decimals, "−" for minus, and no "−0.00". */
    private static String num(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.matches("-0\\.0*")) return s.substring(1);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** "+ 0.20" or "− 0.20", to continue a sum. */
    private static String signed(double v, int decimals) {
        String n = num(Math.abs(v), decimals);
        return (v < 0 && !n.matches("0\\.0*") ? "− " : "+ ") + n;
    }

    /** How many decimals of 0.5 every entry shares: 0.50000000003 → 10. */
    private static int digitsOfHalf(Matrix m) {
        double worst = 0;
        for (int r = 0; r < m.rows(); r++) worst = Math.max(worst, Math.abs(m.get(r, 0) - 0.5));
        return worst == 0 ? 16 : (int) Math.floor(-Math.log10(2 * worst));
    }

    private static int firstWithin(double[] losses, double target, double tolerance) {
        int first = -1;
        for (int s = losses.length - 1; s >= 0 && Math.abs(losses[s] - target) < tolerance; s--) first = s;
        return first;
    }

    private static int firstBelow(double[] losses, double level) {
        for (int s = 0; s < losses.length; s++) if (losses[s] < level) return s;
        return -1;
    }

    private static String signedSci(double v) {
        return (v < 0 ? "− " : "+ ") + sci(Math.abs(v));
    }

    private static String sci(double v) {
        return String.format(Locale.ROOT, "%.1e", v);
    }
}
