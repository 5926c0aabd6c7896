package backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import grader.api.Reference;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import toolkit.Datasets;
import toolkit.LabeledData;
import toolkit.Matrix;
import toolkit.Rng;

/** Ordinary tests (no points) of the lesson code, and of the story the README tells. */
class LessonTest {

    // ---- the computation graph ----

    @Test
    @DisplayName("the apple example: 2 apples at 100 with 10% tax cost 220;"
            + " gradients 2.2 (price), 110 (count), 200 (tax)")
    void appleExample() {
        MultiplyNode apples = new MultiplyNode();
        MultiplyNode tax = new MultiplyNode();
        double total = tax.forward(apples.forward(100, 2), 1.1);
        NodeGradients dTax = tax.backward(1);
        NodeGradients dApples = apples.backward(dTax.dx());
        assertThat(total).isCloseTo(220, within(1e-9));
        assertThat(dApples.dx()).isCloseTo(2.2, within(1e-12));
        assertThat(dApples.dy()).isCloseTo(110, within(1e-9));
        assertThat(dTax.dy()).isCloseTo(200, within(1e-12));
    }

    @Test
    @DisplayName("apples and oranges: the add node passes 1.1 to both branches;"
            + " total 715, orange price 3.3, orange count 165, tax 650")
    void applesAndOranges() {
        MultiplyNode apples = new MultiplyNode();
        MultiplyNode oranges = new MultiplyNode();
        AddNode basket = new AddNode();
        MultiplyNode tax = new MultiplyNode();
        double total = tax.forward(basket.forward(apples.forward(100, 2), oranges.forward(150, 3)), 1.1);
        NodeGradients dTax = tax.backward(1);
        NodeGradients dBasket = basket.backward(dTax.dx());
        NodeGradients dOranges = oranges.backward(dBasket.dy());
        assertThat(total).isCloseTo(715, within(1e-9));
        assertThat(dBasket.dx()).isEqualTo(dTax.dx());
        assertThat(dOranges.dx()).isCloseTo(3.3, within(1e-12));
        assertThat(dOranges.dy()).isCloseTo(165, within(1e-9));
        assertThat(dTax.dy()).isCloseTo(650, within(1e-9));
    }

    @Test
    @DisplayName("the same apple graph in the scalar engine gives the same gradients, and draws as DOT and as text")
    void appleInTheEngine() {
        Value price = Value.of(100, "price");
        Value count = Value.of(2, "count");
        Value tax = Value.of(1.1, "tax");
        Value total = price.times(count).times(tax).label("total");
        total.backward();
        assertThat(total.data()).isCloseTo(220, within(1e-9));
        assertThat(price.grad()).isCloseTo(2.2, within(1e-12));
        assertThat(count.grad()).isCloseTo(110, within(1e-9));
        assertThat(tax.grad()).isCloseTo(200, within(1e-12));
        String dot = Graphviz.dot(total);
        assertThat(dot).startsWith("digraph").contains("<b>price</b><br/>data 100").contains("grad 2.2")
                .contains("label=\"×\"").endsWith("}\n");
        assertThat(Graphviz.text(total)).isEqualTo("""
                total = 220 (grad 1) ×
                ├── 200 (grad 1.1) ×
                │   ├── price = 100 (grad 2.2)
                │   └── count = 2 (grad 110)
                └── tax = 1.1 (grad 200)
                """);
    }

    @Test
    @DisplayName("Graphviz.render falls back (empty, .dot written)"
            + " when the dot program is missing, and rejects other formats")
    void renderFallsBack(@TempDir Path dir) throws Exception {
        Value v = Value.of(1, "a").plus(Value.of(2, "b"));
        assertThat(Graphviz.render(Graphviz.dot(v), dir.resolve("g.png"), "no-such-dot-program-here")).isEmpty();
        assertThat(Files.readString(dir.resolve("g.dot"))).contains("digraph");
        assertThatThrownBy(() -> Graphviz.render("digraph {}", dir.resolve("g.pdf")))
                .hasMessageContaining(".png or .svg");
    }

    @Test
    @DisplayName("a null argument to the pictures and the gradient check gets a message naming it"
            + " (in a notebook: what an unfinished exercise leaves behind)")
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> Graphviz.dot((Value) null)).hasMessageContaining("root is null");
        assertThatThrownBy(() -> Graphviz.text(null)).hasMessageContaining("root is null");
        assertThatThrownBy(() -> Graphviz.dot(null, 4)).hasMessageContaining("net is null");
        assertThatThrownBy(() -> Graphviz.render(null, Path.of("g.png"))).hasMessageContaining("dotText is null");
        TwoLayerNet net = TwoLayerNet.create(2, 2, 2, new TanhLayer(), new SoftmaxWithLoss(), new Rng(5));
        assertThatThrownBy(() -> GradientChecks.check(null, Matrix.zeros(1, 2), new int[1]))
                .hasMessageContaining("net is null");
        assertThatThrownBy(() -> GradientChecks.check(net, null, new int[1])).hasMessageContaining("x is null");
        assertThatThrownBy(() -> GradientChecks.check(net, Matrix.zeros(1, 2), null))
                .hasMessageContaining("labels is null");
        assertThatThrownBy(() -> GradientChecks.compare("W1", null, Matrix.zeros(1, 1)))
                .hasMessageContaining("analytic is null");
        assertThatThrownBy(() -> Pictures.digits("t", null, 2, 2)).hasMessageContaining("digits is null");
        assertThatThrownBy(() -> Pictures.confusion("t", null)).hasMessageContaining("m is null");
        assertThatThrownBy(() -> new Pictures.Digit(null, "0")).hasMessageContaining("pixels is null");
        assertThatThrownBy(() -> DigitsFigures.loss(null)).hasMessageContaining("history is null");
        assertThatThrownBy(() -> DigitsFigures.accuracy(null)).hasMessageContaining("history is null");
        LabeledData two = new LabeledData("two", new double[][] {{0}, {1}}, new int[] {0, 1});
        assertThatThrownBy(() -> DigitsFigures.misclassified(two, null, 1)).hasMessageContaining("predicted is null");
        assertThatThrownBy(() -> DigitsFigures.misclassified(two, new int[3], 1)).hasMessageContaining("3 predictions for 2");
        assertThat(DigitsFigures.misclassified(two, new int[] {1, 1}, 5)).extracting(Pictures.Digit::caption)
                .containsExactly("true 0 → 1");
    }

    @Test
    @DisplayName("backward twice doubles the leaves' gradients;"
            + " zeroGrad clears them; a chain of 100,000 values needs no recursion")
    void backwardTwiceAndDeepChains() {
        Value a = Value.of(3);
        Value b = Value.of(-2);
        Value out = a.times(b).plus(a).tanh();
        out.backward();
        double once = a.grad();
        out.backward();
        assertThat(a.grad()).isCloseTo(2 * once, within(1e-15));
        out.zeroGrad();
        assertThat(a.grad()).isZero();
        assertThat(b.grad()).isZero();
        Value start = Value.of(0.5);
        Value end = start;
        for (int i = 0; i < 100_000; i++) end = end.plus(0);
        end.backward();
        assertThat(start.grad()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("Value's helpers built from the exercises: minus, div, neg; setData works on leaves only")
    void valueHelpers() {
        Value a = Value.of(6);
        Value b = Value.of(3);
        Value q = a.div(b).minus(b.neg());
        q.backward();
        assertThat(q.data()).isCloseTo(5, within(1e-12));
        assertThat(a.grad()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(b.grad()).isCloseTo(-6.0 / 9 + 1, within(1e-12));
        assertThatThrownBy(() -> q.setData(1)).isInstanceOf(IllegalStateException.class);
    }

    // ---- layers ----

    @Test
    @DisplayName("the lesson's tanh layer and sigmoid-with-BCE loss match central differences, and leave dout alone")
    void tanhAndBce() {
        Random rnd = new Random(1);
        Matrix x = Reference.matrix(rnd, 4, 3, 2);
        Matrix dout = Reference.matrix(rnd, 4, 3, 1);
        Matrix doutCopy = dout.copy();
        TanhLayer tanh = new TanhLayer();
        tanh.forward(x.copy());
        Matrix dx = tanh.backward(dout);
        assertThat(dout).isEqualTo(doutCopy);
        assertThat(dx.maxAbsDifference(Cases.numeric(v -> Cases.weighted(dout, v.map(Math::tanh)), x.copy())))
                .isLessThan(1e-8);

        Matrix z = Reference.matrix(rnd, 6, 1, 6);
        int[] t = {0, 1, 1, 0, 1, 0};
        SigmoidWithBce bce = new SigmoidWithBce();
        bce.forward(z.copy(), t);
        Matrix dz = bce.backward();
        Matrix numeric = Cases.numeric(s -> new SigmoidWithBce().forward(s, t), z.copy());
        for (int i = 0; i < 6; i++) assertThat(GradientCheck.relativeError(dz.get(i, 0), numeric.get(i, 0)))
                .as("entry " + i).isLessThan(1e-6);
        // a score of 800 for class 0: a naive −log(1 − σ(z)) would be −log 0 = ∞; softplus gives 800 exactly
        assertThat(new SigmoidWithBce().forward(Matrix.ofColumn(800.0), new int[] {0})).isEqualTo(800.0);
    }

    @Test
    @DisplayName("gradient check: backprop and central differences agree to a relative"
            + " error below 1e-7 on seeded two-layer nets (tanh, sigmoid, ReLU)")
    void gradientCheckBelow1e7() {
        Rng rng = new Rng(Demo.CHECK_SEED);
        Matrix x = Matrix.gaussian(7, 5, 1.0, rng);
        int[] t = new int[7];
        for (int i = 0; i < t.length; i++) t[i] = rng.nextInt(4);
        for (Layer activation : new Layer[] {new TanhLayer(), new SigmoidLayer(), new ReluLayer()}) {
            TwoLayerNet net = TwoLayerNet.create(5, 6, 4, activation, new SoftmaxWithLoss(),
                    new Rng(Demo.CHECK_SEED + 1));
            List<GradientChecks.ParameterCheck> checks = GradientChecks.check(net, x, t);
            assertThat(checks).extracting(GradientChecks.ParameterCheck::name).containsExactly("W1", "b1", "W2", "b2");
            assertThat(GradientChecks.worst(checks)).as(activation.name()).isLessThan(1e-7);
        }
    }

    @Test
    @DisplayName("each layer reports what it caches: Affine its input, ReLU a byte per entry, softmax y and t")
    void cachedBytes() {
        TwoLayerNet net = TwoLayerNet.create(64, 64, 10, new ReluLayer(), new SoftmaxWithLoss(), new Rng(1));
        assertThat(net.parameterCount()).isEqualTo(4810);
        net.loss(Matrix.zeros(32, 64), new int[32]);
        assertThat(net.affine1().cachedBytes()).isEqualTo(32 * 64 * 8);
        assertThat(net.activation().cachedBytes()).isEqualTo(32 * 64);
        assertThat(net.affine2().cachedBytes()).isEqualTo(32 * 64 * 8);
        assertThat(net.lossLayer().cachedBytes()).isEqualTo(32 * 10 * 8 + 32 * 4);
    }

    // ---- training ----

    @Test
    @DisplayName("XOR: the 2-4-1 tanh network learns all 4 cases by backprop")
    void xorLearns() {
        LabeledData xor = Datasets.xor();
        Demo.XorResult r = Demo.trainXor(Matrix.of(xor.inputs()), xor.labels());
        assertThat(r.right()).isEqualTo(4);
        assertThat(r.lastLoss()).isLessThan(0.01);
    }

    @Test
    @DisplayName("the digits: 1,797 images of 64 pixels in 0 … 1, 10 classes;"
            + " the seeded split gives 1,437 training and 360 test images, disjoint")
    void digitsData() {
        LabeledData d = Digits.load();
        assertThat(d.size()).isEqualTo(1797);
        assertThat(d.features()).isEqualTo(64);
        int[] perClass = new int[10];
        for (int y : d.labels()) perClass[y]++;
        assertThat(perClass).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
        double max = 0;
        for (double[] row : d.inputs()) for (double v : row) max = Math.max(max, v);
        assertThat(max).isEqualTo(1.0);
        Digits.Split s = Digits.split(d, 0.2, new Rng(DigitsBenchmark.SPLIT_SEED));
        assertThat(s.train().size()).isEqualTo(1437);
        assertThat(s.test().size()).isEqualTo(360);
        java.util.Set<String> train = new java.util.HashSet<>();
        for (double[] row : s.train().inputs()) train.add(java.util.Arrays.toString(row));
        long shared = java.util.Arrays.stream(s.test().inputs())
                .filter(r -> train.contains(java.util.Arrays.toString(r))).count();
        assertThat(shared)
                .as("test images that are also training images (the data has a few exact duplicates)").isLessThan(5);
    }

    @Test
    @DisplayName("the capstone: your layers (TwoLayerNet, Backprop, SGD) train the digits for the full 30 epochs"
            + " from the fixed seeds to 96.39% test accuracy (347 of 360) and a final training loss of 0.0761")
    void digitsTrainOnTheLessonsLayers() {
        Digits.Split s = Digits.split(Digits.load(), 0.2, new Rng(DigitsBenchmark.SPLIT_SEED));
        Training.History h = DigitsBenchmark.train(s.train(), s.test(), DigitsBenchmark.HIDDEN);
        assertThat(h.epochs()).isEqualTo(30);
        assertThat(Math.round(h.finalTestAccuracy() * s.test().size())).as("test digits classified right").isEqualTo(347);
        assertThat(h.trainLoss()[29]).as("mean training loss of epoch 30").isCloseTo(0.0761, within(5e-5));
        assertThat(h.trainLoss()[0]).as("mean training loss of epoch 1").isCloseTo(1.8169, within(5e-5));
    }

    @Test
    @DisplayName("momentum and Adam lower the loss of a small digits net faster than they raise it (3 epochs each)")
    void optimisersLearn() {
        Digits.Split s = Digits.split(Digits.load(), 0.2, new Rng(DigitsBenchmark.SPLIT_SEED));
        for (Optimizer o : new Optimizer[] {new Momentum(0.02, 0.9), new Adam(0.002)}) {
            TwoLayerNet net = TwoLayerNet.create(64, 16, 10, new ReluLayer(), new SoftmaxWithLoss(), new Rng(1));
            Training.History h = Training.layers(net, o, s.train(), s.test(),
                    new Training.Settings(3, 32, 0.1, 2), null);
            assertThat(h.trainLoss()[2]).as(o.name()).isLessThan(h.trainLoss()[0]);
            assertThat(h.finalTestAccuracy()).as(o.name()).isGreaterThan(0.8);
        }
        assertThatThrownBy(() -> new Momentum(0.1, 1.0)).hasMessageContaining("mu is 1.0");
    }

    @Test
    @DisplayName("the confusion matrix counts true × predicted; its text shows the right answers per row")
    void confusionMatrix() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 1, 2, 2, 2}, new int[] {0, 1, 1, 2, 2, 0}, 3);
        assertThat(m.counts()).isEqualTo(new int[][] {{1, 1, 0}, {0, 1, 0}, {1, 0, 2}});
        assertThat(m.correct()).isEqualTo(4);
        assertThat(m.total()).isEqualTo(6);
        assertThat(m.text()).contains("2/3").contains("1/2");
    }

    @Test
    @DisplayName("the progress bar redraws with \\r in a terminal, and writes one line per epoch elsewhere")
    void progressBar() {
        ByteArrayOutputStream live = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(live, true, StandardCharsets.UTF_8), 3, true);
        for (int b = 1; b <= 20; b++) bar.batch(1, b, 20, 0.5);
        bar.epochEnd(1, 20, 0.5, 0.9, 0.8);
        String text = live.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\r epoch 1/3 [").contains("20/20").contains("train  90.0%")
                .endsWith("test  80.0%" + System.lineSeparator());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ProgressBar quiet = new ProgressBar(new PrintStream(log, true, StandardCharsets.UTF_8), 3, false);
        for (int b = 1; b <= 20; b++) quiet.batch(1, b, 20, 0.5);
        quiet.epochEnd(1, 20, 0.5, 0.9, 0.8);
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("\r").hasLineCount(1);
    }

    @Test
    @DisplayName("the demo tells the whole story and writes its"
            + " figures (1 epoch of digits and shorter timings here; the full 30 epochs in the demo)")
    void demoWritesItsFigures(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Demo.run(new PrintStream(text, true, StandardCharsets.UTF_8), dir,
                new Demo.Options(new Training.Settings(1, 32, 0.1, DigitsBenchmark.SHUFFLE_SEED), true));
        for (String f : new String[] {"xor.png", "digits-sample.png", "digits-loss.png",
                                      "digits-accuracy.png", "confusion.png", "misclassified.png", "optimizers.png"}) {
            assertThat(dir.resolve(f)).exists();
            assertThat(Files.size(dir.resolve(f))).isGreaterThan(1000);
        }
        for (String f : new String[] {"apple-graph.dot", "neuron-graph.dot", "layers.dot"}) assertThat(dir.resolve(f))
                .exists();
        String story = text.toString(StandardCharsets.UTF_8);
        assertThat(story).contains("d total / d price = 2.2").contains("4 of 4 right").contains("speed-up");
    }
}
