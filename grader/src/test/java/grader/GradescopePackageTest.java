package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grader.api.Chapter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope package end to end: autograder/prove-locally.sh builds chapter 2's package from the
 * committed files, runs its setup.sh, and grades the three hostile submissions of
 * autograder/proof with its run_autograder, as Gradescope would (as root; the tests as course-grader).
 * Each hostile one submits the reference Gates.java (30 points) and attacks from Separability.java:
 * it must earn those 30 points and no more, and its attack must show in results.json. About three
 * minutes; needs root, git, unzip and python3, and skips (saying so) without them.
 */
class GradescopePackageTest {
    private static final String CHAPTER = "chapter02-logic-gates";
    private static final List<String> SHIPPED = List.of("pom.xml", "toolkit", "grader", CHAPTER,
            "autograder/setup.sh", "autograder/run_autograder");

    @Test
    void hostileSubmissionsEarnWhatTheirHonestFilesEarnAndNoMore(@TempDir Path dir) throws Exception {
        GraderUser.require();
        Path repo = Path.of("").toAbsolutePath().getParent(); // surefire runs in grader/
        assumeTrue(java.nio.file.Files.isRegularFile(repo.resolve("autograder/prove-locally.sh")),
                "no Gradescope package here (the student edition has none)");
        for (String tool : List.of("git", "unzip", "python3")) {
            assumeTrue(run(repo, List.of("sh", "-c", "command -v " + tool)).code() == 0, tool + " is not installed");
        }
        List<String> diff = new ArrayList<>(List.of("git", "diff", "--quiet", "HEAD", "--"));
        diff.addAll(SHIPPED);
        assumeTrue(run(repo, diff).code() == 0,
                "the package is built from HEAD, and the shipped files have uncommitted changes");

        List<String> command = new ArrayList<>(List.of("bash", "autograder/prove-locally.sh", "--work=" + dir,
                "hostile-search", "hostile-results", "hostile-journal"));
        Result proof = run(repo, command);
        assertThat(proof.code()).as(proof.output()).isZero();
        for (String name : List.of("hostile-search", "hostile-results", "hostile-journal")) {
            assertThat(proof.output()).contains(name + ": 30 / 100 · **Chapter 2 · Logic gates: 30 / 100**");
        }

        try (ZipFile zip = new ZipFile(repo.resolve("target/autograder/" + CHAPTER + ".zip").toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("setup.sh", "run_autograder", "chapter.txt", "course/pom.xml",
                    "hidden/gates/HiddenProofTest.java", "course/" + CHAPTER + "/src/exercise/java/gates/Gates.java");
            assertThat(names).noneMatch(n -> n.contains("/src/solution/") || n.contains("/mistakes/")
                    || n.contains(".progress.json") || n.startsWith("course/chapter01") || n.startsWith("course/notebooks"));
        }

        Path ag = dir.resolve("ag");
        // The search may read a checkout of the course elsewhere on this machine, this one included, with its
        // autograder/proof/hidden (Gradescope's machine has none), but nothing of the package: not its hidden
        // tests' sources, and no folder that root keeps.
        assertThat(output29(dir, "hostile-search")).contains("hostile search: read ");
        String searched = Files.readString(dir.resolve("hostile-search.test-output.txt"));
        assertThat(searched).doesNotContain("hostile search read " + ag)
                .contains("hostile search was denied [", ag.resolve("source/hidden").toString(),
                        ag.resolve("source").toString());

        String results = output29(dir, "hostile-results");
        assertThat(results).contains("wrote []", "results.json (AccessDeniedException)");
        assertThat(Files.readString(dir.resolve("hostile-results.results.json"))).doesNotContain("FORGED-RESULTS");

        assertThat(output29(dir, "hostile-journal")).contains("forged lines to " + ag, "runner-journal.jsonl");
        // The whole message is in the test output; results.json cuts it at 200 characters.
        assertThat(Files.readString(dir.resolve("hostile-journal.test-output.txt")))
                .contains("target/grade/journal.jsonl (AccessDeniedException)");
        assertThat(topOutput(dir, "hostile-journal")).contains("The grader left out 48 line(s) of its journal",
                "`gates.GatesTest#andAtTheCorners passed`");

        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            assertThat(all.filter(p -> p.info().user().orElse("").equals(GraderUser.NAME)).toList())
                    .as("processes of " + GraderUser.NAME + " left running").isEmpty();
        }
    }

    /** results.json's top-level output (the Markdown above the tests). */
    private static String topOutput(Path dir, String name) throws Exception {
        return results(dir, name).output();
    }

    /** The output of the first test of exercise 2.9, where the hostile submissions report what they did. */
    private static String output29(Path dir, String name) throws Exception {
        for (GradescopeResults.Test test : results(dir, name).tests()) {
            if (test.number().equals("2.9")) return test.output();
        }
        throw new AssertionError("no test of exercise 2.9 in " + name + ".results.json");
    }

    private static GradescopeResults results(Path dir, String name) {
        return JsonFormat.read(dir.resolve(name + ".results.json"), GradescopeResults.class);
    }

    private record Result(int code, String output) {}

    /** Runs a command in the repository, with this build's Maven repository (it holds the plugins) as COURSE_M2. */
    private static Result run(Path repo, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().remove("MAVEN_OPTS");
        pb.environment().put("COURSE_M2", localRepository().toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(15, TimeUnit.MINUTES)) p.destroyForcibly();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The Maven repository this build reads: where JUnit's jar came from, five folders up from its version folder. */
    private static Path localRepository() throws Exception {
        Path jar = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path repository = jar.getParent().getParent().getParent().getParent().getParent().getParent();
        if (!Files.isDirectory(repository.resolve("org" + File.separator + "junit"))) {
            throw new IllegalStateException("cannot tell the Maven repository from " + jar);
        }
        return repository;
    }
}
