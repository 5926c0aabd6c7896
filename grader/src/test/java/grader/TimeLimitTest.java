package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dgrader.timeout} reaches the tests by both roads, {@code mvn test} (GradeReport and its
 * fresh test JVMs) and watch mode (Watch and its warm worker), and is refused the same way on both.
 * Maven hands it to each entry point as {@code --timeout=...}.
 */
class TimeLimitTest {
    static final String CHAPTER = """
            package demo;

            import grader.api.Chapter;
            import grader.api.Exercise;

            @Chapter(number = 6, title = "Time", exercises = {
                @Exercise(id = "6.1", title = "slow", file = "demo/Work.java", method = "slow"),
            })
            final class Six {}
            """;
    static final String TESTS = """
            package demo;

            import grader.api.Expect;
            import grader.api.Graded;

            class WorkTest {
                @Graded(exercise = "6.1", points = 50) void quick() { Expect.equal("quick()", 1, Work.quick()); }
                @Graded(exercise = "6.1", points = 50) void slow() { Expect.equal("slow()", 1, Work.slow()); }
            }
            """;
    /** slow() takes 4 s: within the default limit of 10 s, over a limit of 2 s. */
    static final String WORK = """
            package demo;

            public final class Work {
                public static int quick() { return 1; }
                public static int slow() {
                    try { Thread.sleep(4000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    return 1;
                }
            }
            """;

    private static FakeChapter chapter(Path dir) throws Exception {
        FakeChapter chapter = new FakeChapter(dir).file("src/exercise/java/demo/Work.java", WORK)
                .file("src/test/java/demo/Six.java", CHAPTER).file("src/test/java/demo/WorkTest.java", TESTS);
        chapter.compile();
        return chapter;
    }

    private static List<String> gradeReportArgs(Path dir, String timeout) {
        return List.of("--chapter-dir=" + dir, "--classes=" + dir.resolve("target/classes"),
                "--test-classes=" + dir.resolve("target/test-classes"), "--sources=exercise", "--expect=", "--timeout=" + timeout,
                "--hidden=", "--submission=");
    }

    private static List<String> watchArgs(Path dir, String timeout) {
        return List.of("--chapter-dir=" + dir, "--sources=exercise", "--timeout=" + timeout, "--once");
    }

    @Test
    void theTimeLimitReachesMvnTestAndWatchMode(@TempDir Path dir) throws Exception {
        FakeChapter chapter = chapter(dir);
        String mvnTest = chapter.runMain(GradeReport::main, gradeReportArgs(dir, "2"));
        String watch = chapter.runMain(Watch::main, watchArgs(dir, "2"));
        for (String table : List.of(mvnTest, watch)) {
            assertThat(table).contains("timed out", "took longer than 2 s").contains("Chapter 6 · Time: 50 / 100");
        }
        String withinDefault = chapter.runMain(Watch::main, watchArgs(dir, ""));
        assertThat(withinDefault).as("no --timeout value: the default 10 s").contains("Chapter 6 · Time: 100 / 100");
    }

    @Test
    void aMalformedTimeLimitGetsTheSameMessageOnBothRoads(@TempDir Path dir) throws Exception {
        FakeChapter chapter = chapter(dir);
        for (String bad : List.of("abc", "0", "1.5")) {
            String expected = "grader.timeout is each test's time limit in whole seconds (at least 1), not \"" + bad + "\"";
            assertThatThrownBy(() -> chapter.runMain(GradeReport::main, gradeReportArgs(dir, bad))).hasMessage(expected);
            assertThatThrownBy(() -> chapter.runMain(CourseCheck::main, gradeReportArgs(dir, bad))).hasMessage(expected);
            assertThatThrownBy(() -> chapter.runMain(Watch::main, watchArgs(dir, bad))).hasMessage(expected);
        }
    }
}
