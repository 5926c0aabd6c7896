package toolkit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
            out.println(hasReference(todo)
                    ? "Finish it (mvn test shows your progress), or run the reference: mvn -q -Psolution compile exec:java"
                    : "Finish it, then run the demo again: mvn test shows your progress.");
        }
    }

    /**
     * Whether the chapter of this stub has its reference solutions beside it: the instructor's copy
     * of the course does, the student edition does not, so only the first may suggest -Psolution.
     * The demo runs either in the chapter folder or, with -pl, in the course's top folder.
     */
    private static boolean hasReference(Todo todo) {
        String file = todo.file();
        int src = file.indexOf("src/exercise/java/");
        String chapter = src > 0 ? file.substring(0, src) : "";
        return Files.isDirectory(Path.of(chapter, "src/solution/java")) || Files.isDirectory(Path.of("src/solution/java"));
    }
}
