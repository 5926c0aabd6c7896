package grader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own that runs a chapter's tests, so that nothing student code does can take the
 * grader down with it. {@code mvn test} starts a fresh one for every attempt ({@link Supervisor});
 * watch mode keeps one warm between saves ({@link WarmJvm}). Both are started by the one
 * {@link #command} and driven by the one loop, {@link #runAll}: when a test JVM dies (System.exit,
 * a crash), passes the run's time limit, or asks for a fresh start (after a timeout or an
 * OutOfMemoryError), the test it was running is blamed in the journal and a new JVM runs the tests
 * that remain.
 */
abstract class TestJvm {
    /** How one attempt ended: in time or not, the JVM's exit code (0: all ran), and the end of its output. */
    record Ending(boolean inTime, int exitCode, String tail) {}

    /** The memory and garbage collector of every test JVM: small and predictable, as on a grading server. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8");

    /**
     * Runs, in one JVM, every test of the run that is not in {@code skip}; returns when that JVM is
     * done with them, has ended, or {@code deadline} (a {@link System#nanoTime()}) has passed, in
     * which case it is ended first.
     */
    abstract Ending attempt(Set<String> skip, long deadline) throws IOException;

    /** The one command line of a test JVM: this JVM's java, the shared options, {@code extra}, then the main class. */
    static List<String> command(List<String> extra, List<String> classpath, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dgrader.lang=" + Messages.fromEnvironment().lang()); // the checks' own words in the table's language
        command.addAll(extra);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), main.getName()));
        command.addAll(args);
        return command;
    }

    /**
     * Runs every test once, in as many attempts as it takes, recording in {@code journal} what
     * ended each JVM that did not end cleanly. The whole run may take 2 minutes plus each test's
     * time limit and 2 s.
     */
    static void runAll(TestJvm jvm, Journal journal, int gradedTests, int timeoutSeconds) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120L + (long) gradedTests * (timeoutSeconds + 2));
        for (int attempt = 1; attempt <= gradedTests + 50; attempt++) { // each attempt settles one more test
            Ending end = jvm.attempt(journal.finished(), deadline);
            String culprit = journal.running();
            if (end.inTime() && end.exitCode() == 0 && culprit == null) return;
            // The JVM ended while this test ran: it gets the blame, and a fresh JVM runs the rest.
            if (culprit != null) journal.blame(culprit, why(end));
            if (!end.inTime() || (culprit == null && end.exitCode() != TestRunner.RESTART)) {
                // Nothing to blame, or no time left: the report shows whatever did not run.
                Messages words = Messages.fromEnvironment();
                String stopped = end.inTime() ? words.get("jvm.exited", end.exitCode()) : words.get("jvm.run_time_limit");
                journal.append(new Journal.Exit(stopped + firstErrorLine(end.tail())));
                return;
            }
        }
    }

    /** Why the JVM ended while a test ran, for the test's row of the grade table. */
    private static String why(Ending end) {
        Messages words = Messages.fromEnvironment();
        if (!end.inTime()) return words.get("jvm.run_time_limit.test");
        if (end.tail().contains("OutOfMemoryError")) return words.get("jvm.out_of_memory");
        return words.get("jvm.ended", end.exitCode()) + firstErrorLine(end.tail());
    }

    /** The first line of the output's tail that names an exception or error, as " (...)", or "". */
    private static String firstErrorLine(String tail) {
        return tail.lines().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst()
                .map(l -> " (" + Messages.oneLine(l) + ")").orElse("");
    }

    /** Waits for {@code process} until {@code deadline}; ends it (and what it started) when time is up. */
    static boolean waitOrEnd(Process process, long deadline) {
        boolean ended;
        try {
            ended = process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ended;
    }
}
