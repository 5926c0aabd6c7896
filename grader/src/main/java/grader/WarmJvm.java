package grader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The watch mode's {@link TestJvm}: one {@link WatchWorker} kept warm between saves, so that a
 * regrade costs a class loader, not a JVM start. A new worker replaces one that ended (a timeout,
 * an OutOfMemoryError, System.exit, a save that cancelled the run); a spare, started beside the
 * worker and warmed up the same way, takes over at once.
 *
 * <p>Two things differ from {@code mvn test}, both so that a student's next save is graded at once:
 * a run is cancelled (its worker killed) as soon as {@code cancelled} says so, and once one test of
 * an exercise timed out the exercise's other tests are not run: they would very likely loop too.
 */
final class WarmJvm extends TestJvm implements AutoCloseable {
    private static final String ENDED = "\0ended";
    /** How often a waiting run looks at its cancel flag. */
    private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final List<String> libraries;
    private final int timeoutSeconds;
    private final Path output;
    private Journal journal;
    private Syllabus syllabus;
    private Messages words;
    private Path testClasses;
    private List<Path> classes;
    private BooleanSupplier cancelled = () -> false;
    private Worker worker;
    private Worker spare;
    private boolean closed;
    private volatile boolean skipAfterALoop;

    /** A started worker JVM and its two pipes. */
    private record Worker(Process process, Writer in, BlockingQueue<String> out) {}

    /** A worker on {@code libraries} (JUnit, the grader, the toolkit); what the tests print goes to {@code output}. */
    WarmJvm(List<String> libraries, int timeoutSeconds, Path output) {
        this.libraries = libraries;
        this.timeoutSeconds = timeoutSeconds;
        this.output = output;
    }

    /**
     * The next run: its journal, the syllabus (which tests belong to one exercise), the words of
     * its "not run" lines, the folder of its tests, every folder to load fresh, and when to give up.
     */
    WarmJvm run(Journal journal, Syllabus syllabus, Messages words, Path testClasses, List<Path> classes,
                BooleanSupplier cancelled) {
        this.journal = journal;
        this.syllabus = syllabus;
        this.words = words;
        this.testClasses = testClasses;
        this.classes = classes;
        this.cancelled = cancelled;
        return this;
    }

    /**
     * From now on, once a test of an exercise timed out, that exercise's other tests are not run
     * (watch mode's loop; {@code --once} grades exactly as {@code mvn test} does, so it does not).
     */
    void skipAfterALoop() {
        skipAfterALoop = true;
    }

    @Override
    Ending attempt(Set<String> finished, long deadline) throws IOException {
        Set<String> skip = new LinkedHashSet<>(finished);
        skip.addAll(notRunAfterALoop(finished));
        Path skipFile = journal.file().resolveSibling("skip.txt");
        Files.write(skipFile, skip, StandardCharsets.UTF_8);
        ensureWorker();
        worker.in().write(WatchWorker.command(journal.file(), skipFile, testClasses, classes) + "\n");
        worker.in().flush();
        String reply = next(deadline);
        while (reply != null && !reply.equals("DONE") && !reply.equals(ENDED)) reply = next(deadline);
        if ("DONE".equals(reply)) return new Ending(true, 0, "");
        Process p = worker.process();
        worker = null;
        boolean inTime = reply != null && TestJvm.waitOrEnd(p, deadline);
        if (!inTime) TestJvm.waitOrEnd(p, System.nanoTime()); // ends it now
        startSpare();
        return new Ending(inTime, inTime ? p.exitValue() : -1, tail());
    }

    /**
     * The tests not to wait for: those of an exercise one of whose tests timed out. Each gets its
     * "not run" line in the journal, naming the test that looped.
     */
    private Set<String> notRunAfterALoop(Set<String> finished) throws IOException {
        Set<String> skipped = new LinkedHashSet<>();
        if (!skipAfterALoop) return skipped;
        for (Journal.Entry e : journal.read()) {
            if (!(e instanceof Journal.Result r) || r.outcome().status() != Status.TIMED_OUT) continue;
            Syllabus.GradedTest looped = syllabus.tests().stream().filter(t -> t.key().equals(r.test().key())).findFirst().orElse(null);
            if (looped == null) continue;
            for (Syllabus.GradedTest t : syllabus.testsOf(looped.exercise())) {
                if (finished.contains(t.key()) || skipped.contains(t.key())) continue;
                skipped.add(t.key());
                Outcome notRun = Outcome.didNotRun(words.get("watch.loop_skipped", looped.name(), looped.exercise()));
                journal.append(new Journal.Result(Journal.Test.of(t.key()), notRun, null));
            }
        }
        return skipped;
    }

    /**
     * The worker's next line, {@link #ENDED} when it closed its output, null when the deadline
     * passed. A cancelled run kills its worker and throws {@link CancellationException}.
     */
    private String next(long deadline) {
        try {
            while (true) {
                if (cancelled.getAsBoolean()) throw cancel();
                long left = deadline - System.nanoTime();
                if (left <= 0) return null;
                String line = worker.out().poll(Math.min(left, CHECK_NANOS), TimeUnit.NANOSECONDS);
                if (line != null) return line;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancel();
        }
    }

    private CancellationException cancel() {
        kill();
        return new CancellationException("a newer save replaced this run");
    }

    /** Ends the running worker at once (the spare, if any, takes over). */
    void kill() {
        if (worker == null) return;
        worker.process().descendants().forEach(ProcessHandle::destroyForcibly);
        worker.process().destroyForcibly();
        worker = null;
        try {
            startSpare();
        } catch (IOException e) {
            // the next run starts one itself
        }
    }

    private void ensureWorker() throws IOException {
        if (worker != null && worker.process().isAlive()) return;
        worker = spare != null && spare.process().isAlive() ? spare : start();
        spare = null;
        String ready = next(System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
        if (!"READY".equals(ready)) {
            worker = null;
            throw new IOException("the watch's test JVM did not start");
        }
        startSpare(); // the next replacement starts now, while this one works
    }

    private void startSpare() throws IOException {
        if (closed) return;
        if (spare == null || !spare.process().isAlive()) spare = start();
    }

    private Worker start() throws IOException {
        List<String> command = TestJvm.command(List.of(), libraries, WatchWorker.class,
                List.of("--timeout=" + timeoutSeconds, "--output=" + output));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        listen(p.getInputStream(), lines);
        return new Worker(p, new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), lines);
    }

    /** Reads the worker's protocol lines into {@code lines} as they come, then {@link #ENDED}. */
    private static void listen(InputStream in, BlockingQueue<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                // the worker is gone
            }
            lines.add(ENDED);
        }, "watch-worker");
        t.setDaemon(true);
        t.start();
    }

    /** The last few kilobytes the tests printed: they explain a crash. */
    private String tail() {
        try {
            byte[] all = Files.exists(output) ? Files.readAllBytes(output) : new byte[0];
            int from = Math.max(0, all.length - 16384);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        closed = true;
        kill();
        if (spare != null) spare.process().destroyForcibly();
        spare = null;
    }
}
