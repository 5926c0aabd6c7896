package grader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Proves the targeted hints. Each file in a chapter's {@code src/test/mistakes/} describes one
 * known wrong answer as a change to the reference solution:
 *
 * <pre>
 * exercise = 1.1
 * file = perceptron/Neuron.java
 * replace = return z > 0 ? 1 : 0;
 * with = return z >= 0 ? 1 : 0;
 * hint = step(0) must be 0
 * </pre>
 *
 * For each, the check makes that change (the text must occur exactly once), compiles, runs the
 * exercise's graded tests, and demands that the exercise loses points and that a failed test
 * shows a hint containing {@code hint}. Run by the course check on the solutions.
 */
final class MistakeCheck {
    private MistakeCheck() {}

    record Mistake(String name, String exercise, String file, String replace, String with, String hint) {}

    static List<Mistake> read(Path dir) {
        List<Mistake> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".properties")).sorted()::iterator) {
                Properties props = new Properties();
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    props.load(r);
                }
                String name = p.getFileName().toString().replace(".properties", "");
                for (String key : List.of("exercise", "file", "replace", "with", "hint")) {
                    if (props.getProperty(key) == null) throw new IllegalStateException(p + " has no '" + key + "'");
                }
                out.add(new Mistake(name, props.getProperty("exercise"), props.getProperty("file"),
                        props.getProperty("replace"), props.getProperty("with"), props.getProperty("hint")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Checks every mistake; returns one line per mistake, and the problems (empty when all hints showed). */
    static List<String> run(Path chapterDir, Syllabus syllabus, List<String> classpath, Path classes, Path testClasses,
                            Path gradeDir, int timeoutSeconds, List<String> report) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Mistake> mistakes = read(chapterDir.resolve("src/test/mistakes"));
        for (Mistake m : mistakes) {
            Path work = gradeDir.resolve("mistakes").resolve(m.name());
            Path sources = work.resolve("src");
            copyTree(chapterDir.resolve("src/solution/java"), sources);
            Path target = sources.resolve(m.file());
            if (!Files.exists(target)) {
                problems.add("mistake " + m.name() + ": no file " + m.file() + " in src/solution/java");
                continue;
            }
            String text = Files.readString(target, StandardCharsets.UTF_8);
            int at = text.indexOf(m.replace());
            if (at < 0 || text.indexOf(m.replace(), at + 1) >= 0) {
                problems.add("mistake " + m.name() + ": the text to replace must occur exactly once in " + m.file()
                        + (at < 0 ? " (not found)" : " (found more than once)"));
                continue;
            }
            Files.writeString(target, text.substring(0, at) + m.with() + text.substring(at + m.replace().length()),
                    StandardCharsets.UTF_8);
            Path compiled = work.resolve("classes");
            List<String> cp = new ArrayList<>(classpath);
            cp.remove(classes.toString());
            List<String> errors = CompileCheck.errors(List.of(chapterDir.resolve("src/main/java"), sources), cp, compiled,
                    chapterDir.getParent(), 3);
            if (!errors.isEmpty()) {
                problems.add("mistake " + m.name() + " does not compile: " + errors.get(0));
                continue;
            }
            List<String> runPath = new ArrayList<>();
            runPath.add(compiled.toString());
            runPath.addAll(cp);
            List<String> keys = syllabus.testsOf(m.exercise()).stream().map(Syllabus.GradedTest::key).toList();
            if (keys.isEmpty()) {
                problems.add("mistake " + m.name() + ": exercise " + m.exercise() + " has no graded tests");
                continue;
            }
            new Supervisor(runPath, List.of(testClasses), work.resolve("grade"), keys.size(), timeoutSeconds).only(keys).run();
            Grade g = Grade.of(syllabus, work.resolve("grade/journal.jsonl"), timeoutSeconds,
                    new SourceLines(sources), Messages.of("en"));
            Grade.ExerciseGrade e = g.exercises().stream().filter(x -> x.info().id().equals(m.exercise())).findFirst().orElseThrow();
            boolean hinted = e.tests().stream().anyMatch(t -> t.hint() != null && t.hint().contains(m.hint()));
            if (e.earned() == e.points()) {
                problems.add("mistake " + m.name() + " (exercise " + m.exercise() + ") still earns all " + e.points()
                        + " points: no graded test catches it");
            } else if (!hinted) {
                List<String> seen = e.tests().stream().map(Grade.TestGrade::hint).filter(h -> h != null).distinct().toList();
                problems.add("mistake " + m.name() + " (exercise " + m.exercise() + ") loses points but no failure shows the hint \""
                        + m.hint() + "\"" + (seen.isEmpty() ? " (no hint at all)" : "; hints shown: " + seen));
            } else {
                report.add("caught with its hint: " + m.name() + " (exercise " + m.exercise() + ", " + e.earned() + " / "
                        + e.points() + ")");
            }
        }
        return problems;
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
