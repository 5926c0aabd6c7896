package kernel;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What a cell produced besides its output streams: the value to show (null when there is none),
 * the notes of the unfinished exercises it reached, and, when its last expression's value was a
 * stream (System.out.printf(...) returns System.out), that stream's class: this kernel shows
 * nothing for it, but IJava and JJava show "java.io.PrintStream@1b2c3d", so the notebooks' test
 * rejects such a cell.
 */
public record Outcome(DisplayData value, List<String> notDone, String streamValue) {
    public Outcome(DisplayData value, List<String> notDone) {
        this(value, notDone, null);
    }

    /** True when the cell stopped at an unfinished exercise (or was skipped because of one). */
    public boolean reachedTodo() {
        return !notDone.isEmpty();
    }
}
