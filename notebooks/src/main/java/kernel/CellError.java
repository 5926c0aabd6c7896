package kernel;

import java.util.List;

/**
 * Why a cell failed, ready to show: {@link #name()} and {@link #getMessage()} are Jupyter's
 * ename and evalue, {@link #traceback()} the lines the notebook shows (the first one readable on
 * its own). It carries no Java stack trace of the kernel: nothing of it would help a student.
 */
public final class CellError extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, for the notebook runner's report and the tests. */
    public enum Kind { COMPILE, EXCEPTION, TIME_LIMIT, INTERRUPTED, MAGIC, INCOMPLETE }

    private final Kind kind;
    private final String name;
    private final int line;
    private final transient List<String> traceback;

    CellError(Kind kind, String name, String message, int line, List<String> traceback) {
        super(message, null, false, false);
        this.kind = kind;
        this.name = name;
        this.line = line;
        this.traceback = List.copyOf(traceback);
    }

    public Kind kind() {
        return kind;
    }

    /** Jupyter's ename: the exception's simple class name, or "CompileError", "TimeLimit", ... */
    public String name() {
        return name;
    }

    /** The line of the cell where it happened (1 = the first), or 0 when not known. */
    public int line() {
        return line;
    }

    /** The lines to show, headline first. */
    public List<String> traceback() {
        return traceback;
    }

    /** The whole report as one text. */
    public String report() {
        return String.join("\n", traceback);
    }

    @Override
    public String toString() {
        return report();
    }
}
