package grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Runs inside the test JVM and writes its {@link Journal}: a line when a test starts and one when
 * it ends, each flushed at once, so the results so far survive a JVM that dies later. In a grading
 * run each line is sealed ({@link JournalSeal}), so that the supervisor keeps only the lines this
 * listener wrote.
 */
final class JournalListener implements TestExecutionListener {
    private final Path file;
    private final JournalSeal seal;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private Writer journal;
    /** Set when a test ended in a way that may leave the JVM unfit (a looping thread, exhausted memory). */
    private volatile boolean restartNeeded;

    /** A journal whose every line is sealed with {@code seal} (null: plain lines, as the watch mode's). */
    JournalListener(Path file, JournalSeal seal) {
        this.file = file;
        this.seal = seal;
    }

    /** True once a test timed out or ran out of memory: the rest should run in a fresh JVM. */
    boolean restartNeeded() {
        return restartNeeded;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            journal = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the grade journal " + file, e);
        }
        write(new Journal.Start(System.getProperty("java.version")));
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        Journal.Test test = testOf(id);
        if (journal == null || test == null) return;
        Outcome skipped = Outcome.didNotRun("skipped: " + reason);
        write(id.isTest() ? new Journal.Result(test, skipped, null) : new Journal.Container(test, skipped));
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (journal == null || !id.isTest()) return;
        started.put(id.getUniqueId(), System.nanoTime());
        Journal.Test test = testOf(id);
        if (test != null) write(new Journal.Started(test));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (journal == null) return;
        Long t0 = started.remove(id.getUniqueId());
        Journal.Test test = testOf(id);
        boolean classFailed = !id.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED;
        if (test == null || !(id.isTest() || classFailed)) return;
        Throwable thrown = result.getThrowable().orElse(null);
        Outcome outcome = Outcome.of(result.getStatus(), thrown);
        Double seconds = t0 == null ? null : (System.nanoTime() - t0) / 1e9;
        write(id.isTest() ? new Journal.Result(test, outcome, seconds) : new Journal.Container(test, outcome));
        if (outcome.leavesJvmUnfit(thrown)) restartNeeded = true;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (journal == null) return;
        write(new Journal.End());
        try {
            journal.close();
        } catch (IOException ignored) {
            // the lines are already flushed
        }
        journal = null;
    }

    /** The test (or test class) by its source; null for what is neither, such as the engine itself. */
    private static Journal.Test testOf(TestIdentifier id) {
        TestSource source = id.getSource().orElse(null);
        if (source instanceof MethodSource m) return new Journal.Test(m.getClassName(), m.getMethodName(), id.getDisplayName());
        if (source instanceof ClassSource c) return new Journal.Test(c.getClassName(), null, id.getDisplayName());
        return null;
    }

    private synchronized void write(Journal.Entry entry) {
        try {
            String json = Journal.line(entry);
            journal.write(seal == null ? json : seal.seal(json));
            journal.write('\n');
            journal.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the grade journal", e);
        }
    }
}
