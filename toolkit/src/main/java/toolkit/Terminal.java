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
            out.println(nextStep(todo, Path.of("")));
        }
    }

    /**
     * What to do after the demo met {@code todo}, run from {@code workingDir}. Only where the
     * chapter's reference solutions are beside it (the instructor's copy of the course; the student
     * edition has none) does it suggest running them. The demo runs in the chapter folder or, with
     * -pl, in the course's top folder, so both are looked at.
     */
    static String nextStep(Todo todo, Path workingDir) {
        String file = todo.file();
        int src = file.indexOf("src/exercise/java/");
        String chapter = src > 0 ? file.substring(0, src) : "";
        boolean reference = Files.isDirectory(workingDir.resolve(chapter).resolve("src/solution/java"))
                || Files.isDirectory(workingDir.resolve("src/solution/java"));
        return reference
                ? "Finish it (mvn test shows your progress), or run the reference: mvn -q -Psolution compile exec:java"
                : "Finish it, then run the demo again: mvn test shows your progress.";
    }
}
