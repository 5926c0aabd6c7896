package kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lecture notebook (notebooks/*.ipynb), its code cells run in order through the kernel's
 * evaluator, without Jupyter. The first failing cell fails the test with the notebook's name, the
 * cell and the message.
 *
 * <p>With -Dgrader.expect=full (the course check, on the solutions) no cell may reach an unfinished
 * exercise and every notebook must show a figure; with -Dgrader.expect=none (on the untouched
 * stubs) every notebook must reach one, and still run to the end without an error.
 */
class NotebooksTest {
    private static final Path DIR = Path.of(System.getProperty("notebooks.dir", "."));
    private static final String EXPECT = System.getProperty("notebooks.expect", "");
    private static final Pattern JIT = Pattern.compile("\\bJIT\\b|\\bC1\\b|TieredStopAtLevel");
    private static final Pattern MAGIC = Pattern.compile("(?m)^\\s*%(\\S+)(.*)$");

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
        }
    }

    @TestFactory
    @DisplayName("every notebook runs from the first cell to the last")
    Stream<DynamicTest> everyNotebookRuns() throws IOException {
        List<Path> notebooks = notebooks();
        assertThat(notebooks).as("notebooks in " + DIR.toAbsolutePath()).isNotEmpty();
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
            NotebookRunner.Run run = NotebookRunner.run(nb, Duration.ofMinutes(5));
            System.out.println(run.summary());
            if (run.firstError() != null) fail(run.errorReport());
            for (NotebookRunner.CellRun cell : run.cells()) {
                assertThat(cell.streamValue()).as(nb.getFileName() + ", " + cell.where() + ": its last expression's value is the "
                        + "stream it printed on, which IJava and JJava show as " + cell.streamValue() + "@…: end the cell with "
                        + "System.out.println(String.format(...)) instead of System.out.printf(...)").isNull();
            }
            if (EXPECT.equals("full")) {
                assertThat(run.notDone()).as(nb.getFileName() + ": cells that reached an unfinished exercise, though the "
                        + "solutions were expected (was the chapter built with -Psolution?)").isEmpty();
                assertThat(run.images()).as(nb.getFileName() + ": figures (image/png outputs)").isPositive();
            } else if (EXPECT.equals("none")) {
                assertThat(run.notDone()).as(nb.getFileName() + ": with the untouched stubs some cell must reach an unfinished exercise").isNotEmpty();
            }
        }));
    }

    @TestFactory
    @DisplayName("every notebook is committed clean and stays portable to IJava and JJava")
    Stream<DynamicTest> notebooksArePortable() throws IOException {
        return notebooks().stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
            JsonObject json = JsonParser.parseString(Files.readString(nb, StandardCharsets.UTF_8)).getAsJsonObject();
            JsonObject kernelspec = json.getAsJsonObject("metadata").getAsJsonObject("kernelspec");
            assertThat(kernelspec.get("name").getAsString()).as("kernelspec name").isEqualTo("java");
            assertThat(kernelspec.get("language").getAsString()).as("kernelspec language").isEqualTo("java");
            assertThat(nb.getFileName().toString()).matches("\\d\\d-[a-z0-9-]+\\.ipynb");
            JsonArray cells = json.getAsJsonArray("cells");
            for (JsonElement c : cells) {
                JsonObject cell = c.getAsJsonObject();
                if (!cell.get("cell_type").getAsString().equals("code")) continue;
                assertThat(cell.getAsJsonArray("outputs")).as("outputs of a code cell (commit notebooks without outputs)").isEmpty();
                assertThat(cell.get("execution_count").isJsonNull()).as("execution_count of a code cell").isTrue();
            }
            for (NotebookRunner.Cell cell : NotebookRunner.read(nb)) {
                // the course kernel's JVM options (a C1-only JIT) are its own: JJava and IJava run the full JIT
                if (JIT.matcher(cell.source()).find()) {
                    assertThat(cell.source()).as("cell " + cell.index() + " speaks of the JIT: it must say whose (\"the course kernel's\")")
                            .contains("course kernel").doesNotContainIgnoringCase("this kernel");
                }
                if (!cell.type().equals("code")) continue;
                Matcher m = MAGIC.matcher(cell.source());
                while (m.find()) {
                    assertThat(m.group(1)).as("magic in cell " + cell.index() + " (only %classpath and %load run everywhere)")
                            .isIn("classpath", "load");
                    for (String path : Magics.splitArgs(m.group(2))) {
                        assertThat(path).as("path in cell " + cell.index() + ": relative to the notebook's folder")
                                .doesNotStartWith("/").doesNotStartWith("~").doesNotMatch("^[A-Za-z]:.*");
                    }
                }
            }
        }));
    }
}
