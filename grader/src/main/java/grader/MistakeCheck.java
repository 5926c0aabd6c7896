package grader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Proves the feedback on the known answers of a chapter ({@link KnownAnswer}). Run by the course
 * check on the solutions. For each known mistake it makes the change in a copy of the solution,
 * compiles, runs the graded tests of the exercise and of those that use it, and demands that
 *
 * <ul>
 *   <li>the exercise loses points, with the mistake's hint shown when it has one;
 *   <li>no hint of another known mistake of the same exercise is shown (a hint fires only on its own mistake);
 *   <li>each exercise in {@code keeps} earns all its points, and each that loses points says to fix this one first;
 *   <li>every failed row shows what was expected and what came back whole.
 * </ul>
 *
 * For each correct alternative it demands 100 / 100 with every graded and ordinary test passing.
 */
final class MistakeCheck {
    private MistakeCheck() {}

    /** What the check found: the answers known, those that behaved as promised, and the problems. */
    record Verdict(int known, List<String> caught, int alternatives, List<String> problems) {}

    /** A chapter being checked: its folders, syllabus, class path without the reference's own classes, and time limit. */
    private record Run(ChapterPaths chapter, Syllabus syllabus, List<String> classpath, Path testClasses, int timeoutSeconds) {}

    /**
     * Checks every known answer of the chapter against {@code syllabus}'s tests (compiled in
     * {@code testClasses}), on {@code classpath} without the reference's own {@code classes}.
     */
    static Verdict run(ChapterPaths chapter, Syllabus syllabus, List<String> classpath, Path classes, Path testClasses,
                       int timeoutSeconds) throws IOException {
        List<String> cp = new ArrayList<>(classpath);
        cp.remove(classes.toString());
        Run run = new Run(chapter, syllabus, cp, testClasses, timeoutSeconds);
        List<String> caught = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<KnownAnswer> mistakes = KnownAnswer.read(chapter.mistakes());
        for (KnownAnswer m : mistakes) {
            List<String> found = mistake(run, m, mistakes);
            if (found.isEmpty()) caught.add(m.name());
            problems.addAll(found);
        }
        List<KnownAnswer> alternatives = KnownAnswer.read(chapter.alternatives());
        for (KnownAnswer a : alternatives) problems.addAll(alternative(run, a));
        return new Verdict(mistakes.size(), caught, alternatives.size(), problems);
    }

    /** The problems with one known mistake; empty when it is caught as promised. */
    private static List<String> mistake(Run run, KnownAnswer m, List<KnownAnswer> all) throws IOException {
        Set<String> exercises = new LinkedHashSet<>(List.of(m.exercise()));
        for (Syllabus.ExerciseInfo e : run.syllabus().exercises()) {
            if (run.syllabus().usedBy(e.id()).contains(m.exercise())) exercises.add(e.id());
        }
        exercises.addAll(m.keeps());
        List<String> keys = new ArrayList<>();
        for (String id : exercises) run.syllabus().testsOf(id).forEach(t -> keys.add(t.key()));
        if (run.syllabus().testsOf(m.exercise()).isEmpty()) {
            return List.of("mistake " + m.name() + ": exercise " + m.exercise() + " has no graded tests");
        }
        Object graded = grade(run, m, "mistakes", keys);
        if (graded instanceof String problem) return List.of("mistake " + problem);
        return judge(m, (Grade) graded, all);
    }

    /** The problems with one correct alternative; empty when it scores 100 with every test passing. */
    private static List<String> alternative(Run run, KnownAnswer a) throws IOException {
        Object graded = grade(run, a, "alternatives", null);
        if (graded instanceof String problem) return List.of("alternative " + problem);
        return CourseCheck.check((Grade) graded, "full").stream()
                .map(p -> "alternative " + a.name() + " (exercise " + a.exercise() + ", " + a.why() + ") is correct but "
                        + p).toList();
    }

    /** Applies {@code answer}, compiles, and grades the tests {@code keys} (null: all of them); a problem as a String. */
    private static Object grade(Run run, KnownAnswer answer, String kind, List<String> keys) throws IOException {
        Path work = run.chapter().gradeDir().resolve(kind).resolve(answer.name());
        Path sources = work.resolve("src");
        String problem = answer.apply(run.chapter().solutions(), sources);
        if (problem != null) return problem;
        Path compiled = work.resolve("classes");
        List<String> errors = CompileCheck.errors(List.of(run.chapter().dir().resolve("src/main/java"), sources),
                run.classpath(), compiled, run.chapter().dir().getParent(), 3);
        if (!errors.isEmpty()) return answer.name() + " does not compile: " + errors.get(0);
        List<String> runPath = new ArrayList<>();
        runPath.add(compiled.toString());
        // The reference's classes folder left the class path, and with it the chapter's resources (chapter 5's digits).
        runPath.add(run.chapter().dir().resolve("src/main/resources").toString());
        runPath.addAll(run.classpath());
        int count = keys == null ? run.syllabus().tests().size() : keys.size();
        Supervisor tests = new Supervisor(runPath, List.of(run.testClasses()), work.resolve("grade"), count, run.timeoutSeconds());
        if (keys != null) tests.only(keys);
        tests.run();
        return Grade.of(run.syllabus(), tests.journal(), run.timeoutSeconds(), new SourceLines(sources), Messages.of("en"));
    }

    /** Whether the mistake was caught as promised: the problems, none when it was. */
    static List<String> judge(KnownAnswer m, Grade g, List<KnownAnswer> all) {
        List<String> problems = new ArrayList<>();
        String name = "mistake " + m.name() + " (exercise " + m.exercise() + ")";
        Grade.ExerciseGrade e = exercise(g, m.exercise());
        List<String> shown = e.tests().stream().map(Grade.TestGrade::hint).filter(Objects::nonNull).distinct().toList();
        if (!e.lostPoints()) {
            problems.add(name + " still earns all " + e.points() + " points: no graded test catches it");
        } else if (m.hint() != null && shown.stream().noneMatch(h -> h.contains(m.hint()))) {
            problems.add(name + " loses points but no failure shows the hint \"" + m.hint() + "\""
                    + (shown.isEmpty() ? " (no hint at all)" : "; hints shown: " + shown));
        }
        for (KnownAnswer other : all) {
            if (other == m || !other.exercise().equals(m.exercise()) || other.hint() == null) continue;
            if (m.hint() != null && m.hint().contains(other.hint())) continue;
            if (shown.stream().anyMatch(h -> h.contains(other.hint()))) {
                problems.add(name + " shows the hint of another mistake, " + other.name() + ": \"" + other.hint()
                        + "\" (a hint must recognise its own wrong answer only)");
            }
        }
        for (Grade.ExerciseGrade x : g.exercises()) {
            if (x == e || !x.lostPoints()) continue;
            if (m.keeps().contains(x.info().id())) {
                problems.add(name + " costs exercise " + x.info().id() + " " + (x.points() - x.earned())
                        + " points, although it keeps them (keeps = " + String.join(", ", m.keeps()) + ")");
            } else if (x.tests().stream().anyMatch(t -> t.status().blamable() && t.blame() == null)) {
                problems.add(name + " costs exercise " + x.info().id() + " points without saying to fix "
                        + m.exercise() + " first");
            }
        }
        for (Grade.TestGrade t : g.tests()) {
            problems.addAll(cut(name, t));
        }
        return problems;
    }

    /** A problem when the row of a failed check does not show what was expected and what came back whole. */
    private static List<String> cut(String name, Grade.TestGrade t) {
        Outcome.Failure f = t.failure();
        if (f == null || t.status() != Status.FAILED) return List.of();
        String expected = Messages.flat(f.expected());
        String actual = Messages.flat(f.actual());
        if (t.why() != null && t.why().contains(expected) && t.why().contains(actual)) return List.of();
        return List.of(name + ": the row of " + t.test().key() + " cuts what was expected or what came back: " + t.why());
    }

    private static Grade.ExerciseGrade exercise(Grade g, String id) {
        return g.exercises().stream().filter(x -> x.info().id().equals(id)).findFirst().orElseThrow();
    }
}
