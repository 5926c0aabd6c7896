package kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.common.Image;

/**
 * Runs a notebook's code cells in order through the kernel's {@link Evaluator}, without Jupyter:
 * what the tests do, and a quick check from the command line:
 * {@code java -cp notebooks/target/notebooks-1.0-SNAPSHOT.jar:notebooks/target/kernel-lib/* kernel.NotebookRunner notebooks/*.ipynb}.
 */
public final class NotebookRunner {
    private NotebookRunner() {}

    /** A cell of the notebook file: its position (1 = first cell, markdown included), type and text. */
    public record Cell(int index, String type, String source) {}

    /** What one code cell did. */
    public record CellRun(Cell cell, int codeIndex, String stdout, String stderr, List<DisplayData> displays,
            DisplayData value, String streamValue, List<String> notDone, CellError error, long millis) {

        /** Images this cell showed (display() calls and its value). */
        public int images() {
            int n = (int) displays.stream().filter(d -> d.hasDataForType(Image.PNG)).count();
            return value != null && value.hasDataForType(Image.PNG) ? n + 1 : n;
        }

        /** "cell 7 (code cell 4)" */
        public String where() {
            return "cell " + cell.index() + " (code cell " + codeIndex + ")";
        }
    }

    /** A whole notebook's run. */
    public record Run(Path notebook, List<CellRun> cells, long millis) {
        public CellRun firstError() {
            return cells.stream().filter(c -> c.error() != null).findFirst().orElse(null);
        }

        public int images() {
            return cells.stream().mapToInt(CellRun::images).sum();
        }

        public List<String> notDone() {
            return cells.stream().flatMap(c -> c.notDone().stream()).collect(Collectors.toList());
        }

        /** "01-perceptron.ipynb, cell 7 (code cell 4), line 2: CompileError: ..." or null. */
        public String errorReport() {
            CellRun bad = firstError();
            if (bad == null) return null;
            return notebook.getFileName() + ", " + bad.where() + (bad.error().line() > 0 ? ", line " + bad.error().line() : "")
                    + ":\n" + bad.error().report();
        }

        public String summary() {
            return String.format(Locale.ROOT, "%s: %d code cells, %d figures, %d unfinished-exercise notes, %.1f s",
                    notebook.getFileName(), cells.size(), images(), notDone().size(), millis / 1000.0);
        }
    }

    /** The cells of a .ipynb file. */
    public static List<Cell> read(Path notebook) throws IOException {
        JsonObject nb = JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
        List<Cell> cells = new ArrayList<>();
        JsonArray array = nb.getAsJsonArray("cells");
        for (int i = 0; i < array.size(); i++) {
            JsonObject c = array.get(i).getAsJsonObject();
            cells.add(new Cell(i + 1, c.get("cell_type").getAsString(), text(c.get("source"))));
        }
        return cells;
    }

    private static String text(JsonElement source) {
        if (source == null || source.isJsonNull()) return "";
        if (source.isJsonPrimitive()) return source.getAsString();
        StringBuilder s = new StringBuilder();
        for (JsonElement part : source.getAsJsonArray()) s.append(part.getAsString());
        return s.toString();
    }

    /**
     * Runs every code cell in order, in a fresh session whose magics resolve paths from the
     * notebook's folder; stops after the first failing cell.
     */
    public static Run run(Path notebook, Duration timeLimit) throws IOException {
        List<Cell> cells = read(notebook);
        long start = System.nanoTime();
        List<CellRun> runs = new ArrayList<>();
        try (Evaluator evaluator = new Evaluator(notebook.toAbsolutePath().getParent(), timeLimit)) {
            int code = 0;
            for (Cell cell : cells) {
                if (!cell.type().equals("code")) continue;
                CellRun r = runCell(evaluator, cell, ++code, "cell " + cell.index());
                runs.add(r);
                if (r.error() != null) break;
            }
        }
        return new Run(notebook, runs, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs one cell, capturing what it prints and shows. */
    public static CellRun runCell(Evaluator evaluator, Cell cell, int codeIndex, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<DisplayData> displays = new ArrayList<>();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        long start = System.nanoTime();
        DisplayData value = null;
        String streamValue = null;
        List<String> notDone = List.of();
        CellError error = null;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            try {
                Outcome outcome = evaluator.eval(cell.source(), name, d -> {
                    synchronized (displays) {
                        displays.add(d);
                    }
                });
                value = outcome.value();
                streamValue = outcome.streamValue();
                notDone = outcome.notDone();
            } catch (CellError ce) {
                error = ce;
            }
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<DisplayData> shown;
        synchronized (displays) {
            shown = List.copyOf(displays);
        }
        return new CellRun(cell, codeIndex, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                shown, value, streamValue, notDone, error, millis);
    }

    /** Command line: runs the given notebooks (or every *.ipynb in the current folder); exit 1 on the first error. */
    public static void main(String[] args) throws IOException {
        List<Path> notebooks = new ArrayList<>();
        for (String a : args) notebooks.add(Path.of(a));
        if (notebooks.isEmpty()) {
            try (Stream<Path> files = Files.list(Path.of(""))) {
                files.filter(p -> p.toString().endsWith(".ipynb")).sorted().forEach(notebooks::add);
            }
        }
        Duration limit = TimeLimit.fromEnvironment(System.getenv());
        int failed = 0;
        for (Path nb : notebooks) {
            Run run = run(nb, limit);
            System.out.println(run.summary());
            run.notDone().forEach(n -> System.out.println("   " + n.lines().findFirst().orElse("")));
            if (run.firstError() != null) {
                System.out.println(run.errorReport());
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
