package gates;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.knowm.xchart.XYChart;
import toolkit.LabeledData;
import toolkit.Plots;
import toolkit.Rng;
import toolkit.Terminal;
import toolkit.TextPlot;

/**
 * The chapter's story in the terminal: five gates, each one perceptron with hand-picked weights;
 * XOR, which no line can draw; XOR from two layers of gates; adders built from gates; and how few
 * truth tables one perceptron can compute. Run it with {@code mvn -q compile exec:java} in this
 * folder: on your code it stops at the first unfinished exercise. Figures go to target/figures/.
 */
public final class Demo {
    /** The plotted square: the unit square with half a unit of margin. */
    static final double[] RANGE = {-0.5, 1.5, -0.5, 1.5};
    /** How many random lines the demo tries on XOR, and their seed. */
    static final int RANDOM_LINES = 100_000;
    static final long SEED = 2;
    /** The n = 4 count runs only when a sample says it takes less than this. */
    static final double MAX_SECONDS_FOR_FOUR_INPUTS = 20;

    private Demo() {}

    public static void main(String[] args) {
        Terminal.runDemo(args, Demo::run);
    }

    static void run(PrintStream out, Path figures) {
        out.println("Chapter 2 · Logic gates (논리 게이트)");
        out.println("Every gate is one perceptron, y = step(w·x + b), which fires only when z > 0 (step(0) = 0).");
        gates(out, figures);
        manyAnds(out, figures);
        not(out);
        xorHasNoLine(out, figures);
        twoLayerXor(out, figures);
        nandOnlyXor(out);
        adders(out);
        separability(out, figures);
    }

    // ---- 1. The four two-input gates ----

    private static void gates(PrintStream out, Path figures) {
        // Each gate is asked for only when its turn comes, so the demo shows every finished gate
        // before it stops at an unfinished one.
        Map<String, Supplier<Perceptron>> gates = new LinkedHashMap<>();
        gates.put("AND", Gates::and);
        gates.put("NAND", Gates::nand);
        gates.put("OR", Gates::or);
        gates.put("NOR", Gates::nor);
        List<XYChart> charts = new ArrayList<>();
        int step = 1;
        for (Map.Entry<String, Supplier<Perceptron>> e : gates.entrySet()) {
            String name = e.getKey();
            Perceptron p = e.getValue().get();
            out.println();
            if (p == null || p.inputs() != 2) {
                out.println(step++ + ". " + name + ": " + (p == null ? "null" : p.describe() + " has " + p.inputs() + " inputs")
                        + ", but a two-input gate needs exactly 2 weights; skipped");
                continue;
            }
            TruthTable table = TruthTable.of(p);
            out.println(step++ + ". " + name + "   " + p.describe() + "   computes " + table
                    + (table.gateName().equals(name) ? "" : "   ← not " + name + "!"));
            out.println("   x₁ x₂ │    z │ y");
            for (int r = 0; r < 4; r++) {
                double[] x = table.input(r);
                out.printf(Locale.ROOT, "    %d  %d │ %4s │ %d%n", (int) x[0], (int) x[1], Perceptron.num(p.weightedSum(x)), p.fire(x));
            }
            out.println("   line: " + line(p) + "   noise tolerance: ±" + num2(p.noiseTolerance()) + " per input");
            LabeledData data = table.toData(name);
            out.print(Terminal.indent(TextPlot.decisionMap(data, p::fire, 25, 13), "   "));
            XYChart chart = Plots.decisionMap(name + ": " + p.describe(), data, p::fire, RANGE);
            addLine(chart, name + " line", p);
            out.println("   figure: " + Plots.savePng(chart, figures.resolve(name.toLowerCase(Locale.ROOT) + ".png")));
            // The lesson works out AND, NAND and OR; NOR is left to exercise 2.5, so it is not in the README's picture.
            if (!name.equals("NOR")) charts.add(chart);
        }
        out.println();
        if (charts.size() == 3) out.println("AND, NAND and OR side by side: " + Plots.savePng(Plots.grid(charts, 1, 3), figures.resolve("gates.png")));
    }

    /** Many lines compute AND; the noise rule prefers the ones far from every corner. */
    private static void manyAnds(PrintStream out, Path figures) {
        out.println();
        out.println("Many weights compute AND: any line with (1,1) strictly above and the other corners on or below it.");
        Perceptron[] candidates = {
            new Perceptron(new double[] {1, 1}, -1.5),
            new Perceptron(new double[] {0.5, 0.5}, -0.7),
            new Perceptron(new double[] {1, 2}, -2.5),
            new Perceptron(new double[] {2, 1}, -2.2),
            new Perceptron(new double[] {1, 1}, -1),
            new Perceptron(new double[] {1, 1}, -2),
        };
        XYChart chart = Plots.decisionMap("Four of the many lines that compute AND (◆ = 1)", TruthTable.of("0001").toData("AND"),
                candidates[0]::fire, RANGE);
        for (int i = 0; i < candidates.length; i++) {
            Perceptron p = candidates[i];
            TruthTable t = TruthTable.of(p);
            boolean isAnd = t.gateName().equals("AND");
            double tolerance = p.noiseTolerance();
            out.printf(Locale.ROOT, "   %-26s computes %-11s noise tolerance ±%s%s%n", p.describe(), t, num2(tolerance),
                    !isAnd ? "   (z = 0 at (1,1), and step(0) = 0: not AND)"
                            : tolerance == 0 ? "   (right, but corners lie on the line)"
                            : tolerance <= 0.1 ? "   (right, but fragile: the tests ask for more than ±0.1)" : "");
            if (i < 4) Plots.addLine(chart, line(p).replace(" = 0", "").replace(" ", ""), p.weight(1), p.weight(2), p.bias());
        }
        // Only the four lines in the legend (without "= 0"): six entries do not fit in one row.
        chart.getSeriesMap().get("AND = 0").setShowInLegend(false);
        chart.getSeriesMap().get("AND = 1").setShowInLegend(false);
        out.println("   figure: " + Plots.savePng(chart, figures.resolve("and-many-lines.png")));
    }

    private static void not(PrintStream out) {
        Perceptron p = Gates.not();
        out.println();
        if (p == null || p.inputs() != 1) {
            out.println("5. NOT: " + (p == null ? "null" : p.describe() + " has " + p.inputs() + " inputs") + ", but NOT needs exactly 1 weight; skipped");
            return;
        }
        TruthTable t = TruthTable.of(p);
        out.println("5. NOT   " + p.describe() + "   computes " + t + (t.gateName().equals("NOT") ? "" : "   ← not NOT!"));
        out.println("   x │    z │ y");
        for (int x = 0; x <= 1; x++) out.printf(Locale.ROOT, "   %d │ %4s │ %d%n", x, Perceptron.num(p.weightedSum(x)), p.fire(x));
        if (p.weight(1) != 0) {
            out.println("   one input, so the \"line\" is the point x = " + Perceptron.num(-p.bias() / p.weight(1))
                    + " on the number line; noise tolerance ±" + num2(p.noiseTolerance()));
        }
    }

    // ---- 2. XOR: no line ----

    private static void xorHasNoLine(PrintStream out, Path figures) {
        TruthTable xor = TruthTable.of("0110");
        out.println();
        out.println("6. XOR " + xor + ": is there a line? Suppose w₁x₁ + w₂x₂ + b computed it:");
        out.println("   (0,0) → 0:  b ≤ 0              (0,1) → 1:  w₂ + b > 0");
        out.println("   (1,1) → 0:  w₁ + w₂ + b ≤ 0    (1,0) → 1:  w₁ + b > 0");
        out.println("   Add the left pair: w₁ + w₂ + 2b ≤ 0. Add the right pair: w₁ + w₂ + 2b > 0. Both cannot hold.");
        Rng rng = new Rng(SEED);
        int[] byCorrect = new int[5];
        Perceptron best = null;
        for (int i = 0; i < RANDOM_LINES; i++) {
            Perceptron p = new Perceptron(new double[] {rng.uniform(-3, 3), rng.uniform(-3, 3)}, rng.uniform(-3, 3));
            int correct = 0;
            for (int r = 0; r < 4; r++) correct += p.fire(xor.input(r)) == xor.output(r) ? 1 : 0;
            byCorrect[correct]++;
            if (best == null && correct == 3) best = p;
        }
        out.printf(Locale.ROOT, "   %,d random lines (seed %d): all 4 right: %d, 3 right: %,d, 2: %,d, 1: %,d, 0: %,d%n",
                RANDOM_LINES, SEED, byCorrect[4], byCorrect[3], byCorrect[2], byCorrect[1], byCorrect[0]);
        Perceptron line = best;
        out.println("   one of the best: " + String.format(Locale.ROOT, "w = (%.2f, %.2f), b = %.2f", line.weight(1), line.weight(2), line.bias())
                + " computes " + TruthTable.of(line) + " (X marks the point it gets wrong):");
        LabeledData data = xor.toData("XOR");
        out.print(Terminal.indent(TextPlot.decisionMap(data, line::fire, 25, 13), "   "));
        XYChart chart = Plots.decisionMap("XOR: the best line still gets one point wrong", data, line::fire, RANGE);
        Plots.addLine(chart, "a best line: 3 of 4", line.weight(1), line.weight(2), line.bias());
        out.println("   figure: " + Plots.savePng(chart, figures.resolve("xor-best-line.png")));
    }

    // ---- 3. XOR from two layers ----

    private static void twoLayerXor(PrintStream out, Path figures) {
        Circuit.Builder b = Circuit.builder(2);
        Signal y = Wiring.xor(b, b.input(1), b.input(2));
        Circuit xor = b.build(y);
        out.println();
        out.println("7. XOR = AND(NAND(x₁, x₂), OR(x₁, x₂)): " + xor.size() + " perceptrons in " + xor.layers() + " layers");
        out.print(Terminal.indent(xor.describe(), "   "));
        List<Circuit.Unit> hidden = new ArrayList<>();
        for (Circuit.Unit u : xor.units()) if (xor.layer(u.output()) == 1) hidden.add(u);
        StringBuilder head = new StringBuilder("   x₁ x₂ │");
        for (Circuit.Unit u : hidden) head.append(' ').append(u.output().name()).append('=').append(TruthTable.of(u.perceptron()).gateName());
        out.println(head.append(" │ y").toString());
        double[][] hiddenPoints = new double[4][];
        int[] labels = new int[4];
        for (int r = 0; r < 4; r++) {
            double[] x = TruthTable.corner(2, r);
            double[] v = xor.values(x);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "    %d  %d │", (int) x[0], (int) x[1]));
            double[] h = new double[hidden.size()];
            for (int k = 0; k < hidden.size(); k++) {
                Circuit.Unit u = hidden.get(k);
                h[k] = v[u.output().index()];
                String label = u.output().name() + "=" + TruthTable.of(u.perceptron()).gateName();
                row.append(' ').append(" ".repeat(label.length() - 1)).append((int) h[k]);
            }
            hiddenPoints[r] = h;
            labels[r] = (int) v[y.index()];
            out.println(row.append(" │ ").append((int) v[y.index()]).toString());
        }
        out.println("   computes " + xor.table(0) + "; its decision region over the plane (two lines make a band):");
        LabeledData data = TruthTable.of("0110").toData("XOR");
        out.print(Terminal.indent(TextPlot.decisionMap(data, x -> xor.output(0, x), 25, 13), "   "));
        XYChart chart = Plots.decisionMap("XOR network: 1 between the NAND and OR lines", data, x -> xor.output(0, x), RANGE);
        for (Circuit.Unit u : hidden) {
            addLine(chart, u.output().name() + " = " + TruthTable.of(u.perceptron()).gateName() + " line", u.perceptron());
        }
        out.println("   figure: " + Plots.savePng(chart, figures.resolve("xor-network.png")));

        if (hidden.size() == 2 && xor.unitOf(y) != null && xor.unitOf(y).inputs().size() == 2) {
            Circuit.Unit output = xor.unitOf(y);
            Perceptron p = output.perceptron();
            LabeledData moved = new LabeledData("XOR", hiddenPoints, labels);
            out.println("   In the hidden layer's coordinates (h₁, h₂) the four points are (1,0), (1,1), (1,1), (0,1):");
            out.println("   the two 1s landed on one point, and the output perceptron's single line separates them.");
            XYChart space = Plots.decisionMap("XOR seen by the output unit: one line is enough", moved, p::fire, RANGE);
            space.setXAxisTitle("h₁ = " + TruthTable.of(hidden.get(0).perceptron()).gateName() + "(x₁, x₂)");
            space.setYAxisTitle("h₂ = " + TruthTable.of(hidden.get(1).perceptron()).gateName() + "(x₁, x₂)");
            addLine(space, "output " + TruthTable.of(p).gateName() + " line", p);
            out.println("   figure: " + Plots.savePng(space, figures.resolve("xor-hidden-space.png")));
        }
    }

    private static void nandOnlyXor(PrintStream out) {
        Circuit.Builder b = Circuit.builder(2);
        Circuit xor = b.build(Wiring.xorFromNands(b, b.input(1), b.input(2)));
        out.println();
        out.println("8. XOR from NAND alone: " + xor.size() + " perceptrons in " + xor.layers() + " layers, computes " + xor.table(0));
        out.print(Terminal.indent(xor.describe(), "   "));
        out.println("   NAND is universal: NOT x = NAND(x, x), AND = NOT(NAND), OR(a, b) = NAND(NOT a, NOT b); so is NOR.");
    }

    // ---- 4. Arithmetic ----

    private static void adders(PrintStream out) {
        Circuit.Builder b = Circuit.builder(2);
        SumCarry half = Wiring.halfAdder(b, b.input(1), b.input(2));
        Circuit adder = b.build(half.sum(), half.carry());
        out.println();
        out.println("9. The half adder: sum = " + adder.table(0).gateName() + ", carry = " + adder.table(1).gateName()
                + ", " + adder.size() + " perceptrons");
        out.println("   a b │ carry sum │ a + b");
        for (int r = 0; r < 4; r++) {
            double[] x = TruthTable.corner(2, r);
            int[] y = adder.evaluate(x);
            out.printf(Locale.ROOT, "   %d %d │   %d    %d  │ %d%n", (int) x[0], (int) x[1], y[1], y[0], 2 * y[1] + y[0]);
        }

        Circuit.Builder fb = Circuit.builder(3);
        SumCarry full = Adders.fullAdder(fb, fb.input(1), fb.input(2), fb.input(3));
        Circuit fullAdder = fb.build(full.sum(), full.carry());
        out.println("   A full adder (two half adders and an OR) adds three bits with " + fullAdder.size() + " perceptrons:");
        out.println("   a b c │ carry sum");
        for (int r = 0; r < 8; r++) {
            double[] x = TruthTable.corner(3, r);
            int[] y = fullAdder.evaluate(x);
            out.printf(Locale.ROOT, "   %d %d %d │   %d    %d%n", (int) x[0], (int) x[1], (int) x[2], y[1], y[0]);
        }

        int bits = 4;
        Circuit four = Adders.rippleCarry(bits);
        int right = 0;
        for (int a = 0; a < 1 << bits; a++) {
            for (int c = 0; c < 1 << bits; c++) right += Adders.add(four, a, c) == a + c ? 1 : 0;
        }
        out.println("   A 4-bit ripple-carry adder: " + four.size() + " perceptrons in " + four.layers() + " layers; "
                + right + " of " + (1 << 2 * bits) + " sums right.");
        for (int[] ab : new int[][] {{11, 6}, {15, 15}, {9, 3}}) {
            int sum = Adders.add(four, ab[0], ab[1]);
            out.printf(Locale.ROOT, "   %s + %s = %s   (%d + %d = %d)%n", Adders.binary(ab[0], bits), Adders.binary(ab[1], bits),
                    Adders.binary(sum, bits + 1), ab[0], ab[1], sum);
        }
    }

    // ---- 5. How many tables can one perceptron compute? ----

    private static void separability(PrintStream out, Path figures) {
        long[] known = {0, 4, 14, 104, 1882};
        out.println();
        out.println("10. Linear separability (선형 분리 가능성): which truth tables can one perceptron compute?");
        StringBuilder twoInputs = new StringBuilder();
        for (long k = 0; k < 16; k++) {
            TruthTable t = TruthTable.ofNumber(2, k);
            if (Separability.separatingPerceptron(t).isEmpty()) twoInputs.append(twoInputs.length() == 0 ? "" : ", ").append(t);
        }
        out.println("   2 inputs: every table but " + twoInputs);
        example(out, "3-input parity", TruthTable.parity(3));
        example(out, "3-input majority", TruthTable.of(3, x -> x[0] + x[1] + x[2] >= 2 ? 1 : 0));
        example(out, "x₄ AND (x₁ OR x₂ OR x₃)", TruthTable.of(4, x -> x[3] & (x[0] | x[1] | x[2])));
        example(out, "(x₁ AND x₂) OR (x₃ AND x₄)", TruthTable.of(4, x -> (x[0] & x[1]) | (x[2] & x[3])));

        out.println("   n │ tables │ separable │  share  │ known (Muroga 1971) │ time");
        Map<String, double[]> share = new LinkedHashMap<>();
        List<Double> shares = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            long tables = TruthTable.count(n);
            if (n == 4) {
                double estimate = estimateSeconds(n, 2000);
                if (estimate > MAX_SECONDS_FOR_FOUR_INPUTS) {
                    out.printf(Locale.ROOT, "   4 │ %,6d │ skipped: a sample of 2,000 tables says your test would take about %.0f s%n",
                            tables, estimate);
                    break;
                }
            }
            long start = System.nanoTime();
            long separable = 0;
            for (long k = 0; k < tables; k++) {
                if (Separability.separatingPerceptron(TruthTable.ofNumber(n, k)).isPresent()) separable++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double percent = 100.0 * separable / tables;
            shares.add(percent);
            out.printf(Locale.ROOT, "   %d │ %,6d │ %,9d │ %6.2f%% │ %,19d │ %.2f s%s%n", n, tables, separable, percent, known[n], seconds,
                    separable == known[n] ? "" : "   ← differs from the known count!");
        }
        double[] ys = new double[shares.size()];
        for (int i = 0; i < ys.length; i++) ys[i] = shares.get(i);
        share.put("separable tables (%), n = 1 … " + ys.length, ys);
        XYChart chart = Plots.lines("Share of n-input truth tables one perceptron can compute", "inputs n", "percent (log scale)", share, true);
        out.println("   figure: " + Plots.savePng(chart, figures.resolve("separable-share.png")));
    }

    private static void example(PrintStream out, String name, TruthTable t) {
        Optional<Perceptron> p = Separability.separatingPerceptron(t);
        out.println("   " + name + " " + t.digits() + ": " + p.map(q -> "separable, e.g. " + q.describe()).orElse("not separable"));
    }

    /** Seconds the separability test would take for all tables of n inputs, from a seeded random sample. */
    private static double estimateSeconds(int n, int sample) {
        Rng rng = new Rng(SEED);
        long tables = TruthTable.count(n);
        long start = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            Separability.separatingPerceptron(TruthTable.ofNumber(n, rng.nextInt((int) tables)));
        }
        return (System.nanoTime() - start) / 1e9 * tables / sample;
    }

    /** Draws a two-input perceptron's line, when it has one (weights that are not both 0). */
    private static void addLine(XYChart chart, String name, Perceptron p) {
        if (p.inputs() == 2 && (p.weight(1) != 0 || p.weight(2) != 0)) Plots.addLine(chart, name, p.weight(1), p.weight(2), p.bias());
    }

    // ---- text helpers ----

    /** A two-input perceptron's line as an equation: "x₁ + x₂ − 1.5 = 0", "2x₁ + x₂ − 2.2 = 0". */
    static String line(Perceptron p) {
        StringBuilder s = new StringBuilder();
        String[] names = {"x₁", "x₂"};
        for (int i = 0; i < 2; i++) {
            double w = p.weight(i + 1);
            if (w == 0) continue;
            String size = Math.abs(w) == 1 ? "" : Perceptron.num(Math.abs(w));
            s.append(s.length() == 0 ? (w < 0 ? "−" : "") : (w < 0 ? " − " : " + ")).append(size).append(names[i]);
        }
        double b = p.bias();
        if (b != 0 || s.length() == 0) {
            s.append(s.length() == 0 ? (b < 0 ? "−" : "") : (b < 0 ? " − " : " + ")).append(Perceptron.num(Math.abs(b)));
        }
        return s.append(" = 0").toString();
    }

    private static String num2(double x) {
        return Double.isInfinite(x) ? "∞" : String.format(Locale.ROOT, "%.3f", x);
    }
}
