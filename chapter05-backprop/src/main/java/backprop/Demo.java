package backprop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * stops at the first unfinished exercise. Figures go to target/figures/.
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

    /** The whole story. */
    static void run(PrintStream out, Path figures, Options options) {
        Training.Settings digits = options.digits();
        out.println("Chapter 5 · Backpropagation (오차역전파)");

        // ---- 1. the chain rule on a computation graph ----
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
        out.println("   With an add node: 2 apples at 100 + 3 oranges at 150 = " + num(fruit) + ", with tax " + num(bill) + ".");
        out.println("   The add node hands its upstream gradient " + num(dBill.dx()) + " to both branches unchanged:");
        out.println("     apple price " + num(dApples.dx()) + ", apple count " + num(dApples.dy()) + ", orange price "
                + num(dOranges.dx()) + ", orange count " + num(dOranges.dy()) + ", tax " + num(dBill.dy()));

        // ---- 2. the scalar engine ----
        section(out, "2. A scalar automatic-differentiation engine (자동 미분): Value");
        Value price = Value.of(100, "price");
        Value count = Value.of(2, "count");
        Value taxRate = Value.of(1.1, "tax");
        Value appleTotal = price.times(count).times(taxRate).label("total");
        appleTotal.backward();
        out.println("   total = price × count × tax, then total.backward():");
        out.print(Terminal.indent(Graphviz.text(appleTotal), "   "));
        picture(out, Graphviz.dot(appleTotal), figures.resolve("apple-graph.png"), "the apple graph");

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
        Value chain = Value.of(0.5, "start");
        Value end = chain;
        int length = options.quick() ? 10_000 : 100_000;
        for (int i = 0; i < length; i++) end = end.plus(1e-6);
        end.backward();
        out.println(String.format(Locale.ROOT, "   A chain of %,d additions: backward works (d end / d start = %s), because the topological "
                + "order is built with an explicit stack, not recursion.", length, num(chain.grad())));

        // ---- 3. layers as nodes ----
        section(out, "3. Layers as nodes, and what they cache (backprop trades memory for time)");
        Digits.Split split = Digits.split(Digits.load(), 0.2, new Rng(DigitsBenchmark.SPLIT_SEED));
        LabeledData train = split.train();
        LabeledData test = split.test();
        TwoLayerNet digitsNet = TwoLayerNet.create(Digits.PIXELS, DigitsBenchmark.HIDDEN, Digits.CLASSES, new ReluLayer(),
                new SoftmaxWithLoss(), new Rng(DigitsBenchmark.INIT_SEED));
        int batch = digits.batchSize();
        int[] firstBatch = range(batch);
        Matrix xBatch = Digits.inputs(train).rows(firstBatch);
        int[] tBatch = pick(train.labels(), firstBatch);
        digitsNet.loss(xBatch, tBatch);
        out.println("   The digits network " + digitsNet + " after a forward pass of one batch of " + batch + ":");
        out.println("   layer                 keeps for backward              bytes");
        long cached = 0;
        int width = Digits.PIXELS;
        for (Layer layer : digitsNet.layers()) {
            cached += layer.cachedBytes();
            out.println(String.format(Locale.ROOT, "   %-21s %-30s %7s", layer.name(), what(layer, batch, width), Graphviz.bytes(layer.cachedBytes())));
            if (layer instanceof Affine affine) width = affine.W().cols();
        }
        LossLayer lossLayer = digitsNet.lossLayer();
        cached += lossLayer.cachedBytes();
        out.println(String.format(Locale.ROOT, "   %-21s %-30s %7s", lossLayer.name(), "y " + batch + "×10 doubles, t " + batch + " ints",
                Graphviz.bytes(lossLayer.cachedBytes())));
        out.println(String.format(Locale.ROOT, "   in all %s kept per batch of %d (%s per sample), beside %s of parameters (%d doubles).",
                Graphviz.bytes(cached), batch, Graphviz.bytes(cached / batch), Graphviz.bytes(8L * digitsNet.parameterCount()),
                digitsNet.parameterCount()));
        out.println("   The cache grows with the batch and the depth; in exchange, backward needs no second forward pass.");
        picture(out, Graphviz.dot(digitsNet, batch), figures.resolve("layers.png"), "the layer graph");

        // ---- 4. gradient checking ----
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
            for (GradientChecks.ParameterCheck c : checks) line.append(String.format(Locale.ROOT, "  %s %.1e", c.name(), c.maxRelativeError()));
            double worst = GradientChecks.worst(checks);
            worstOverall = Math.max(worstOverall, worst);
            out.println(line + String.format(Locale.ROOT, "   worst %.1e %s", worst, worst < 1e-7 ? "✔" : "✘"));
        }
        out.println(String.format(Locale.ROOT, "   Largest relative error of all: %.1e (below 1e-7: the backward passes are right).", worstOverall));
        TwoLayerNet buggy = TwoLayerNet.create(5, 6, 4, new TanhLayer(), new SoftmaxWithLoss(), new Rng(CHECK_SEED + 1));
        Backprop.lossAndGradients(buggy, xCheck, tCheck);
        Matrix forgotN = buggy.affine2().dW().scale(xCheck.rows()); // what a backward without the 1/N would give
        Matrix numeric = GradientCheck.numericalGradient(() -> buggy.loss(xCheck, tCheck), buggy.affine2().W(), GradientChecks.H);
        out.println(String.format(Locale.ROOT, "   A bug looks different: forgetting the 1/N in softmax-with-loss gives W2 a relative error of %.2f.",
                GradientChecks.compare("W2", forgotN, numeric).maxRelativeError()));

        // ---- 5. XOR ----
        section(out, "5. XOR again, now trained by backprop");
        LabeledData xor = Datasets.xor();
        Matrix xXor = Matrix.of(xor.inputs());
        XorResult coldRun = trainXor(xXor, xor.labels());
        XorResult xorResult = coldRun;
        for (int run = 0; run < (options.quick() ? 0 : 3); run++) { // the same run again once the JIT compiler has warmed up: the fastest counts
            XorResult again = trainXor(xXor, xor.labels());
            if (again.millis() < xorResult.millis()) xorResult = again;
        }
        out.println(String.format(Locale.ROOT, "   2-%d-1 network (tanh, sigmoid with binary cross-entropy), η = %s, %d full-batch steps: "
                + "%.1f ms (%.1f ms the first time, while the JIT compiler warms up)", XOR_HIDDEN, XOR_LEARNING_RATE, XOR_STEPS,
                xorResult.millis(), coldRun.millis()));
        out.println(String.format(Locale.ROOT, "   loss %.4f → %.4f; %d of 4 right", xorResult.firstLoss(), xorResult.lastLoss(), xorResult.right()));
        Matrix probabilities = xorResult.net().scores(xXor).map(z -> 1 / (1 + Math.exp(-z)));
        for (int i = 0; i < 4; i++) {
            out.println(String.format(Locale.ROOT, "     %d %d → P(1) = %.3f  (label %d)", (int) xXor.get(i, 0), (int) xXor.get(i, 1),
                    probabilities.get(i, 0), xor.label(i)));
        }
        if (!options.quick()) {
            double numericMillis = Math.min(xorByNumericalGradients(xXor, xor.labels()), xorByNumericalGradients(xXor, xor.labels()));
            out.println(String.format(Locale.ROOT, "   The same %d steps with numerical gradients (2 × 17 forward passes a step, the faster of two runs): "
                    + "%.0f ms, %.0f× slower.", XOR_STEPS, numericMillis, numericMillis / xorResult.millis()));
        }
        TwoLayerNet xorNet = xorResult.net();
        XYChart xorChart = Plots.decisionMap("XOR learned by backprop (2-" + XOR_HIDDEN + "-1, tanh)", xor,
                p -> TwoLayerNet.classes(xorNet.scores(Matrix.ofRow(p)))[0], new double[] {-0.5, 1.5, -0.5, 1.5});
        out.println("   figure: " + Plots.savePng(xorChart, figures.resolve("xor.png")));

        // ---- 6. digits ----
        section(out, "6. Handwritten digits: 64-64-10, ReLU, softmax, SGD");
        out.println(String.format(Locale.ROOT, "   %d images of 8×8 pixels: %d for training, %d for testing (split seed %d).",
                train.size() + test.size(), train.size(), test.size(), DigitsBenchmark.SPLIT_SEED));
        List<Pictures.Digit> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) samples.add(new Pictures.Digit(train.input(i), "label " + train.label(i)));
        out.println("   figure: " + Plots.savePng(Pictures.digits("Training digits (8×8 pixels, enlarged)", samples, 10, 10),
                figures.resolve("digits-sample.png")));
        out.println(String.format(Locale.ROOT, "   Training: %d epochs, batches of %d, η = %s, %d parameters.", digits.epochs(),
                digits.batchSize(), digits.learningRate(), digitsNet.parameterCount()));
        FastMlp fast = FastMlp.create(Digits.PIXELS, DigitsBenchmark.HIDDEN, Digits.CLASSES, digits.batchSize(), new Rng(DigitsBenchmark.INIT_SEED));
        Training.History history = Training.fast(fast, train, test, digits, new ProgressBar(out, digits.epochs()));
        out.println(String.format(Locale.ROOT, "   Test accuracy %.2f%% after %d epochs; the loop took %.3f s (with the progress bar; "
                + "bench/digits-vs-numpy.sh times it without).", 100 * history.finalTestAccuracy(), digits.epochs(), history.seconds()));
        Map<String, double[]> losses = new LinkedHashMap<>();
        losses.put("training loss (mean over the epoch's batches)", history.trainLoss());
        losses.put("test loss (after the epoch)", history.testLoss());
        out.println("   figure: " + Plots.savePng(Plots.lines("Digits: cross-entropy loss per epoch", "epoch", "loss", losses, true),
                figures.resolve("digits-loss.png")));
        Map<String, double[]> accuracies = new LinkedHashMap<>();
        accuracies.put("training accuracy", percent(history.trainAccuracy()));
        accuracies.put("test accuracy", percent(history.testAccuracy()));
        out.println("   figure: " + Plots.savePng(Plots.lines("Digits: accuracy per epoch (%)", "epoch", "accuracy (%)", accuracies, false),
                figures.resolve("digits-accuracy.png")));

        int[] predicted = fast.predict(FastMlp.Rows.of(test));
        ConfusionMatrix confusion = ConfusionMatrix.of(test.labels(), predicted, Digits.CLASSES);
        out.println("   Confusion matrix (혼동 행렬) on the test set:");
        out.print(Terminal.indent(confusion.text(), "   "));
        out.println("   figure: " + Plots.savePng(Pictures.confusion("Digits: test set confusion matrix", confusion), figures.resolve("confusion.png")));
        List<Pictures.Digit> wrong = new ArrayList<>();
        for (int i = 0; i < test.size() && wrong.size() < 12; i++) {
            if (predicted[i] != test.label(i)) wrong.add(new Pictures.Digit(test.input(i), "true " + test.label(i) + " → " + predicted[i]));
        }
        if (!wrong.isEmpty()) {
            out.println("   figure: " + Plots.savePng(Pictures.digits("Misclassified test digits (true → predicted)", wrong, 6, 12),
                    figures.resolve("misclassified.png")));
        }

        // the layer objects compute the same numbers
        TwoLayerNet layerNet = TwoLayerNet.create(Digits.PIXELS, DigitsBenchmark.HIDDEN, Digits.CLASSES, new ReluLayer(),
                new SoftmaxWithLoss(), new Rng(DigitsBenchmark.INIT_SEED));
        Training.Settings oneEpoch = new Training.Settings(1, digits.batchSize(), digits.learningRate(), digits.shuffleSeed());
        Training.History layerHistory = Training.layers(layerNet, new Sgd(digits.learningRate()), train, test, oneEpoch, null);
        FastMlp fastOne = FastMlp.create(Digits.PIXELS, DigitsBenchmark.HIDDEN, Digits.CLASSES, digits.batchSize(), new Rng(DigitsBenchmark.INIT_SEED));
        Training.History fastHistory = Training.fast(fastOne, train, test, oneEpoch, null);
        out.println(String.format(Locale.ROOT, "   Check: one epoch through the layer objects (your exercises) and through FastMlp: "
                + "largest weight difference %.1e; %.3f s against %.3f s.", maxDifference(layerNet, fastOne), layerHistory.seconds(),
                fastHistory.seconds()));

        // ---- 7. optimisers ----
        section(out, "7. Beyond plain SGD: momentum and Adam (최적화 기법)");
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (Optimizer optimizer : new Optimizer[] {new Sgd(digits.learningRate()), new Momentum(0.02, 0.9), new Adam(0.002)}) {
            TwoLayerNet net = TwoLayerNet.create(Digits.PIXELS, DigitsBenchmark.HIDDEN, Digits.CLASSES, new ReluLayer(),
                    new SoftmaxWithLoss(), new Rng(DigitsBenchmark.INIT_SEED));
            Training.History h = Training.layers(net, optimizer, train, test, digits, null);
            curves.put(optimizer.name(), h.trainLoss());
            out.println(String.format(Locale.ROOT, "   %-28s training loss %.4f after epoch 1, %.5f after epoch %d; test accuracy %.2f%%",
                    optimizer.name(), h.trainLoss()[0], h.trainLoss()[h.epochs() - 1], h.epochs(), 100 * h.finalTestAccuracy()));
        }
        out.println("   figure: " + Plots.savePng(Plots.lines("Digits: training loss per epoch by optimiser", "epoch", "training loss (log scale)",
                curves, true), figures.resolve("optimizers.png")));

        // ---- 8. what backprop saves ----
        section(out, "8. What backprop saves: one gradient of the digits network, two ways");
        TwoLayerNet timed = TwoLayerNet.create(Digits.PIXELS, DigitsBenchmark.HIDDEN, Digits.CLASSES, new ReluLayer(),
                new SoftmaxWithLoss(), new Rng(DigitsBenchmark.INIT_SEED));
        Matrix xTimed = options.quick() ? xBatch.rows(range(2)) : xBatch;
        int[] tTimed = options.quick() ? pick(tBatch, range(2)) : tBatch;
        for (int i = 0; i < 20; i++) Backprop.lossAndGradients(timed, xTimed, tTimed); // let the JIT compiler warm up
        long t0 = System.nanoTime();
        int repeats = 50;
        for (int i = 0; i < repeats; i++) Backprop.lossAndGradients(timed, xTimed, tTimed);
        double backpropSeconds = (System.nanoTime() - t0) / 1e9 / repeats;
        List<Matrix> analytic = new ArrayList<>();
        for (Parameter p : timed.parameters()) analytic.add(p.grad().copy());
        long t1 = System.nanoTime();
        List<Matrix> numerical = new ArrayList<>();
        List<Parameter> params = timed.parameters();
        for (Parameter p : params) {
            numerical.add(GradientCheck.numericalGradient(() -> timed.loss(xTimed, tTimed), p.value(), GradientChecks.H));
        }
        double numericSeconds = (System.nanoTime() - t1) / 1e9;
        out.println(String.format(Locale.ROOT, "   %d parameters, a batch of %d.", timed.parameterCount(), xTimed.rows()));
        out.println(String.format(Locale.ROOT, "   backprop:            one forward and one backward pass  %10.3f ms", 1000 * backpropSeconds));
        out.println(String.format(Locale.ROOT, "   central differences: %d forward passes            %10.1f ms", 2 * timed.parameterCount(),
                1000 * numericSeconds));
        double largestDifference = 0;
        double largestRelative = 0;
        int above = 0;
        double largestGradientAbove = 0;
        for (int k = 0; k < params.size(); k++) {
            Matrix byBackprop = analytic.get(k);
            Matrix nm = numerical.get(k);
            for (int r = 0; r < byBackprop.rows(); r++) {
                for (int c = 0; c < byBackprop.cols(); c++) {
                    double g = byBackprop.get(r, c);
                    double rel = GradientCheck.relativeError(g, nm.get(r, c));
                    largestDifference = Math.max(largestDifference, Math.abs(g - nm.get(r, c)));
                    largestRelative = Math.max(largestRelative, rel);
                    if (rel > 1e-7) {
                        above++;
                        largestGradientAbove = Math.max(largestGradientAbove, Math.abs(g));
                    }
                }
            }
        }
        out.println(String.format(Locale.ROOT, "   speed-up: %.0f×; largest difference between the two gradients %.1e", numericSeconds / backpropSeconds,
                largestDifference));
        out.println(String.format(Locale.ROOT, "   largest relative error %.1e: %d of %d entries are above 1e-7, all of them gradients smaller than %.0e,",
                largestRelative, above, timed.parameterCount(), Math.max(largestGradientAbove, 1e-300)));
        out.println(String.format(Locale.ROOT, "   where an absolute difference of up to %.0e (rounding in the loss, a ReLU input within h of 0) is no longer"
                + " small next to the gradient itself.", largestDifference));
        out.println();
        out.println("Figures are in " + figures.toAbsolutePath().normalize());
    }

    /** What trainXor produced. */
    record XorResult(TwoLayerNet net, double firstLoss, double lastLoss, int right, double millis) {}

    /** XOR by full-batch gradient descent with backprop (exercise 5.10's sgdStep). */
    static XorResult trainXor(Matrix x, int[] labels) {
        TwoLayerNet net = TwoLayerNet.create(2, XOR_HIDDEN, 1, new TanhLayer(), new SigmoidWithBce(), new Rng(XOR_SEED));
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

    /** The same XOR training, with every gradient from central differences instead: the time in ms. */
    static double xorByNumericalGradients(Matrix x, int[] labels) {
        TwoLayerNet net = TwoLayerNet.create(2, XOR_HIDDEN, 1, new TanhLayer(), new SigmoidWithBce(), new Rng(XOR_SEED));
        long t0 = System.nanoTime();
        for (int step = 0; step < XOR_STEPS; step++) {
            List<Matrix> grads = new ArrayList<>();
            for (Parameter p : net.parameters()) grads.add(GradientCheck.numericalGradient(() -> net.loss(x, labels), p.value(), GradientChecks.H));
            List<Parameter> params = net.parameters();
            for (int k = 0; k < params.size(); k++) params.get(k).value().addInPlace(grads.get(k), -XOR_LEARNING_RATE);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    static final String APPLE_DIAGRAM = """
            forward (values) →                          ← backward (gradients)

            price 100 ──┐                               2.2 ◀──┐
                        ×  ── 200 ──┐                          ×  ◀── 1.1 ──┐
            count   2 ──┘           ×  ── 220 ──▶ L    110 ◀──┘            ×  ◀── 1
                         tax 1.1 ───┘                          200 ◀────────┘
            """;

    private static String what(Layer layer, int batch, int width) {
        if (layer instanceof Affine) return "x " + batch + "×" + width + " doubles";
        if (layer instanceof ReluLayer) return "mask " + batch + "×" + width + " booleans";
        return "y " + batch + "×" + width + " doubles";
    }

    private static void picture(PrintStream out, String dot, Path png, String what) {
        Optional<Path> image = Graphviz.render(dot, png);
        if (image.isPresent()) {
            out.println("   figure (" + what + ", drawn by Graphviz): " + image.get());
        } else {
            out.println("   (Graphviz's dot is not installed, so " + what + " is saved as DOT text only: "
                    + png.resolveSibling(png.getFileName().toString().replace(".png", ".dot")) + ")");
        }
    }

    private static double maxDifference(TwoLayerNet net, FastMlp fast) {
        List<Parameter> params = net.parameters();
        Matrix[] fastParams = fast.parameters();
        double max = 0;
        for (int k = 0; k < params.size(); k++) max = Math.max(max, params.get(k).value().maxAbsDifference(fastParams[k]));
        return max;
    }

    private static double[] percent(double[] fractions) {
        double[] out = new double[fractions.length];
        for (int i = 0; i < out.length; i++) out[i] = 100 * fractions[i];
        return out;
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

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static String num(double x) {
        return Graphviz.num(x);
    }
}
