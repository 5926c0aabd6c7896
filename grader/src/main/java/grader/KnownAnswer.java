package grader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A known answer to an exercise, written as edits to the reference solution: a known mistake
 * (a chapter's {@code src/test/mistakes/}) or a correct alternative ({@code src/test/alternatives/}).
 *
 * <pre>
 * exercise = 1.6
 * file = perceptron/LearningRule.java
 * replace = int error = label - Neuron.predict(perceptron, inputs);
 * with = int error = Neuron.predict(perceptron, inputs) - label;
 * hint = use the error y − ŷ, not ŷ − y       (a mistake's; optional)
 * keeps = 1.7                                 (exercises using this one that must keep their points)
 * class = ignored-parameter                   (the blind spot a mistake stands for; optional)
 * why = the weights in another order          (an alternative's: what is different)
 * </pre>
 *
 * Further edits go in {@code file.2}, {@code replace.2}, {@code with.2}, then {@code .3}, ...
 * ({@code file.N} defaults to {@code file}). Each text to replace must occur exactly once.
 */
record KnownAnswer(String name, String exercise, List<Edit> edits, String hint, List<String> keeps, String blindSpot,
                   String why) {

    /** One change to a file of the solution. */
    record Edit(String file, String replace, String with) {}

    /** The blind spots of graded tests that mistakes stand for ({@code class = ...}). */
    static final List<String> BLIND_SPOTS = List.of("mutation", "aliasing", "reject-state", "ignored-parameter",
            "float-restore");

    /** Every answer described in {@code dir} (none when it does not exist), by file name. */
    static List<KnownAnswer> read(Path dir) {
        List<KnownAnswer> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".properties")).sorted()::iterator) {
                out.add(of(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static KnownAnswer of(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        for (String key : List.of("exercise", "file", "replace", "with")) {
            if (props.getProperty(key) == null) throw new IllegalStateException(p + " has no '" + key + "'");
        }
        List<Edit> edits = new ArrayList<>();
        edits.add(new Edit(props.getProperty("file"), props.getProperty("replace"), props.getProperty("with")));
        for (int n = 2; props.getProperty("replace." + n) != null; n++) {
            String with = props.getProperty("with." + n);
            if (with == null) throw new IllegalStateException(p + " has replace." + n + " but no with." + n);
            edits.add(new Edit(props.getProperty("file." + n, props.getProperty("file")), props.getProperty("replace." + n), with));
        }
        String blindSpot = props.getProperty("class");
        if (blindSpot != null && !BLIND_SPOTS.contains(blindSpot)) {
            throw new IllegalStateException(p + ": class = " + blindSpot + " is none of " + BLIND_SPOTS);
        }
        String keeps = props.getProperty("keeps", "");
        return new KnownAnswer(p.getFileName().toString().replace(".properties", ""), props.getProperty("exercise"),
                List.copyOf(edits), props.getProperty("hint"),
                Arrays.stream(keeps.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList(), blindSpot,
                props.getProperty("why"));
    }

    /**
     * Copies the solution's sources ({@code solution}) to {@code sources} and makes the edits there;
     * null when done, else the problem ("the text to replace must occur exactly once").
     */
    String apply(Path solution, Path sources) throws IOException {
        copyTree(solution, sources);
        for (Edit edit : edits) {
            Path target = sources.resolve(edit.file());
            if (!Files.exists(target)) return name + ": no file " + edit.file() + " in src/solution/java";
            String text = Files.readString(target, StandardCharsets.UTF_8);
            int at = text.indexOf(edit.replace());
            if (at < 0 || text.indexOf(edit.replace(), at + 1) >= 0) {
                return name + ": the text to replace must occur exactly once in " + edit.file()
                        + (at < 0 ? " (not found: " + edit.replace() + ")" : " (found more than once: " + edit.replace() + ")");
            }
            Files.writeString(target, text.substring(0, at) + edit.with() + text.substring(at + edit.replace().length()),
                    StandardCharsets.UTF_8);
        }
        return null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
