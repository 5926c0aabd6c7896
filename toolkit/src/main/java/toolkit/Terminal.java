package toolkit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** Terminal output that shows Korean terms and box-drawing characters whatever the platform's locale. */
public final class Terminal {
    /** Where a demo writes its figures when its command line names no folder. */
    static final String DEFAULT_FIGURES = "target/figures";

    private Terminal() {}

    /**
     * Standard output, encoded as UTF-8. It wraps whatever {@code System.out} is at the time of the
     * call, so output captured by a notebook kernel or a test stays captured.
     */
    public static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    /**
     * A chapter's demo, from its {@code main}: {@code Terminal.runDemo(args, Demo::run)}, where
     * {@code run(out, figures)} prints the story to {@code out} and writes its PNGs under
     * {@code figures}, the folder named by {@code args[0]} (default target/figures).
     */
    public static void runDemo(String[] args, BiConsumer<PrintStream, Path> story) {
        Checks.notNull(args, "args");
        Checks.notNull(story, "story");
        PrintStream out = out();
        Path figures = figuresFolder(args);
        runDemo(out, () -> story.accept(out, figures));
    }

    /** The figures folder a demo's command line names: none (the default) or one, not blank. */
    static Path figuresFolder(String[] args) {
        if (args.length == 0) return Path.of(DEFAULT_FIGURES);
        if (args.length > 1) {
            throw new IllegalArgumentException("a demo takes at most one argument, the folder for its figures, not "
                    + args.length + ": " + String.join(" ", args));
        }
        if (args[0].isBlank()) {
            throw new IllegalArgumentException("the figures folder is blank: name one, or give no argument for "
                    + DEFAULT_FIGURES);
        }
        return Path.of(args[0]);
    }

    /**
     * Runs a demo's story. An unfinished exercise ends it with a note on how to go on instead of a
     * stack trace: the demo runs the student's own code, so meeting a stub is expected, not an error.
     */
    static void runDemo(PrintStream out, Runnable story) {
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

    /** {@code text} with {@code prefix} before each line, every line ending in a newline: a block set in. */
    public static String indent(String text, String prefix) {
        Checks.notNull(text, "text");
        Checks.notNull(prefix, "prefix");
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> out.append(prefix).append(line).append('\n'));
        return out.toString();
    }

    /**
     * Whether the chapter of this stub has its reference solutions beside it: the instructor's copy
     * of the course does, the student edition does not, so only the first may suggest -Psolution.
     */
    private static boolean hasReference(Todo todo) {
        return hasReference(todo.file(), Path.of(""));
    }

    /**
     * Whether {@code stubFile} ("chapter05-backprop/src/exercise/java/…:12") has a src/solution/java
     * beside its src/exercise/java, seen from {@code workingFolder}: a demo runs either in the
     * chapter folder or, with -pl, in the course's top folder.
     */
    static boolean hasReference(String stubFile, Path workingFolder) {
        int src = stubFile.indexOf("src/exercise/java/");
        String chapter = src > 0 ? stubFile.substring(0, src) : "";
        return Files.isDirectory(workingFolder.resolve(chapter).resolve("src/solution/java"))
                || Files.isDirectory(workingFolder.resolve("src/solution/java"));
    }
}
