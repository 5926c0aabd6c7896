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
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The watch mode's {@link TestJvm}: one {@link WatchWorker} kept warm between saves, so that a
 * regrade costs a class loader, not a JVM start. A new worker replaces one that ended (a timeout,
 * an OutOfMemoryError, System.exit) or passed the run's time limit.
 */
final class WarmJvm extends TestJvm implements AutoCloseable {
    private static final String ENDED = "\0ended";

    private final List<String> libraries;
    private final int timeoutSeconds;
    private final Path output;
    private Path journal;
    private Path testClasses;
    private List<Path> classes;
    private Process worker;
    private Writer toWorker;
    private BlockingQueue<String> fromWorker;

    /** A worker on {@code libraries} (JUnit, the grader, the toolkit); what the tests print goes to {@code output}. */
    WarmJvm(List<String> libraries, int timeoutSeconds, Path output) {
        this.libraries = libraries;
        this.timeoutSeconds = timeoutSeconds;
        this.output = output;
    }

    /** The next run: its journal, the folder of its tests, and every folder to load fresh. */
    WarmJvm run(Path journal, Path testClasses, List<Path> classes) {
        this.journal = journal;
        this.testClasses = testClasses;
        this.classes = classes;
        return this;
    }

    @Override
    Ending attempt(Set<String> skip, long deadline) throws IOException {
        Path skipFile = journal.resolveSibling("skip.txt");
        Files.write(skipFile, skip, StandardCharsets.UTF_8);
        ensureWorker();
        toWorker.write(WatchWorker.command(journal, skipFile, testClasses, classes) + "\n");
        toWorker.flush();
        String reply = next(deadline);
        while (reply != null && !reply.equals("DONE") && !reply.equals(ENDED)) reply = next(deadline);
        if ("DONE".equals(reply)) return new Ending(true, 0, "");
        boolean inTime = reply != null && TestJvm.waitOrEnd(worker, deadline);
        if (!inTime) TestJvm.waitOrEnd(worker, System.nanoTime()); // ends it now
        int code = inTime ? worker.exitValue() : -1;
        worker = null;
        return new Ending(inTime, code, tail());
    }

    /** The worker's next line, {@link #ENDED} when it closed its output, null when the deadline passed. */
    private String next(long deadline) {
        try {
            return fromWorker.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void ensureWorker() throws IOException {
        if (worker != null && worker.isAlive()) return;
        List<String> command = TestJvm.command(List.of(), libraries, WatchWorker.class,
                List.of("--timeout=" + timeoutSeconds, "--output=" + output));
        worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        toWorker = new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8);
        fromWorker = new LinkedBlockingQueue<>();
        listen(worker.getInputStream(), fromWorker);
        if (!"READY".equals(next(System.nanoTime() + TimeUnit.SECONDS.toNanos(60)))) {
            throw new IOException("the watch's test JVM did not start");
        }
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
        if (worker != null) worker.destroyForcibly();
    }
}
