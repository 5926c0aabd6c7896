package kernel;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What a cell produced besides its output streams: the value to show (null when there is none),
 * and the notes of the unfinished exercises it reached.
 */
public record Outcome(DisplayData value, List<String> notDone) {
    /** True when the cell stopped at an unfinished exercise (or was skipped because of one). */
    public boolean reachedTodo() {
        return !notDone.isEmpty();
    }
}
