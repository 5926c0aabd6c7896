package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission's files go over the stubs by exact name; what does not fit is named, with what it was meant to be. */
class SubmittedFilesTest {
    private static final List<String> FILES = List.of("Gates.java", "Separability.java", "Wiring.java");

    @Test
    void copiesAndNamesThatLooseFilesOrFoldersAreMeantToBeExerciseFiles() {
        assertThat(SubmittedFiles.probablyMeant("Gates (1).java", FILES)).isEqualTo("Gates.java");
        assertThat(SubmittedFiles.probablyMeant("gates.java", FILES)).isEqualTo("Gates.java");
        assertThat(SubmittedFiles.probablyMeant("Gates.java.txt", FILES)).isEqualTo("Gates.java");
        assertThat(SubmittedFiles.probablyMeant("Wiring-2.java", FILES)).isEqualTo("Wiring.java");
        assertThat(SubmittedFiles.probablyMeant("Wiring copy.java", FILES)).isEqualTo("Wiring.java");
        assertThat(SubmittedFiles.probablyMeant("Gate.java", FILES)).isEqualTo("Gates.java");
        assertThat(SubmittedFiles.probablyMeant("Seperability.java", FILES)).isEqualTo("Separability.java");
        assertThat(SubmittedFiles.probablyMeant("notes.txt", FILES)).isNull();
        assertThat(SubmittedFiles.probablyMeant("GatesTest.java", FILES)).isNull();
    }

    @Test
    void placesByExactNameAndReportsTheRest(@TempDir Path dir) throws Exception {
        Path stubs = write(dir.resolve("stubs"), "gates/Gates.java", "stub gates", "gates/Wiring.java", "stub wiring",
                "gates/Separability.java", "stub separability");
        Path submission = write(dir.resolve("submission"), "Gates (1).java", "misnamed",
                "repo/src/gates/Wiring.java", "in its package", "Wiring.java", "loose", "README.md", "notes");
        Files.createSymbolicLink(submission.resolve("Separability.java"), stubs.resolve("gates/Separability.java"));
        Path exercise = write(dir.resolve("exercise"), "gates/Gates.java", "an earlier submission's");

        SubmittedFiles.Report report = SubmittedFiles.place(submission, stubs, exercise);

        assertThat(report.graded()).containsExactly("Wiring.java");
        assertThat(report.notSubmitted()).containsExactly("Gates.java", "Separability.java");
        assertThat(report.ignored()).containsExactly(
                new SubmittedFiles.Ignored("Gates (1).java", "misnamed", "Gates.java"),
                new SubmittedFiles.Ignored("README.md", "other", ""),
                new SubmittedFiles.Ignored("Separability.java", "link", "Separability.java"),
                new SubmittedFiles.Ignored("Wiring.java", "duplicate", "repo/src/gates/Wiring.java"));
        assertThat(Files.readString(exercise.resolve("gates/Wiring.java"))).isEqualTo("in its package");
        assertThat(Files.readString(exercise.resolve("gates/Gates.java"))).isEqualTo("stub gates");
        assertThat(Files.isSymbolicLink(exercise.resolve("gates/Separability.java"))).isFalse();

        Path json = dir.resolve("report.json");
        JsonFormat.write(json, report);
        assertThat(Files.readString(json)).contains("\"not_submitted\": [", "\"file\": \"Gates (1).java\"");
        assertThat(SubmittedFiles.Report.read(json)).isEqualTo(report);
        Files.writeString(json, "{\"graded\": []}");
        assertThatThrownBy(() -> SubmittedFiles.Report.read(json)).hasMessageContaining("not a report of grader.SubmittedFiles");
    }

    private static Path write(Path root, String... pathsAndTexts) throws Exception {
        Files.createDirectories(root);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path p = root.resolve(pathsAndTexts[i]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, pathsAndTexts[i + 1]);
        }
        return root;
    }
}
