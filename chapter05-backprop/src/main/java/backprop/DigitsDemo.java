package backprop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import toolkit.LabeledData;
import toolkit.Matrix;
import toolkit.Plots;
import toolkit.Terminal;

/**
 * Sections 6 to 8 of the chapter's demo ({@link Demo} runs them in order): the digits network
 * trained by backprop, then with momentum and Adam, and what backprop saves against central
 * differences on one of its gradients.
 */
final class DigitsDemo {
    private DigitsDemo() {}

    // ---- 6. digits ----

    /** Trains the digits network of your layers with SGD and shows what it learnt; returns its history for section 7. */
    static Training.History handwrittenDigits(PrintStream out, Path figures, Digits.Split split, Training.Settings digits,
                                              int parameters) {
        Demo.section(out, "6. Handwritten digits: 64-64-10, ReLU, softmax, SGD");
        LabeledData train = split.train();
        LabeledData test = split.test();
        out.println(String.format(Locale.ROOT, "   %d images of 8×8 pixels: %d for training, %d for testing "
                + "(split seed %d).", train.size() + test.size(), train.size(), test.size(),
                DigitsBenchmark.SPLIT_SEED));
        List<Pictures.Digit> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) samples.add(new Pictures.Digit(train.input(i), "label " + train.label(i)));
        String title = "Training digits (8×8 pixels, enlarged)";
        out.println("   figure: " + Plots.savePng(Pictures.digits(title, samples, 10, 10),
                figures.resolve("digits-sample.png")));
        out.println(String.format(Locale.ROOT, "   Training: %d epochs, batches of %d, η = %s, %d parameters.",
                digits.epochs(), digits.batchSize(), digits.learningRate(), parameters));
        TwoLayerNet net = DigitsBenchmark.layerNetwork(); // your Affine, ReluLayer and SoftmaxWithLoss
        Training.History history = Training.layers(net, new Sgd(digits.learningRate()), train, test, digits,
                new ProgressBar(out, digits.epochs()));
        out.println(String.format(Locale.ROOT, "   Test accuracy %.2f%% after %d epochs; the loop took %.3f s (with "
                + "the progress bar; bench/digits-vs-numpy.sh times it without).", 100 * history.finalTestAccuracy(),
                digits.epochs(), history.seconds()));
        out.println("   figure: " + Plots.savePng(DigitsFigures.loss(history), figures.resolve("digits-loss.png")));
        out.println("   figure: " + Plots.savePng(DigitsFigures.accuracy(history), figures.resolve("digits-accuracy.png")));
        testSetMistakes(out, figures, test, net.predict(Digits.inputs(test)));
        return history;
    }

    /** The confusion matrix of the trained network on the test set, and the digits it got wrong. */
    private static void testSetMistakes(PrintStream out, Path figures, LabeledData test, int[] predicted) {
        ConfusionMatrix confusion = ConfusionMatrix.of(test.labels(), predicted, Digits.CLASSES);
        out.println("   Confusion matrix (혼동 행렬) on the test set:");
        out.print(Terminal.indent(confusion.text(), "   "));
        out.println("   figure: " + Plots.savePng(Pictures.confusion("Digits: test set confusion matrix", confusion),
                figures.resolve("confusion.png")));
        List<Pictures.Digit> wrong = DigitsFigures.misclassified(test, predicted, 12);
        if (!wrong.isEmpty()) {
            out.println("   figure: " + Plots.savePng(Pictures.digits("Misclassified test digits (true → predicted)",
                    wrong, 6, 12), figures.resolve("misclassified.png")));
        }
    }

    // ---- 7. optimisers ----

    /** Momentum and Adam from the same start as section 6's SGD run ({@code sgd}, not trained again). */
    static void optimizers(PrintStream out, Path figures, Digits.Split split, Training.Settings digits,
                           Training.History sgd) {
        Demo.section(out, "7. Beyond plain SGD: momentum and Adam (최적화 기법)");
        Map<String, double[]> curves = new LinkedHashMap<>();
        Optimizer[] optimizers = {new Sgd(digits.learningRate()), new Momentum(0.02, 0.9), new Adam(0.002)};
        for (Optimizer optimizer : optimizers) {
            Training.History h = optimizer instanceof Sgd ? sgd
                    : Training.layers(DigitsBenchmark.layerNetwork(), optimizer, split.train(), split.test(), digits, null);
            curves.put(optimizer.name(), h.trainLoss());
            out.println(String.format(Locale.ROOT, "   %-28s training loss %.4f after epoch 1, %.5f after epoch %d; "
                    + "test accuracy %.2f%%", optimizer.name(), h.trainLoss()[0], h.trainLoss()[h.epochs() - 1],
                    h.epochs(), 100 * h.finalTestAccuracy()));
        }
        out.println("   figure: " + Plots.savePng(Plots.lines("Digits: training loss per epoch by optimiser", "epoch",
                "training loss (log scale)", curves, true), figures.resolve("optimizers.png")));
    }

    // ---- 8. what backprop saves ----

    static void whatBackpropSaves(PrintStream out, Demo.Batch batch, boolean quick) {
        Demo.section(out, "8. What backprop saves: one gradient of the digits network, two ways");
        TwoLayerNet timed = DigitsBenchmark.layerNetwork();
        Matrix x = quick ? batch.x().rows(Demo.range(2)) : batch.x();
        int[] t = quick ? Demo.pick(batch.t(), Demo.range(2)) : batch.t();
        for (int i = 0; i < 20; i++) Backprop.lossAndGradients(timed, x, t); // let the JIT compiler warm up
        long t0 = System.nanoTime();
        int repeats = 50;
        for (int i = 0; i < repeats; i++) Backprop.lossAndGradients(timed, x, t);
        double backpropSeconds = (System.nanoTime() - t0) / 1e9 / repeats;
        List<Matrix> analytic = new ArrayList<>();
        for (Parameter p : timed.parameters()) analytic.add(p.grad().copy());
        long t1 = System.nanoTime();
        List<Matrix> numerical = new ArrayList<>();
        for (Parameter p : timed.parameters()) {
            numerical.add(GradientCheck.numericalGradient(() -> timed.loss(x, t), p.value(), GradientChecks.H));
        }
        double numericSeconds = (System.nanoTime() - t1) / 1e9;
        out.println(String.format(Locale.ROOT, "   %d parameters, a batch of %d.", timed.parameterCount(), x.rows()));
        out.println(String.format(Locale.ROOT, "   backprop:            one forward and one backward pass  %10.3f ms",
                1000 * backpropSeconds));
        out.println(String.format(Locale.ROOT, "   central differences: %d forward passes            %10.1f ms",
                2 * timed.parameterCount(), 1000 * numericSeconds));
        compareGradients(out, analytic, numerical, numericSeconds / backpropSeconds, timed.parameterCount());
    }

    /** How far backprop's gradients are from the central differences, entry by entry, and why some look far. */
    private static void compareGradients(PrintStream out, List<Matrix> analytic, List<Matrix> numerical,
                                         double speedUp, int parameters) {
        double largestDifference = 0;
        double largestRelative = 0;
        int above = 0;
        double largestGradientAbove = 0;
        for (int k = 0; k < analytic.size(); k++) {
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
        out.println(String.format(Locale.ROOT, "   speed-up: %.0f×; largest difference between the two gradients %.1e",
                speedUp, largestDifference));
        out.println(String.format(Locale.ROOT, "   largest relative error %.1e: %d of %d entries are above 1e-7, all "
                + "of them gradients smaller than %.0e,", largestRelative, above, parameters,
                Math.max(largestGradientAbove, 1e-300)));
        out.println(String.format(Locale.ROOT, "   where an absolute difference of up to %.0e (rounding in the loss, "
                + "a ReLU input within h of 0) is no longer small next to the gradient itself.", largestDifference));
    }
}
