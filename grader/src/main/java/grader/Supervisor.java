package grader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a chapter's tests in JVMs of their own, so that nothing student code does can take the
 * report down with it. When a test JVM dies (System.exit, a crash), is stopped at a time limit,
 * or asks for a fresh start (after a timeout or an OutOfMemoryError), the test it was running is
 * recorded against that test and a new JVM runs the tests that remain. What the tests print is
 * kept in test-output.txt, capped so that a test printing millions of lines cannot fill the disk.
 *
 * <p>Each test JVM writes its own journal, sealed with a key it gets from here ({@link JournalSeal});
 * journal.jsonl, which the report reads, holds only the lines whose seal is right, and this class's
 * own. Lines that student code added are left out and counted in a "forged" line. With
 * {@code -Dgrader.user=NAME} the test JVMs run as that user ({@link Sandbox}).
 */
public final class Supervisor {
    /** At most this much of the tests' output is kept. */
    static final long OUTPUT_CAP_BYTES = 1 << 20;

    private final List<String> classpath;
    private final List<Path> testRoots;
    private final Path gradeDir;
    private final int gradedTests;
    private final int timeoutSeconds;
    private String user = System.getProperty(Sandbox.USER_PROPERTY, "");
    private Sandbox sandbox;
    /** journal.jsonl as it should be: the sealed lines of every test JVM so far and this class's own. */
    private final List<String> kept = new ArrayList<>();

    /** {@code timeoutSeconds}: each test's time limit (normally {@link Options#DEFAULT_TIMEOUT_SECONDS}). */
    public Supervisor(List<String> classpath, List<Path> testRoots, Path gradeDir, int gradedTests, int timeoutSeconds) {
        if (timeoutSeconds < 1) throw new IllegalArgumentException("a test's time limit is at least 1 s, not " + timeoutSeconds);
        this.classpath = classpath;
        this.testRoots = testRoots;
        this.gradeDir = gradeDir;
        this.gradedTests = gradedTests;
        this.timeoutSeconds = timeoutSeconds;
    }

    private Path only;

    /** Runs only these tests (class#method); the others are left out of the run. */
    public Supervisor only(java.util.Collection<String> keys) throws IOException {
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

    Path journal() {
        return gradeDir.resolve("journal.jsonl");
    }

    /** Where the test JVM writes its sealed journal: a folder it may write. */
    private Path runnerJournal() {
        return (sandbox == null ? gradeDir : sandbox.work()).resolve("runner-journal.jsonl");
    }

    /** Runs every test once, restarting the test JVM as often as needed. */
    public void run() throws IOException {
        Files.createDirectories(gradeDir);
        kept.clear();
        Files.write(journal(), kept, StandardCharsets.UTF_8); // empty, and this JVM's: the test JVM cannot write it
        sandbox = user.isBlank() ? null : Sandbox.create(user, gradeDir);
        List<String> runPath = sandbox == null ? classpath : sandbox.classpath(classpath);
        Path skipFile = gradeDir.resolve("skip.txt");
        Files.deleteIfExists(skipFile);
        Path output = gradeDir.resolve("test-output.txt");
        Files.deleteIfExists(output);
        long[] written = {0, 0}; // bytes kept, bytes dropped: over the whole run
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120L + (long) gradedTests * (timeoutSeconds + 2));

        for (int attempt = 1; ; attempt++) {
            Set<String> done = finishedTests();
            Files.write(skipFile, done, StandardCharsets.UTF_8);
            JournalSeal.Issued key = JournalSeal.issue();
            Files.deleteIfExists(runnerJournal());
            Process child = start(skipFile, runPath);
            sendKey(child, key.hexKey());
            StringBuilder tail = new StringBuilder();
            Thread pump = pump(child.getInputStream(), output, written, tail);
            long left = deadline - System.nanoTime();
            boolean ended;
            try {
                ended = child.waitFor(Math.max(1, left), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = false;
            }
            if (!ended) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
                waitQuietly(child);
            }
            if (sandbox != null) sandbox.endLeftovers(); // before the pump: a leftover may hold the output open
            joinQuietly(pump);
            admit(key.seal());
            int code = ended ? child.exitValue() : -1;
            String culprit = runningTest();
            if (ended && code == 0 && culprit == null) {
                if (written[1] > 0) appendOutput(output, "\n[grader: the tests printed more than " + (OUTPUT_CAP_BYTES >> 20)
                        + " MiB; the other " + written[1] + " bytes were dropped]\n");
                return;
            }
            String last;
            synchronized (tail) {
                last = tail.toString();
            }
            if (culprit != null) {
                // The JVM ended while this test ran: it gets the blame, and a fresh JVM runs the rest.
                recordCrash(culprit, !ended ? "the whole grading run passed its time limit while this test ran"
                        : last.contains("OutOfMemoryError") ? "the test JVM ran out of memory (OutOfMemoryError): a list or array that grows without end?"
                        : "the test JVM ended (exit code " + code + ") while this test ran: does the code call System.exit"
                                + " or Runtime.halt?" + firstErrorLine(last));
            }
            if (!ended || (culprit == null && code != TestRunner.RESTART)) {
                // Nothing to blame, or no time left: the report shows whatever did not run.
                appendJournal(Map.of("event", "exit", "message",
                        (ended ? "the test JVM exited with code " + code : "the grading run passed its time limit")
                                + firstErrorLine(last)));
                return;
            }
            if (attempt > gradedTests + 50) return; // cannot happen: every attempt settles one more test
        }
    }

    private Process start(Path skipFile, List<String> runPath) throws IOException {
        Path javaBin = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(javaBin.toString(),
                "-Xmx384m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dgrader.timeout=" + timeoutSeconds));
        if (only != null) command.add("-Dgrader.only=" + only);
        if (sandbox != null) command.addAll(sandbox.jvmOptions());
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, runPath),
                TestRunner.class.getName(), runnerJournal().toString(), skipFile.toString()));
        for (Path root : testRoots) command.add((sandbox == null ? root : sandbox.copyOf(root)).toString());
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
            java.util.Arrays.fill(hexKey, (byte) 0);
        }
    }

    /**
     * Moves the sealed lines of the last test JVM's journal into journal.jsonl, which is written anew
     * from {@link #kept} (so nothing else written to it survives), and counts the lines that were not
     * sealed by that JVM's key in a "forged" line.
     */
    private void admit(JournalSeal seal) throws IOException {
        JournalSeal.Opened opened = seal.open(runnerJournal());
        Files.write(journal(), kept, StandardCharsets.UTF_8);
        for (String line : opened.sealed()) keep(line);
        if (opened.foreign().isEmpty()) return;
        List<String> claims = opened.claims();
        Map<String, Object> forged = new LinkedHashMap<>();
        forged.put("event", "forged");
        forged.put("lines", opened.foreign().size());
        forged.put("claims", claims);
        keep(Json.write(forged));
        String claimed = claims.isEmpty() ? "" : "; they claimed: " + String.join(", ", claims);
        System.out.println("grader: left out " + opened.foreign().size() + " line(s) of the test JVM's journal that"
                + " its test runner did not write" + claimed);
    }

    /**
     * Copies the child's output to the file, keeping at most OUTPUT_CAP_BYTES over the whole run
     * (written[0] kept, written[1] dropped), and the last few kilobytes in {@code tail} to diagnose a crash.
     */
    private static Thread pump(InputStream in, Path file, long[] written, StringBuilder tail) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    long room = OUTPUT_CAP_BYTES - written[0];
                    int keep = (int) Math.max(0, Math.min(room, n));
                    if (keep > 0) out.write(buffer, 0, keep);
                    written[0] += keep;
                    written[1] += n - keep;
                    synchronized (tail) {
                        tail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        if (tail.length() > 16384) tail.delete(0, tail.length() - 16384);
                    }
                }
            } catch (IOException e) {
                // the child is gone; what was written is kept
            }
        }, "grader-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The tests that already have a result in the journal. */
    private Set<String> finishedTests() {
        return finishedTests(journal());
    }

    static Set<String> finishedTests(Path journal) {
        Set<String> done = new LinkedHashSet<>();
        for (Map<String, Object> line : Grade.readJournal(journal)) {
            if ("result".equals(line.get("event"))) done.add(line.get("class") + "#" + line.get("method"));
        }
        return done;
    }

    /** The test that started last and has no result: the one running when the JVM ended. */
    private String runningTest() {
        return runningTest(journal());
    }

    static String runningTest(Path journal) {
        String running = null;
        Map<String, Map<String, Object>> started = new LinkedHashMap<>();
        for (Map<String, Object> line : Grade.readJournal(journal)) {
            String key = line.get("class") + "#" + line.get("method");
            if ("started".equals(line.get("event"))) {
                started.put(key, line);
                running = key;
            } else if ("result".equals(line.get("event"))) {
                started.remove(key);
                if (key.equals(running)) running = null;
            }
        }
        return running != null && started.containsKey(running) ? running : null;
    }

    private void recordCrash(String key, String why) throws IOException {
        keep(Json.write(crash(key, why)));
    }

    static void recordCrash(Path journal, String key, String why) throws IOException {
        appendJournal(journal, crash(key, why));
    }

    private static Map<String, Object> crash(String key, String why) {
        int hash = key.indexOf('#');
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "result");
        line.put("class", key.substring(0, hash));
        line.put("method", key.substring(hash + 1));
        line.put("status", "crashed");
        line.put("message", why);
        return line;
    }

    private void appendJournal(Map<String, Object> line) throws IOException {
        keep(Json.write(line));
    }

    /** One line of journal.jsonl, in memory and on disk. */
    private void keep(String json) throws IOException {
        kept.add(json);
        Files.writeString(journal(), json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static void appendJournal(Path journal, Map<String, Object> line) throws IOException {
        Files.writeString(journal, Json.write(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The first line of the output's tail that names an exception or error, as " (...)", or "". */
    private static String firstErrorLine(String tail) {
        return tail.lines().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst()
                .map(l -> " (" + Grade.oneLine(l) + ")").orElse("");
    }

    private static void appendOutput(Path output, String text) throws IOException {
        Files.writeString(output, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void waitQuietly(Process p) {
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
