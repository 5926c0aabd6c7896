package toolkit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Terminal output that shows Korean terms and box-drawing characters whatever the platform's locale. */
public final class Terminal {
    private Terminal() {}

    /**
     * Standard output, encoded as UTF-8. It wraps whatever {@code System.out} is at the time of the
     * call, so output captured by a notebook kernel or a test stays captured.
     */
    public static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    /**
     * Runs a chapter's demo. An unfinished exercise ends it with a note on how to go on instead of a
     * stack trace: the demo runs the student's own code, so meeting a stub is expected, not an error.
     */
    public static void runDemo(PrintStream out, Runnable story) {
        try {
            story.run();
        } catch (Todo todo) {
            out.println();
            out.println("The demo stopped at an unfinished exercise: " + todo.getMessage());
            out.println("Finish it (mvn test shows your progress), or run the reference: mvn -q -Psolution compile exec:java");
        }
    }
}
