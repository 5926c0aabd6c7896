package backprop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import toolkit.Datasets;
import toolkit.LabeledData;
import toolkit.Matrix;
import toolkit.Plots;
import toolkit.Rng;
import toolkit.Terminal;

/**
 * The chapter's story in the terminal: the chain rule on a computation graph, layers as nodes,
 * a scalar autodiff engine, gradient checking, and training with backprop, from XOR to
 * handwritten digits. Run it with {@code mvn -q compile exec:java} in this folder: on your code it
 * stops at the first unfinished exercise. Figures go to target/figures/. Sections 1 to 5 are
 * here, one method each; sections 6 to 8, on the digits, are in {@link DigitsDemo}.
 */
public final class Demo {
    static final long XOR_SEED = 3;
    static final int XOR_HIDDEN = 4;
    static final double XOR_LEARNING_RATE = 0.5;
    static final int XOR_STEPS = 2000;
    static final long CHECK_SEED = 11;

    private Demo() {}

    public static void main(String[] args) {
        Terminal.runDemo(args, (out, figures) -> run(out, figures, new Options(DigitsBenchmark.SETTINGS, false)));
    }

    /**
     * How much of the story to run: the digits training's settings, and {@code quick} for the test
     * of the demo (timings measured once rather than at their best, no numerical-gradient training
     * of XOR, a chain of 10,000 values instead of 100,000, and section 8 on 2 samples).
     */
    record Options(Training.Settings digits, boolean quick) {}

    /** A batch of digits: its pixels x (samples × 64) and its labels t. */
    record Batch(Matrix x, int[] t) {
        /** The first {@code n} samples of {@code data}. */
        static Batch first(LabeledData data, int n) {
            return new Batch(Digits.inputs(data).rows(range(n)), pick(data.labels(), range(n)));
        }
    }

    /** The whole story, one method per section. */
    static void run(PrintStream out, Path figures, Options options) {
        out.println("Chapter 5 · Backpropagation (오차역전파)");
        chainRule(out);
        scalarEngine(out, figures, options.quick());
        Digits.Split split = Digits.split(Digits.load(), 0.2, new Rng(DigitsBenchmark.SPLIT_SEED));
        Batch batch = Batch.first(split.train(), options.digits().batchSize());
        TwoLayerNet digitsNet = layersAsNodes(out, figures, batch);
        gradientChecking(out);
        xorByBackprop(out, figures, options.quick());
        Training.History sgd = DigitsDemo.handwrittenDigits(out, figures, split, options.digits(), digitsNet.parameterCount());
        DigitsDemo.optimizers(out, figures, split, options.digits(), sgd);
        DigitsDemo.whatBackpropSaves(out, batch, options.quick());
        out.println();
        out.println("Figures are in " + figures.toAbsolutePath().normalize());
    }

    // ---- 1. the chain rule on a computation graph ----

    private static void chainRule(PrintStream out) {
        section(out, "1. The chain rule on a computation graph (계산 그래프)");
        MultiplyNode appleCost = new MultiplyNode();
        MultiplyNode withTax = new MultiplyNode();
        double applePrice = 100;
        double appleCount = 2;
        double tax = 1.1;
        double cost = appleCost.forward(applePrice, appleCount);
        double total = withTax.forward(cost, tax);
        NodeGradients taxGrads = withTax.backward(1);
        NodeGradients appleGrads = appleCost.backward(taxGrads.dx());
        out.println("   Forward:  price 100 × count 2 = " + num(cost) + ",  × tax 1.1 = " + num(total));
        out.println("   Backward from dL/dL = 1, each multiply node swapping its inputs:");
        out.println("     d total / d price = " + num(appleGrads.dx()) + "   (count × tax = 2 × 1.1)");
        out.println("     d total / d count = " + num(appleGrads.dy()) + "   (price × tax = 100 × 1.1)");
        out.println("     d total / d tax   = " + num(taxGrads.dy()) + "   (price × count = 100 × 2)");
        out.println();
        out.print(Terminal.indent(APPLE_DIAGRAM, "   "));
        addNode(out);
    }

    /** The add node of section 1: it hands its upstream gradient to both branches. */
    private static void addNode(PrintStream out) {
        MultiplyNode apples = new MultiplyNode();
        MultiplyNode oranges = new MultiplyNode();
        AddNode basket = new AddNode();
        MultiplyNode taxed = new MultiplyNode();
        double fruit = basket.forward(apples.forward(100, 2), oranges.forward(150, 3));
        double bill = taxed.forward(fruit, 1.1);
        NodeGradients dBill = taxed.backward(1);
        NodeGradients dBasket = basket.backward(dBill.dx());
        NodeGradients dApples = apples.backward(dBasket.dx());
        NodeGradients dOranges = oranges.backward(dBasket.dy());
        out.println();
        out.println("   With an add node: 2 apples at 100 + 3 oranges at 150 = " + num(fruit)
                + ", with tax " + num(bill) + ".");
        out.println("   The add node hands its upstream gradient " + num(dBill.dx()) + " to both branches unchanged:");
        out.println("     apple price " + num(dApples.dx()) + ", apple count " + num(dApples.dy()) + ", orange price "
                + num(dOranges.dx()) + ", orange count " + num(dOranges.dy()) + ", tax " + num(dBill.dy()));
    }

    static final String APPLE_DIAGRAM = """
            forward (values) →                          ← backward (gradients)

            price 100 ──┐                               2.2 ◀──┐
                        ×  ── 200 ──┐                          ×  ◀── 1.1 ──┐
            count   2 ──┘           ×  ── 220 ──▶ L    110 ◀──┘            ×  ◀── 1
                         tax 1.1 ───┘                          200 ◀────────┘
            """;

    // ---- 2. the scalar engine ----

    private static void scalarEngine(PrintStream out, Path figures, boolean quick) {
        section(out, "2. A scalar automatic-differentiation engine (자동 미분): Value");
        Value price = Value.of(100, "price");
        Value count = Value.of(2, "count");
        Value taxRate = Value.of(1.1, "tax");
        Value appleTotal = price.times(count).times(taxRate).label("total");
        appleTotal.backward();
        out.println("   total = price × count × tax, then total.backward():");
        out.print(Terminal.indent(Graphviz.text(appleTotal), "   "));
        picture(out, Graphviz.dot(appleTotal), figures.resolve("apple-graph.png"), "the apple graph");
        neuron(out, figures);
        usedTwice(out);
        longChain(out, quick ? 10_000 : 100_000);
    }

    private static void neuron(PrintStream out, Path figures) {
        Value x1 = Value.of(2, "x1");
        Value x2 = Value.of(0, "x2");
        Value w1 = Value.of(-3, "w1");
        Value w2 = Value.of(1, "w2");
        Value b = Value.of(6.8813735870195432, "b");
        Value n = x1.times(w1).plus(x2.times(w2)).plus(b).label("n");
        Value o = n.tanh().label("o");
        o.backward();
        out.println();
        out.println("   A neuron, o = tanh(x1·w1 + x2·w2 + b), with x = (2, 0), w = (−3, 1), b = 6.8814:");
        out.println("     o = " + num(o.data()) + ";  do/dw1 = " + num(w1.grad()) + ", do/dw2 = " + num(w2.grad())
                + " (x2 is 0, so w2 cannot matter), do/dx1 = " + num(x1.grad()) + ", do/db = " + num(b.grad()));
        picture(out, Graphviz.dot(o), figures.resolve("neuron-graph.png"), "the neuron's graph");
    }

    /** A value used twice gets both contributions; a second backward adds them again. */
    private static void usedTwice(PrintStream out) {
        Value a = Value.of(3, "a");
        Value twice = a.plus(a);
        twice.backward();
        double sumGrad = a.grad();
        a.zeroGrad();
        Value square = a.times(a);
        square.backward();
        out.println();
        out.println("   A value used twice gets both shares (+=): for a = 3, d(a + a)/da = " + num(sumGrad)
                + " and d(a·a)/da = " + num(a.grad()) + ".");
        square.backward();
        out.println("   Calling backward a second time adds the same gradient again: a.grad is now " + num(a.grad())
                + " (so zeroGrad() comes before every training step).");
    }

    private static void longChain(PrintStream out, int length) {
        Value chain = Value.of(0.5, "start");
        Value end = chain;
        for (int i = 0; i < length; i++) end = end.plus(1e-6);
        end.backward();
        out.println(String.format(Locale.ROOT, "   A chain of %,d additions: backward works (d end / d start = %s), "
                + "because the topological order is built with an explicit stack, not recursion.", length,
                num(chain.grad())));
    }

    // ---- 3. layers as nodes ----

    /** Section 3 on the digits network after one forward pass of {@code batch}; returns that network. */
    private static TwoLayerNet layersAsNodes(PrintStream out, Path figures, Batch batch) {
        section(out, "3. Layers as nodes, and what they cache (backprop trades memory for time)");
        TwoLayerNet digitsNet = DigitsBenchmark.layerNetwork();
        int n = batch.x().rows();
        digitsNet.loss(batch.x(), batch.t());
        out.println("   The digits network " + digitsNet + " after a forward pass of one batch of " + n + ":");
        out.println("   layer                 keeps for backward              bytes");
        long cached = 0;
        int width = Digits.PIXELS;
        for (Layer layer : digitsNet.layers()) {
            cached += layer.cachedBytes();
            out.println(String.format(Locale.ROOT, "   %-21s %-30s %7s", layer.name(), what(layer, n, width),
                    Graphviz.bytes(layer.cachedBytes())));
            if (layer instanceof Affine affine) width = affine.W().cols();
        }
        LossLayer lossLayer = digitsNet.lossLayer();
        cached += lossLayer.cachedBytes();
        out.println(String.format(Locale.ROOT, "   %-21s %-30s %7s", lossLayer.name(),
                "y " + n + "×10 doubles, t " + n + " ints", Graphviz.bytes(lossLayer.cachedBytes())));
        out.println(String.format(Locale.ROOT, "   in all %s kept per batch of %d (%s per sample), beside %s of "
                + "parameters (%d doubles).", Graphviz.bytes(cached), n, Graphviz.bytes(cached / n),
                Graphviz.bytes(8L * digitsNet.parameterCount()), digitsNet.parameterCount()));
        out.println("   The cache grows with the batch and the depth; in exchange, backward needs no second "
                + "forward pass.");
        picture(out, Graphviz.dot(digitsNet, n), figures.resolve("layers.png"), "the layer graph");
        return digitsNet;
    }

    private static String what(Layer layer, int batch, int width) {
        if (layer instanceof Affine) return "x " + batch + "×" + width + " doubles";
        if (layer instanceof ReluLayer) return "mask " + batch + "×" + width + " booleans";
        return "y " + batch + "×" + width + " doubles";
    }

    // ---- 4. gradient checking ----

    private static void gradientChecking(PrintStream out) {
        section(out, "4. Gradient checking (기울기 확인): backprop against central differences");
        out.println("   A 5-6-4 network, a batch of 7 seeded random samples, h = " + GradientChecks.H + ":");
        Rng checkRng = new Rng(CHECK_SEED);
        Matrix xCheck = Matrix.gaussian(7, 5, 1.0, checkRng);
        int[] tCheck = new int[7];
        for (int i = 0; i < tCheck.length; i++) tCheck[i] = checkRng.nextInt(4);
        double worstOverall = 0;
        for (Layer activation : new Layer[] {new TanhLayer(), new SigmoidLayer(), new ReluLayer()}) {
            TwoLayerNet net = TwoLayerNet.create(5, 6, 4, activation, new SoftmaxWithLoss(), new Rng(CHECK_SEED + 1));
            List<GradientChecks.ParameterCheck> checks = GradientChecks.check(net, xCheck, tCheck);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "   %-8s", activation.name()));
            for (GradientChecks.ParameterCheck c : checks) {
                line.append(String.format(Locale.ROOT, "  %s %.1e", c.name(), c.maxRelativeError()));
            }
            double worst = GradientChecks.worst(checks);
            worstOverall = Math.max(worstOverall, worst);
            out.println(line + String.format(Locale.ROOT, "   worst %.1e %s", worst, worst < 1e-7 ? "✔" : "✘"));
        }
        out.println(String.format(Locale.ROOT, "   Largest relative error of all: %.1e (below 1e-7: the backward "
                + "passes are right).", worstOverall));
        forgottenOneOverN(out, xCheck, tCheck);
    }

    /** What a real bug looks like to the gradient check: softmax-with-loss without its 1/N. */
    private static void forgottenOneOverN(PrintStream out, Matrix x, int[] t) {
        TwoLayerNet buggy = TwoLayerNet.create(5, 6, 4, new TanhLayer(), new SoftmaxWithLoss(),
                new Rng(CHECK_SEED + 1));
        Backprop.lossAndGradients(buggy, x, t);
        Matrix forgotN = buggy.affine2().dW().scale(x.rows()); // what a backward without the 1/N would give
        Matrix numeric = GradientCheck.numericalGradient(() -> buggy.loss(x, t), buggy.affine2().W(), GradientChecks.H);
        double error = GradientChecks.compare("W2", forgotN, numeric).maxRelativeError();
        out.println(String.format(Locale.ROOT, "   A bug looks different: forgetting the 1/N in softmax-with-loss "
                + "gives W2 a relative error of %.2f.", error));
    }

    // ---- 5. XOR ----

    private static void xorByBackprop(PrintStream out, Path figures, boolean quick) {
        section(out, "5. XOR again, now trained by backprop");
        LabeledData xor = Datasets.xor();
        Matrix xXor = Matrix.of(xor.inputs());
        XorResult coldRun = trainXor(xXor, xor.labels());
        XorResult xorResult = coldRun;
        // the same run again once the JIT compiler has warmed up: the fastest counts
        for (int run = 0; run < (quick ? 0 : 3); run++) {
            XorResult again = trainXor(xXor, xor.labels());
            if (again.millis() < xorResult.millis()) xorResult = again;
        }
        out.println(String.format(Locale.ROOT, "   2-%d-1 network (tanh, sigmoid with binary cross-entropy), η = %s, "
                + "%d full-batch steps: %.1f ms (%.1f ms the first time, while the JIT compiler warms up)", XOR_HIDDEN,
                XOR_LEARNING_RATE, XOR_STEPS, xorResult.millis(), coldRun.millis()));
        out.println(String.format(Locale.ROOT, "   loss %.4f → %.4f; %d of 4 right", xorResult.firstLoss(),
                xorResult.lastLoss(), xorResult.right()));
        Matrix probabilities = xorResult.net().scores(xXor).map(z -> 1 / (1 + Math.exp(-z)));
        for (int i = 0; i < 4; i++) {
            out.println(String.format(Locale.ROOT, "     %d %d → P(1) = %.3f  (label %d)", (int) xXor.get(i, 0),
                    (int) xXor.get(i, 1), probabilities.get(i, 0), xor.label(i)));
        }
        if (!quick) {
            double numericMillis = Math.min(xorByNumericalGradients(xXor, xor.labels()),
                    xorByNumericalGradients(xXor, xor.labels()));
            out.println(String.format(Locale.ROOT, "   The same %d steps with numerical gradients (2 × 17 forward "
                    + "passes a step, the faster of two runs): %.0f ms, %.0f× slower.", XOR_STEPS, numericMillis,
                    numericMillis / xorResult.millis()));
        }
        TwoLayerNet xorNet = xorResult.net();
        XYChart xorChart = Plots.decisionMap("XOR learned by backprop (2-" + XOR_HIDDEN + "-1, tanh)", xor,
                p -> TwoLayerNet.classes(xorNet.scores(Matrix.ofRow(p)))[0], new double[] {-0.5, 1.5, -0.5, 1.5});
        out.println("   figure: " + Plots.savePng(xorChart, figures.resolve("xor.png")));
    }

    /** What trainXor produced. */
    record XorResult(TwoLayerNet net, double firstLoss, double lastLoss, int right, double millis) {}

    /** XOR by full-batch gradient descent with backprop (exercise 5.10's sgdStep). */
    static XorResult trainXor(Matrix x, int[] labels) {
        TwoLayerNet net = xorNetwork();
        long t0 = System.nanoTime();
        double first = Backprop.sgdStep(net, x, labels, XOR_LEARNING_RATE);
        double last = first;
        for (int step = 1; step < XOR_STEPS; step++) last = Backprop.sgdStep(net, x, labels, XOR_LEARNING_RATE);
        double millis = (System.nanoTime() - t0) / 1e6;
        int right = 0;
        int[] p = net.predict(x);
        for (int i = 0; i < p.length; i++) if (p[i] == labels[i]) right++;
        return new XorResult(net, first, last, right, millis);
    }

    /** The XOR network before training: 2-4-1, tanh, sigmoid with binary cross-entropy, weights from XOR_SEED. */
    private static TwoLayerNet xorNetwork() {
        return TwoLayerNet.create(2, XOR_HIDDEN, 1, new TanhLayer(), new SigmoidWithBce(), new Rng(XOR_SEED));
    }

    /** The same XOR training, with every gradient from central differences instead: the time in ms. */
    static double xorByNumericalGradients(Matrix x, int[] labels) {
        TwoLayerNet net = xorNetwork();
        long t0 = System.nanoTime();
        for (int step = 0; step < XOR_STEPS; step++) {
            List<Matrix> grads = new ArrayList<>();
            for (Parameter p : net.parameters()) {
                grads.add(GradientCheck.numericalGradient(() -> net.loss(x, labels), p.value(), GradientChecks.H));
            }
            List<Parameter> params = net.parameters();
            for (int k = 0; k < params.size(); k++) params.get(k).value().addInPlace(grads.get(k), -XOR_LEARNING_RATE);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    // ---- helpers ----

    private static void picture(PrintStream out, String dot, Path png, String what) {
        Optional<Path> image = Graphviz.render(dot, png);
        if (image.isPresent()) {
            out.println("   figure (" + what + ", drawn by Graphviz): " + image.get());
        } else {
            out.println("   (Graphviz's dot is not installed, so " + what + " is saved as DOT text only: "
                    + png.resolveSibling(png.getFileName().toString().replace(".png", ".dot")) + ")");
        }
    }

    static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }

    static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return out;
    }

    static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static String num(double x) {
        return Graphviz.num(x);
    }
}
