package kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * One JShell session, used on the evaluator's runner thread only: runs a cell's magics and
 * snippets in order, keeps where each snippet came from (for messages that name the cell's
 * lines), and makes the value of a last expression the cell's result.
 *
 * <p>A snippet that throws ends the cell: with a {@link CellError}, or, when an unfinished exercise
 * explains it, with a note on stderr and no error (see {@link Unfinished}).
 */
final class Session {
    /** The deepest %load may nest: deeper, files load each other in a circle. */
    private static final int MAX_LOAD_DEPTH = 8;

    private final SnippetExecution engine = new SnippetExecution();
    private final JShell shell;
    /**
     * Made on first use: making it starts JShell's index of every platform class (for completions),
     * a few hundred ms of CPU.
     */
    private SourceCodeAnalysis analysis;
    private final SourceMap sources = new SourceMap();
    private final CellErrors errors = new CellErrors(sources);
    private final Unfinished unfinished = new Unfinished();
    private final Path baseDir;
    /** What %classpath added, shared with the evaluator (a replaced session starts with it). */
    private final List<Path> classpath;
    private final Stop stop;
    private final Function<Object, DisplayData> render;
    private int loadDepth;

    /** Thrown inside the session to end a cell that reached an unfinished exercise: not an error. */
    private static final class NotDone extends Exception {
        private static final long serialVersionUID = 1L;

        NotDone() {
            super(null, null, false, false);
        }
    }

    /**
     * Starts JShell (this takes a moment: call it on the runner thread).
     *
     * @param baseDir     where the magics' relative paths start
     * @param classpath   the evaluator's %classpath list, which this session adds to
     * @param render      turns a value into display data
     * @param cellWaiting true once a cell waits for this session (it then skips its warm-up)
     */
    Session(Path apiDir, Path baseDir, List<Path> classpath, Stop stop, Function<Object, DisplayData> render,
            BooleanSupplier cellWaiting) {
        this.baseDir = baseDir;
        this.classpath = classpath;
        this.stop = stop;
        this.render = render;
        List<Path> initial;
        synchronized (classpath) {
            initial = List.copyOf(classpath);
        }
        shell = NotebookShell.start(engine, apiDir, initial, cellWaiting);
    }

    SourceCodeAnalysis analysis() {
        if (analysis == null) analysis = shell.sourceCodeAnalysis();
        return analysis;
    }

    /** Stops the snippet that runs (JShell's stop: safe from any thread). */
    void stopSnippet() {
        shell.stop();
    }

    void close() {
        shell.close();
    }

    /** Where the session is now: "line 3 of this cell". */
    SourceMap.Where whereNow() {
        return sources.now();
    }

    Outcome runCell(String code, String cellName) throws CellError {
        sources.cellStarts(cellName);
        List<String> notDone = new ArrayList<>();
        try {
            Snippet last = runSource(code, cellName, notDone);
            return last == null ? new Outcome(null, List.copyOf(notDone)) : outcomeOf(last, List.copyOf(notDone));
        } catch (NotDone e) {
            return new Outcome(null, List.copyOf(notDone));
        }
    }

    /** Runs a cell's (or a loaded file's) text; returns the last snippet when it is an expression to show. */
    private Snippet runSource(String code, String name, List<String> notDone) throws CellError, NotDone {
        List<String> lines = code.lines().collect(Collectors.toList());
        Snippet lastExpression = null;
        for (CellSplitter.Chunk chunk : CellSplitter.chunks(lines)) {
            checkStop();
            if (chunk.magic() != null) {
                sources.runsAt(name, chunk.firstLine());
                runMagic(chunk.magic(), chunk.firstLine(), name, lines, notDone);
                lastExpression = null;
            } else {
                Snippet s = runCode(chunk, name, lines, notDone);
                if (s != null) lastExpression = isShownExpression(s) ? s : null;
            }
        }
        return lastExpression;
    }

    private void runMagic(Magics.Line magic, int line, String name, List<String> lines, List<String> notDone)
            throws CellError, NotDone {
        try {
            switch (magic.name()) {
                case "classpath" -> addToClasspath(Magics.resolveClasspath(baseDir, magic.args()));
                case "load" -> load(Magics.resolveLoad(baseDir, magic.args()), notDone);
                default -> throw new IllegalArgumentException("the kernel knows the magics %classpath and %load, not %"
                        + magic.name() + " (notebooks use only those two, so they run in IJava and JJava too)");
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw errors.magic(name, line, e.getMessage(), lines);
        }
    }

    private void addToClasspath(List<Path> paths) {
        for (Path p : paths) {
            if (classpath.contains(p)) continue; // the %classpath cell run again
            shell.addToClasspath(p.toString());
            classpath.add(p);
        }
    }

    private void load(Path file, List<String> notDone) throws CellError, NotDone {
        if (loadDepth >= MAX_LOAD_DEPTH) {
            throw new IllegalArgumentException("%load: files load each other in a circle (" + file + ")");
        }
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
    }

    /** Runs the snippets of a code chunk; returns the last one run (null if none). */
    private Snippet runCode(CellSplitter.Chunk chunk, String name, List<String> lines, List<String> notDone)
            throws CellError, NotDone {
        Snippet last = null;
        for (CellSplitter.Piece piece : CellSplitter.snippets(chunk, analysis())) {
            checkStop();
            if (piece.incomplete()) throw errors.incomplete(name, piece.codeLine(), lines);
            sources.runsAt(name, piece.codeLine());
            last = runSnippet(piece, name, lines, notDone);
        }
        return last;
    }

    private Snippet runSnippet(CellSplitter.Piece piece, String name, List<String> lines, List<String> notDone)
            throws CellError, NotDone {
        List<SnippetEvent> events = shell.eval(piece.source());
        if (events.isEmpty()) return null;
        SnippetEvent event = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(events.get(0));
        Snippet snippet = event.snippet();
        sources.remember(snippet.id(), new SourceMap.Origin(name, piece.firstLine(), lines));
        checkStop();
        switch (event.status()) {
            case REJECTED -> {
                List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
                throw errors.compile(diags, piece, name, lines, classpath.isEmpty());
            }
            case RECOVERABLE_NOT_DEFINED -> {
                DeclarationSnippet d = (DeclarationSnippet) snippet;
                throw errors.unresolved(d, unresolved(d), piece.codeLine(), name, lines, classpath.isEmpty());
            }
            case RECOVERABLE_DEFINED -> System.err.println("Note: " + CellErrors.describe(snippet)
                    + " is declared, but it can be used only once "
                    + String.join(", ", unresolved((DeclarationSnippet) snippet)) + " is declared too.");
            default -> { }
        }
        JShellException thrown = event.exception();
        if (thrown != null) {
            handleException(thrown, snippet, piece, name, lines, notDone);
        } else {
            unfinished.ran(snippet);
        }
        return snippet;
    }

    private List<String> unresolved(DeclarationSnippet snippet) {
        return shell.unresolvedDependencies(snippet).collect(Collectors.toList());
    }

    /** Ends the cell: quietly when an unfinished exercise explains the exception, else with its error. */
    private void handleException(JShellException thrown, Snippet snippet, CellSplitter.Piece piece, String name,
            List<String> lines, List<String> notDone) throws CellError, NotDone {
        int line = sources.lineThatThrew(thrown, snippet.id(), piece.codeLine());
        String where = sources.where(name, line);
        String code = SourceMap.lineText(lines, line);
        Unfinished.Note note = unfinished.explain(thrown, snippet, piece.source(), where, code)
                .orElseThrow(() -> errors.exception(thrown, line));
        notDone.add(note.summary());
        System.out.flush();
        note.lines().forEach(System.err::println);
        System.err.flush();
        throw new NotDone();
    }

    private void checkStop() throws CellError {
        Stop.Reason why = stop.reason();
        if (why != null) throw CellErrors.stopped(why, whereNow(), false, stop.limit().orElse(null));
    }

    // --- values ---------------------------------------------------------------------------------

    private static boolean isShownExpression(Snippet s) {
        return switch (s.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    /** The value of the cell's last expression, as the object itself when the engine has it (an image). */
    private Outcome outcomeOf(Snippet s, List<String> notDone) {
        VarSnippet variable = null;
        if (s instanceof VarSnippet v) {
            variable = v;
        } else if (s instanceof ExpressionSnippet e) {
            String varName = e.name();
            variable = shell.variables().filter(v -> v.name().equals(varName) && shell.status(v).isActive())
                    .reduce((a, b) -> b).orElse(null);
        }
        if (variable == null || !shell.status(variable).isActive()) return new Outcome(null, notDone);
        engine.control().takeLastValue();
        String text = shell.varValue(variable);
        Object value = engine.control().takeLastValue();
        // IJava and JJava show a stream as "java.io.PrintStream@1b2c3d": the outcome names it, so that
        // the notebooks' test can reject it
        String stream = value instanceof java.io.OutputStream || value instanceof java.io.Writer ? value.getClass().getName() : null;
        // System.out.printf(...) and .append(...) return the stream they printed on: the output is the
        // point, not the stream
        if (value != null && (value == System.out || value == System.err)) return new Outcome(null, notDone, stream);
        return new Outcome(value == null ? new DisplayData(text) : render.apply(value), notDone, stream);
    }
}
