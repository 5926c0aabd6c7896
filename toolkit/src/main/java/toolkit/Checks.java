package toolkit;

/**
 * Argument checks for the toolkit's and the lessons' public methods, so that bad input gets a
 * message naming what was wrong instead of a bare {@code NullPointerException} deep inside.
 *
 * <p>In a notebook a {@code null} usually means something else: the cell that was to make the value
 * stopped at an unfinished exercise, and JShell left the variable {@code null}. The message then
 * names that exercise, the last one whose {@link Todo} was thrown in this JVM.
 */
public final class Checks {
    private Checks() {}

    /**
     * {@code value} itself, or an {@link IllegalArgumentException} saying that {@code name} is null
     * (and, when an exercise stub has been reached before, which exercise is not done yet).
     */
    public static <T> T notNull(T value, String name) {
        if (value != null) return value;
        Todo last = Todo.lastThrown();
        String why = last == null ? ""
                : ": probably because exercise " + last.exercise() + Todo.NOT_DONE
                        + " and the code that makes " + name + " stopped there";
        throw new IllegalArgumentException(name + " is null" + why);
    }

    /**
     * A matrix's rows·cols, once the shape is checked: at least 1 × 1, and few enough entries for one array.
     * Computed in a long: 65536·65536 is 0 as an int and 46341·46341 negative.
     */
    static int entries(int rows, int cols) {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("a matrix needs at least 1 row and 1 column, not " + rows + "×" + cols);
        long entries = (long) rows * cols;
        if (entries > Matrix.MAX_ENTRIES) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " matrix would have " + entries + " entries, more than the "
                    + Matrix.MAX_ENTRIES + " one matrix can hold: rows·cols must fit in an int array");
        }
        return (int) entries;
    }
}
