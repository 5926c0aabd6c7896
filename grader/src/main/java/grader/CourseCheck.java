package grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import toolkit.Terminal;

/**
 * The course check of one chapter: grades it as {@code mvn test} does ({@link GradeReport}), then
 * fails the build unless the grade is what the course promises. Maven runs it in place of the
 * grade report when {@code -Dgrader.expect} is given:
 *
 * <ul>
 *   <li>{@code full}, on the reference solutions: every graded and ordinary test passes, 100 / 100,
 *       and every known mistake ({@link MistakeCheck}) loses points with its hint, and every correct
 *       alternative scores 100;
 *   <li>{@code none}, on the untouched stubs: every graded test reports "not started", 0 / 100.
 * </ul>
 */
public final class CourseCheck {
    private CourseCheck() {}

    public static void main(String[] args) throws IOException {
        Options opts = Options.parse(args, GradeReport.OPTIONS);
        String expect = opts.require("expect");
        if (!expect.equals("full") && !expect.equals("none")) {
            throw new IllegalArgumentException("unknown expectation '" + expect + "': use -Dgrader.expect=full or none");
        }
        GradeReport.GradedChapter graded = GradeReport.report(opts);
        Grade grade = graded.grade();
        List<String> problems = new ArrayList<>(check(grade, expect));
        if (expect.equals("full") && grade.compileErrors().isEmpty()) problems.addAll(mistakes(graded));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("course check (expect=" + expect + ") failed for chapter "
                    + grade.syllabus().number() + ":\n  " + String.join("\n  ", problems));
        }
    }

    /** On the solutions, proves that every known wrong answer is caught, with its hint; the problems found. */
    private static List<String> mistakes(GradeReport.GradedChapter graded) throws IOException {
        PrintStream out = Terminal.out();
        if (!Files.isDirectory(graded.chapter().solutions())) {
            // The student edition: the known answers are edits of solutions it does not hold.
            out.println("  Known mistakes: not checked here (no src/solution/java to apply them to)");
            out.flush();
            return List.of();
        }
        // A wrong answer is judged by its hint, not its speed: give it room on a busy machine.
        MistakeCheck.Verdict verdict = MistakeCheck.run(graded.chapter(), graded.grade().syllabus(), graded.classpath(),
                graded.classes(), graded.testClasses(), Math.max(graded.timeout(), 30));
        out.println("  Known mistakes: " + verdict.caught().size() + " of " + verdict.known() + " caught with their hints"
                + (verdict.alternatives() > 0 ? "; correct alternatives checked: " + verdict.alternatives() : ""));
        out.flush();
        return verdict.problems();
    }

    /** What is wrong with the grade, given what the course check expects ("full" or "none"); empty when all is as expected. */
    static List<String> check(Grade grade, String expect) {
        List<String> problems = new ArrayList<>();
        if (expect.equals("full")) {
            for (Grade.TestGrade t : grade.tests()) {
                if (t.status() != Status.PASSED) {
                    problems.add(t.test().key() + " (exercise " + t.test().exercise() + ") " + t.status().words() + ": " + t.why());
                }
            }
            for (Journal.Result other : grade.otherTests()) {
                Outcome o = other.outcome();
                if (o.status() != Status.PASSED) {
                    problems.add("ordinary test " + other.test().key() + " " + o.status().key() + ": " + o.message());
                }
            }
            if (grade.earned() != 100) problems.add("scored " + grade.earned() + " / " + grade.total() + ", not 100 / 100");
        } else {
            for (Grade.TestGrade t : grade.tests()) {
                if (t.status() != Status.NOT_STARTED) {
                    problems.add(t.test().key() + " (exercise " + t.test().exercise() + ") is " + t.status().words()
                            + " on the untouched stubs: a graded test must fail there as not started"
                            + (t.why() == null ? "" : " (" + t.why() + ")"));
                }
            }
            if (grade.earned() != 0) problems.add("scored " + grade.earned() + " on the stubs, not 0");
        }
        if (!grade.runFinished()) problems.add("the test run did not finish");
        return problems;
    }
}
