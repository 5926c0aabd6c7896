package kernel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

/**
 * Runs notebook cells in a JShell session, with or without Jupyter: the kernel and the tests use
 * the same evaluator.
 *
 * <p>A cell is Java code (several statements and declarations, split the way JShell splits them)
 * with, on lines of their own, the magics {@code %classpath} and {@code %load}. The value of a
 * cell whose last snippet is an expression is its result (an image as PNG); {@code display(x)}
 * shows something on the way. A failure becomes a {@link CellError} that reads well: a compile
 * error names the cell's line and points at it, an exception comes as one line first.
 *
 * <p>An unfinished exercise ({@code toolkit.Todo}) is not a failure of the notebook: its message
 * is printed on stderr in one line, the cell stops there, and the notebook goes on. A later cell
 * that fails because it uses a variable the unfinished exercise should have computed is skipped
 * the same way, naming that variable.
 *
 * <p>JShell runs on a thread of its own, so a cell can be stopped: after the optional time limit,
 * or when Jupyter interrupts. If the cell's thread does not stop (JDK 21+ can stop only the
 * cells' own code, not a loop inside a library), the session is replaced by a new one and the
 * cell fails saying so.
 */
public final class Evaluator implements AutoCloseable {
    /** How long a stop may take before the session is given up. */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);
    /** How often a waiting cell looks at the time limit and at stop requests. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Path baseDir;
    private final Stop stop;
    /** Null when the figures' warm-up is off (tests, the training run). */
    private final GraphicsWarmUp graphics;
    private final CellDisplay display;
    private final List<Path> classpath = Collections.synchronizedList(new ArrayList<>());
    /** A folder holding only kernel/Notebook.class, JShell's compile class path; made by the session's thread. */
    private volatile Path apiDir;
    /** Set by the first cell: the session's start then skips the warm-up that would delay it. */
    private volatile boolean cellRequested;
    private volatile ExecutorService runner;
    private volatile Future<Session> session;

    /**
     * Starts a session in the background (its first compilation takes a moment, so it starts now).
     *
     * @param baseDir   the notebook's folder: relative paths of the magics start there
     * @param timeLimit the longest a cell may run, or null (or zero) for no limit
     */
    public Evaluator(Path baseDir, Duration timeLimit) {
        this(baseDir, timeLimit, null, false);
    }

    /** As above; with warmUpGraphics, once JShell is ready the first figure's fonts and PNG writer are loaded too. */
    Evaluator(Path baseDir, Duration timeLimit, Renderer renderer, boolean warmUpGraphics) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.stop = new Stop(timeLimit);
        this.graphics = warmUpGraphics ? new GraphicsWarmUp() : null;
        startSession(); // first: JShell's start is the longest part of a kernel's start
        this.display = new CellDisplay(renderer);
    }

    /** The renderer that turns values into display data (shared with the kernel). */
    public Renderer renderer() {
        return display.renderer();
    }

    public Path baseDir() {
        return baseDir;
    }

    /** The per-cell time limit, if any. */
    public Optional<Duration> timeLimit() {
        return stop.limit();
    }

    /** What {@code %classpath} has added so far. */
    public List<Path> classpath() {
        synchronized (classpath) {
            return List.copyOf(classpath);
        }
    }

    /** Tells a starting session that a cell is on its way (so it skips the warm-up that would delay it). */
    void cellComing() {
        cellRequested = true;
    }

    /**
     * Runs one cell.
     *
     * @param code     the cell's text
     * @param cellName how messages name the cell, for example "cell [3]"
     * @param sink     where {@code display(...)} calls of this cell go, as they happen
     */
    public Outcome eval(String code, String cellName, Consumer<DisplayData> sink) throws CellError {
        cellRequested = true;
        int cell = graphics == null ? 0 : graphics.cellStarts();
        try {
            return evalInSession(code, cellName, sink);
        } finally {
            if (graphics != null) graphics.whenIdleAfter(cell);
        }
    }

    private Outcome evalInSession(String code, String cellName, Consumer<DisplayData> sink) throws CellError {
        Session s = session();
        display.showTo(sink);
        stop.clear();
        long deadline = stop.deadline(System.nanoTime());
        Future<Outcome> running = runner.submit(() -> s.runCell(code, cellName));
        try {
            return await(running, s, deadline);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CellError error) throw error;
            throw CellErrors.kernelFailed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.request(Stop.Reason.INTERRUPT);
            s.stopSnippet();
            throw CellErrors.stopped(Stop.Reason.INTERRUPT, s.whereNow(), false, stop.limit().orElse(null));
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    /**
     * Waits for the running cell, stopping it at the deadline or when asked to. A cell that has not
     * stopped {@link #STOP_GRACE} after JShell's stop() cannot be stopped: its session is given up.
     */
    private Outcome await(Future<Outcome> running, Session s, long deadline)
            throws ExecutionException, InterruptedException, CellError {
        while (true) {
            long wait = Math.max(1, Math.min(POLL_NANOS, deadline - System.nanoTime()));
            try {
                return running.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                if (stop.reason() == null && now >= deadline) stop.request(Stop.Reason.TIME_LIMIT);
                Stop.Reason why = stop.reason();
                if (why != null) {
                    s.stopSnippet();
                    if (stop.askedLongerAgoThan(STOP_GRACE, now)) {
                        abandon();
                        throw CellErrors.stopped(why, s.whereNow(), true, stop.limit().orElse(null));
                    }
                }
            }
        }
    }

    /** Stops the running cell, as Jupyter's interrupt button asks. */
    public void interrupt() {
        stop.request(Stop.Reason.INTERRUPT);
        Future<Session> f = session;
        if (f.isDone()) {
            try {
                f.get().stopSnippet();
            } catch (ExecutionException | InterruptedException | RuntimeException e) {
                // no session to stop
            }
        }
    }

    /** For Jupyter's is_complete_request: "complete", "incomplete" (with an indent), "invalid" or "unknown". */
    public String isComplete(String code) {
        return onRunner(s -> {
            SourceCodeAnalysis.CompletionInfo info = s.analysis().analyzeCompletion(code);
            while (info.completeness().isComplete() && !info.remaining().isBlank()) {
                info = s.analysis().analyzeCompletion(info.remaining());
            }
            return switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
                case UNKNOWN -> "invalid";
                default -> "unknown";
            };
        }, "unknown");
    }

    /** For Jupyter's complete_request (the Tab key). */
    public ReplacementOptions complete(String code, int at) {
        return onRunner(s -> {
            int[] anchor = new int[1];
            List<String> names = new ArrayList<>();
            for (SourceCodeAnalysis.Suggestion sug : s.analysis().completionSuggestions(code, at, anchor)) {
                if (!names.contains(sug.continuation())) names.add(sug.continuation());
            }
            return new ReplacementOptions(names, anchor[0], at);
        }, new ReplacementOptions(List.of(), at, at));
    }

    /** For Jupyter's inspect_request (Shift-Tab): the signatures and documentation at the cursor. */
    public DisplayData inspect(String code, int at) {
        return onRunner(s -> {
            List<SourceCodeAnalysis.Documentation> docs = s.analysis().documentation(code, at, true);
            if (docs.isEmpty()) return null;
            StringBuilder text = new StringBuilder();
            for (SourceCodeAnalysis.Documentation d : docs) {
                text.append(d.signature()).append('\n');
                if (d.javadoc() != null && !d.javadoc().isBlank()) text.append(d.javadoc().strip()).append("\n\n");
            }
            return new DisplayData(text.toString().strip());
        }, null);
    }

    /** Runs a question about code on the session's thread; the fallback if the session is busy or not there. */
    private <T> T onRunner(Function<Session, T> task, T fallback) {
        try {
            Session s = session.get(5, TimeUnit.SECONDS);
            return runner.submit(() -> task.apply(s)).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        ExecutorService r = runner;
        Future<Session> f = session;
        if (f != null && f.isDone()) {
            try {
                f.get().close();
            } catch (ExecutionException | InterruptedException | RuntimeException e) {
                // closing anyway
            }
        }
        if (r != null) r.shutdownNow();
        deleteApiDir();
    }

    /** Deletes the folder this evaluator made (for a kernel that ends with Runtime.halt, which skips deleteOnExit). */
    void deleteApiDir() {
        Path dir = apiDir;
        if (dir != null) ApiFolder.delete(dir);
    }

    // ---------------------------------------------------------------------------------------------
    // The session's life: started at once, replaced when a cell cannot be stopped

    private void startSession() {
        ExecutorService r = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "notebook-cells");
            t.setDaemon(true); // the cells' threads inherit it: a runaway cell never keeps the JVM alive
            return t;
        });
        runner = r;
        session = r.submit(() -> {
            if (apiDir == null) apiDir = ApiFolder.create();
            Session s = new Session(apiDir, baseDir, classpath, stop, value -> display.render(value),
                    () -> cellRequested);
            // Then what the first figure needs, unless a cell is waiting: it would be delayed.
            if (graphics != null && !cellRequested) graphics.whenIdleAfter(0);
            return s;
        });
    }

    private Session session() throws CellError {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CellErrors.interruptedAtStart();
        } catch (ExecutionException e) {
            throw CellErrors.noSession(e.getCause());
        }
    }

    /** Gives up a session whose cell cannot be stopped and starts a new one with the same class path. */
    private void abandon() {
        ExecutorService old = runner;
        startSession();
        old.shutdownNow();
    }
}
