package kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * %classpath and %load: relative to the notebook's folder, with globs, several paths per line,
 * and errors that say where they looked.
 */
class MagicsTest {
    @TempDir
    static Path course;
    static Path notebookDir;
    static TestCells cells;

    @BeforeAll
    static void chapterLayout() throws IOException {
        // course/chapter/target/classes (greet.Hello), course/chapter/target/lib/{hello-lib.jar, extra.jar, notes.txt, sub/deep.jar}
        Path classes = TestCells.compile(course.resolve("build-a"),
                "greet/Hello.java", "package greet; public class Hello { public static String hi() { return \"hi\"; } }");
        Path lib = TestCells.compile(course.resolve("build-b"),
                "greet/Lib.java", "package greet; public class Lib { public static int answer() { return 42; } }");
        Path extra = TestCells.compile(course.resolve("build-c"),
                "greet/Extra.java", "package greet; public class Extra { public static String more() { return \"more\"; } }");
        Path deep = TestCells.compile(course.resolve("build-d"),
                "greet/Deep.java", "package greet; public class Deep { public static String down() { return \"deep\"; } }");
        Path target = Files.createDirectories(course.resolve("chapter/target"));
        copyTree(classes, target.resolve("classes"));
        TestCells.jar(lib, target.resolve("lib/hello-lib.jar"));
        TestCells.jar(extra, target.resolve("lib/extra.jar"));
        TestCells.jar(deep, target.resolve("lib/sub/deep.jar"));
        Files.writeString(target.resolve("lib/notes.txt"), "not a jar");
        notebookDir = Files.createDirectories(course.resolve("notebooks"));
        Files.writeString(notebookDir.resolve("helpers.jsh"), "int twice(int x) {\n    return 2 * x;\n}\nString loaded = \"yes\";\n");
        Files.createDirectories(notebookDir.resolve("lib"));
        Files.writeString(notebookDir.resolve("lib/more.jsh"), "%load helpers.jsh\nint thrice(int x) { return 3 * x; }\n");
        cells = new TestCells(notebookDir, null);
    }

    @AfterAll
    static void close() {
        cells.close();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }

    @Test
    @DisplayName("a magic line is recognised with its arguments; quotes keep a path with blanks together")
    void parsing() {
        assertThat(Magics.parse("%classpath a b")).hasValue(new Magics.Line("classpath", List.of("a", "b")));
        assertThat(Magics.parse("  %load \"my file.jsh\"")).hasValue(new Magics.Line("load", List.of("my file.jsh")));
        assertThat(Magics.parse("%%time")).hasValue(new Magics.Line("%time", List.of()));
        assertThat(Magics.parse("int r = 7 % 3;")).isEmpty();
        assertThat(Magics.parse("x\n")).isEmpty();
    }

    @Test
    @DisplayName("%classpath: a relative folder, and a glob of jars (only *.jar, sorted), relative to the notebook's folder")
    void relativeFolderAndGlob() {
        assertThat(cells.run("%classpath ../chapter/target/classes\n%classpath ../chapter/target/lib/*.jar").error()).isNull();
        assertThat(cells.value("greet.Hello.hi()")).isEqualTo("hi");
        assertThat(cells.value("greet.Lib.answer()")).isEqualTo("42");
        assertThat(cells.value("greet.Extra.more()")).isEqualTo("more");
        assertThat(cells.evaluator.classpath()).contains(
                course.resolve("chapter/target/classes"),
                course.resolve("chapter/target/lib/extra.jar"),
                course.resolve("chapter/target/lib/hello-lib.jar"));
        assertThat(cells.evaluator.classpath()).noneMatch(p -> p.toString().endsWith("notes.txt") || p.toString().endsWith("deep.jar"));
    }

    @Test
    @DisplayName("globs: * stays within a folder, ** crosses folders; several paths on one line, or joined by the path separator")
    void globsAndSeveralPaths() {
        Path base = notebookDir;
        assertThat(Magics.resolveGlob(base, "../chapter/target/lib/*.jar")).extracting(p -> p.getFileName().toString())
                .containsExactly("extra.jar", "hello-lib.jar");
        assertThat(Magics.resolveGlob(base, "../chapter/target/lib/**.jar")).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("extra.jar", "hello-lib.jar", "deep.jar");
        assertThat(Magics.resolveGlob(base, "../chapter/*/lib/sub/*.jar")).extracting(p -> p.getFileName().toString())
                .containsExactly("deep.jar");
        assertThat(Magics.resolveClasspath(base, List.of("../chapter/target/classes", "../chapter/target/lib/sub/*.jar")))
                .containsExactly(course.resolve("chapter/target/classes"), course.resolve("chapter/target/lib/sub/deep.jar"));
        assertThat(Magics.resolveClasspath(base, List.of("../chapter/target/lib/extra.jar" + File.pathSeparator + "../chapter/target/classes")))
                .containsExactly(course.resolve("chapter/target/lib/extra.jar"), course.resolve("chapter/target/classes"));
        assertThat(Magics.resolveClasspath(base, List.of(course.resolve("chapter/target/classes").toString())))
                .containsExactly(course.resolve("chapter/target/classes"));
    }

    @Test
    @DisplayName("%classpath that matches nothing fails, naming the path it resolved and suggesting to build the chapter")
    void nothingMatches() {
        assertThatThrownBy(() -> Magics.resolveClasspath(notebookDir, List.of("../chapter02/target/lib/*.jar")))
                .hasMessageContaining(course.resolve("chapter02/target/lib/*.jar").toString())
                .hasMessageContaining("built");
        NotebookRunner.CellRun r = cells.run("%classpath ../missing/target/classes");
        assertThat(r.error()).isNotNull();
        assertThat(r.error().kind()).isEqualTo(CellError.Kind.MAGIC);
        assertThat(r.error().traceback().get(0)).startsWith("MagicError at line 1 of this cell: %classpath: nothing matches ../missing/target/classes");
        assertThat(r.error().traceback()).contains("    %classpath ../missing/target/classes");
        assertThatThrownBy(() -> Magics.resolveClasspath(notebookDir, List.of())).hasMessageContaining("%classpath needs a path");
    }

    @Test
    @DisplayName("%load evaluates a file relative to the notebook's folder; a %load inside it is relative to the notebook's folder too")
    void load() {
        assertThat(cells.run("%load helpers.jsh").error()).isNull();
        assertThat(cells.value("twice(21)")).isEqualTo("42");
        assertThat(cells.value("loaded")).isEqualTo("yes");
        assertThat(cells.run("%load lib/more.jsh").error()).isNull();
        assertThat(cells.value("thrice(twice(1))")).isEqualTo("6");
    }

    @Test
    @DisplayName("%load of a missing file fails naming where it looked; a compile error in a loaded file names the file and line")
    void loadErrors() throws IOException {
        NotebookRunner.CellRun missing = cells.run("%load nowhere.jsh");
        assertThat(missing.error().kind()).isEqualTo(CellError.Kind.MAGIC);
        assertThat(missing.error().report()).contains("%load: no file nowhere.jsh").contains(notebookDir.resolve("nowhere.jsh").toString());

        Files.writeString(notebookDir.resolve("broken.jsh"), "int fine = 1;\nint broken = \"text\";\n");
        NotebookRunner.CellRun broken = cells.run("%load broken.jsh");
        assertThat(broken.error().kind()).isEqualTo(CellError.Kind.COMPILE);
        assertThat(broken.error().traceback().get(0)).startsWith("Compile error at line 2 of broken.jsh: incompatible types");
    }

    @Test
    @DisplayName("magics run in order with the code around them; other magics fail and name the two the notebooks may use")
    void orderAndUnknownMagics() {
        NotebookRunner.CellRun r = cells.run("System.out.println(\"before\");\n%load helpers.jsh\nSystem.out.println(twice(5));");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("before\n10\n");

        for (String magic : List.of("%maven org.knowm.xchart:xchart:3.8.8", "%jars foo.jar", "%%time")) {
            NotebookRunner.CellRun bad = cells.run(magic);
            assertThat(bad.error().kind()).isEqualTo(CellError.Kind.MAGIC);
            assertThat(bad.error().getMessage()).contains("%classpath and %load");
        }
    }
}
