package grader;

import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Gradescope's autograder results.json: one entry per graded test, its exercise id as
 * {@code number} (so the name does not repeat it), and a top-level output that Gradescope shows
 * ABOVE the tests: the score, which submitted files were graded or ignored, lines of the journal
 * that were left out as forged, and the compiler's errors. The top-level output is Markdown, with
 * the compiler's lines in a fenced block (the caret keeps its column, {@code <identifier>} stays
 * text); the tests' outputs and names are plain text.
 *
 * <p>The record is the file's shape, in Gradescope's key order. {@code score} is only set when
 * there is no grade at all ({@link #notGraded()}); otherwise Gradescope sums the tests' scores.
 */
record GradescopeResults(Integer score, String output,
                         @SerializedName("output_format") String outputFormat,
                         @SerializedName("test_output_format") String testOutputFormat,
                         @SerializedName("test_name_format") String testNameFormat,
                         List<Test> tests,
                         @SerializedName("execution_time") Double executionTime) {

    /** One graded test as Gradescope shows it; {@code status} is Gradescope's "passed" or "failed". */
    record Test(String name, String number, int score, @SerializedName("max_score") int maxScore, String status,
                String output, String visibility) {}

    /** At most this many ignored files are named one by one (a whole repository may be uploaded). */
    static final int NAMED_OTHERS = 5;

    /** What a student sees when the grader could not grade at all (the reason may hold hidden tests' names). */
    static final String NOT_GRADED =
            "The grader could not grade this submission. Your instructor can see why in the autograder's output.";

    /**
     * run_autograder's last step, {@code GradescopeResults GRADE-RESULTS RESULTS}: the grade's
     * results.json becomes Gradescope's; without one, {@link #notGraded()} does, and the exit
     * status is 1.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: GradescopeResults GRADE-RESULTS.json RESULTS.json");
        System.exit(publish(Paths.get(args[0]), Paths.get(args[1])) ? 0 : 1);
    }

    /** Copies {@code graded} to {@code results}, or writes {@link #notGraded()} there; true when there was a grade. */
    static boolean publish(Path graded, Path results) throws IOException {
        if (Files.isRegularFile(graded)) {
            Files.copy(graded, results, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        JsonFormat.write(results, notGraded());
        return false;
    }

    /** Score 0 and {@link #NOT_GRADED}, without the log (it can hold the hidden tests' compiler errors). */
    static GradescopeResults notGraded() {
        return new GradescopeResults(0, NOT_GRADED, "text", null, null, null, null);
    }

    /** {@code files}: what grader.SubmittedFiles did with the submission, or null when it did not run. */
    static GradescopeResults of(Grade grade, Messages words, SubmittedFiles.Report files) {
        List<Test> tests = new ArrayList<>();
        for (Grade.ExerciseGrade e : grade.exercises()) {
            for (Grade.TestGrade g : e.tests()) {
                tests.add(new Test(e.info().title(words) + ": " + g.test().name(), e.info().id(), g.earned(),
                        g.test().points(), g.status() == Status.PASSED ? "passed" : "failed", testOutput(grade, g, words),
                        g.test().visibility()));
            }
        }
        return new GradescopeResults(null, output(grade, words, files), "md", "text", "text", List.copyOf(tests),
                Math.round(grade.seconds() * 1000) / 1000.0);
    }

    /** Writes {@link #of} to {@code file}. */
    static void write(Grade grade, Messages words, SubmittedFiles.Report files, Path file) throws IOException {
        JsonFormat.write(file, of(grade, words, files));
    }

    private static String testOutput(Grade grade, Grade.TestGrade g, Messages words) {
        if (g.status() == Status.PASSED) return words.status(Status.PASSED);
        if (!grade.compileErrors().isEmpty() && words.get("did_not_run.compile").equals(g.why())) {
            return words.get("gradescope.compile"); // the table shows the errors below it; Gradescope, above
        }
        return String.join("\n", g.lines());
    }

    private static String output(Grade grade, Messages words, SubmittedFiles.Report files) {
        Syllabus s = grade.syllabus();
        List<String> parts = new ArrayList<>();
        parts.add("**" + Markdown.text(words.get("heading", s.number(), s.title(words)) + ": " + grade.earned() + " / "
                + grade.total()) + "**");
        if (files != null) parts.add(String.join("\n", fileNotes(files, words)));
        if (grade.forgedLines() > 0) {
            parts.add(grade.forgedClaims().isEmpty()
                    ? Markdown.sentence(words, "gradescope.forged", grade.forgedLines())
                    : Markdown.sentence(words, "gradescope.forged.claims", grade.forgedLines(), grade.forgedClaims()));
        }
        if (s.pointsNotRun() > 0) parts.add(Markdown.text(words.get("hidden", s.pointsNotRun())));
        if (!grade.compileErrors().isEmpty()) {
            parts.add(Markdown.text(words.get("compile.header")) + "\n\n" + Markdown.block(grade.compileErrors()));
        }
        parts.removeIf(String::isEmpty);
        return String.join("\n\n", parts);
    }

    /** One bullet per kind of note: graded, not submitted, each misnamed or doubled file, then the others. */
    private static List<String> fileNotes(SubmittedFiles.Report files, Messages words) {
        List<String> notes = new ArrayList<>();
        if (!files.graded().isEmpty()) notes.add(Markdown.sentence(words, "gradescope.graded", files.graded()));
        if (!files.notSubmitted().isEmpty()) {
            notes.add(Markdown.sentence(words, "gradescope.not_submitted", files.notSubmitted()));
        }
        List<String> others = new ArrayList<>();
        for (SubmittedFiles.Ignored i : files.ignored()) {
            switch (i.reason()) {
                case SubmittedFiles.Ignored.MISNAMED, SubmittedFiles.Ignored.DUPLICATE ->
                        notes.add(Markdown.sentence(words, "gradescope." + i.reason(), i.file(), i.detail()));
                case SubmittedFiles.Ignored.LINK -> notes.add(Markdown.sentence(words, "gradescope.link", i.file()));
                default -> others.add(i.file());
            }
        }
        if (!others.isEmpty()) {
            List<String> named = others.subList(0, Math.min(NAMED_OTHERS, others.size()));
            notes.add(others.size() > named.size()
                    ? Markdown.sentence(words, "gradescope.others.more", named, others.size() - named.size())
                    : Markdown.sentence(words, "gradescope.others", named));
        }
        return notes.stream().map(n -> "- " + n).toList();
    }
}
