package grader;

import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * grade.json, the grade a chapter's {@code mvn test} (and watch mode's {@code --once}) leaves in
 * its target folder: read by gradebook.sh and watch-check.sh ({@link Gradebook}) and by
 * classroom50's autograder.py. Its shape is declared here once, as records, so that the same
 * types write the file and read it back; {@link Grade} stays the result and knows nothing of the file.
 *
 * <p>Keys and their order are the file's: chapter, title, title_ko (the Korean title, when the chapter
 * has one), earned, total, complete, then
 * points_not_run (only when hidden tests did not run), compile_errors (only when the code did not
 * compile), forged_journal_lines and forged_claims (only when there were forged lines), exercises.
 */
record GradeJson(int chapter, String title, @SerializedName("title_ko") String titleKorean,
                 int earned, int total, boolean complete,
                 @SerializedName("points_not_run") Integer pointsNotRun,
                 @SerializedName("compile_errors") List<String> compileErrors,
                 @SerializedName("forged_journal_lines") Integer forgedJournalLines,
                 @SerializedName("forged_claims") List<String> forgedClaims,
                 List<Exercise> exercises) {

    /** An exercise: its points, its status, every distinct line that explains it, and its tests. */
    record Exercise(String id, String title, String file, int points, int earned, Status status,
                    List<String> messages, List<TestResult> tests) {}

    /**
     * A graded test: {@code test} is its key, "perceptron.NeuronTest#stepAtZero"; a failed check's
     * {@code checked}, {@code expected} and {@code actual} in full (the table abbreviates the inputs).
     */
    record TestResult(String name, String test, int points, int earned, Status status, List<String> messages,
                      String checked, String expected, String actual) {}

    /** The file's content for {@code g}: the parts that only some grades have are null, so left out. */
    static GradeJson of(Grade g) {
        Syllabus s = g.syllabus();
        boolean forged = g.forgedLines() > 0;
        return new GradeJson(s.number(), s.title(), s.korean().isEmpty() ? null : s.korean(),
                g.earned(), g.total(), g.runFinished(),
                s.pointsNotRun() > 0 ? s.pointsNotRun() : null,
                g.compileErrors().isEmpty() ? null : g.compileErrors(),
                forged ? g.forgedLines() : null, forged ? g.forgedClaims() : null,
                g.exercises().stream().map(GradeJson::exercise).toList());
    }

    /** The chapter's title in the language of {@code words}: the Korean one when it speaks Korean and there is one. */
    String title(Messages words) {
        return words.korean() && titleKorean != null ? titleKorean : title;
    }

    /** Writes {@code g} to {@code file} as grade.json. */
    static void write(Grade g, Path file) throws IOException {
        JsonFormat.write(file, of(g));
    }

    /** A grade.json written by {@link #write}; a file of another shape is refused, naming it. */
    static GradeJson read(Path file) {
        GradeJson grade = JsonFormat.read(file, GradeJson.class);
        if (grade.exercises() == null) throw new IllegalArgumentException(file + " has no exercises: it is not a grade.json");
        return grade;
    }

    private static Exercise exercise(Grade.ExerciseGrade e) {
        List<String> messages = new ArrayList<>();
        List<TestResult> tests = new ArrayList<>();
        for (Grade.TestGrade t : e.tests()) {
            messages.addAll(t.lines());
            Outcome.Failure f = t.failure();
            tests.add(new TestResult(t.test().name(), t.test().key(), t.test().points(), t.earned(), t.status(), t.lines(),
                    f == null ? null : f.checked(), f == null ? null : f.expected(), f == null ? null : f.actual()));
        }
        if (e.note() != null) messages.add(0, e.note());
        return new Exercise(e.info().id(), e.info().title(), e.info().file(), e.points(), e.earned(), e.status(),
                messages.stream().distinct().toList(), List.copyOf(tests));
    }
}
