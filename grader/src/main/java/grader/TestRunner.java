package grader;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The test JVM of a grading run: runs the tests in one or more test-classes directories through
 * the JUnit Platform and records each result in the journal. Started by {@link Supervisor}, never
 * by hand: {@code java -cp ... grader.TestRunner <journal> <skip-file> <test-classes>...}, with the
 * journal's key ({@link JournalSeal}) as the first 64 bytes of its standard input. Tests named in
 * the skip file (one {@code class#method} per line) already have a result and are left out.
 *
 * <p>Exit codes: 0 all ran; {@value #RESTART} a test timed out or exhausted memory, so its thread
 * or heap may be unfit: the supervisor starts a fresh JVM for the tests that remain.
 */
public final class TestRunner {
    static final int RESTART = 75;

    private TestRunner() {}

    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 3) throw new IllegalArgumentException("usage: TestRunner <journal> <skip-file> <test-classes>...");
        JournalSeal seal = JournalSeal.fromHex(readKey());
        Path journal = Paths.get(args[0]);
        Set<String> skip = new java.util.HashSet<>();
        Path skipFile = Paths.get(args[1]);
        if (java.nio.file.Files.exists(skipFile)) skip.addAll(java.nio.file.Files.readAllLines(skipFile));
        Set<Path> roots = new java.util.LinkedHashSet<>();
        for (int i = 2; i < args.length; i++) roots.add(Paths.get(args[i]));

        // -Dgrader.only=<file>: run only the tests listed there (one class#method per line).
        String onlyFile = System.getProperty("grader.only");
        Set<String> only = onlyFile == null ? null : new java.util.HashSet<>(java.nio.file.Files.readAllLines(Paths.get(onlyFile)));
        JournalListener listener = run(new JournalListener(journal, seal), skip, only, roots);
        // A test stopped at its time limit may leave its thread looping: end the JVM regardless.
        System.out.flush();
        System.exit(listener.restartNeeded() ? RESTART : 0);
    }

    /**
     * Runs the tests under {@code roots} (loaded by the thread's context class loader), except those
     * in {@code skip} and, when {@code only} is not null, those not in it. Ends the JVM with
     * {@link #RESTART} as soon as a test leaves it unfit.
     */
    static JournalListener run(Path journal, Set<String> skip, Set<String> only, Set<Path> roots) {
        return run(new JournalListener(journal), skip, only, roots);
    }

    /**
     * Reads the journal key before any test class is loaded, then takes standard input away: the
     * tests get an empty one, and the pipe is closed so that no test can read it through /proc either.
     */
    private static byte[] readKey() throws java.io.IOException {
        byte[] hex = System.in.readNBytes(2 * JournalSeal.KEY_BYTES);
        System.in.close();
        System.setIn(java.io.InputStream.nullInputStream());
        return hex;
    }

    private static JournalListener run(JournalListener listener, Set<String> skip, Set<String> only, Set<Path> roots) {
        PostDiscoveryFilter notYetRun = descriptor -> descriptor.getSource()
                .filter(s -> s instanceof MethodSource)
                .map(s -> (MethodSource) s)
                .filter(m -> skip.contains(m.getClassName() + "#" + m.getMethodName())
                        || (only != null && !only.contains(m.getClassName() + "#" + m.getMethodName())))
                .map(m -> FilterResult.excluded("already has a result, or not asked for"))
                .orElse(FilterResult.included("to run"));
        String limit = System.getProperty("grader.timeout", Integer.toString(Options.DEFAULT_TIMEOUT_SECONDS)) + " s";
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(roots))
                .filters(notYetRun)
                // Every test gets a preemptive time limit: it runs in a thread of its own, abandoned when time is up.
                .configurationParameter("junit.jupiter.execution.timeout.default", limit)
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new RestartingListener(listener));
        return listener;
    }

    /** Ends the JVM as soon as a test leaves it unfit, so no later test runs beside a looping thread. */
    private record RestartingListener(JournalListener journal) implements TestExecutionListener {
        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            journal.testPlanExecutionStarted(plan);
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            journal.executionSkipped(id, reason);
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            journal.executionStarted(id);
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            journal.executionFinished(id, result);
            if (journal.restartNeeded()) {
                System.out.flush();
                Runtime.getRuntime().halt(RESTART);
            }
        }

        @Override
        public void testPlanExecutionFinished(TestPlan plan) {
            journal.testPlanExecutionFinished(plan);
        }
    }
}
