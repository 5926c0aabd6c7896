package backprop;

import java.util.Arrays;
import java.util.List;
import toolkit.LabeledData;
import toolkit.Matrix;
import toolkit.Rng;

/**
 * Mini-batch training of the digits network through its layer objects ({@link TwoLayerNet}, your
 * layers, backprop by exercise 5.10, any {@link Optimizer}). Each epoch visits the training set
 * once in a new random order, then measures the test set.
 */
public final class Training {
    private Training() {}

    /**
     * What training measured, one entry per epoch.
     *
     * @param trainLoss     mean loss of the epoch's batches, each measured just before its step
     * @param trainAccuracy fraction of training samples classified right, each just before its step
     * @param testLoss      mean loss on the test set after the epoch
     * @param testAccuracy  fraction of the test set classified right after the epoch
     * @param seconds       wall time of the whole loop
     */
    public record History(double[] trainLoss, double[] trainAccuracy, double[] testLoss, double[] testAccuracy, double seconds) {
        public int epochs() {
            return trainLoss.length;
        }

        public double finalTestAccuracy() {
            return testAccuracy[testAccuracy.length - 1];
        }

        @Override
        public String toString() {
            return "History[" + epochs() + " epochs, test accuracy " + Arrays.toString(testAccuracy) + ", " + seconds + " s]";
        }
    }

    /** The settings of a run: epochs, batch size, learning rate (for SGD) and the seed of the shuffles. */
    public record Settings(int epochs, int batchSize, double learningRate, long shuffleSeed) {
        public Settings {
            if (epochs < 1) throw new IllegalArgumentException("epochs is " + epochs + ": train for at least 1");
            if (batchSize < 1) throw new IllegalArgumentException("batchSize is " + batchSize + ": a batch has at least 1 sample");
            if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate is " + learningRate + ": it must be positive");
        }
    }

    /**
     * Trains {@code net} in place and returns what each epoch measured. {@code progress} may be
     * null (silent, as in a benchmark).
     */
    public static History layers(TwoLayerNet net, Optimizer optimizer, LabeledData train, LabeledData test, Settings settings,
                                 ProgressBar progress) {
        if (!(net.lossLayer() instanceof SoftmaxWithLoss softmax)) {
            throw new IllegalArgumentException("this loop trains a softmax classifier, not " + net.lossLayer().name());
        }
        Matrix x = Digits.inputs(train);
        int[] y = train.labels();
        Matrix xTest = Digits.inputs(test);
        int[] yTest = test.labels();
        int n = y.length;
        int batches = (n + settings.batchSize() - 1) / settings.batchSize();
        List<Parameter> parameters = net.parameters(); // each fetches its gradient anew, so one list serves every step
        Rng shuffle = new Rng(settings.shuffleSeed());
        History h = empty(settings.epochs());
        long t0 = System.nanoTime();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            int[] order = shuffle.permutation(n);
            double lossSum = 0;
            int correct = 0;
            int[] rows = new int[settings.batchSize()];
            int[] labels = new int[settings.batchSize()];
            for (int b = 0; b < batches; b++) {
                int from = b * settings.batchSize();
                int to = Math.min(n, from + settings.batchSize());
                if (to - from != rows.length) { // the last batch may be smaller
                    rows = new int[to - from];
                    labels = new int[to - from];
                }
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = order[from + i];
                    labels[i] = y[rows[i]];
                }
                lossSum += Backprop.lossAndGradients(net, x.rows(rows), labels) * rows.length;
                correct += rightAnswers(softmax.probabilities(), labels);
                optimizer.update(parameters);
                if (progress != null) progress.batch(epoch + 1, b + 1, batches, lossSum / to);
            }
            // one forward pass over the test set gives both its loss and its accuracy
            Matrix testScores = net.scores(xTest);
            double testLoss = softmax.forward(testScores, yTest);
            double testAccuracy = (double) rightAnswers(testScores, yTest) / yTest.length;
            record(h, epoch, lossSum / n, (double) correct / n, testLoss, testAccuracy, progress, batches);
        }
        return finish(h, t0);
    }

    /** How many rows' predicted class (the largest entry) is their label. */
    private static int rightAnswers(Matrix scores, int[] labels) {
        int[] predicted = TwoLayerNet.classes(scores);
        int right = 0;
        for (int i = 0; i < labels.length; i++) if (predicted[i] == labels[i]) right++;
        return right;
    }

    private static History empty(int epochs) {
        return new History(new double[epochs], new double[epochs], new double[epochs], new double[epochs], 0);
    }

    private static void record(History h, int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                               ProgressBar progress, int batches) {
        h.trainLoss()[epoch] = trainLoss;
        h.trainAccuracy()[epoch] = trainAccuracy;
        h.testLoss()[epoch] = testLoss;
        h.testAccuracy()[epoch] = testAccuracy;
        if (progress != null) progress.epochEnd(epoch + 1, batches, trainLoss, trainAccuracy, testAccuracy);
    }

    private static History finish(History h, long t0) {
        return new History(h.trainLoss(), h.trainAccuracy(), h.testLoss(), h.testAccuracy(), (System.nanoTime() - t0) / 1e9);
    }
}
