package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compile error reads as JShell's message at the cell's line, with the line and a caret; never a stack dump. */
class CompileErrorTest {
    @TempDir
    static Path dir;
    static TestCells cells;

    @BeforeAll
    static void start() {
        cells = new TestCells(dir, null);
    }

    @AfterAll
    static void close() {
        cells.close();
    }

    @Test
    @DisplayName("the error names the line of the cell, shows it, and points at the offending expression")
    void lineAndCaret() {
        NotebookRunner.CellRun r = cells.run("int y = 3;\nSystem.out.println(\"ran\");\n   int z = y + \"a\";\nSystem.out.println(\"not reached\");");
        CellError e = r.error();
        assertThat(e.kind()).isEqualTo(CellError.Kind.COMPILE);
        assertThat(e.name()).isEqualTo("CompileError");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.traceback()).containsExactly(
                "Compile error at line 3 of this cell: incompatible types: java.lang.String cannot be converted to int",
                "       int z = y + \"a\";",
                "               ^-----^");
        assertThat(e.getMessage()).isEqualTo("incompatible types: java.lang.String cannot be converted to int");
        assertThat(r.stdout()).isEqualTo("ran\n"); // the snippets before it ran
    }

    @Test
    @DisplayName("the second statement on a line, after blank lines and comments: still the right line and column")
    void positionsAfterBlankLinesAndComments() {
        CellError e = cells.run("\n\n// a comment\nint a = 1; String b = a;\n").error();
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.traceback().get(0)).isEqualTo("Compile error at line 4 of this cell: incompatible types: int cannot be converted to java.lang.String");
        assertThat(e.traceback().get(1)).isEqualTo("    int a = 1; String b = a;");
        assertThat(e.traceback().get(2)).isEqualTo("                          ^");
    }

    @Test
    @DisplayName("cannot find symbol: JShell's detail lines, without its synthetic class; a hint when nothing is on the class path")
    void cannotFindSymbol() {
        CellError e = cells.run("perceptron.Neuron.step(0.0)").error();
        assertThat(e.report()).contains("Compile error at line 1 of this cell: package perceptron does not exist")
                .contains("Hint: nothing is on the class path yet. Run the notebook's %classpath cell (at the top) first.")
                .doesNotContain("$JShell$").doesNotContain("location: class");
        CellError missing = cells.run("int n = undefinedThing + 1;").error();
        assertThat(missing.report()).contains("cannot find symbol").contains("symbol:   variable undefinedThing");
    }

    @Test
    @DisplayName("no Java stack trace: no 'at ...' frames of the kernel or of JShell in a compile error")
    void noStackDump() {
        CellError e = cells.run("void broken() { return 1; }").error();
        assertThat(e.kind()).isEqualTo(CellError.Kind.COMPILE);
        assertThat(e.report()).doesNotContain("\tat ").doesNotContain("jdk.jshell").doesNotContain("kernel.");
    }

    @Test
    @DisplayName("a cell that ends in the middle of a statement says so, with the line where it starts")
    void incomplete() {
        CellError e = cells.run("int ok = 1;\nfor (int i = 0; i < 3; i++) {\n    System.out.println(i);\n").error();
        assertThat(e.kind()).isEqualTo(CellError.Kind.INCOMPLETE);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.traceback()).containsExactly(
                "Incomplete code at line 2 of this cell: the cell ends before this statement does (a missing ';', ')' or '}'?)",
                "    for (int i = 0; i < 3; i++) {");
    }

    @Test
    @DisplayName("a method whose body does not compile is rejected with the body's line")
    void methodBody() {
        CellError e = cells.run("int half(int x) {\n    return x / 2.0;\n}").error();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.traceback().get(0)).startsWith("Compile error at line 2 of this cell: incompatible types: possible lossy conversion from double to int");
    }
}
