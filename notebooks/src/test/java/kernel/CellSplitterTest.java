package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A cell cut into magic lines and JShell's snippets, each with the cell's line it starts on. */
class CellSplitterTest {
    static JShell shell;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    @Test
    @DisplayName("magic lines cut a cell into chunks; blank code between them makes no chunk")
    void chunks() {
        List<CellSplitter.Chunk> chunks = CellSplitter.chunks(List.of("%classpath a", "", "int n = 3;", "n", "%load b.jsh"));
        assertThat(chunks).extracting(CellSplitter.Chunk::firstLine).containsExactly(1, 2, 5);
        assertThat(chunks.get(0).magic()).isEqualTo(new Magics.Line("classpath", List.of("a")));
        assertThat(chunks.get(1).code()).isEqualTo("\nint n = 3;\nn\n");
        assertThat(chunks.get(2).magic().name()).isEqualTo("load");
        assertThat(CellSplitter.chunks(List.of("  ", "%classpath a", ""))).hasSize(1);
    }

    @Test
    @DisplayName("snippets start on the cell's line of their code, after blank lines and comments")
    void snippetLines() {
        CellSplitter.Chunk chunk = new CellSplitter.Chunk(2, "\nint n = 3;\n// the square\nn * n\n", null);
        List<CellSplitter.Piece> pieces = CellSplitter.snippets(chunk, shell.sourceCodeAnalysis());
        assertThat(pieces).extracting(CellSplitter.Piece::firstLine).containsExactly(3, 4);
        assertThat(pieces).extracting(CellSplitter.Piece::codeLine).containsExactly(3, 5);
        assertThat(pieces.get(0).source()).isEqualTo("int n = 3;");
        assertThat(pieces).noneMatch(CellSplitter.Piece::incomplete);
    }

    @Test
    @DisplayName("code that ends inside a statement ends with an incomplete piece; the snippets before it stay")
    void incomplete() {
        CellSplitter.Chunk chunk = new CellSplitter.Chunk(1, "int a = 1;\nint b = f(\n  2,\n", null);
        List<CellSplitter.Piece> pieces = CellSplitter.snippets(chunk, shell.sourceCodeAnalysis());
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).incomplete()).isFalse();
        assertThat(pieces.get(1).incomplete()).isTrue();
        assertThat(pieces.get(1).codeLine()).isEqualTo(2);
    }
}
