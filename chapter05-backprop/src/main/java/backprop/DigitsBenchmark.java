package backprop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import toolkit.LabeledData;
import toolkit.Rng;

/**
 * The timed run of bench/digits-vs-numpy.sh: loads the digits, splits them, and trains the
 * 64-64-10 network of the lesson ({@link TwoLayerNet} with your {@code Affine}, {@code ReluLayer}
 * and {@code SoftmaxWithLoss}, backprop by {@link Backprop#lossAndGradients}, {@link Sgd}), batch
 * 32, η = 0.1, for 30 epochs. It prints one line a script can read:
 * <pre>
 *     java hidden=64 train_seconds=0.212 cpu_seconds=0.205 test_accuracy=0.9639 final_train_loss=0.0761
 * </pre>
 * train_seconds is wall time; cpu_seconds is the CPU time of the training thread, which tells
 * how much of the wall time went to other programs on a busy machine. The time covers the
 * training loop only (30 epochs of shuffling, batches and the per-epoch test evaluation), not the
 * JVM's start or the loading of the data. Arguments: {@code --trainings T} trains T times in the
 * same JVM, each from the same start, and prints the first ("java", cold: the JIT compiler still
 * at work) and the last ("java_warm"); {@code --warm} is {@code --trainings 5} (on a busy 2-core
 * machine the compiler needs a few trainings to finish); {@code --hidden N} sets the hidden width
 * (default 64), to see how the cost grows.
 */
public final class DigitsBenchmark {
    public static final long SPLIT_SEED = 5;
    public static final long INIT_SEED = 1;
    public static final long SHUFFLE_SEED = 2;
    public static final int HIDDEN = 64;
    public static final Training.Settings SETTINGS = new Training.Settings(30, 32, 0.1, SHUFFLE_SEED);

    private DigitsBenchmark() {}

    public static void main(String[] args) {
        int trainings = 1;
        int hidden = HIDDEN;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warm")) trainings = 5;
            else if (args[i].equals("--trainings") && i + 1 < args.length) trainings = Integer.parseInt(args[++i]);
            else if (args[i].equals("--hidden") && i + 1 < args.length) hidden = Integer.parseInt(args[++i]);
            else throw new IllegalArgumentException("unknown argument " + args[i] + ": use [--warm | --trainings T] [--hidden N]");
        }
        Digits.Split split = Digits.split(Digits.load(), 0.2, new Rng(SPLIT_SEED));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < trainings; run++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            Training.History h = train(split.train(), split.test(), hidden);
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (run > 0 && run < trainings - 1) continue; // the trainings between the first and the last only warm up
            System.out.println(String.format(Locale.ROOT,
                    "java%s hidden=%d train_seconds=%.4f cpu_seconds=%.4f test_accuracy=%.4f final_train_loss=%.4f",
                    run == 0 ? "" : "_warm", hidden, h.seconds(), cpu, h.finalTestAccuracy(), h.trainLoss()[h.epochs() - 1]));
        }
    }

    /** The benchmark's training run: a fresh network from INIT_SEED, then SETTINGS with plain SGD, silent. */
    public static Training.History train(LabeledData train, LabeledData test, int hidden) {
        return Training.layers(layerNetwork(hidden), new Sgd(SETTINGS.learningRate()), train, test, SETTINGS, null);
    }

    /** The digits network from layer objects: 64-64-10, ReLU, softmax with loss, weights drawn from INIT_SEED. */
    public static TwoLayerNet layerNetwork() {
        return layerNetwork(HIDDEN);
    }

    /** The same with another hidden width: 64-hidden-10. */
    public static TwoLayerNet layerNetwork(int hidden) {
        return TwoLayerNet.create(Digits.PIXELS, hidden, Digits.CLASSES, new ReluLayer(), new SoftmaxWithLoss(),
                new Rng(INIT_SEED));
    }
}
