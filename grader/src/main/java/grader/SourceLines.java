package grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the student's own line of code in a stack trace: the first frame inside their source files. */
final class SourceLines {
    private final Path sourceRoot;

    /** {@code sourceRoot}: the chapter's src/exercise/java (or src/solution/java). */
    public SourceLines(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /**
     * Where a method's body starts in the student's file: "your step() at Neuron.java:19 │ return z >= 0 ? 1 : 0;".
     * For a check that failed on a returned value, this shows the code that produced it.
     */
    String methodStart(String file, String methods, Messages words) {
        if (sourceRoot == null || file == null || methods == null) return null;
        Path path = sourceRoot.resolve(file);
        if (!Files.isRegularFile(path)) return null;
        String method = methods.split(",")[0].strip();
        JavaSource.Line first;
        try {
            first = JavaSource.read(path).firstLineOf(method);
        } catch (IOException e) {
            return null;
        }
        if (first == null) return null;
        return words.get("your_code", method, path.getFileName() + ":" + first.number()) + " │ " + first.text();
    }

    /** "at Neuron.java:23 │ return z >= 0 ? 1 : 0;", or null when no frame is in the student's files. */
    String firstStudentLine(List<Outcome.Frame> frames) {
        if (frames == null || sourceRoot == null) return null;
        for (Outcome.Frame frame : frames) {
            String fileName = frame.file();
            int line = frame.line();
            if (line <= 0 || fileName == null) continue;
            int dot = frame.className().lastIndexOf('.');
            String pkg = dot < 0 ? "" : frame.className().substring(0, dot).replace('.', '/');
            Path file = pkg.isEmpty() ? sourceRoot.resolve(fileName) : sourceRoot.resolve(pkg).resolve(fileName);
            if (!Files.isRegularFile(file)) continue;
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String text = line <= lines.size() ? lines.get(line - 1).strip() : "";
                return "at " + fileName + ":" + line + " │ " + text;
            } catch (IOException e) {
                return "at " + fileName + ":" + line;
            }
        }
        return null;
    }
}
