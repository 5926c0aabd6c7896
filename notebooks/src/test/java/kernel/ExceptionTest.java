package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exception reads as one line first ("IllegalArgumentException: ..."), then where it happened in
 * the cells. An unfinished exercise (toolkit.Todo) is not an error at all: one line on stderr, and
 * the notebook goes on.
 */
class ExceptionTest {
    @TempDir
    static Path dir;
    static TestCells cells;

    @BeforeAll
    static void start() {
        cells = new TestCells(dir, null);
        // The real toolkit, and a "stub" the way the chapters write them.
        String toolkit = TestCells.toolkitLocation().toString();
        NotebookRunner.CellRun setUp = cells.run("%classpath \"" + toolkit + "\"\n"
                + "double stepStub(double z) {\n"
                + "    throw toolkit.Todo.exercise(\"1.1\", \"return 1 when z > 0, else 0\");\n"
                + "}\n"
                + "Integer trainStub() {\n"
                + "    throw new RuntimeException(\"training failed\", toolkit.Todo.exercise(\"1.7\", \"train until no mistakes\"));\n"
                + "}");
        assertThat(setUp.error()).isNull();
    }

    @AfterAll
    static void close() {
        cells.close();
    }

    @Test
    @DisplayName("an exception: its simple class name and message in the first line, then the cell's line that threw")
    void exceptionHeadline() {
        NotebookRunner.CellRun r = cells.run("int[] a = new int[2];\nSystem.out.println(\"before\");\nint x = a[5];\nSystem.out.println(\"after\");");
        CellError e = r.error();
        assertThat(e.kind()).isEqualTo(CellError.Kind.EXCEPTION);
        assertThat(e.name()).isEqualTo("ArrayIndexOutOfBoundsException");
        assertThat(e.getMessage()).isEqualTo("Index 5 out of bounds for length 2");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.traceback()).containsExactly(
                "ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 2",
                "    at line 3 of this cell: int x = a[5];");
        assertThat(r.stdout()).isEqualTo("before\n");
    }

    @Test
    @DisplayName("an exception thrown in a method of an earlier cell names that method, cell and line, and the chain of causes")
    void framesInEarlierCells() {
        cells.value("int ratio(int a, int b) {\n    int r = a / b;\n    return r;\n}");
        String earlier = "cell " + (cellNumber() - 1);
        CellError e = cells.run("ratio(1, 0)").error();
        assertThat(e.traceback()).containsExactly(
                "ArithmeticException: / by zero",
                "    at ratio(), line 2 of " + earlier + ": int r = a / b;",
                "    at line 1 of this cell: ratio(1, 0)");

        CellError wrapped = cells.run("throw new IllegalStateException(\"outer\", new IllegalArgumentException(\"inner\"));").error();
        assertThat(wrapped.traceback().get(0)).isEqualTo("IllegalStateException: outer");
        assertThat(wrapped.report()).contains("Caused by: IllegalArgumentException: inner");
    }

    private static int cellNumber() {
        return cells.run("0").cell().index();
    }

    @Test
    @DisplayName("a null pointer names the variable as the cell wrote it, not JShell's wrapper class")
    void helpfulNullPointer() {
        CellError e = cells.run("String nobody = null;\nnobody.length()").error();
        assertThat(e.traceback().get(0)).isEqualTo("NullPointerException: Cannot invoke \"String.length()\" because \"nobody\" is null");
    }

    @Test
    @DisplayName("Todo: the exercise's message in one line on stderr, no error, and the next cells still run")
    void todoIsNotAnError() {
        NotebookRunner.CellRun r = cells.run("System.out.println(\"computing\");\ndouble s = stepStub(0.5);\nSystem.out.println(\"not reached\");");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("computing\n");
        assertThat(r.notDone()).hasSize(1);
        String first = r.stderr().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("Exercise 1.1 is not done yet: return 1 when z > 0, else 0. Edit stepStub() in ");
        assertThat(r.stderr().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("    ↳ reached from line 2 of this cell: double s = stepStub(0.5);");
        assertThat(cells.value("1 + 1")).isEqualTo("2");
    }

    @Test
    @DisplayName("Todo as the cause of another exception is still an unfinished exercise")
    void todoAsCause() {
        NotebookRunner.CellRun r = cells.run("trainStub()");
        assertThat(r.error()).isNull();
        assertThat(r.stderr()).startsWith("Exercise 1.7 is not done yet: train until no mistakes.");
    }

    @Test
    @DisplayName("the identifiers a snippet uses are read from its code, not from its strings or comments")
    void identifiersOutsideStringsAndComments() {
        assertThat(Unfinished.identifiers("plot(\"result\", 'r', x) // result\n/* result */ y"))
                .containsExactly("plot", "x", "y");
    }

    @Test
    @DisplayName("a later cell that fails on a variable the unfinished exercise left empty is skipped with a note; other cells run")
    void dependentCellsAreSkipped() {
        NotebookRunner.CellRun training = cells.run("Integer result = trainStub();");
        assertThat(training.error()).isNull();
        assertThat(training.notDone()).hasSize(1);

        NotebookRunner.CellRun uses = cells.run("int epochs = result + 1;");
        assertThat(uses.error()).isNull();
        assertThat(uses.stderr().strip()).isEqualTo(
                "Skipped line 1 of this cell: it uses result, which has no value because Exercise 1.7 is not done yet.");

        NotebookRunner.CellRun derived = cells.run("System.out.println(\"deriving\");\nInteger doubled = result * 2;");
        assertThat(derived.stdout()).isEqualTo("deriving\n");
        assertThat(derived.stderr()).startsWith("Skipped line 2 of this cell: it uses result,");
        NotebookRunner.CellRun chained = cells.run("doubled.toString()");
        assertThat(chained.error()).isNull();
        assertThat(chained.stderr()).startsWith("Skipped line 1 of this cell: it uses doubled, which has no value because Exercise 1.7");

        assertThat(cells.value("result = 41;\nresult + 1")).isEqualTo("42"); // a value at last: no longer missing
        CellError real = cells.run("Integer other = null;\nint m = other;").error();
        assertThat(real).isNotNull(); // a null that no exercise explains is an error
        assertThat(real.name()).isEqualTo("NullPointerException");
    }
}
