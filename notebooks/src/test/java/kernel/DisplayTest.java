package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a cell shows: its last expression's value (an image as PNG), and display() on the way. */
class DisplayTest {
    @TempDir
    static Path dir;
    static TestCells cells;

    @BeforeAll
    static void start() {
        cells = new TestCells(dir, null);
        cells.value("import java.awt.image.BufferedImage;\nBufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);");
    }

    @AfterAll
    static void close() {
        cells.close();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    @DisplayName("a BufferedImage as the cell's last expression is the cell's result, as image/png")
    void imageAsValue() throws IOException {
        NotebookRunner.CellRun r = cells.run("image.setRGB(0, 0, 0xFF0000);\nimage");
        assertThat(r.error()).isNull();
        assertThat(r.displays()).isEmpty();
        assertThat(r.value().hasDataForType(Image.PNG)).isTrue();
        BufferedImage shown = decode(TestCells.png(r.value()));
        assertThat(shown.getWidth()).isEqualTo(30);
        assertThat(shown.getHeight()).isEqualTo(20);
        assertThat(shown.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(r.images()).isEqualTo(1);
        assertThat(r.value().getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN))
                .as("the plain-text form, for viewers without images").isEqualTo("[image 30×20]");
    }

    @Test
    @DisplayName("System.out.printf as the last line prints, and shows no value (not java.io.PrintStream@...)")
    void printfIsNotAValue() {
        NotebookRunner.CellRun r = cells.run("int n = 3;\nSystem.out.printf(\"n = %d%n\", n)");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("n = 3" + System.lineSeparator());
        assertThat(r.value()).isNull();
        assertThat(r.streamValue()).as("but the outcome says a stream was the value, which other kernels show")
                .isEqualTo("java.io.PrintStream");
        NotebookRunner.CellRun err = cells.run("System.err.append(\"careful\\n\")");
        assertThat(err.value()).isNull();
        assertThat(err.streamValue()).isEqualTo("java.io.PrintStream");
        NotebookRunner.CellRun other = cells.run("new java.io.PrintStream(java.io.OutputStream.nullOutputStream())");
        assertThat(other.value()).as("another stream is still a value").isNotNull();
        assertThat(other.streamValue()).isEqualTo("java.io.PrintStream");
        assertThat(cells.run("System.out.println(String.format(\"n = %d\", 3));").streamValue()).as("println returns nothing").isNull();
        assertThat(cells.run("1 + 1").streamValue()).isNull();
    }

    @Test
    @DisplayName("{ display(image); } shows the image and nothing else; output printed before it comes first")
    void displayInBlock() throws IOException {
        NotebookRunner.CellRun r = cells.run("System.out.println(\"drawing\");\n{ display(image); }");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("drawing\n");
        assertThat(r.displays()).hasSize(1);
        assertThat(decode(TestCells.png(r.displays().get(0))).getWidth()).isEqualTo(30);
        assertThat(r.value()).isNull();
    }

    @Test
    @DisplayName("a bare display(x); as the last statement also shows its value, the display id (as in IJava and JJava)")
    void bareDisplayShowsTheId() {
        NotebookRunner.CellRun r = cells.run("display(image);");
        assertThat(r.displays()).hasSize(1);
        assertThat(TestCells.text(r.value())).matches("[0-9a-f-]{36}");
    }

    @Test
    @DisplayName("several display() calls in one cell show in order; anything that is not an image shows as text")
    void severalDisplays() {
        NotebookRunner.CellRun r = cells.run("for (int i = 1; i <= 3; i++) {\n    display(i == 2 ? image : \"item \" + i);\n}");
        assertThat(r.displays()).hasSize(3);
        assertThat(TestCells.text(r.displays().get(0))).isEqualTo("item 1");
        assertThat(r.displays().get(1).hasDataForType(Image.PNG)).isTrue();
        assertThat(TestCells.text(r.displays().get(2))).isEqualTo("item 3");
        assertThat(r.value()).isNull();
    }

    @Test
    @DisplayName("values: expressions and variable names show (strings without quotes); declarations and statements do not")
    void values() {
        assertThat(cells.value("6 * 7")).isEqualTo("42");
        assertThat(cells.value("\"no quotes\"")).isEqualTo("no quotes");
        assertThat(cells.value("int answer = 42;")).isNull();
        assertThat(cells.value("answer")).isEqualTo("42");
        assertThat(cells.value("answer + 0.5")).isEqualTo("42.5");
        assertThat(cells.value("System.out.println(answer);")).isNull();
        assertThat(cells.value("java.util.List.of(1, 2)")).isEqualTo("[1, 2]");
        assertThat(cells.value("String nothing = null;\nnothing")).isEqualTo("null");
        assertThat(cells.value("var copy = image;")).isNull();
    }

    @Test
    @DisplayName("the value is the last snippet's: an expression before a statement shows nothing")
    void onlyTheLastSnippetCounts() {
        assertThat(cells.value("1 + 1;\nint after = 3;")).isNull();
        assertThat(cells.value("int before = 3;\nbefore * 2 // a comment after the expression")).isEqualTo("6");
    }

    @Test
    @DisplayName("the cells see the JShell imports every Java kernel has, and display(), but not the kernel's own libraries")
    void whatCellsSee() {
        assertThat(cells.value("new ArrayList<String>(List.of(\"a\")).size()")).isEqualTo("1");
        assertThat(cells.value("new BigInteger(\"12345678901234567890\").bitLength()")).isEqualTo("64");
        NotebookRunner.CellRun gson = cells.run("new com.google.gson.Gson()");
        assertThat(gson.error()).isNotNull();
        assertThat(gson.error().kind()).isEqualTo(CellError.Kind.COMPILE);
        NotebookRunner.CellRun hidden = cells.run("Class.forName(\"com.google.gson.Gson\")");
        assertThat(hidden.error().name()).isEqualTo("ClassNotFoundException");
    }
}
