package kernel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.JShellException;

/**
 * Where each snippet came from, so that messages say "line 5 of cell [2]" where JShell says
 * "#12:3"; and where the session is now. The cell being run is "this cell".
 */
final class SourceMap {
    /** A snippet's origin: its cell (or %load file), the line of that cell it starts on, and the cell's lines. */
    record Origin(String cellName, int firstLine, List<String> lines) {}

    /** Where the session is: "line 3 of this cell" (line 0 and "" when not known). */
    record Where(int line, String text) {}

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();
    private volatile String topCellName;
    private volatile String currentCellName;
    private volatile int currentLine;

    /** A cell starts: it is "this cell" until the next one. */
    void cellStarts(String cellName) {
        topCellName = cellName;
        currentCellName = cellName;
        currentLine = 0;
    }

    /** The session runs this line of this cell (or %load file) now. */
    void runsAt(String cellName, int line) {
        currentLine = line;
        currentCellName = cellName;
    }

    Where now() {
        int line = currentLine;
        String name = currentCellName;
        return line > 0 && name != null ? new Where(line, where(name, line)) : new Where(0, "");
    }

    void remember(String snippetId, Origin origin) {
        origins.put(snippetId, origin);
    }

    /** The origin of JShell's snippet {@code id} ("12" in "#12"), or null if it is not one of the cells'. */
    Origin origin(String snippetId) {
        return origins.get(snippetId);
    }

    /** "line 3 of this cell", or "line 3 of cell [2]" for an earlier one. */
    String where(String cellName, int line) {
        return "line " + line + " of " + (cellName.equals(topCellName) ? "this cell" : cellName);
    }

    /** The line of a snippet that was running when it threw (its own frame in the stack), else {@code otherwise}. */
    int lineThatThrew(JShellException thrown, String snippetId, int otherwise) {
        Origin origin = origins.get(snippetId);
        for (StackTraceElement f : thrown.getStackTrace()) {
            if (("#" + snippetId).equals(f.getFileName()) && f.getLineNumber() > 0 && origin != null) {
                return origin.firstLine() + f.getLineNumber() - 1;
            }
        }
        return otherwise;
    }

    /** Line {@code line} (1 = the first) of a cell, or "" past its end. */
    static String lineText(List<String> lines, int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /** How many line ends come before {@code offset} in the text: the offset's line, counting from 0. */
    static int linesBefore(String text, int offset) {
        int n = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') n++;
        }
        return n;
    }
}
