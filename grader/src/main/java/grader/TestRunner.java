package grader;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;


import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * the JUnit Platform and records each result in the journal. Started by {@link Supervisor} through
 * {@link TestJvm#command}, never by hand:
 * {@code java -cp ... grader.TestRunner --timeout=S --journal=F --skip=F [--only=F] --tests=DIR[:DIR]},
 * with the journal's key ({@link JournalSeal}) as the first 64 bytes of its standard input. Tests
 * named in the skip file (one {@code class#method} per line) already have a result and are left
 * out; with an only file, so are the tests it does not name.
 *
 * <p>Exit codes: 0 all ran; {@value #RESTART} a test timed out or exhausted memory, so its thread
 * or heap may be unfit: the supervisor starts a fresh JVM for the tests that remain.
 */
public final class TestRunner {
    static final int RESTART = 75;

    private TestRunner() {}

    public static void main(String[] args) throws IOException {
        Options opts = Options.parse(args, Set.of("timeout", "journal", "skip", "only", "tests"));
        JournalSeal seal = JournalSeal.fromHex(readKey());
        Set<String> skip = lines(opts.require("skip"));
        Set<String> only = opts.get("only", null) == null ? null : lines(opts.require("only"));
        Set<Path> roots = new LinkedHashSet<>();
        for (String root : opts.require("tests").split(File.pathSeparator)) roots.add(Paths.get(root));
        JournalListener listener = new JournalListener(Paths.get(opts.require("journal")), seal);
        run(listener, skip, only, roots, opts.timeoutSeconds());
        // A test stopped at its time limit may leave its thread looping: end the JVM regardless.
        System.out.flush();
        System.exit(listener.restartNeeded() ? RESTART : 0);
    }

    /** The lines of a file of test keys; none when it does not exist. */
    static Set<String> lines(String file) throws IOException {
        Path path = Paths.get(file);
        return Files.exists(path) ? new HashSet<>(Files.readAllLines(path)) : new HashSet<>();
    }

    /**
     * Reads the journal key before any test class is loaded, then takes standard input away: the
     * tests get an empty one, and the pipe is closed so that no test can read it through /proc either.
     */
    private static byte[] readKey() throws IOException {
        byte[] hex = System.in.readNBytes(2 * JournalSeal.KEY_BYTES);
        System.in.close();
        System.setIn(InputStream.nullInputStream());
        return hex;
    }

    /**
     * Runs the tests under {@code roots} (loaded by the thread's context class loader), except those
     * in {@code skip} and, when {@code only} is not null, those not in it, each with a time limit of
     * {@code timeoutSeconds}. Ends the JVM with {@link #RESTART} as soon as a test leaves it unfit.
     */
    static void run(JournalListener listener, Set<String> skip, Set<String> only, Set<Path> roots, int timeoutSeconds) {
        PostDiscoveryFilter notYetRun = descriptor -> descriptor.getSource()
                .filter(s -> s instanceof MethodSource)
                .map(s -> (MethodSource) s)
                .filter(m -> skip.contains(m.getClassName() + "#" + m.getMethodName())
                        || (only != null && !only.contains(m.getClassName() + "#" + m.getMethodName())))
                .map(m -> FilterResult.excluded("already has a result, or not asked for"))
                .orElse(FilterResult.included("to run"));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(roots))
                .filters(notYetRun)
                // Every test gets a preemptive time limit: it runs in a thread of its own, abandoned when time is up.
                .configurationParameter("junit.jupiter.execution.timeout.default", timeoutSeconds + " s")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new RestartingListener(listener));
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
