package activations;

import static toolkit.Checks.notNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import toolkit.Rng;

/**
 * How long each activation takes, measured: the same inputs through each function, timed after a
 * warm-up (so the JIT compiler has compiled each loop), the median of several runs. The clock is the
 * CPU time of the measuring thread where the JVM offers it (wall-clock time otherwise), so time the
 * thread spends waiting while other programs run does not count; and the runs of the different
 * functions take turns, so a busy moment hits them all alike. The numbers still depend on the
 * machine and the JDK; the ratios to ReLU are what to read.
 *
 * <p>Each function gets a loop of its own that calls it directly, so the timing is of the function,
 * not of a shared call site that has to dispatch between eight functions.
 */
public final class Cost {
    private Cost() {}

    /**
     * How much timing to do: {@code inputs} drawn uniformly from [−5, 5]; a warm-up of at least
     * {@code warmUpRounds} rounds and {@code warmUpMillis} ms; then {@code timedRuns} runs per
     * function, each going over the inputs as often as fills about {@code runMillis} ms.
     */
    public record Budget(int inputs, int warmUpRounds, double warmUpMillis, int timedRuns, double runMillis) {
        /** What the demo uses: about 1.5 s in all on a quiet machine. */
        public static final Budget DEMO = new Budget(100_000, 4, 800, 11, 4);
        /** For a test that only needs the numbers to exist. */
        public static final Budget QUICK = new Budget(10_000, 2, 0, 3, 0.2);
    }

    /** The extra row that shows what a branch costs when its outcome cannot be predicted. */
    public static final String STEP_SORTED = "step, inputs sorted";

    /**
     * Each activation's loop: f applied to every input, summed so the JIT cannot drop the work. The
     * last one runs the step over {@code sorted}, the same inputs in increasing order.
     */
    private static Map<String, ToDoubleFunction<double[]>> loops(double[] sorted) {
        Map<String, ToDoubleFunction<double[]>> loops = new LinkedHashMap<>();
        loops.put(Activation.STEP.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.step(x);
            return s;
        });
        loops.put(Activation.SIGMOID.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.sigmoid(x);
            return s;
        });
        loops.put(Activation.TANH.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.tanh(x);
            return s;
        });
        loops.put(Activation.RELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.relu(x);
            return s;
        });
        loops.put(Activation.LEAKY_RELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.leakyRelu(x, Activation.LEAKY_ALPHA);
            return s;
        });
        loops.put(Activation.ELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.elu(x, Activation.ELU_ALPHA);
            return s;
        });
        loops.put(Activation.GELU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.gelu(x);
            return s;
        });
        loops.put("GELU (tanh approx.)", xs -> {
            double s = 0;
            for (double x : xs) s += Activations.geluTanh(x);
            return s;
        });
        loops.put(Activation.SILU.name(), xs -> {
            double s = 0;
            for (double x : xs) s += Activations.silu(x);
            return s;
        });
        loops.put(STEP_SORTED, xs -> {
            double s = 0;
            for (double x : sorted) s += Activations.step(x);
            return s;
        });
        return loops;
    }

    /**
     * Nanoseconds per evaluation (the median over the timed runs) for each activation, by name, in
     * the lesson's order, plus "GELU (tanh approx.)" and {@link #STEP_SORTED}. Nanoseconds per
     * evaluation are also milliseconds per million evaluations.
     */
    public static Map<String, Double> nanosPerEvaluation(long seed, Budget budget) {
        notNull(budget, "budget");
        Rng rng = new Rng(seed);
        double[] xs = new double[budget.inputs()];
        for (int i = 0; i < xs.length; i++) xs[i] = rng.uniform(-5, 5);
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        Map<String, ToDoubleFunction<double[]>> all = loops(sorted);
        List<String> names = new ArrayList<>(all.keySet());
        List<ToDoubleFunction<double[]>> loops = new ArrayList<>(all.values());
        int n = loops.size();
        double sink = 0;

        // Warm-up: the loops run in turns until the JIT compiler has finished with them: at least
        // warmUpRounds rounds and warmUpMillis, then until two rounds in a row pass without any
        // compiling (on a busy machine the compiler's threads may lag), but never beyond 5 × warmUpMillis.
        // The last round says how long one pass over the inputs takes.
        long[] pass = new long[n];
        long warmUpStart = System.nanoTime();
        long compiled = compilationMillis();
        int quietRounds = 0;
        for (int round = 0; ; round++) {
            for (int f = 0; f < n; f++) {
                long start = now();
                sink += loops.get(f).applyAsDouble(xs);
                pass[f] = now() - start;
            }
            long nowCompiled = compilationMillis();
            quietRounds = nowCompiled == compiled ? quietRounds + 1 : 0;
            compiled = nowCompiled;
            double elapsed = (System.nanoTime() - warmUpStart) / 1e6;
            boolean enough = round + 1 >= budget.warmUpRounds() && elapsed >= budget.warmUpMillis();
            if (enough && (quietRounds >= 2 || elapsed > 5 * budget.warmUpMillis())) break;
        }
        int[] repeats = new int[n];
        for (int f = 0; f < n; f++) repeats[f] = (int) Math.max(1, Math.round(budget.runMillis() * 1e6 / Math.max(1, pass[f])));

        // Timed runs, the functions taking turns.
        double[][] nanos = new double[n][budget.timedRuns()];
        for (int run = 0; run < budget.timedRuns(); run++) {
            for (int f = 0; f < n; f++) {
                long start = now();
                for (int r = 0; r < repeats[f]; r++) sink += loops.get(f).applyAsDouble(xs);
                nanos[f][run] = (now() - start) / ((double) repeats[f] * xs.length);
            }
        }
        if (Double.isNaN(sink)) throw new IllegalStateException("an activation returned NaN for an input in [−5, 5]");
        Map<String, Double> result = new LinkedHashMap<>();
        for (int f = 0; f < n; f++) {
            Arrays.sort(nanos[f]);
            result.put(names.get(f), nanos[f][budget.timedRuns() / 2]);
        }
        return result;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** How long the JIT compiler has worked so far, in ms; −1 if the JVM does not say. */
    private static long compilationMillis() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** This thread's CPU time in nanoseconds if the JVM measures it, else the wall clock. */
    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
