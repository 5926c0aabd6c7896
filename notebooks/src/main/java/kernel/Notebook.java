package kernel;

import java.util.function.Function;

/**
 * What a notebook cell can call besides its own code. The kernel imports it statically into every
 * session, so a cell writes {@code display(image)}, as in IJava and JJava.
 *
 * <p>This is the one kernel class that cells can see: their class loader shows them the JDK, what
 * {@code %classpath} added, and this class, and nothing else of the kernel's class path.
 */
public final class Notebook {
    private Notebook() {}

    /** Where display() sends an object while a cell runs; set by the evaluator's {@link CellDisplay}. */
    private static volatile Function<Object, String> sink;

    static void sink(Function<Object, String> displaySink) {
        sink = displaySink;
    }

    /**
     * Shows {@code value} in the cell's output now (an image as PNG, anything else as text) and
     * returns the display's id, as IJava and JJava do. Write {@code { display(image); }} when it is
     * the last line of a cell: a bare {@code display(image);} there is an expression whose value,
     * the id, the notebook then shows too.
     */
    public static String display(Object value) {
        Function<Object, String> s = sink;
        if (s == null) throw new IllegalStateException("display() works only inside a notebook cell");
        return s.apply(value);
    }
}
