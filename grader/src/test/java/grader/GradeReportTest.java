package grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole grade step, as `mvn test` runs it: syntax errors and an instructor's hidden tests. */
class GradeReportTest {

    static final String CHAPTER = """
            package demo;

            import grader.api.Chapter;
            import grader.api.Exercise;

            @Chapter(number = 8, title = "Report", hiddenPoints = 20, exercises = {
                @Exercise(id = "8.1", title = "twice", file = "demo/Work.java", method = "twice"),
            })
            final class Eight {}
            """;
    static final String TESTS = """
            package demo;

            import grader.api.Expect;
            import grader.api.Graded;

            class WorkTest {
                @Graded(exercise = "8.1", points = 80) void twice() { Expect.equal("twice(3)", 6, Work.twice(3)); }
            }
            """;
    static final String HIDDEN = """
            package demo;

            import grader.api.Expect;
            import grader.api.Graded;

            class HiddenWorkTest {
                @Graded(exercise = "8.1", points = 20, visibility = "after_published")
                void twiceOfNegatives() { Expect.equal("twice(-4)", -8, Work.twice(-4)); }
            }
            """;

    private static String run(Path dir, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--chapter-dir=" + dir, "--classes=" + dir.resolve("target/classes"),
                "--test-classes=" + dir.resolve("target/test-classes"), "--sources=exercise", "--expect=", "--timeout=5"));
        args.addAll(List.of(extra));
        return new FakeChapter(dir).runMain(GradeReport::main, args);
    }

    @Test
    void aTimeLimitThatIsNotWholeSecondsIsRefusedWithItsName() {
        assertThat(Options.timeoutSeconds("10")).isEqualTo(10);
        assertThat(Options.timeoutSeconds(" 3 ")).isEqualTo(3);
        for (String bad : new String[] {"abc", "0", "-2", "1.5", ""}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.timeoutSeconds(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("grader.timeout")
                    .hasMessageContaining("\"" + bad + "\"");
        }
    }

    @Test
    void aSyntaxErrorStillGivesAGradeTableAndResultsInMvnTestAndWatchMode(@TempDir Path dir) throws Exception {
        new FakeChapter(dir)
                .file("src/exercise/java/demo/Work.java", "package demo;\npublic final class Work {\n    public static int twice(int x) { return 2 * x }\n}\n")
                .file("src/test/java/demo/Eight.java", CHAPTER)
                .file("src/test/java/demo/WorkTest.java", TESTS);
        String table = run(dir);
        assertThat(table).contains("did not run", "The code does not compile", "Work.java:3: ';' expected", "return 2 * x }")
                .contains("Chapter 8 · Report: 0 / 100");
        String results = Files.readString(dir.resolve("target/grade/results.json"));
        assertThat(results).contains("\"score\": 0", "';' expected");
        String watch = new FakeChapter(dir).runMain(Watch::main, List.of("--chapter-dir=" + dir, "--sources=exercise", "--once"));
        assertThat(watch).as("watch mode compiles the same way").isEqualTo(table);
    }

    @Test
    void hiddenTestsRunWhenGivenAndAreAnnouncedWhenNot(@TempDir Path dir) throws Exception {
        FakeChapter chapter = new FakeChapter(dir)
                .file("src/exercise/java/demo/Work.java", "package demo;\npublic final class Work {\n    public static int twice(int x) { return x < 0 ? x : 2 * x; }\n}\n")
                .file("src/test/java/demo/Eight.java", CHAPTER)
                .file("src/test/java/demo/WorkTest.java", TESTS);
        chapter.compile();

        String local = run(dir);
        assertThat(local).contains("20 more points come from tests your instructor runs", "All the tests in this run passed")
                .doesNotContain("All graded tests passed").contains("Chapter 8 · Report: 80 / 100");

        Path hidden = dir.resolve("instructor/hidden");
        new FakeChapter(hidden).file("demo/HiddenWorkTest.java", HIDDEN);
        String graded = run(dir, "--hidden=" + hidden);
        assertThat(graded).contains("twice(-4): expected -8, got -4").contains("Chapter 8 · Report: 80 / 100")
                .doesNotContain("more points come from tests");
        String results = Files.readString(dir.resolve("target/grade/results.json"));
        assertThat(results).contains("\"visibility\": \"after_published\"", "\"visibility\": \"visible\"");
    }
}
