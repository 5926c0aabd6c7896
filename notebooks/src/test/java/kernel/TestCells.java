package kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/** A notebook session for tests: runs cells one by one and keeps what each did. */
final class TestCells implements AutoCloseable {
    final Evaluator evaluator;
    private int count;

    TestCells(Path notebookDir, Duration timeLimit) {
        evaluator = new Evaluator(notebookDir, timeLimit);
    }

    NotebookRunner.CellRun run(String code) {
        count++;
        return NotebookRunner.runCell(evaluator, new NotebookRunner.Cell(count, "code", code), count, "cell " + count);
    }

    /** Runs a cell that must succeed, and returns its value as text (null if it has none). */
    String value(String code) {
        NotebookRunner.CellRun r = run(code);
        if (r.error() != null) throw new AssertionError("cell failed:\n" + r.error().report());
        return r.value() == null ? null : text(r.value());
    }

    @Override
    public void close() {
        evaluator.close();
    }

    static String text(DisplayData d) {
        Object t = d.getData(MIMEType.TEXT_PLAIN);
        return t == null ? null : t.toString();
    }

    static byte[] png(DisplayData d) {
        Object data = d.getData(Image.PNG);
        return data == null ? null : Base64.getDecoder().decode(data.toString());
    }

    /** Compiles Java sources (path → text) into a new folder and returns it. */
    static Path compile(Path dir, String... pathsAndSources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "--release", "17"));
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            Path file = src.resolve(pathsAndSources[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndSources[i + 1], StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, OutputStream.nullOutputStream(), System.err, args.toArray(new String[0]));
        if (status != 0) throw new IllegalStateException("test sources do not compile");
        return classes;
    }

    /** Packs a folder of classes into a jar. */
    static Path jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Where the toolkit's classes are (a jar or a folder), for %classpath in the Todo tests. */
    static Path toolkitLocation() {
        try {
            return Path.of(toolkit.Todo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
