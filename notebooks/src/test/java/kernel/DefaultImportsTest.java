package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every session starts with: the imports JShell, IJava and JJava start with, and display(). */
class DefaultImportsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("java.util, java.io, java.math, java.net, java.util.concurrent, java.util.prefs, java.util.regex and display() need no import")
    void defaults() {
        try (TestCells cells = new TestCells(dir, null)) {
            assertThat(cells.value("new ArrayList<>(List.of(new File(\"a.txt\").getName(), new BigInteger(\"7\").add(BigInteger.ONE),"
                    + " URI.create(\"https://x\").getScheme(), new ConcurrentHashMap<String, Integer>().size(),"
                    + " Preferences.class.getSimpleName(), Pattern.compile(\"[ab]+\").matcher(\"abba\").matches()))"))
                    .isEqualTo("[a.txt, 8, https, 0, Preferences, true]");
            assertThat(cells.run("{ display(\"shown\"); }").displays()).hasSize(1);
        }
    }

    @Test
    @DisplayName("a cell that imports one of them itself, or a class of the same name, leaves the others in place")
    void cellsImportsLeaveTheDefaults() {
        try (TestCells cells = new TestCells(dir, null)) {
            cells.value("import java.util.*;\nimport java.io.*;\nimport java.awt.List;");
            assertThat(cells.value("new BigInteger(\"5\").add(BigInteger.ONE)")).isEqualTo("6");
            assertThat(cells.value("Pattern.matches(\"a*\", \"aaa\")")).isEqualTo("true");
            assertThat(cells.value("new ArrayList<String>().size()")).isEqualTo("0");
            assertThat(cells.value("List.class.getName()")).as("the cell's single-type import wins, as in Java").isEqualTo("java.awt.List");
            assertThat(cells.run("{ display(\"still there\"); }").displays()).hasSize(1);
        }
    }
}
