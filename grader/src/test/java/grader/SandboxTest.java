package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With -Dgrader.user the test JVM runs as that user: student code cannot write the grade, read what
 * root keeps private, forge the journal, or leave a process running. Needs root (CI is); skipped otherwise.
 */
class SandboxTest {

    @Test
    void theTestsRunAsTheUserAndCannotTouchTheGrade(@TempDir Path dir) throws Exception {
        String user = GraderUser.require();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-OF-ROOT");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Path results = Files.createDirectories(dir.resolve("results"));
        FakeChapter chapter = new FakeChapter(dir)
                .file("src/exercise/java/demo/Work.java", """
                        package demo;

                        import java.nio.file.*;
                        import java.util.*;

                        public final class Work {
                            static Path skipFile() {
                                for (String arg : System.getProperty("sun.java.command").split(" ")) {
                                    if (arg.startsWith("--skip=")) return Paths.get(arg.substring(7));
                                }
                                throw new IllegalStateException("no --skip= on the command line");
                            }
                            public static String whoAmI() { return System.getProperty("user.name"); }
                            public static String writesGrade() {
                                Path grade = skipFile().getParent();
                                List<String> done = new ArrayList<>();
                                Path gradescope = grade.getParent().getParent().resolve("results/results.json");
                                for (Path p : List.of(grade.resolve("results.json"), grade.resolve("grade.json"),
                                        grade.resolve("journal.jsonl"), gradescope)) {
                                    try {
                                        Files.writeString(p, "{\\"score\\": 100}");
                                        done.add("wrote " + p);
                                    } catch (Exception e) {
                                        done.add("refused " + p.getFileName() + " " + e.getClass().getSimpleName());
                                    }
                                }
                                return String.join("; ", done);
                            }
                            public static String readsSecret() {
                                Path grade = skipFile().getParent();
                                try {
                                    return "read " + Files.readString(grade.getParent().getParent().resolve("secret.txt"));
                                } catch (Exception e) {
                                    return "refused " + e.getClass().getSimpleName();
                                }
                            }
                            public static long leavesAProcess() throws Exception {
                                return new ProcessBuilder("sleep", "300").start().pid();
                            }
                        }
                        """)
                .file("src/test/java/demo/Nine.java", """
                        package demo;

                        import grader.api.Chapter;
                        import grader.api.Exercise;

                        @Chapter(number = 9, title = "Sandbox", exercises = {
                            @Exercise(id = "9.1", title = "who", file = "demo/Work.java", method = "whoAmI"),
                            @Exercise(id = "9.2", title = "grade", file = "demo/Work.java", method = "writesGrade"),
                            @Exercise(id = "9.3", title = "secret", file = "demo/Work.java", method = "readsSecret"),
                            @Exercise(id = "9.4", title = "process", file = "demo/Work.java", method = "leavesAProcess"),
                        })
                        final class Nine {}
                        """)
                .file("src/test/java/demo/WorkTest.java", """
                        package demo;

                        import grader.api.Expect;
                        import grader.api.Graded;

                        class WorkTest {
                            @Graded(exercise = "9.1", points = 10)
                            void who() { if (!Work.whoAmI().equals("%s")) throw new AssertionError("runs as " + Work.whoAmI()); }
                            @Graded(exercise = "9.2", points = 30) void grade() { throw new AssertionError(Work.writesGrade()); }
                            @Graded(exercise = "9.3", points = 30) void secret() { throw new AssertionError(Work.readsSecret()); }
                            @Graded(exercise = "9.4", points = 30) void process() throws Exception {
                                throw new AssertionError("pid " + Work.leavesAProcess());
                            }
                        }
                        """.formatted(user));
        chapter.compile();
        Grade grade = chapter.grade(10, user);

        assertThat(FakeChapter.statuses(grade)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "who", Status.PASSED, "grade", Status.FAILED, "secret", Status.FAILED, "process", Status.FAILED));
        assertThat(grade.earned()).isEqualTo(10);
        assertThat(why(grade, "grade")).doesNotContain("wrote").contains("refused results.json AccessDeniedException",
                "refused grade.json AccessDeniedException", "refused journal.jsonl AccessDeniedException");
        assertThat(Files.list(results)).isEmpty();
        assertThat(why(grade, "secret")).contains("refused AccessDeniedException").doesNotContain("SECRET-OF-ROOT");
        long pid = Long.parseLong(why(grade, "process").replaceAll(".*pid (\\d+).*", "$1"));
        assertThat(ended(pid)).as("the leftover sleep " + pid + " has ended").isTrue();
        Path work = dir.resolve("target/grade/sandbox/work");
        assertThat(Files.getOwner(work).getName()).isEqualTo(user);
        assertThat(Files.getOwner(dir.resolve("target/grade/journal.jsonl")).getName()).isEqualTo("root");
    }

    @Test
    void journalLinesForgedInTheSandboxEarnNothing(@TempDir Path dir) throws Exception {
        String user = GraderUser.require();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Grade grade = HostileCodeTest.forgingChapter(dir).grade(5, user);
        assertThat(grade.earned()).isEqualTo(10);
        assertThat(grade.forgedClaims()).containsExactlyInAnyOrder(HostileCodeTest.FORGED_CLAIMS);
        assertThat(why(grade, "forges"))
                .contains("appended to", "runner-journal.jsonl", "refused", "journal.jsonl (AccessDeniedException)");
    }

    @Test
    void aFolderTheUserCannotPassIsNamed(@TempDir Path dir) throws Exception {
        String user = GraderUser.require();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path gradeDir = Files.createDirectories(dir.resolve("target/grade"));
        assertThatThrownBy(() -> Sandbox.create(user, gradeDir))
                .hasMessageContaining("cannot reach " + gradeDir)
                .hasMessageContaining("chmod o+x " + dir);
        assertThatThrownBy(() -> Sandbox.create("no-such-user-here", gradeDir))
                .hasMessageContaining("no such user").hasMessageContaining("setup.sh");
    }

    /** True once the process is gone or a zombie (killed, not yet reaped by whoever inherited it); waits up to 5 s. */
    private static boolean ended(long pid) throws Exception {
        for (int i = 0; i < 50; i++) {
            Path stat = Path.of("/proc/" + pid + "/stat");
            if (!Files.exists(stat)) return true;
            String text = Files.readString(stat);
            if (text.substring(text.lastIndexOf(')') + 2).startsWith("Z")) return true;
            Thread.sleep(100);
        }
        return false;
    }

    private static String why(Grade g, String method) {
        return g.tests().stream().filter(t -> t.test().method().equals(method)).findFirst().orElseThrow().why();
    }
}
