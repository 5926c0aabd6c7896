package kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns what went wrong in a cell into a {@link CellError} that reads well: a headline that stands
 * on its own ("Compile error at line 2 of this cell: ...", "ArithmeticException: / by zero"), then
 * the cell's line with a caret under the spot, or the frames of the cells' code that were running,
 * with JShell's wrapper classes and the kernel's own frames left out.
 *
 * <pre>{@code
 * Compile error at line 2 of this cell: incompatible types: String cannot be converted to int
 *     int wrong = "text";
 *                 ^----^
 * }</pre>
 */
final class CellErrors {
    private static final String NOTHING_ON_CLASS_PATH =
            "Hint: nothing is on the class path yet. Run the notebook's %classpath cell (at the top) first.";

    private final SourceMap sources;

    CellErrors(SourceMap sources) {
        this.sources = sources;
    }

    /** The cell ends inside a statement. */
    CellError incomplete(String cellName, int line, List<String> lines) {
        String headline = "Incomplete code at " + sources.where(cellName, line)
                + ": the cell ends before this statement does (a missing ';', ')' or '}'?)";
        return new CellError(CellError.Kind.INCOMPLETE, "IncompleteCode", headline, line,
                List.of(headline, "    " + SourceMap.lineText(lines, line)));
    }

    /** A magic line that cannot run: an unknown magic, a path that matches nothing, ... */
    CellError magic(String cellName, int line, String message, List<String> lines) {
        String headline = "MagicError at " + sources.where(cellName, line) + ": " + message;
        return new CellError(CellError.Kind.MAGIC, "MagicError", message, line,
                List.of(headline, "    " + SourceMap.lineText(lines, line).strip()));
    }

    /** javac's errors for a snippet, each with the cell's line and a caret under its spot. */
    CellError compile(List<Diag> errors, CellSplitter.Piece piece, String cellName, List<String> lines,
            boolean nothingOnClassPath) {
        List<String> tb = new ArrayList<>();
        String firstMessage = null;
        int firstLine = piece.codeLine();
        for (Diag d : errors) {
            String[] message = cleanMessage(d.getMessage(Locale.ROOT)).split("\n");
            Spot spot = spot(d, piece);
            if (firstMessage == null) {
                firstMessage = message[0];
                firstLine = spot.line();
            }
            tb.add("Compile error at " + sources.where(cellName, spot.line()) + ": " + message[0]);
            tb.add("    " + SourceMap.lineText(lines, spot.line()));
            tb.add("    " + " ".repeat(spot.column()) + caret(spot.width()));
            for (int i = 1; i < message.length; i++) tb.add("  " + message[i]);
        }
        if (errors.isEmpty()) {
            firstMessage = "JShell rejected this code";
            tb.add("Compile error at " + sources.where(cellName, piece.codeLine()) + ": " + firstMessage);
            tb.add("    " + SourceMap.lineText(lines, piece.codeLine()));
        }
        boolean unknownName = tb.stream()
                .anyMatch(l -> l.contains("cannot find symbol") || l.contains("does not exist"));
        if (nothingOnClassPath && unknownName) tb.add(NOTHING_ON_CLASS_PATH);
        return new CellError(CellError.Kind.COMPILE, "CompileError", firstMessage, firstLine, tb);
    }

    /** Where a diagnostic points: the cell's line, the column in it and how many characters. */
    private record Spot(int line, int column, int width) {}

    /** Diagnostics count from the snippet's source, which is the chunk's code from piece.at() on (plus maybe a ';'). */
    private static Spot spot(Diag d, CellSplitter.Piece piece) {
        String text = piece.chunk().code();
        int length = piece.source().length();
        long start = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
        long end = d.getEndPosition() > start ? d.getEndPosition() : start + 1;
        int from = piece.at() + (int) Math.max(0, Math.min(start, length));
        int to = piece.at() + (int) Math.max(0, Math.min(end, length));
        from = Math.min(from, Math.max(0, text.length() - 1));
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0) lineEnd = text.length();
        int line = piece.chunk().firstLine() + SourceMap.linesBefore(text, from);
        return new Spot(line, from - lineStart, Math.max(1, Math.min(to, lineEnd) - from));
    }

    /** A declaration that uses names nobody declared (JShell keeps it, but it cannot run). */
    CellError unresolved(DeclarationSnippet snippet, List<String> missingNames, int line, String cellName,
            List<String> lines, boolean nothingOnClassPath) {
        String headline = "Compile error at " + sources.where(cellName, line) + ": " + describe(snippet) + " uses "
                + String.join(", ", missingNames) + ", which is not declared";
        List<String> tb = new ArrayList<>(List.of(headline, "    " + SourceMap.lineText(lines, line)));
        if (nothingOnClassPath) tb.add(NOTHING_ON_CLASS_PATH);
        return new CellError(CellError.Kind.COMPILE, "CompileError", headline, line, tb);
    }

    /** An exception from the cells' code: one headline, the frames, and the causes. */
    CellError exception(JShellException thrown, int line) {
        List<String> tb = new ArrayList<>();
        tb.add(headline(thrown));
        addFrames(tb, thrown.getStackTrace(), 12);
        Throwable cause = thrown.getCause();
        int depth = 0;
        while (cause instanceof JShellException c && depth++ < 5) {
            tb.add("Caused by: " + headline(c));
            addFrames(tb, c.getStackTrace(), 4);
            cause = c.getCause();
        }
        return new CellError(CellError.Kind.EXCEPTION, exceptionName(thrown), messageOf(thrown), line, tb);
    }

    /** At most {@code max} frames worth showing; a frame of the cells' code names its cell, line and code. */
    private void addFrames(List<String> tb, StackTraceElement[] frames, int max) {
        int shown = 0;
        int hidden = 0;
        for (StackTraceElement f : frames) {
            if (isMachinery(f)) continue;
            if (shown >= max) {
                hidden++;
                continue;
            }
            String frame = frame(f);
            // a declaration's two wrapper methods show as the same line of the cell
            if (originOf(f) != null && frame.equals(tb.get(tb.size() - 1))) continue;
            tb.add(frame);
            shown++;
        }
        if (hidden > 0) tb.add("    ... " + hidden + " more");
    }

    /** JShell's and reflection's frames, and the wrapper method of a snippet: nothing a student wrote. */
    private static boolean isMachinery(StackTraceElement f) {
        String cls = f.getClassName();
        return cls.startsWith("jdk.internal.") || cls.startsWith("java.lang.reflect.") || cls.startsWith("jdk.jshell.")
                || cls.startsWith("REPL.$JShell$") && f.getMethodName().equals("do_it$");
    }

    /** "    at ratio(), line 2 of cell [3]: int r = a / b;" for the cells' code; the frame itself otherwise. */
    private String frame(StackTraceElement f) {
        String file = f.getFileName();
        if (file == null || !file.startsWith("#")) return "    at " + f;
        String name = f.getMethodName();
        String method = name.isEmpty() || name.startsWith("do_it$") ? "" : name + "(), ";
        SourceMap.Origin o = originOf(f);
        if (o == null) return "    at " + method + "snippet " + file + ", line " + f.getLineNumber();
        int line = o.firstLine() + f.getLineNumber() - 1;
        String code = SourceMap.lineText(o.lines(), line).strip();
        return "    at " + method + sources.where(o.cellName(), line) + ": " + code;
    }

    /** The origin of a frame in a snippet (JShell names its file "#12"), or null. */
    private SourceMap.Origin originOf(StackTraceElement f) {
        String file = f.getFileName();
        return file != null && file.startsWith("#") ? sources.origin(file.substring(1)) : null;
    }

    /** A cell stopped by the time limit or an interrupt; {@code abandoned}: its session had to be replaced. */
    static CellError stopped(Stop.Reason why, SourceMap.Where at, boolean abandoned, Duration limit) {
        boolean timeLimit = why == Stop.Reason.TIME_LIMIT;
        String where = at.line() > 0 ? " (at " + at.text() + ")" : "";
        String headline = timeLimit
                ? "TimeLimit: this cell ran longer than its limit of " + TimeLimit.seconds(limit)
                        + " and was stopped" + where + "."
                : "Interrupted: the cell was stopped" + where + ".";
        List<String> tb = new ArrayList<>();
        tb.add(headline);
        if (timeLimit) {
            tb.add("Look for a loop that never ends. The limit comes from " + TimeLimit.ENV
                    + " or the kernel's " + TimeLimit.OPTION + " option.");
        }
        if (abandoned) {
            tb.add("It did not stop: on this JDK JShell can stop a loop in a cell's own code but not one inside"
                    + " compiled");
            tb.add("classes such as the chapter's. The kernel started a new Java session: the %classpath entries are"
                    + " kept,");
            tb.add("but the variables and methods of earlier cells are gone, so run the notebook again from the top.");
        }
        return new CellError(timeLimit ? CellError.Kind.TIME_LIMIT : CellError.Kind.INTERRUPTED,
                timeLimit ? "TimeLimit" : "Interrupted", headline, at.line(), tb);
    }

    /** The kernel itself failed on a cell (a bug of the kernel, not of the cell). */
    static CellError kernelFailed(Throwable cause) {
        return new CellError(CellError.Kind.EXCEPTION, "KernelError", String.valueOf(cause), 0,
                List.of("The kernel failed on this cell: " + cause));
    }

    /** JShell could not start, so no cell can run. */
    static CellError noSession(Throwable cause) {
        return new CellError(CellError.Kind.EXCEPTION, "KernelError", "JShell did not start: " + cause, 0,
                List.of("The Java session (JShell) did not start: " + cause));
    }

    /** Interrupted while waiting for JShell to start. */
    static CellError interruptedAtStart() {
        return new CellError(CellError.Kind.INTERRUPTED, "Interrupted", "interrupted while JShell started", 0,
                List.of("Interrupted while the Java session was starting."));
    }

    /** "f()" for a method, "x" for a variable or class, "this snippet" for anything else. */
    static String describe(Snippet s) {
        if (s instanceof DeclarationSnippet d) return s.kind() == Snippet.Kind.METHOD ? d.name() + "()" : d.name();
        return "this snippet";
    }

    static String exceptionName(JShellException e) {
        if (e instanceof EvalException ee) {
            String cls = ee.getExceptionClassName();
            return cls.substring(cls.lastIndexOf('.') + 1);
        }
        if (e instanceof UnresolvedReferenceException) return "UnresolvedReference";
        return e.getClass().getSimpleName();
    }

    static String messageOf(JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            return u.getSnippet().name() + " cannot be used yet: it refers to something not declared";
        }
        return e.getMessage() == null ? "" : withoutWrappers(e.getMessage());
    }

    /** "IllegalArgumentException: weights has 2 entries but inputs has 3" */
    static String headline(JShellException e) {
        String msg = messageOf(e);
        return msg.isEmpty() ? exceptionName(e) : exceptionName(e) + ": " + msg;
    }

    /** JShell wraps each snippet in a class "REPL.$JShell$12": "REPL.$JShell$12.r" is the variable r. */
    static String withoutWrappers(String text) {
        return text.replaceAll("REPL\\.\\$JShell\\$\\d+\\$", "").replaceAll("REPL\\.\\$JShell\\$\\d+\\.", "");
    }

    /** JShell's messages name the synthetic class of the snippet ("location: class"): drop that line. */
    static String cleanMessage(String message) {
        StringBuilder out = new StringBuilder();
        for (String l : withoutWrappers(message).split("\n")) {
            String s = l.strip();
            if (s.startsWith("location:") && (l.contains("$JShell$") || s.equals("location: class"))) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    private static String caret(int width) {
        return width <= 1 ? "^" : "^" + "-".repeat(width - 2) + "^";
    }
}
