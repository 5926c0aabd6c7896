package backprop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import toolkit.LabeledData;
import toolkit.Rng;

/**
 * The timed run of bench/digits-vs-numpy.sh: loads the digits, splits them, and trains the
 * 64-64-10 network (ReLU, softmax with cross-entropy) with SGD, batch 32, η = 0.1, for 30 epochs
 * on the fast path. It prints one line a script can read:
 * <pre>
 *     java train_seconds=0.212 cpu_seconds=0.205 test_accuracy=0.9639 final_train_loss=0.0761
 * </pre>
 * train_seconds is wall time; cpu_seconds is the CPU time of the training thread, which tells
 * how much of the wall time went to other programs on a busy machine. The time covers the training loop only (30 epochs of shuffling, batches and the per-epoch test
 * evaluation), not the JVM's start or the loading of the data. With the argument {@code --warm}
 * it trains a second time in the same JVM and prints that run too (the JIT compiler has then
 * finished its work).
 */
public final class DigitsBenchmark {
    public static final long SPLIT_SEED = 5;
    public static final long INIT_SEED = 1;
    public static final long SHUFFLE_SEED = 2;
    public static final int HIDDEN = 64;
    public static final Training.Settings SETTINGS = new Training.Settings(30, 32, 0.1, SHUFFLE_SEED);

    private DigitsBenchmark() {}

    public static void main(String[] args) {
        Digits.Split split = Digits.split(Digits.load(), 0.2, new Rng(SPLIT_SEED));
        boolean warm = args.length > 0 && args[0].equals("--warm");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < (warm ? 2 : 1); run++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            Training.History h = train(split.train(), split.test());
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.println(String.format(Locale.ROOT, "java%s train_seconds=%.4f cpu_seconds=%.4f test_accuracy=%.4f final_train_loss=%.4f",
                    run == 0 ? "" : "_warm", h.seconds(), cpu, h.finalTestAccuracy(), h.trainLoss()[h.epochs() - 1]));
        }
    }

    /** The benchmark's training run: a fresh network from INIT_SEED, then SETTINGS on the fast path. */
    public static Training.History train(LabeledData train, LabeledData test) {
        return Training.fast(fastNetwork(SETTINGS.batchSize()), train, test, SETTINGS, null);
    }

    /** The digits network from layer objects: 64-64-10, ReLU, softmax with loss, weights drawn from INIT_SEED. */
    public static TwoLayerNet layerNetwork() {
        return TwoLayerNet.create(Digits.PIXELS, HIDDEN, Digits.CLASSES, new ReluLayer(), new SoftmaxWithLoss(),
                new Rng(INIT_SEED));
    }

    /** The same network on the fast path, for batches of up to {@code maxBatch}, with the same starting weights. */
    public static FastMlp fastNetwork(int maxBatch) {
        return FastMlp.create(Digits.PIXELS, HIDDEN, Digits.CLASSES, maxBatch, new Rng(INIT_SEED));
    }
}
