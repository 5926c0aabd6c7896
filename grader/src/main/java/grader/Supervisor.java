package grader;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Runs a grading run's tests ({@code mvn test}, the course check, Gradescope) in a fresh
 * {@link TestJvm} for every attempt, and keeps what the tests print in test-output.txt
 * ({@link CappedOutput}).
 *
 * <p>Each test JVM writes its own journal, sealed with a key it gets from here ({@link JournalSeal});
 * journal.jsonl, which the report reads, holds only the lines whose seal is right, and this class's
 * own. Lines that student code added are left out and counted in a "forged" line. With
 * {@code -Dgrader.user=NAME} the test JVMs run as that user ({@link Sandbox}).
 */
final class Supervisor extends TestJvm {
    private final List<String> classpath;
    private final List<Path> testRoots;
    private final Path gradeDir;
    private final int gradedTests;
    private final int timeoutSeconds;
    private final Journal journal;
    private String user = System.getProperty(Sandbox.USER_PROPERTY, "");
    private Path only;
    private Sandbox sandbox;
    private List<String> runPath;
    private CappedOutput output;

    /** {@code timeoutSeconds}: each test's time limit. */
    Supervisor(List<String> classpath, List<Path> testRoots, Path gradeDir, int gradedTests, int timeoutSeconds) {
        if (timeoutSeconds < 1) throw new IllegalArgumentException("a test's time limit is at least 1 s, not " + timeoutSeconds);
        this.classpath = classpath;
        this.testRoots = testRoots;
        this.gradeDir = gradeDir;
        this.gradedTests = gradedTests;
        this.timeoutSeconds = timeoutSeconds;
        this.journal = new Journal(gradeDir.resolve("journal.jsonl"));
    }

    /** Runs only these tests (class#method); the others are left out of the run. */
    Supervisor only(Collection<String> keys) throws IOException {
        Files.createDirectories(gradeDir);
        only = gradeDir.resolve("only.txt");
        Files.write(only, keys, StandardCharsets.UTF_8);
        return this;
    }

    /** Runs the test JVMs as {@code user} ("" for this process's own user), instead of -Dgrader.user's. */
    Supervisor runAs(String user) {
        this.user = user;
        return this;
    }

    /** journal.jsonl: what the last {@link #run()} recorded, to grade. */
    Journal journal() {
        return journal;
    }

    /** Runs every test once, restarting the test JVM as often as needed. */
    void run() throws IOException {
        journal.clear(); // empty, and this JVM's: the test JVM cannot write it
        sandbox = user.isBlank() ? null : Sandbox.create(user, gradeDir);
        runPath = sandbox == null ? classpath : sandbox.classpath(classpath);
        Path outputFile = gradeDir.resolve("test-output.txt");
        Files.deleteIfExists(outputFile);
        try (CappedOutput out = new CappedOutput(outputFile)) {
            output = out;
            TestJvm.runAll(this, journal, gradedTests, timeoutSeconds);
        }
    }

    @Override
    Ending attempt(Set<String> skip, long deadline) throws IOException {
        Path skipFile = gradeDir.resolve("skip.txt");
        Files.write(skipFile, skip, StandardCharsets.UTF_8);
        JournalSeal.Issued key = JournalSeal.issue();
        Files.deleteIfExists(runnerJournal());
        Process child = start(skipFile);
        sendKey(child, key.hexKey());
        Thread pump = pump(child.getInputStream());
        boolean inTime = TestJvm.waitOrEnd(child, deadline);
        if (sandbox != null) sandbox.endLeftovers(); // before the pump: a leftover may hold the output open
        joinQuietly(pump);
        admit(key.seal());
        return new Ending(inTime, inTime ? child.exitValue() : -1, output.takeTail());
    }

    /** Where the test JVM writes its sealed journal: a folder it may write. */
    private Path runnerJournal() {
        return (sandbox == null ? gradeDir : sandbox.work()).resolve("runner-journal.jsonl");
    }

    private Process start(Path skipFile) throws IOException {
        List<String> args = new ArrayList<>(List.of("--timeout=" + timeoutSeconds, "--journal=" + runnerJournal(),
                "--skip=" + skipFile));
        if (only != null) args.add("--only=" + only);
        List<String> roots = testRoots.stream().map(r -> (sandbox == null ? r : sandbox.copyOf(r)).toString()).toList();
        args.add("--tests=" + String.join(File.pathSeparator, roots));
        List<String> extra = sandbox == null ? List.of() : sandbox.jvmOptions();
        List<String> command = TestJvm.command(extra, runPath, TestRunner.class, args);
        ProcessBuilder builder = sandbox == null ? new ProcessBuilder(command) : sandbox.processBuilder(command);
        return builder.redirectErrorStream(true).start();
    }

    /** The journal's key goes to the test JVM on its standard input, which is then closed. */
    private static void sendKey(Process child, byte[] hexKey) {
        try (OutputStream in = child.getOutputStream()) {
            in.write(hexKey);
        } catch (IOException e) {
            // the test JVM died before reading it: its exit code and output say why
        } finally {
            Arrays.fill(hexKey, (byte) 0);
        }
    }

    /**
     * Moves the sealed lines of the last test JVM's journal into journal.jsonl, which is written anew
     * (so nothing else written to it survives), and counts the lines that were not sealed by that
     * JVM's key in a "forged" line.
     */
    private void admit(JournalSeal seal) throws IOException {
        JournalSeal.Opened opened = seal.open(runnerJournal());
        journal.admit(opened.sealed());
        if (opened.foreign().isEmpty()) return;
        List<String> claims = opened.claims();
        journal.append(new Journal.Forged(opened.foreign().size(), claims));
        String claimed = claims.isEmpty() ? "" : "; they claimed: " + String.join(", ", claims);
        System.out.println("grader: left out " + opened.foreign().size() + " line(s) of the test JVM's journal that"
                + " its test runner did not write" + claimed);
    }

    /** Copies the child's output into the run's capped output. */
    private Thread pump(InputStream in) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(output);
                output.flush();
            } catch (IOException e) {
                // the child is gone; what was written is kept
            }
        }, "grader-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
