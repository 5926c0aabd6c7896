package kernel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.display.common.Text;
import org.dflib.jjava.jupyter.kernel.display.common.Url;

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

    /** The imports JShell, IJava and JJava all start with, so a notebook may rely on exactly these. */
    static final List<String> IMPORTS = List.of("java.util.*", "java.io.*", "java.math.*", "java.net.*",
            "java.util.concurrent.*", "java.util.prefs.*", "java.util.regex.*");

    /** How long a stop may take before the session is given up. */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private static final String TODO_CLASS = "toolkit.Todo";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** What a cell produced besides its output streams. */
    public record Outcome(DisplayData value, List<String> notDone) {
        /** True when the cell stopped at an unfinished exercise (or skipped because of one). */
        public boolean reachedTodo() {
            return !notDone.isEmpty();
        }
    }

    private enum StopReason { TIME_LIMIT, INTERRUPT }

    private final Path baseDir;
    private final boolean warmUpGraphics;
    private final Duration timeLimit;
    private final Renderer renderer;
    /** A folder holding only kernel/Notebook.class, JShell's compile class path; made by the session's thread. */
    private volatile Path apiDir;
    private final List<Path> classpath = Collections.synchronizedList(new ArrayList<>());

    /** Set by the first cell: the session's start then skips the warm-up that would delay it. */
    private volatile boolean cellRequested;
    private final java.util.concurrent.atomic.AtomicInteger cellsStarted = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean graphicsWarmedUp = new java.util.concurrent.atomic.AtomicBoolean();

    /** How long the kernel must be idle before it loads what the first figure needs. */
    static final long IDLE_BEFORE_GRAPHICS_MS = 300;
    private volatile ExecutorService runner;
    private volatile Future<Session> session;
    private volatile Consumer<DisplayData> displays = d -> {};
    private volatile StopReason stop;
    private volatile long stopRequestedAt;

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
        this.warmUpGraphics = warmUpGraphics;
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.timeLimit = timeLimit == null || timeLimit.isZero() || timeLimit.isNegative() ? null : timeLimit;
        startSession(); // first: JShell's start is the longest part of a kernel's start
        if (renderer == null) {
            renderer = new Renderer();
            Image.registerAll(renderer);
            Url.registerAll(renderer);
            Text.registerAll(renderer);
        }
        this.renderer = renderer;
    }

    /** The renderer that turns values into display data (shared with the kernel). */
    public Renderer renderer() {
        return renderer;
    }

    public Path baseDir() {
        return baseDir;
    }

    /** The per-cell time limit, if any. */
    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimit);
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
        int cell = cellsStarted.incrementAndGet();
        try {
            return evalInSession(code, cellName, sink);
        } finally {
            if (warmUpGraphics) warmUpGraphicsWhenIdle(cell);
        }
    }

    private Outcome evalInSession(String code, String cellName, Consumer<DisplayData> sink) throws CellError {
        Session s = session();
        Notebook.sink(this::display); // display() belongs to the evaluator running a cell
        displays = sink;
        stop = null;
        stopRequestedAt = 0;
        long start = System.nanoTime();
        long deadline = timeLimit == null ? Long.MAX_VALUE : start + timeLimit.toNanos();
        Future<Outcome> running = runner.submit(() -> s.runCell(code, cellName));
        try {
            while (true) {
                long now = System.nanoTime();
                long wait = Math.max(1, Math.min(TimeUnit.MILLISECONDS.toNanos(100), deadline - now));
                try {
                    return running.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    now = System.nanoTime();
                    if (stop == null && now >= deadline) requestStop(StopReason.TIME_LIMIT);
                    if (stop != null) {
                        s.shell.stop();
                        if (now - stopRequestedAt > STOP_GRACE.toNanos()) {
                            StopReason why = stop;
                            abandon();
                            throw stopped(why, s.whereNow(), true);
                        }
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CellError) throw (CellError) cause;
            throw new CellError(CellError.Kind.EXCEPTION, "KernelError", String.valueOf(cause),
                    0, List.of("The kernel failed on this cell: " + cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            requestStop(StopReason.INTERRUPT);
            s.shell.stop();
            throw stopped(StopReason.INTERRUPT, s.whereNow(), false);
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    /** Stops the running cell, as Jupyter's interrupt button asks. */
    public void interrupt() {
        requestStop(StopReason.INTERRUPT);
        Future<Session> f = session;
        if (f.isDone()) {
            try {
                f.get().shell.stop();
            } catch (ExecutionException | InterruptedException | RuntimeException e) {
                // no session to stop
            }
        }
    }

    private void requestStop(StopReason why) {
        if (stop == null) {
            stopRequestedAt = System.nanoTime();
            stop = why;
        }
    }

    /** For Jupyter's is_complete_request: "complete", "incomplete" (with an indent), "invalid" or "unknown". */
    public String isComplete(String code) {
        return onRunner(s -> {
            SourceCodeAnalysis.CompletionInfo info = s.analysis().analyzeCompletion(code);
            while (info.completeness().isComplete() && !info.remaining().isBlank()) {
                info = s.analysis().analyzeCompletion(info.remaining());
            }
            switch (info.completeness()) {
                case COMPLETE:
                case COMPLETE_WITH_SEMI:
                case EMPTY:
                    return "complete";
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return "    ";
                case UNKNOWN:
                    return "invalid";
                default:
                    return "unknown";
            }
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

    private <T> T onRunner(java.util.function.Function<Session, T> task, T fallback) {
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
                f.get().shell.close();
            } catch (ExecutionException | InterruptedException | RuntimeException e) {
                // closing anyway
            }
        }
        if (r != null) r.shutdownNow();
        deleteApiDir();
    }

    // ---------------------------------------------------------------------------------------------
    // The session

    private void startSession() {
        ExecutorService r = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "notebook-cells");
            t.setDaemon(true); // the cells' threads inherit it: a runaway cell never keeps the JVM alive
            return t;
        });
        runner = r;
        session = r.submit(() -> {
            if (apiDir == null) apiDir = writeApiClass();
            return new Session(classpath());
        });
    }

    private Session session() throws CellError {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellError(CellError.Kind.INTERRUPTED, "Interrupted", "interrupted while JShell started", 0,
                    List.of("Interrupted while the Java session was starting."));
        } catch (ExecutionException e) {
            throw new CellError(CellError.Kind.EXCEPTION, "KernelError", "JShell did not start: " + e.getCause(), 0,
                    List.of("The Java session (JShell) did not start: " + e.getCause()));
        }
    }

    /** Gives up a session whose cell cannot be stopped and starts a new one with the same class path. */
    private void abandon() {
        ExecutorService old = runner;
        startSession();
        old.shutdownNow();
    }

    private CellError stopped(StopReason why, Session.Where at, boolean abandoned) {
        List<String> tb = new ArrayList<>();
        String where = at.line() > 0 ? " (at " + at.text() + ")" : "";
        int line = at.line();
        String headline;
        if (why == StopReason.TIME_LIMIT) {
            headline = "TimeLimit: this cell ran longer than its limit of " + seconds(timeLimit) + " and was stopped" + where + ".";
        } else {
            headline = "Interrupted: the cell was stopped" + where + ".";
        }
        tb.add(headline);
        if (why == StopReason.TIME_LIMIT) {
            tb.add("Look for a loop that never ends. The limit comes from " + Main.TIME_LIMIT_ENV + " or the kernel's --time-limit option.");
        }
        if (abandoned) {
            tb.add("It did not stop: on this JDK JShell can stop a loop in a cell's own code but not one inside compiled");
            tb.add("classes such as the chapter's. The kernel started a new Java session: the %classpath entries are kept,");
            tb.add("but the variables and methods of earlier cells are gone, so run the notebook again from the top.");
        }
        return new CellError(why == StopReason.TIME_LIMIT ? CellError.Kind.TIME_LIMIT : CellError.Kind.INTERRUPTED,
                why == StopReason.TIME_LIMIT ? "TimeLimit" : "Interrupted", headline, line, tb);
    }

    private static String seconds(Duration d) {
        if (d == null) return "?";
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    // ---------------------------------------------------------------------------------------------
    // display()

    private String display(Object value) {
        DisplayData data = value instanceof DisplayData ? (DisplayData) value : render(value);
        String id = data.getDisplayId();
        if (id == null) {
            id = UUID.randomUUID().toString();
            data.setDisplayId(id);
        }
        System.out.flush(); // what the cell printed before comes first
        System.err.flush();
        displays.accept(data);
        return id;
    }

    DisplayData render(Object value) {
        try {
            DisplayData data = renderer.render(value);
            // An image's plain-text form (for viewers without images) says what it is, not BufferedImage@1b2c3d: type = 1 ...
            if (value instanceof java.awt.image.RenderedImage && data != null && data.hasDataForType(Image.PNG)) {
                java.awt.image.RenderedImage image = (java.awt.image.RenderedImage) value;
                data.putText("[image " + image.getWidth() + "×" + image.getHeight() + "]");
            }
            return data;
        } catch (RuntimeException e) {
            return new DisplayData(String.valueOf(value));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The JShell session: runs on the runner thread only.

    /** Where a snippet came from, to translate JShell's "#12:3" into "line 5 of cell [2]". */
    private record Origin(String cellName, int firstLine, List<String> lines) {}

    /** A piece of a cell: consecutive code lines, or one magic line. */
    private record Chunk(int firstLine, String code, Magics.Line magic) {}

    private final class Session {
        final SnippetExecution engine = new SnippetExecution();
        final JShell shell;
        /** Made on first use: making it starts JShell's index of every platform class (for completions), a few hundred ms of CPU. */
        private SourceCodeAnalysis analysis;
        final Map<String, Origin> origins = new ConcurrentHashMap<>();
        /** Variables left without a value by an unfinished exercise: name → "Exercise 1.7". */
        final Map<String, String> missing = new LinkedHashMap<>();
        volatile int currentLine;
        volatile String currentCellName;
        String topCellName;
        int loadDepth;

        Session(List<Path> initialClasspath) {
            shell = newShell(engine);
            Main.trace("JShell built");
            Thread.currentThread().setContextClassLoader(engine.control().classLoader());
            for (Path p : initialClasspath) shell.addToClasspath(p.toString());
            for (String imp : IMPORTS) shell.eval("import " + imp + ";");
            shell.eval("import static " + Notebook.class.getName() + ".display;");
            Main.trace("imports done");
            // While nobody waits, compile and run one expression, so that the first cell does not pay
            // for warming up javac, and then load what the first figure needs. A cell that is already
            // waiting warms javac up itself, and the figure warm-up waits until that cell is done.
            if (!cellRequested) {
                for (SnippetEvent e : shell.eval("\"warm\".length()")) shell.drop(e.snippet());
            }
            Main.trace("JShell ready");
            if (warmUpGraphics && !cellRequested) warmUpGraphicsWhenIdle(0);
        }

        SourceCodeAnalysis analysis() {
            if (analysis == null) analysis = shell.sourceCodeAnalysis();
            return analysis;
        }

        Outcome runCell(String code, String cellName) throws CellError {
            topCellName = cellName;
            currentCellName = cellName;
            currentLine = 0;
            List<String> notDone = new ArrayList<>();
            try {
                Snippet last = runSource(code, cellName, notDone);
                return new Outcome(last == null ? null : valueOf(last), List.copyOf(notDone));
            } catch (NotDone e) {
                return new Outcome(null, List.copyOf(notDone));
            }
        }

        /** Runs a cell's (or a loaded file's) text; returns the last snippet when it is an expression to show. */
        private Snippet runSource(String code, String name, List<String> notDone) throws CellError, NotDone {
            List<String> lines = code.lines().collect(java.util.stream.Collectors.toList());
            Snippet lastExpression = null;
            for (Chunk chunk : chunks(lines)) {
                checkStop();
                if (chunk.magic() != null) {
                    currentLine = chunk.firstLine();
                    currentCellName = name;
                    runMagic(chunk.magic(), chunk.firstLine(), name, lines, notDone);
                    lastExpression = null;
                } else {
                    Snippet s = runCode(chunk, name, lines, notDone);
                    if (s != null) lastExpression = isShownExpression(s) ? s : null;
                }
            }
            return lastExpression;
        }

        private List<Chunk> chunks(List<String> lines) {
            List<Chunk> out = new ArrayList<>();
            StringBuilder code = new StringBuilder();
            int codeStart = 1;
            for (int i = 0; i < lines.size(); i++) {
                Optional<Magics.Line> magic = Magics.parse(lines.get(i));
                if (magic.isPresent()) {
                    if (!code.toString().isBlank()) out.add(new Chunk(codeStart, code.toString(), null));
                    out.add(new Chunk(i + 1, null, magic.get()));
                    code.setLength(0);
                    codeStart = i + 2;
                } else {
                    code.append(lines.get(i)).append('\n');
                }
            }
            if (!code.toString().isBlank()) out.add(new Chunk(codeStart, code.toString(), null));
            return out;
        }

        private void runMagic(Magics.Line magic, int line, String name, List<String> lines, List<String> notDone)
                throws CellError, NotDone {
            try {
                switch (magic.name()) {
                    case "classpath":
                        for (Path p : Magics.resolveClasspath(baseDir, magic.args())) {
                            if (classpath.contains(p)) continue; // the %classpath cell run again
                            shell.addToClasspath(p.toString());
                            classpath.add(p);
                        }
                        return;
                    case "load":
                        Path file = Magics.resolveLoad(baseDir, magic.args());
                        if (loadDepth >= 8) throw new IllegalArgumentException("%load: files load each other in a circle (" + file + ")");
                        String text;
                        try {
                            text = Files.readString(file, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new IllegalArgumentException("%load: cannot read " + file + ": " + e.getMessage());
                        }
                        loadDepth++;
                        try {
                            runSource(text, file.getFileName().toString(), notDone);
                        } finally {
                            loadDepth--;
                        }
                        return;
                    default:
                        throw new IllegalArgumentException("the kernel knows the magics %classpath and %load, not %" + magic.name()
                                + " (notebooks use only those two, so they run in IJava and JJava too)");
                }
            } catch (IllegalArgumentException | UncheckedIOException e) {
                String headline = "MagicError at " + where(name, line) + ": " + e.getMessage();
                throw new CellError(CellError.Kind.MAGIC, "MagicError", e.getMessage(), line,
                        List.of(headline, "    " + lines.get(line - 1).strip()));
            }
        }

        /** Runs the snippets of a code chunk; returns the last one run (null if none). */
        private Snippet runCode(Chunk chunk, String name, List<String> cellLines, List<String> notDone) throws CellError, NotDone {
            String text = chunk.code();
            int consumed = 0;
            Snippet last = null;
            while (consumed < text.length()) {
                checkStop();
                String remaining = text.substring(consumed);
                SourceCodeAnalysis.CompletionInfo info = analysis().analyzeCompletion(remaining);
                SourceCodeAnalysis.Completeness c = info.completeness();
                if (c == SourceCodeAnalysis.Completeness.EMPTY) break;
                if (!c.isComplete()) {
                    int line = chunk.firstLine() + countLines(text, consumed + codeStart(remaining));
                    String headline = "Incomplete code at " + where(name, line)
                            + ": the cell ends before this statement does (a missing ';', ')' or '}'?)";
                    throw new CellError(CellError.Kind.INCOMPLETE, "IncompleteCode", headline, line,
                            List.of(headline, "    " + lineText(cellLines, line)));
                }
                String source = info.source();
                // JShell numbers a snippet's lines from its first non-blank line: drop the blank ones before it.
                int blank = leadingBlankLines(source);
                String snippetSource = source.substring(blank);
                int at = consumed + blank; // where snippetSource starts in text
                int firstLine = chunk.firstLine() + countLines(text, at);
                int codeLine = firstLine + countLines(snippetSource, codeStart(snippetSource));
                currentLine = codeLine;
                currentCellName = name;
                last = runSnippet(snippetSource, text, at, chunk.firstLine(), firstLine, codeLine, name, cellLines, notDone);
                int next = text.length() - info.remaining().length();
                consumed = next > consumed ? next : text.length();
            }
            return last;
        }

        private Snippet runSnippet(String source, String text, int at, int textFirstLine, int firstLine, int codeLine,
                String name, List<String> cellLines, List<String> notDone) throws CellError, NotDone {
            List<SnippetEvent> events = shell.eval(source);
            if (events.isEmpty()) return null;
            SnippetEvent event = events.get(0);
            for (SnippetEvent e : events) {
                if (e.causeSnippet() == null) {
                    event = e;
                    break;
                }
            }
            Snippet snippet = event.snippet();
            origins.put(snippet.id(), new Origin(name, firstLine, cellLines));
            checkStop();

            switch (event.status()) {
                case REJECTED:
                    throw compileError(snippet, source, text, at, textFirstLine, codeLine, name, cellLines);
                case RECOVERABLE_NOT_DEFINED:
                    throw unresolved((DeclarationSnippet) snippet, codeLine, name, cellLines);
                case RECOVERABLE_DEFINED:
                    System.err.println("Note: " + describe(snippet) + " is declared, but it can be used only once "
                            + String.join(", ", shell.unresolvedDependencies((DeclarationSnippet) snippet).collect(java.util.stream.Collectors.toList()))
                            + " is declared too.");
                    break;
                default:
                    break;
            }
            JShellException thrown = event.exception();
            if (thrown != null) {
                handleException(thrown, snippet, source, codeLine, name, notDone);
            } else {
                String declared = declaredName(snippet);
                if (declared != null) missing.remove(declared);
            }
            return snippet;
        }

        private void checkStop() throws CellError {
            StopReason why = stop;
            if (why != null) throw stopped(why, whereNow(), false);
        }

        // --- values ---------------------------------------------------------------------------

        private boolean isShownExpression(Snippet s) {
            switch (s.subKind()) {
                case TEMP_VAR_EXPRESSION_SUBKIND:
                case VAR_VALUE_SUBKIND:
                case OTHER_EXPRESSION_SUBKIND:
                    return true;
                default:
                    return false;
            }
        }

        private DisplayData valueOf(Snippet s) {
            VarSnippet variable = null;
            if (s instanceof VarSnippet) {
                variable = (VarSnippet) s;
            } else if (s instanceof ExpressionSnippet) {
                String varName = ((ExpressionSnippet) s).name();
                variable = shell.variables().filter(v -> v.name().equals(varName) && shell.status(v).isActive())
                        .reduce((a, b) -> b).orElse(null);
            }
            if (variable == null || !shell.status(variable).isActive()) return null;
            engine.control().takeLastValue();
            String text = shell.varValue(variable);
            Object value = engine.control().takeLastValue();
            // System.out.printf(...) and .append(...) return the stream they printed on: the output is the point, not the stream
            if (value != null && (value == System.out || value == System.err)) return null;
            if (value == null) return new DisplayData(text);
            return render(value);
        }

        // --- errors ---------------------------------------------------------------------------

        private CellError compileError(Snippet snippet, String source, String text, int at, int textFirstLine, int codeLine,
                String name, List<String> cellLines) {
            List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(java.util.stream.Collectors.toList());
            List<String> tb = new ArrayList<>();
            String firstMessage = null;
            int firstLine = codeLine;
            for (Diag d : errors) {
                String[] message = cleanMessage(d.getMessage(java.util.Locale.ROOT)).split("\n");
                long start = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
                long end = d.getEndPosition() > start ? d.getEndPosition() : start + 1;
                // Offsets are into the snippet's source, which is text from `at` on (plus maybe a ';').
                int from = at + (int) Math.max(0, Math.min(start, source.length()));
                int to = at + (int) Math.max(0, Math.min(end, source.length()));
                from = Math.min(from, Math.max(0, text.length() - 1));
                int line = textFirstLine + countLines(text, from);
                int lineStart = text.lastIndexOf('\n', from - 1) + 1;
                int lineEnd = text.indexOf('\n', from);
                if (lineEnd < 0) lineEnd = text.length();
                int width = Math.max(1, Math.min(to, lineEnd) - from);
                if (firstMessage == null) {
                    firstMessage = message[0];
                    firstLine = line;
                }
                tb.add("Compile error at " + where(name, line) + ": " + message[0]);
                tb.add("    " + lineText(cellLines, line));
                tb.add("    " + " ".repeat(from - lineStart) + caret(width));
                for (int i = 1; i < message.length; i++) tb.add("  " + message[i]);
            }
            if (errors.isEmpty()) {
                firstMessage = "JShell rejected this code";
                tb.add("Compile error at " + where(name, codeLine) + ": " + firstMessage);
                tb.add("    " + lineText(cellLines, codeLine));
            }
            if (classpath.isEmpty() && tb.stream().anyMatch(l -> l.contains("cannot find symbol") || l.contains("does not exist"))) {
                tb.add("Hint: nothing is on the class path yet. Run the notebook's %classpath cell (at the top) first.");
            }
            return new CellError(CellError.Kind.COMPILE, "CompileError", firstMessage, firstLine, tb);
        }

        private CellError unresolved(DeclarationSnippet snippet, int line, String name, List<String> cellLines) {
            List<String> missingNames = shell.unresolvedDependencies(snippet).collect(java.util.stream.Collectors.toList());
            String headline = "Compile error at " + where(name, line) + ": " + describe(snippet) + " uses "
                    + String.join(", ", missingNames) + ", which is not declared";
            List<String> tb = new ArrayList<>(List.of(headline, "    " + lineText(cellLines, line)));
            if (classpath.isEmpty()) tb.add("Hint: nothing is on the class path yet. Run the notebook's %classpath cell (at the top) first.");
            return new CellError(CellError.Kind.COMPILE, "CompileError", headline, line, tb);
        }

        private void handleException(JShellException thrown, Snippet snippet, String source, int snippetLine, String name,
                List<String> notDone) throws CellError, NotDone {
            int line = lineThatThrew(thrown, snippet, snippetLine);
            String todo = todoMessage(thrown);
            if (todo != null) {
                String declared = declaredName(snippet);
                if (declared != null) missing.put(declared, exerciseOf(todo));
                notDone.add(todo);
                System.out.flush();
                System.err.println(todo);
                Origin origin = origins.get(snippet.id());
                System.err.println("    ↳ reached from " + where(name, line) + ": " + lineText(origin.lines(), line).strip());
                System.err.flush();
                throw new NotDone();
            }
            String declared = declaredName(snippet);
            for (String used : identifiers(source)) {
                String exercise = missing.get(used);
                if (exercise != null) {
                    if (declared != null && !declared.equals(used)) missing.put(declared, exercise);
                    String note = "Skipped " + where(name, line) + ": it uses " + used + ", which has no value because "
                            + exercise + " is not done yet.";
                    notDone.add(note);
                    System.out.flush();
                    System.err.println(note);
                    System.err.flush();
                    throw new NotDone();
                }
            }
            List<String> tb = describeException(thrown);
            throw new CellError(CellError.Kind.EXCEPTION, exceptionName(thrown), messageOf(thrown), line, tb);
        }

        /** The line of this snippet that was running when it threw (its own frame in the stack), else its first line. */
        private int lineThatThrew(JShellException thrown, Snippet snippet, int snippetLine) {
            Origin origin = origins.get(snippet.id());
            for (StackTraceElement f : thrown.getStackTrace()) {
                if (("#" + snippet.id()).equals(f.getFileName()) && f.getLineNumber() > 0 && origin != null) {
                    return origin.firstLine() + f.getLineNumber() - 1;
                }
            }
            return snippetLine;
        }

        private List<String> describeException(JShellException thrown) {
            List<String> tb = new ArrayList<>();
            tb.add(headline(thrown));
            addFrames(tb, thrown.getStackTrace(), 12);
            Throwable cause = thrown.getCause();
            int depth = 0;
            while (cause instanceof JShellException && depth++ < 5) {
                tb.add("Caused by: " + headline((JShellException) cause));
                addFrames(tb, cause.getStackTrace(), 4);
                cause = cause.getCause();
            }
            return tb;
        }

        private void addFrames(List<String> tb, StackTraceElement[] frames, int max) {
            int shown = 0;
            int hidden = 0;
            for (StackTraceElement f : frames) {
                String cls = f.getClassName();
                if (cls.startsWith("jdk.internal.") || cls.startsWith("java.lang.reflect.") || cls.startsWith("jdk.jshell.")
                        || cls.startsWith("REPL.$JShell$") && f.getMethodName().equals("do_it$")) {
                    continue;
                }
                if (shown >= max) {
                    hidden++;
                    continue;
                }
                String file = f.getFileName();
                if (file != null && file.startsWith("#")) {
                    Origin o = origins.get(file.substring(1));
                    String method = f.getMethodName().isEmpty() || f.getMethodName().startsWith("do_it$") ? "" : f.getMethodName() + "(), ";
                    if (o != null) {
                        int l = o.firstLine() + f.getLineNumber() - 1;
                        String frame = "    at " + method + where(o.cellName(), l) + ": " + lineText(o.lines(), l).strip();
                        if (frame.equals(tb.get(tb.size() - 1))) continue; // a declaration's two wrapper methods
                        tb.add(frame);
                    } else {
                        tb.add("    at " + method + "snippet " + file + ", line " + f.getLineNumber());
                    }
                } else {
                    tb.add("    at " + f);
                }
                shown++;
            }
            if (hidden > 0) tb.add("    ... " + hidden + " more");
        }

        /** Where the session is now: "line 3 of this cell". */
        record Where(int line, String text) {}

        Where whereNow() {
            int line = currentLine;
            String name = currentCellName;
            return line > 0 && name != null ? new Where(line, where(name, line)) : new Where(0, "");
        }

        private String where(String name, int line) {
            return "line " + line + " of " + (name.equals(topCellName) ? "this cell" : name);
        }

        private String describe(Snippet s) {
            if (s instanceof DeclarationSnippet) {
                String n = ((DeclarationSnippet) s).name();
                return s.kind() == Snippet.Kind.METHOD ? n + "()" : n;
            }
            return "this snippet";
        }
    }

    private static final Object CLASS_PATH_PROPERTY = new Object();

    /**
     * A JShell whose compiler sees only the JDK, kernel.Notebook and (later) what %classpath adds:
     * JShell starts its compiler's class path from the java.class.path property, which would show the
     * cells the kernel's own libraries at compile time (and then fail at run time).
     */
    private JShell newShell(SnippetExecution engine) {
        synchronized (CLASS_PATH_PROPERTY) {
            String hostClassPath = System.getProperty("java.class.path");
            System.setProperty("java.class.path", apiDir.toString());
            try {
                JShell shell = JShell.builder().executionEngine(engine, Map.of()).build();
                shell.addToClasspath(apiDir.toString()); // makes the compiler take its class path from here on
                return shell;
            } finally {
                if (hostClassPath == null) System.clearProperty("java.class.path");
                else System.setProperty("java.class.path", hostClassPath);
            }
        }
    }

    /** Thrown inside a session to end a cell that reached an unfinished exercise: not an error. */
    private static final class NotDone extends Exception {
        private static final long serialVersionUID = 1L;

        NotDone() {
            super(null, null, false, false);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers (package-private for the tests)

    /** The message of a toolkit.Todo anywhere in the cause chain, or null. */
    static String todoMessage(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EvalException && TODO_CLASS.equals(((EvalException) t).getExceptionClassName())) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** "Exercise 1.7" from "Exercise 1.7 is not done yet: ...". */
    static String exerciseOf(String todoMessage) {
        int i = todoMessage.indexOf(" is not done yet");
        return i > 0 ? todoMessage.substring(0, i) : "an exercise";
    }

    static String exceptionName(JShellException e) {
        if (e instanceof EvalException) {
            String cls = ((EvalException) e).getExceptionClassName();
            return cls.substring(cls.lastIndexOf('.') + 1);
        }
        if (e instanceof UnresolvedReferenceException) return "UnresolvedReference";
        return e.getClass().getSimpleName();
    }

    static String messageOf(JShellException e) {
        if (e instanceof UnresolvedReferenceException) {
            DeclarationSnippet s = ((UnresolvedReferenceException) e).getSnippet();
            return s.name() + " cannot be used yet: it refers to something not declared";
        }
        return e.getMessage() == null ? "" : withoutWrappers(e.getMessage());
    }

    /** JShell wraps each snippet in a class "REPL.$JShell$12": "REPL.$JShell$12.r" is the variable r. */
    static String withoutWrappers(String text) {
        return text.replaceAll("REPL\\.\\$JShell\\$\\d+\\$", "").replaceAll("REPL\\.\\$JShell\\$\\d+\\.", "");
    }

    /** "IllegalArgumentException: weights has 2 entries but inputs has 3" */
    static String headline(JShellException e) {
        String msg = messageOf(e);
        return msg.isEmpty() ? exceptionName(e) : exceptionName(e) + ": " + msg;
    }

    private static String declaredName(Snippet s) {
        if (s instanceof VarSnippet) return ((VarSnippet) s).name();
        if (s instanceof ExpressionSnippet && s.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND) return ((ExpressionSnippet) s).name();
        return null;
    }

    /** The identifiers of a snippet's code, outside its string literals and comments. */
    static List<String> identifiers(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(codeOnly(source));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The text with string and character literals and comments blanked out. */
    static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(text.length(), end + 1);
            } else {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
            i = end;
        }
        return out.toString();
    }

    /** Where the code starts in a snippet's text: after blanks and comments. */
    static int codeStart(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                return i;
            }
        }
        return Math.min(i, text.length());
    }

    /** How many characters of blank lines a text starts with. */
    static int leadingBlankLines(String text) {
        int skip = 0;
        while (true) {
            int nl = text.indexOf('\n', skip);
            if (nl < 0 || !text.substring(skip, nl).isBlank()) return skip;
            skip = nl + 1;
        }
    }

    static int countLines(String text, int offset) {
        int n = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') n++;
        }
        return n;
    }

    private static String lineText(List<String> lines, int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static String caret(int width) {
        return width <= 1 ? "^" : "^" + "-".repeat(width - 2) + "^";
    }

    /** JShell's messages name the synthetic class of the snippet ("location: class"): drop that line. */
    static String cleanMessage(String message) {
        StringBuilder out = new StringBuilder();
        for (String l : withoutWrappers(message).split("\n")) {
            if (l.strip().startsWith("location:") && (l.contains("$JShell$") || l.strip().equals("location: class"))) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    /** The compiler needs kernel.Notebook's class file for `import static kernel.Notebook.display`. */
    private static final java.util.concurrent.atomic.AtomicInteger API_DIRS = new java.util.concurrent.atomic.AtomicInteger();

    private static Path writeApiClass() {
        try {
            Path dir;
            try {
                // Named after the process: Files.createTempDirectory would seed a SecureRandom first,
                // tens of ms at the kernel's start. createDirectory fails if the name is taken.
                dir = Files.createDirectory(Path.of(System.getProperty("java.io.tmpdir"),
                        "course-kernel-api-" + ProcessHandle.current().pid() + "-" + API_DIRS.incrementAndGet()));
            } catch (IOException taken) {
                dir = Files.createTempDirectory("course-kernel-api");
            }
            Path target = dir.resolve("kernel").resolve("Notebook.class");
            Files.createDirectories(target.getParent());
            try (InputStream in = Notebook.class.getResourceAsStream("Notebook.class")) {
                if (in == null) throw new IOException("kernel/Notebook.class is not on the class path");
                Files.copy(in, target);
            }
            // deleteOnExit deletes in the reverse order: the file, then its folders
            dir.toFile().deleteOnExit();
            target.getParent().toFile().deleteOnExit();
            target.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the notebook API for JShell", e);
        }
    }

    /** Deletes the folder this evaluator made (for a kernel that ends with Runtime.halt, which skips deleteOnExit). */
    void deleteApiDir() {
        Path apiDir = this.apiDir;
        if (apiDir == null) return;
        try {
            Files.deleteIfExists(apiDir.resolve("kernel").resolve("Notebook.class"));
            Files.deleteIfExists(apiDir.resolve("kernel"));
            Files.deleteIfExists(apiDir);
        } catch (IOException e) {
            // a temp folder; deleteOnExit tries again
        }
    }

    /**
     * Once the kernel has been idle for {@link #IDLE_BEFORE_GRAPHICS_MS} after the given cell (0: after
     * the start), loads what the first figure needs (PNG writer, fonts), once, on a thread of its own.
     * Idle, because it would slow down cells that run meanwhile, and font loading in native code
     * would hold up the JVM's exit at a shutdown.
     */
    private void warmUpGraphicsWhenIdle(int afterCell) {
        if (graphicsWarmedUp.get()) return;
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(IDLE_BEFORE_GRAPHICS_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (cellsStarted.get() != afterCell || graphicsWarmedUp.getAndSet(true)) return;
            try {
                BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = img.createGraphics();
                g.drawString("x", 0, 8);
                g.dispose();
                javax.imageio.ImageIO.write(img, "png", java.io.OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException | Error e) {
                // only a warm-up
            }
        }, "warm-up-graphics");
        t.setDaemon(true);
        t.start();
    }
}
