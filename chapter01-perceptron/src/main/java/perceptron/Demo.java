package perceptron;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import toolkit.Datasets;
import toolkit.LabeledData;
import toolkit.Plots;
import toolkit.Terminal;
import toolkit.TextPlot;

/**
 * The chapter's story in the terminal: a perceptron learns AND and OR, and never learns XOR.
 * Run it with {@code mvn -q compile exec:java} in this folder: on your code it stops at the
 * first unfinished exercise. Figures go to target/figures/.
 */
public final class Demo {
    static final double LEARNING_RATE = 0.1;
    static final int MAX_EPOCHS = 100;

    private Demo() {}

    public static void main(String[] args) {
        Terminal.runDemo(args, Demo::run);
    }

    static void run(PrintStream out, Path figures) {
        out.println("Chapter 1 · The step perceptron (퍼셉트론)");
        out.println("Learning rule: w ← w + η(y − ŷ)x, b ← b + η(y − ŷ), η = " + LEARNING_RATE
                + ", from zero weights, at most " + MAX_EPOCHS + " epochs.");

        Map<String, double[]> mistakeCurves = new LinkedHashMap<>();
        int step = 1;
        for (LabeledData gate : new LabeledData[] {Datasets.and(), Datasets.or(), Datasets.xor()}) {
            out.println();
            out.println(step++ + ". " + gate.name());
            TrainingResult r = LearningRule.train(gate, LEARNING_RATE, MAX_EPOCHS);
            Perceptron p = r.perceptron();
            if (r.converged()) {
                out.println("   converged after " + r.epochs() + " epochs; mistakes per epoch: " + list(r.mistakesPerEpoch(), 20));
            } else {
                int fewest = java.util.Arrays.stream(r.mistakesPerEpoch()).min().orElse(-1);
                out.println("   did NOT converge in " + r.epochs() + " epochs; mistakes per epoch: " + list(r.mistakesPerEpoch(), 12));
                out.println("   fewest mistakes in any epoch: " + fewest + " (never 0: no line separates XOR's 1s from its 0s)");
            }
            out.println("   w = (" + num(p.weight(1)) + ", " + num(p.weight(2)) + "), b = " + num(p.bias())
                    + "   boundary: " + num(p.weight(1)) + "·x₁ " + signed(p.weight(2)) + "·x₂ " + signed(p.bias()) + " = 0");
            out.println("   x₁ x₂ │ y ŷ");
            for (int i = 0; i < gate.size(); i++) {
                double[] x = gate.input(i);
                int yHat = Neuron.predict(p, x);
                out.println("    " + (int) x[0] + "  " + (int) x[1] + " │ " + gate.label(i) + " " + yHat
                        + (yHat == gate.label(i) ? "" : "   ← wrong"));
            }
            out.print(Terminal.indent(TextPlot.decisionMap(gate, x -> Neuron.predict(p, x), 25, 13), "   "));
            XYChart chart = Plots.decisionMap(gate.name() + (r.converged() ? " learned in " + r.epochs() + " epochs"
                    : ": no line after " + r.epochs() + " epochs"), gate, x -> Neuron.predict(p, x), new double[] {-0.5, 1.5, -0.5, 1.5});
            if (p.weight(1) != 0 || p.weight(2) != 0) Plots.addLine(chart, "w₁x₁ + w₂x₂ + b = 0", p.weight(1), p.weight(2), p.bias());
            out.println("   figure: " + Plots.savePng(chart, figures.resolve(gate.name().toLowerCase(Locale.ROOT) + ".png")));
            double[] curve = new double[r.epochs()];
            for (int e = 0; e < curve.length; e++) curve[e] = r.mistakesPerEpoch()[e];
            mistakeCurves.put(gate.name(), curve);
        }
        out.println();
        XYChart curves = Plots.lines("Mistakes per epoch (η = " + LEARNING_RATE + ")", "epoch", "mistakes", mistakeCurves, false);
        out.println("Mistakes per epoch for all three: " + Plots.savePng(curves, figures.resolve("mistakes-per-epoch.png")));
    }

    private static String list(int[] xs, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(xs.length, max); i++) s.append(i == 0 ? "" : " ").append(xs[i]);
        if (xs.length > max) s.append(" … (").append(xs.length).append(" epochs)");
        return s.toString();
    }

    private static String num(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        return s.equals("-0.00") ? "0.00" : s;
    }

    /** "+ 0.20" or "− 0.20", to continue a sum. */
    private static String signed(double x) {
        String n = num(Math.abs(x));
        return (x < 0 && !n.equals("0.00") ? "− " : "+ ") + n;
    }
}
