package toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitTest {
    @Test
    void todoNamesTheExerciseTheMethodAndTheFileAndLine() {
        Todo todo = stub();
        assertThat(todo.exercise()).isEqualTo("2.5");
        assertThat(todo.getMessage()).startsWith("Exercise 2.5 is not done yet: add the numbers. Edit stub() in ")
                .contains("src/exercise/java/toolkit/ToolkitTest.java:");
        assertThat(todo.file()).matches(".*ToolkitTest\\.java:\\d+");
    }

    @Test
    void todoCarriesItsOneLineMessageAndNoStackTrace() {
        Todo todo = stub();
        assertThat(todo.getStackTrace()).as("frames a kernel would print").isEmpty();
        todo.setStackTrace(new StackTraceElement[] {new StackTraceElement("a.B", "c", "B.java", 1)});
        assertThat(todo.getStackTrace()).as("still none: the stack trace is not writable").isEmpty();
        assertThat(todo.getMessage()).as("the place to edit is in the message instead").matches(".*ToolkitTest\\.java:\\d+");
    }

    private static Todo stub() {
        return Todo.exercise("2.5", "add the numbers");
    }

    @Test
    void aDemoThatMeetsAStubEndsWithANoteNotAStackTrace() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        Terminal.runDemo(out, () -> {
            out.println("part one");
            throw stub();
        });
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        // toolkit has no src/solution/java, as a chapter of the student edition: the note must not suggest -Psolution
        assertThat(text).startsWith("part one\n\nThe demo stopped at an unfinished exercise: Exercise 2.5 is not done yet: add the numbers.")
                .endsWith("\nFinish it, then run the demo again: mvn test shows your progress.\n");

        bytes.reset();
        Terminal.runDemo(out, () -> out.println("the whole story"));
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("the whole story\n");
        assertThatThrownBy(() -> Terminal.runDemo(out, () -> {
            throw new IllegalStateException("a real bug");
        })).as("only an unfinished exercise is expected; anything else is a bug and must show").hasMessage("a real bug");
    }

    @Test
    void aDemoSuggestsTheReferenceOnlyWhereTheChapterHasOne(@TempDir Path top) throws Exception {
        String stub = "chapter05-backprop/src/exercise/java/backprop/Backprop.java:12";
        assertThat(Terminal.hasReference(stub, top)).as("the student edition: no solutions").isFalse();
        Files.createDirectories(top.resolve("chapter05-backprop/src/solution/java"));
        assertThat(Terminal.hasReference(stub, top)).as("run from the course's top folder").isTrue();
        assertThat(Terminal.hasReference(stub, top.resolve("chapter05-backprop")))
                .as("run in the chapter folder").isTrue();
    }

    @Test
    void aDemoWritesItsFiguresToTheFolderItsCommandLineNames() {
        assertThat(Terminal.figuresFolder(new String[0])).isEqualTo(Path.of("target/figures"));
        assertThat(Terminal.figuresFolder(new String[] {"docs"})).isEqualTo(Path.of("docs"));
        assertThatThrownBy(() -> Terminal.figuresFolder(new String[] {"docs", "extra"}))
                .hasMessage("a demo takes at most one argument, the folder for its figures, not 2: docs extra");
        assertThatThrownBy(() -> Terminal.figuresFolder(new String[] {" "}))
                .hasMessage("the figures folder is blank: name one, or give no argument for target/figures");
    }

    @Test
    void aDemoFromItsMainGetsUtf8OutputAndTheFiguresFolder() {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.ISO_8859_1));
        try {
            Terminal.runDemo(new String[] {"figs"}, (out, figures) -> out.println("퍼셉트론 → " + figures));
        } finally {
            System.setOut(saved);
        }
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("퍼셉트론 → figs\n");
    }

    @Test
    void indentSetsEveryLineInAndEndsEachWithANewline() {
        assertThat(Terminal.indent("a\nb", "   ")).isEqualTo("   a\n   b\n");
        assertThat(Terminal.indent("a\n\nb\n", "> ")).isEqualTo("> a\n> \n> b\n");
        assertThat(Terminal.indent("", "   ")).isEmpty();
    }

    @Test
    void gateTruthTables() {
        assertThat(Datasets.and().labels()).containsExactly(0, 0, 0, 1);
        assertThat(Datasets.or().labels()).containsExactly(0, 1, 1, 1);
        assertThat(Datasets.nand().labels()).containsExactly(1, 1, 1, 0);
        assertThat(Datasets.nor().labels()).containsExactly(1, 0, 0, 0);
        assertThat(Datasets.xor().labels()).containsExactly(0, 1, 1, 0);
        assertThatThrownBy(() -> Datasets.gate("bad", (a, b) -> 2)).hasMessageContaining("a gate's output is 0 or 1");
    }

    @Test
    void labeledDataChecksShapesAndValuesAndCopies() {
        double[][] x = {{1, 2}, {3, 4}};
        LabeledData d = new LabeledData("d", x, new int[] {0, 1});
        x[0][0] = 99;
        d.inputs()[1][1] = 99;
        assertThat(d.input(0)).containsExactly(1, 2);
        assertThat(d.input(1)).containsExactly(3, 4);
        assertThatThrownBy(() -> new LabeledData("d", new double[][] {{1}, {1, 2}}, new int[] {0, 1}))
                .hasMessageContaining("sample 1 has 2 features but sample 0 has 1");
        assertThatThrownBy(() -> new LabeledData("d", new double[][] {{1}}, new int[] {0, 1}))
                .hasMessageContaining("1 samples but 2 labels");
        assertThatThrownBy(() -> new LabeledData("d", new double[][] {{Double.NaN}}, new int[] {0}))
                .hasMessageContaining("sample 0, feature 0 is NaN");
    }

    @Test
    void plotsWritePngsAndImages(@TempDir Path dir) throws Exception {
        var chart = Plots.decisionMap("AND", Datasets.and(), p -> p[0] + p[1] > 1.5 ? 1 : 0, new double[] {-0.5, 1.5, -0.5, 1.5});
        Plots.addLine(chart, "x₁ + x₂ − 1.5 = 0", 1, 1, -1.5);
        Path png = Plots.savePng(chart, dir.resolve("sub/and.png"));
        assertThat(Files.size(png)).isGreaterThan(1000);
        assertThat(Plots.image(chart).getWidth()).isEqualTo(560);
        assertThatThrownBy(() -> Plots.addLine(chart, "none", 0, 0, 1)).hasMessageContaining("no line");
    }

    @Test
    void histogramsCoverTheWholeDataRangeAndGridsTileCharts(@TempDir Path dir) throws Exception {
        double[] values = new double[1000];
        Rng rng = new Rng(3);
        for (int i = 0; i < values.length; i++) values[i] = rng.gaussian() * 5;
        var h = Plots.histogram("N(0, 25)", "value", values, 30);
        double counted = h.getSeriesMap().get("count").getYData().stream().mapToDouble(Number::doubleValue).sum();
        assertThat(counted).isEqualTo(1000);
        var image = Plots.grid(java.util.List.of(h, h, h), 2, 2);
        assertThat(image.getWidth()).isEqualTo(2 * h.getWidth());
        assertThat(Files.size(Plots.savePng(image, dir.resolve("grid.png")))).isGreaterThan(1000);
        assertThatThrownBy(() -> Plots.histogram("bad", "x", new double[] {1, Double.NaN}, 5)).hasMessageContaining("NaN");
    }

    @Test
    void histogramsOfTinyAndHugeValuesNameTheirPowerOfTen() {
        var tiny = Plots.histogram("tiny", "a   std 1e-12", new double[] {3e-12, 1e-12, 2e-12, 2e-12}, 4);
        assertThat(tiny.getXAxisTitle()).isEqualTo("a (×10⁻¹²)   std 1e-12");
        assertThat(tiny.getSeriesMap().get("count").getYData().stream().mapToDouble(Number::doubleValue).sum()).isEqualTo(4);
        assertThat(Plots.histogram("huge", "a", new double[] {-3e8, 5e8}, 2).getXAxisTitle()).isEqualTo("a (×10⁸)");
        assertThat(Plots.histogram("plain", "a", new double[] {-3, 5}, 2).getXAxisTitle()).isEqualTo("a");
        assertThat(Plots.histogram("around 0", "a", new double[] {-4.6, 5.4}, 10).getSeriesMap().get("count").getXData())
                .extracting(String::valueOf)
                .as("the labels of bins 0, 2, 4, ...: the bin centred on -0.1 is labelled 0, not -0")
                .containsExactly("-4", " ", "-2", " ", "0", " ", "2", " ", "4", " ");
        assertThat(Plots.histogram("one value", "a", new double[] {7, 7}, 3).getSeriesMap().get("count").getYData())
                .as("equal values get a narrow range around them, not a division by zero")
                .extracting(Number::doubleValue).containsExactly(0.0, 2.0, 0.0);
    }

    @Test
    void textPlotMarksRegionsAndPoints() {
        String map = TextPlot.decisionMap(Datasets.and(), p -> p[0] + p[1] > 1.5 ? 1 : 0, 25, 13);
        assertThat(map).contains("#", "·", "1", "0").doesNotContain("X");
        String wrong = TextPlot.decisionMap(Datasets.xor(), p -> 0, 25, 13);
        assertThat(wrong.chars().filter(c -> c == 'X').count()).isEqualTo(2);
    }
}
