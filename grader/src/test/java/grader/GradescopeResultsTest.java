package grader;

import static org.assertj.core.api.Assertions.assertThat;

import grader.api.Chapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json as Gradescope shows it: Markdown on top (above the tests), plain text in the tests. */
class GradescopeResultsTest {
    private static final Syllabus SYLLABUS = GradeTest.SYLLABUS;

    @Test
    void compilerErrorsKeepTheirCaretAndAngleBracketsAndTheTestsPointUp() {
        List<String> errors = List.of("x/src/exercise/java/demo/First.java:3: <identifier> expected",
                "    static int first(int x {", "                      ^");
        Grade g = Grade.notCompiled(SYLLABUS, errors, false, Messages.of("en"));
        GradescopeResults r = GradescopeResults.of(g, Messages.of("en"), null);
        assertThat(List.of(r.outputFormat(), r.testOutputFormat(), r.testNameFormat())).containsExactly("md", "text", "text");
        assertThat(r.output()).startsWith("**Chapter 7 · A test chapter: 0 / 100**\n\n")
                .contains("```\nx/src/exercise/java/demo/First.java:3: <identifier> expected\n    static int first(int x {\n"
                        + "                      ^\n```");
        GradescopeResults.Test first = r.tests().get(0);
        assertThat(first.output())
                .isEqualTo("did not run: the code does not compile (the compiler's errors are at the top of this page)");
        assertThat(first.name()).isEqualTo("First: checks a");
        assertThat(first.number()).isEqualTo("7.1");
    }

    @Test
    void theSubmittedFilesAreNamedAsCodeWhateverTheyHold() {
        Grade g = Grade.notCompiled(SYLLABUS, List.of(), true, Messages.of("en"));
        SubmittedFiles.Report files = new SubmittedFiles.Report(List.of("First.java"), List.of("Second.java"), List.of(
                new SubmittedFiles.Ignored("first (1).java", "misnamed", "First.java"),
                new SubmittedFiles.Ignored("a`b*c.java", "other", ""),
                new SubmittedFiles.Ignored("<b>.txt", "other", "")));
        String out = GradescopeResults.of(g, Messages.of("en"), files).output();
        assertThat(out).contains("- Graded: `First.java`\n")
                .contains("- Not submitted, so graded as not started: `Second.java`\n")
                .contains("- Ignored `first (1).java`: that is not the name of an exercise file; it was probably meant to be "
                        + "`First.java`. Submit it under exactly that name.\n")
                .contains("- Ignored, not exercise files of this chapter: ``a`b*c.java``, `<b>.txt`");
        String ko = GradescopeResults.of(g, Messages.of("ko"), files).output();
        assertThat(ko).startsWith("**제7장 · 시험: 0 / 100**").contains("`First.java`을(를) 뜻한 것 같습니다");
    }

    @Test
    void markdownIsEscapedWhereItWouldAct() {
        assertThat(Markdown.text("a <b> & *c* [d](e) _f_ `g` \\h"))
                .isEqualTo("a &lt;b&gt; &amp; \\*c\\* \\[d\\](e) \\_f\\_ \\`g\\` \\\\h");
        assertThat(Markdown.text("# not a heading\n- not a bullet\n2. not a list"))
                .isEqualTo("\\# not a heading\n\\- not a bullet\n2\\. not a list");
        assertThat(Markdown.code("``x")).isEqualTo("``` ``x ```");
        assertThat(Markdown.block(List.of("a ``` b"))).isEqualTo("````\na ``` b\n````");
    }

    @Test
    void forgedJournalLinesAreReported() {
        Grade honest = Grade.notCompiled(SYLLABUS, List.of(), true, Messages.of("en"));
        Grade g = new Grade(honest.syllabus(), honest.exercises(), honest.tests(), List.of(), true, 0, List.of(), 3,
                List.of("demo.T#a passed"));
        assertThat(GradescopeResults.of(g, Messages.of("en"), null).output())
                .contains("The grader left out 3 line(s) of its journal that its test runner did not write:"
                        + " forged results earn nothing. They claimed: `demo.T#a passed`");
        assertThat(GradeJson.of(g).forgedJournalLines()).isEqualTo(3);
        assertThat(GradeJson.of(g).forgedClaims()).containsExactly("demo.T#a passed");
    }

    @Test
    void runAutogradersLastStepCopiesTheGradesResultsOrSaysThereIsNone(@TempDir Path dir) throws IOException {
        Path graded = dir.resolve("grade-results.json");
        Path results = dir.resolve("results.json");
        assertThat(GradescopeResults.publish(graded, results)).isFalse();
        assertThat(Files.readString(results)).isEqualTo("{\n  \"score\": 0,\n  \"output\": \"" + GradescopeResults.NOT_GRADED
                + "\",\n  \"output_format\": \"text\"\n}\n");

        Files.writeString(graded, "{\"tests\": []}\n");
        assertThat(GradescopeResults.publish(graded, results)).isTrue();
        assertThat(Files.readString(results)).isEqualTo("{\"tests\": []}\n");
    }
}
