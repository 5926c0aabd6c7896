package grader;

import java.io.PrintStream;

/**
 * The one line under the table that says what watch mode is doing now ("grading Neuron.java · now
 * 1.2 · 3 s"). In a terminal it is rewritten in place; where there is no terminal control (an
 * IDE's run window) a new line is printed at most every 5 seconds.
 */
final class StatusLine {
    private static final long QUIET_MILLIS = 5000;

    private final PrintStream out;
    private final boolean inPlace;
    private String shown;
    private long shownAt;
    private boolean open;

    StatusLine(PrintStream out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    void print(String line) {
        if (line.equals(shown)) return;
        long now = System.currentTimeMillis();
        if (inPlace) {
            out.print("\r  " + line + "\033[K");
            open = true;
        } else {
            if (shown != null && now - shownAt < QUIET_MILLIS) return;
            out.println("  " + line);
        }
        out.flush();
        shown = line;
        shownAt = now;
    }

    /** Ends the line, so that what comes next starts on a line of its own. */
    void end() {
        if (open) out.println();
        open = false;
        shown = null;
    }

    /** The screen was redrawn: the line is gone. */
    void reset() {
        open = false;
        shown = null;
    }
}
