package grader;

import static org.assertj.core.api.Assertions.assertThat;

import grader.api.Chapter;
import grader.api.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report joins what a chapter declares with what the test JVM recorded, whatever it recorded. */
class GradeTest {
    static final Syllabus SYLLABUS = new Syllabus(7, "A test chapter", "시험", 0, false, List.of(
            new Syllabus.ExerciseInfo("7.1", "First", "첫째", "demo/First.java", "first"),
            new Syllabus.ExerciseInfo("7.2", "Second", "demo/Second.java", "second")), List.of(
            new Syllabus.GradedTest("demo.T", "a", "checks a", "7.1", 30),
            new Syllabus.GradedTest("demo.T", "b", "checks b", "7.1", 20),
            new Syllabus.GradedTest("demo.T", "c", "checks c", "7.2", 50)), "x");

    @TempDir
    Path dir;

    private Grade grade(String... lines) throws IOException {
        Path journal = dir.resolve("journal.jsonl");
        Files.write(journal, List.of(lines));
        return Grade.of(SYLLABUS, journal, new SourceLines(dir));
    }

    private static final String START = Journal.line(new Journal.Start("17"));
    private static final String END = Journal.line(new Journal.End());

    /** The journal line of test {@code cls#method}'s result. */
    static String result(String cls, String method, Outcome outcome, Double seconds) {
        return Journal.line(new Journal.Result(new Journal.Test(cls, method, method + "()"), outcome, seconds));
    }

    static String passed(String method) {
        return result("demo.T", method, Outcome.passed(), null);
    }

    /** A failed check: f(1) expected 2, got 3, with a hint (and its Korean, or null). */
    static String failed(String method, String hint, String korean) {
        Outcome.Failure f = new Outcome.Failure("f(1)", "2", "3", hint, korean);
        return result("demo.T", method, new Outcome(Status.FAILED, "f(1): expected 2, got 3", f, null, null, List.of()), null);
    }

    @Test
    void partialCreditAndStatuses() throws IOException {
        Outcome.NotDone todo = new Outcome.NotDone("7.2", "x/src/exercise/java/demo/Second.java:3", "do it", "second()", null);
        Outcome notStarted = new Outcome(Status.NOT_STARTED, "Exercise 7.2 is not done yet", null, todo, null, List.of());
        Grade g = grade(START,
                result("demo.T", "a", Outcome.passed(), 0.5),
                failed("b", "add one", null),
                result("demo.T", "c", notStarted, null),
                END);
        assertThat(g.earned()).isEqualTo(30);
        assertThat(g.exercises().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(g.exercises().get(0).earned()).isEqualTo(30);
        assertThat(g.exercises().get(0).reason().lines()).containsExactly("f(1): expected 2, got 3", "hint: add one");
        assertThat(g.exercises().get(1).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(g.exercises().get(1).reason().why()).isEqualTo("not started: do it. Edit second() in x/src/exercise/java/demo/Second.java:3");
        String table = GradeTable.render(g);
        assertThat(table).contains("Chapter 7 · A test chapter (시험)", "7.1  First", "30 / 50", "○ not started");
        assertThat(table).as("the next exercise's file, in the chapter's folder")
                .contains("Next: exercise 7.1 · First, in x/src/exercise/java/demo/First.java");
        assertThat(table.strip()).endsWith("Chapter 7 · A test chapter: 30 / 100");
        assertThat(CourseCheck.check(g, "full")).isNotEmpty();
        assertThat(CourseCheck.check(g, "none")).isNotEmpty();
    }

    @Test
    void theTableSpeaksKoreanWhenAsked() throws IOException {
        Path journal = dir.resolve("journal.jsonl");
        Files.write(journal, List.of(START, passed("a"), failed("b", "add one", "1을 더하세요"), END));
        Messages ko = Messages.of("ko");
        Grade g = Grade.of(SYLLABUS, new Journal(journal), 10, new SourceLines(dir), ko);
        String table = GradeTable.render(g, ko);
        assertThat(table).contains("제7장 · 시험", "실패", "f(1): 기대값 2, 실제값 3", "힌트: 1을 더하세요", "실행 안 됨");
        assertThat(table).as("an exercise's Korean title, and the English one where it has none").contains("7.1  첫째", "7.2  Second");
        assertThat(table.strip()).endsWith("제7장 · 시험: 30 / 100");
        // Columns line up although Hangul takes two columns in a terminal.
        List<String> rows = table.lines().filter(l -> l.startsWith("  7.")).toList();
        assertThat(rows).hasSize(2);
        assertThat(Messages.width(rows.get(0))).isEqualTo(Messages.width(rows.get(1)));
        Messages en = Messages.of("en");
        assertThat(GradeTable.render(Grade.of(SYLLABUS, new Journal(journal), 10, new SourceLines(dir), en), en))
                .contains("f(1): expected 2, got 3", "hint: add one", "did not run");
    }

    @Test
    void theGradebookNamesEachChapterInTheGradersLanguage() throws IOException {
        Path journal = dir.resolve("journal.jsonl");
        Files.write(journal, List.of(START, passed("a"), failed("b", "add one", "1을 더하세요"), END));
        Path chapter = dir.resolve("course/chapter07-test/target/grade");
        Files.createDirectories(chapter);
        GradeJson.write(Grade.of(SYLLABUS, new Journal(journal), 10, new SourceLines(dir), Messages.of("en")),
                chapter.resolve("grade.json"));
        Files.createDirectories(dir.resolve("course/chapter08-later"));
        String korean = Gradebook.render(dir.resolve("course"), Messages.of("ko"));
        assertThat(korean).contains("제7장 · 시험", "30 / 100", "연습문제 2개 중 0개 완료", "chapter08-later", "아직 채점 전")
                .doesNotContain("A test chapter", "not graded");
        assertThat(Gradebook.render(dir.resolve("course"), Messages.of("en")))
                .contains("Chapter 7 · A test chapter", "0 of 2 exercises done", "not graded yet", "30 / 200");
    }

    @Test
    void testsWithoutAResultStillAppearAsDidNotRunWithTheReason() throws IOException {
        String torn = passed("b").substring(0, 40); // torn by a dying JVM
        Grade g = grade(START, passed("a"), torn, Journal.line(new Journal.Exit("the test JVM exited with code 3")));
        assertThat(g.tests()).hasSize(3);
        assertThat(g.tests().get(1).status()).isEqualTo(Status.DID_NOT_RUN);
        assertThat(g.tests().get(1).why()).isEqualTo("did not run: the test JVM exited with code 3 before reaching it");
        assertThat(g.earned()).isEqualTo(30);
        assertThat(g.runFinished()).isFalse();
    }

    @Test
    void noJournalAtAllMeansNothingRan() {
        Grade g = Grade.of(SYLLABUS, dir.resolve("missing.jsonl"), new SourceLines(dir));
        assertThat(g.tests()).allMatch(t -> t.status() == Status.DID_NOT_RUN);
        assertThat(g.earned()).isZero();
    }

    @Test
    void expectationsOfTheCourseCheck() throws IOException {
        Grade all = grade(START, passed("a"), passed("b"), passed("c"), result("demo.Lesson", "story", Outcome.passed(), null), END);
        assertThat(CourseCheck.check(all, "full")).isEmpty();
        assertThat(CourseCheck.check(all, "none")).hasSize(4);

        Outcome no = new Outcome(Status.FAILED, "no", null, null, null, List.of());
        Grade brokenLesson = grade(START, passed("a"), passed("b"), passed("c"), result("demo.Lesson", "story", no, null), END);
        assertThat(CourseCheck.check(brokenLesson, "full")).singleElement().asString().contains("demo.Lesson#story");
    }

    @Test
    void gradescopeResultsHaveOneEntryPerGradedTest() throws IOException {
        Grade g = grade(START, result("demo.T", "a", Outcome.passed(), 1.25), END);
        GradescopeResults results = GradescopeResults.of(g, Messages.of("en"), null);
        assertThat(results.tests()).hasSize(3);
        assertThat(results.tests().get(0))
                .isEqualTo(new GradescopeResults.Test("First: checks a", "7.1", 30, 30, "passed", "passed", "visible"));
        assertThat(results.tests().get(2).status()).isEqualTo("failed");
        assertThat(results.executionTime()).isEqualTo(1.25);
        GradeJson own = GradeJson.of(g);
        assertThat(own.chapter()).isEqualTo(7);
        assertThat(own.earned()).isEqualTo(30);
        assertThat(own.total()).isEqualTo(100);
    }

    @Test
    void theStudentsLineIsFoundInTheirSourceTree() throws IOException {
        Files.createDirectories(dir.resolve("demo"));
        Files.write(dir.resolve("demo/First.java"), List.of("package demo;", "class First {",
                "    static int first(int x) {", "        // think", "        return x / 0;", "    }", "}"));
        SourceLines sources = new SourceLines(dir);
        assertThat(sources.firstStudentLine(List.of(new Outcome.Frame("java.lang.Math", "Math.java", 10, "abs"),
                new Outcome.Frame("demo.First", "First.java", 5, "first")))).isEqualTo("at First.java:5 │ return x / 0;");
        Messages en = Messages.of("en");
        assertThat(sources.methodCalled(new Syllabus.ExerciseInfo("7.1", "First", "demo/First.java", "first"), "first(1)", en))
                .as("a wrong value points at the method's declaration, not at a line of its body")
                .isEqualTo("your first() at First.java:3 │ static int first(int x) {");
        assertThat(sources.methodCalled(new Syllabus.ExerciseInfo("7.1", "First", "demo/First.java", "missing"), "x", en)).isNull();
    }
}
