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

    /** What the check found: how many mistakes the chapter knows, those caught with their hints, and the problems. */
    record Verdict(int known, List<String> caught, List<String> problems) {}

    /**
     * Checks every known mistake of the chapter against {@code syllabus}'s tests (compiled in
     * {@code testClasses}), on {@code classpath} without the reference's own {@code classes}.
     */
    static Verdict run(ChapterPaths chapter, Syllabus syllabus, List<String> classpath, Path classes, Path testClasses,
                       int timeoutSeconds) throws IOException {
        List<String> caught = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> cp = new ArrayList<>(classpath);
        cp.remove(classes.toString());
        List<Mistake> mistakes = read(chapter.mistakes());
        for (Mistake m : mistakes) {
            String problem = check(m, chapter, syllabus, cp, testClasses, timeoutSeconds);
            if (problem.startsWith("caught")) caught.add(problem);
            else problems.add(problem);
        }
        return new Verdict(mistakes.size(), caught, problems);
    }

    /** Makes one mistake in a copy of the solution and grades its exercise: "caught with its hint: ..." or the problem. */
    private static String check(Mistake m, ChapterPaths chapter, Syllabus syllabus, List<String> cp, Path testClasses,
                                int timeoutSeconds) throws IOException {
        Path work = chapter.gradeDir().resolve("mistakes").resolve(m.name());
        Path sources = work.resolve("src");
        copyTree(chapter.dir().resolve("src/solution/java"), sources);
        Path target = sources.resolve(m.file());
        if (!Files.exists(target)) return "mistake " + m.name() + ": no file " + m.file() + " in src/solution/java";
        String text = Files.readString(target, StandardCharsets.UTF_8);
        int at = text.indexOf(m.replace());
        if (at < 0 || text.indexOf(m.replace(), at + 1) >= 0) {
            return "mistake " + m.name() + ": the text to replace must occur exactly once in " + m.file()
                    + (at < 0 ? " (not found)" : " (found more than once)");
        }
        Files.writeString(target, text.substring(0, at) + m.with() + text.substring(at + m.replace().length()),
                StandardCharsets.UTF_8);
        Path compiled = work.resolve("classes");
        List<String> errors = CompileCheck.errors(List.of(chapter.dir().resolve("src/main/java"), sources), cp, compiled,
                chapter.dir().getParent(), 3);
        if (!errors.isEmpty()) return "mistake " + m.name() + " does not compile: " + errors.get(0);
        List<String> runPath = new ArrayList<>();
        runPath.add(compiled.toString());
        runPath.addAll(cp);
        List<String> keys = syllabus.testsOf(m.exercise()).stream().map(Syllabus.GradedTest::key).toList();
        if (keys.isEmpty()) return "mistake " + m.name() + ": exercise " + m.exercise() + " has no graded tests";
        Supervisor run = new Supervisor(runPath, List.of(testClasses), work.resolve("grade"), keys.size(), timeoutSeconds);
        run.only(keys).run();
        Grade g = Grade.of(syllabus, run.journal(), timeoutSeconds, new SourceLines(sources), Messages.of("en"));
        return judge(m, g);
    }

    /** Whether the mistake's exercise lost points with the mistake's hint shown. */
    private static String judge(Mistake m, Grade g) {
        Grade.ExerciseGrade e = g.exercises().stream().filter(x -> x.info().id().equals(m.exercise())).findFirst().orElseThrow();
        boolean hinted = e.tests().stream().anyMatch(t -> t.hint() != null && t.hint().contains(m.hint()));
        if (e.earned() == e.points()) {
            return "mistake " + m.name() + " (exercise " + m.exercise() + ") still earns all " + e.points()
                    + " points: no graded test catches it";
        }
        if (!hinted) {
            List<String> seen = e.tests().stream().map(Grade.TestGrade::hint).filter(h -> h != null).distinct().toList();
            return "mistake " + m.name() + " (exercise " + m.exercise() + ") loses points but no failure shows the hint \""
                    + m.hint() + "\"" + (seen.isEmpty() ? " (no hint at all)" : "; hints shown: " + seen);
        }
        return "caught with its hint: " + m.name() + " (exercise " + m.exercise() + ", " + e.earned() + " / " + e.points() + ")";
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
