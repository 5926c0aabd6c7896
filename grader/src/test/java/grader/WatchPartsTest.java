package grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of watch mode that need no running watch: saves that settle, keys a line at a time, the h text. */
class WatchPartsTest {
    @Test
    void anEmptiedFileIsHeldBackUntilItHoldsCodeAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo/Work.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package demo; class Work {}");
        Saves saves = new Saves(dir);
        Files.writeString(file, "");
        for (int i = 0; i < 4; i++, Thread.sleep(Saves.SETTLE_MILLIS)) {
            assertThat(saves.poll()).as("an empty file is never ready").isEqualTo(new Saves.Unsettled(List.of(file)));
        }
        Files.writeString(file, "package demo; class Work { int x; }");
        assertThat(saves.poll()).as("just written: not settled yet").isEqualTo(new Saves.Unsettled(List.of()));
        Thread.sleep(Saves.SETTLE_MILLIS + 20);
        assertThat(saves.poll()).isInstanceOf(Saves.Settled.class)
                .satisfies(f -> assertThat(((Saves.Settled) f).changed()).containsExactly(file));
        assertThat(saves.poll()).isEqualTo(new Saves.Nothing());
    }

    @Test
    void withoutTerminalControlKeysComeALineAtATime() throws Exception {
        KeyReader keys = KeyReader.lines(new ByteArrayInputStream("h\n\n  next\nQ\r\n".getBytes(StandardCharsets.UTF_8)));
        List<Character> got = new ArrayList<>();
        for (int i = 0; i < 100 && got.size() < 3; i++) {
            Character k = keys.poll();
            if (k == null) Thread.sleep(10);
            else got.add(k);
        }
        assertThat(got).containsExactly('h', 'n', 'q');
        assertThat(keys.lineMode()).isTrue();
    }

    @Test
    void theWorksheetTextKeepsTruthTablesAligned(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Gates.java");
        Files.writeString(file, """
                final class Gates {
                    /**
                     * AND:
                     * <pre>
                     *     x₁ x₂ │ y
                     *      0  0 │ 0
                     *      1  1 │ 1
                     * </pre>
                     * Return a perceptron.
                     */
                    public static Perceptron and() {
                """);
        List<String> text = Lessons.docComment(file, "and");
        assertThat(text).containsSubsequence("    x₁ x₂ │ y", "     0  0 │ 0", "     1  1 │ 1", "Return a perceptron.");
        assertThat(text.get(text.indexOf("    x₁ x₂ │ y")).indexOf('│')).isEqualTo(text.get(text.indexOf("     0  0 │ 0")).indexOf('│'));
    }
}
