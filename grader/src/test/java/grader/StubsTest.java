package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator over a course tree: writing every stub, and a check that fails on any stub edited by hand. */
class StubsTest {
    private static final String SOLUTION = """
            package demo;

            import java.util.List;

            /** Exercise 7.1, as a student reads it. */
            public final class Work {
                public static int total(List<Integer> xs) {
                    // Exercise 7.1: add up xs
                    int sum = 0;
                    for (int x : xs) sum += x;
                    return sum;
                }
            }
            """;
    private static final String STUB = """
            package demo;

            import java.util.List;
            import toolkit.Todo;

            /** Exercise 7.1, as a student reads it. */
            public final class Work {
                public static int total(List<Integer> xs) {
                    throw Todo.exercise("7.1", "add up xs");
                }
            }
            """;

    private record Run(int code, String out) {}

    private static Run stubs(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Stubs.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static Path write(Path root, String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void writingMakesEveryStubAndTheCheckThenPasses(@TempDir Path root) throws IOException {
        write(root, "chapter07-demo/src/solution/java/demo/Work.java", SOLUTION);
        Run written = stubs(root.toString());
        assertThat(written.code()).as(written.out()).isZero();
        assertThat(written.out()).contains("1 stub (1 exercise marker) in 1 chapter: wrote 1");
        Path stub = root.resolve("chapter07-demo/src/exercise/java/demo/Work.java");
        assertThat(Files.readString(stub, StandardCharsets.UTF_8)).isEqualTo(STUB);

        Run checked = stubs("--check", root.toString());
        assertThat(checked.code()).as(checked.out()).isZero();
        assertThat(checked.out()).contains("each is exactly what its solution makes");
        assertThat(stubs(root.toString()).out()).as("a second write").contains("wrote 0");
    }

    @Test
    void theCheckFailsWhenAStubIsEditedByHandAndNamesTheFileAndLine(@TempDir Path root) throws IOException {
        write(root, "chapter07-demo/src/solution/java/demo/Work.java", SOLUTION);
        String edited = STUB.replace("\"add up xs\"", "\"add up the xs\"");
        Path stub = write(root, "chapter07-demo/src/exercise/java/demo/Work.java", edited);

        Run checked = stubs("--check", root.toString());
        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.out()).contains("chapter07-demo/src/exercise/java/demo/Work.java:9 differs from what its"
                + " solution makes (edit the solution, then run generate-stubs.sh):\n"
                + "    expected:         throw Todo.exercise(\"7.1\", \"add up xs\");\n"
                + "    found:            throw Todo.exercise(\"7.1\", \"add up the xs\");\n");
        assertThat(checked.out()).contains("1 problem with the stubs of 1 chapter");
        assertThat(Files.readString(stub, StandardCharsets.UTF_8)).as("the check writes nothing").isEqualTo(edited);

        write(root, "chapter07-demo/src/exercise/java/demo/Work.java", STUB + "// one more line\n");
        assertThat(stubs("--check", root.toString()).out()).contains("Work.java:12 differs",
                "expected: (end of file, after a line break)", "found:    // one more line");
    }

    @Test
    void theCheckNamesMissingStubsStubsWithoutSolutionsAndMarkerProblems(@TempDir Path root) throws IOException {
        write(root, "chapter07-demo/src/solution/java/demo/Work.java", SOLUTION);
        write(root, "chapter07-demo/src/exercise/java/demo/Old.java", "package demo;\n");
        write(root, "chapter07-demo/src/solution/java/demo/Plain.java", "package demo;\n\nfinal class Plain {}\n");
        write(root, "chapter08-more/src/solution/java/more/Wrong.java",
                SOLUTION.replace("package demo;", "package more;").replace("Exercise 7.1", "Exercise 7.x"));
        write(root, "chapter09-other/src/solution/java/other/Work.java",
                SOLUTION.replace("package demo;", "package other;"));

        Run checked = stubs("--check", root.toString());
        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.out()).contains(
                "chapter07-demo/src/exercise/java/demo/Old.java: a stub with no solution: write"
                        + " chapter07-demo/src/solution/java/demo/Old.java (with its markers) or delete the stub",
                "chapter07-demo/src/solution/java/demo/Plain.java: no exercise marker, so its stub would be the"
                        + " solution itself",
                "chapter07-demo/src/exercise/java/demo/Work.java: missing: the solution"
                        + " chapter07-demo/src/solution/java/demo/Work.java has no stub",
                "chapter08-more/src/solution/java/more/Wrong.java:8: malformed exercise id \"7.x\"",
                "chapter09-other/src/solution/java/other/Work.java:8: exercise 7.1 is marked in chapter09-other,"
                        + " whose exercise ids start with 9.",
                "5 problems with the stubs of 3 chapters");
        assertThat(root.resolve("chapter07-demo/src/exercise/java/demo/Work.java")).doesNotExist();
    }

    @Test
    void aWrongArgumentOrAFolderWithoutChaptersIsAUsageError(@TempDir Path root) {
        Run unknown = stubs("--fix", root.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).contains("unexpected argument \"--fix\"");
        Run empty = stubs("--check", root.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.out()).contains("no chapter under");
    }

    @Test
    void everyCommittedStubOfTheCourseIsWhatItsSolutionMakes() {
        Path course = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(course.resolve("chapter01-perceptron/src/solution/java")),
                "the course's solutions are here (a student edition has none)");
        Run checked = stubs("--check", course.toString());
        assertThat(checked.code()).as(checked.out()).isZero();
        assertThat(checked.out()).contains("each is exactly what its solution makes");
    }
}
