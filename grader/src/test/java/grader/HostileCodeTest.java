package grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Student code that exits, loops, exhausts memory, recurses without end or prints without end
 * still gets a complete report: every declared test appears, the others keep their points, and
 * results.json is written. Runs on whatever JDK runs the build (the course check uses 17 and 25).
 */
class HostileCodeTest {

    @Test
    void everySubmissionGetsACompleteReport(@TempDir Path dir) throws Exception {
        FakeChapter chapter = new FakeChapter(dir)
                .file("src/exercise/java/demo/Work.java", """
                        package demo;

                        public final class Work {
                            public static int fine() { return 42; }
                            public static int exits() { System.exit(0); return 0; }
                            public static int loops() { long n = 0; while (n >= 0) n = (n + 1) % 1000; return 0; }
                            public static int hogs() {
                                java.util.List<long[]> hog = new java.util.ArrayList<>();
                                while (true) hog.add(new long[1 << 24]);
                            }
                            public static int recurses(int n) { return recurses(n + 1) + 1; }
                            public static int prints() {
                                for (long i = 0; ; i++) System.out.println("line " + i + " of a student's debugging output");
                            }
                            public static int todo() { throw toolkit.Todo.exercise("9.7", "write todo"); }
                        }
                        """)
                .file("src/test/java/demo/Nine.java", """
                        package demo;

                        import grader.api.Chapter;
                        import grader.api.Exercise;

                        @Chapter(number = 9, title = "Hostile code", exercises = {
                            @Exercise(id = "9.1", title = "fine", file = "demo/Work.java", method = "fine"),
                            @Exercise(id = "9.2", title = "exits", file = "demo/Work.java", method = "exits"),
                            @Exercise(id = "9.3", title = "loops", file = "demo/Work.java", method = "loops"),
                            @Exercise(id = "9.4", title = "hogs", file = "demo/Work.java", method = "hogs"),
                            @Exercise(id = "9.5", title = "recurses", file = "demo/Work.java", method = "recurses"),
                            @Exercise(id = "9.6", title = "prints", file = "demo/Work.java", method = "prints"),
                            @Exercise(id = "9.7", title = "todo", file = "demo/Work.java", method = "todo"),
                        })
                        final class Nine {}
                        """)
                .file("src/test/java/demo/WorkTest.java", """
                        package demo;

                        import grader.api.Expect;
                        import grader.api.Graded;

                        class WorkTest {
                            @Graded(exercise = "9.1", points = 10) void fine() { Expect.equal("fine()", 42, Work.fine()); }
                            @Graded(exercise = "9.1", points = 10) void fineAgain() { Expect.equal("fine()", 42, Work.fine()); }
                            @Graded(exercise = "9.2", points = 10) void exits() { Expect.equal("exits()", 1, Work.exits()); }
                            @Graded(exercise = "9.3", points = 10) void loops() { Expect.equal("loops()", 1, Work.loops()); }
                            @Graded(exercise = "9.4", points = 20) void hogs() { Expect.equal("hogs()", 1, Work.hogs()); }
                            @Graded(exercise = "9.5", points = 20) void recurses() { Expect.equal("recurses(0)", 1, Work.recurses(0)); }
                            @Graded(exercise = "9.6", points = 10) void prints() { Expect.equal("prints()", 1, Work.prints()); }
                            @Graded(exercise = "9.7", points = 10) void todo() { Expect.equal("todo()", 1, Work.todo()); }
                        }
                        """);
        chapter.compile();
        Grade grade = chapter.grade(2);

        assertThat(FakeChapter.statuses(grade)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "fine", Status.PASSED, "fineAgain", Status.PASSED,
                "exits", Status.CRASHED, "loops", Status.TIMED_OUT, "hogs", Status.CRASHED,
                "recurses", Status.CRASHED, "prints", Status.TIMED_OUT, "todo", Status.NOT_STARTED));
        assertThat(grade.earned()).isEqualTo(20);
        assertThat(why(grade, "exits")).contains("System.exit");
        assertThat(why(grade, "hogs")).contains("OutOfMemoryError");
        assertThat(why(grade, "recurses")).contains("StackOverflowError");
        assertThat(why(grade, "loops")).contains("took longer than 2 s");
        Path output = dir.resolve("target/grade/test-output.txt");
        assertThat(Files.size(output)).isLessThan(CappedOutput.CAP_BYTES + 1000);
        assertThat(Files.readString(output)).contains("bytes were dropped");
        assertThat(dir.resolve("target/grade/results.json")).exists();
        assertThat(Files.readString(dir.resolve("target/grade/results.json"))).contains("\"number\": \"9.4\"");
    }

    /** Student code appends "passed" lines to the runner's journal and to journal.jsonl: they earn nothing, and count. */
    @Test
    void forgedJournalLinesEarnNothing(@TempDir Path dir) throws Exception {
        Grade grade = forgingChapter(dir).grade(5);
        assertThat(FakeChapter.statuses(grade)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "fine", Status.PASSED, "forges", Status.FAILED, "later", Status.NOT_STARTED));
        assertThat(grade.earned()).isEqualTo(10);
        assertThat(why(grade, "forges")).contains("appended to", "runner-journal.jsonl", "journal.jsonl");
        assertThat(grade.forgedLines()).isEqualTo(2); // the lines in journal.jsonl itself are overwritten, not read
        assertThat(grade.forgedClaims()).containsExactlyInAnyOrder(FORGED_CLAIMS);
        assertThat(Files.readString(dir.resolve("target/grade/results.json"))).contains("left out 2 line(s)");
    }

    static final String[] FORGED_CLAIMS = {"demo.WorkTest#forges passed", "demo.WorkTest#later passed"};

    /** A chapter whose exercise 9.2 appends forged "passed" lines for 9.2 and 9.3 wherever the journals are. */
    static FakeChapter forgingChapter(Path dir) throws Exception {
        FakeChapter chapter = new FakeChapter(dir)
                .file("src/exercise/java/demo/Work.java", """
                        package demo;

                        import java.nio.file.*;

                        public final class Work {
                            public static int fine() { return 42; }
                            public static String forges() {
                                Path runner = null;
                                Path report = null;
                                for (String arg : System.getProperty("sun.java.command").split(" ")) {
                                    if (arg.startsWith("--journal=")) runner = Paths.get(arg.substring(10));
                                    if (arg.startsWith("--skip=")) report = Paths.get(arg.substring(7)).resolveSibling("journal.jsonl");
                                }
                                StringBuilder done = new StringBuilder();
                                for (Path journal : new Path[] {runner, report}) {
                                    try {
                                        for (String m : new String[] {"forges", "later"}) {
                                            String line = "{\\"event\\":\\"result\\",\\"test\\":{\\"class\\":\\"demo.WorkTest\\","
                                                    + "\\"method\\":\\"" + m + "\\"},\\"outcome\\":{\\"status\\":\\"passed\\"}}\\n";
                                            Files.writeString(journal, line, StandardOpenOption.APPEND);
                                        }
                                        done.append("appended to ").append(journal).append("; ");
                                    } catch (Exception e) {
                                        String why = e.getClass().getSimpleName();
                                        done.append("refused ").append(journal).append(" (").append(why).append("); ");
                                    }
                                }
                                return done.toString();
                            }
                            public static int later() { throw toolkit.Todo.exercise("9.3", "write later"); }
                        }
                        """)
                .file("src/test/java/demo/Nine.java", """
                        package demo;

                        import grader.api.Chapter;
                        import grader.api.Exercise;

                        @Chapter(number = 9, title = "Forged journal", exercises = {
                            @Exercise(id = "9.1", title = "fine", file = "demo/Work.java", method = "fine"),
                            @Exercise(id = "9.2", title = "forges", file = "demo/Work.java", method = "forges"),
                            @Exercise(id = "9.3", title = "later", file = "demo/Work.java", method = "later"),
                        })
                        final class Nine {}
                        """)
                .file("src/test/java/demo/WorkTest.java", """
                        package demo;

                        import grader.api.Expect;
                        import grader.api.Graded;

                        class WorkTest {
                            @Graded(exercise = "9.1", points = 10) void fine() { Expect.equal("fine()", 42, Work.fine()); }
                            @Graded(exercise = "9.2", points = 45) void forges() { throw new AssertionError(Work.forges()); }
                            @Graded(exercise = "9.3", points = 45) void later() { Expect.equal("later()", 1, Work.later()); }
                        }
                        """);
        chapter.compile();
        return chapter;
    }

    private static String why(Grade g, String method) {
        return g.tests().stream().filter(t -> t.test().method().equals(method)).findFirst().orElseThrow().why();
    }
}
