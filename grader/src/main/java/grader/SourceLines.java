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
     * The student's method that a failed check called, by its declaration: "your backward() at
     * MultiplyNode.java:25 │ public Matrix backward(Matrix dout) {". The method is the exercise's
     * one named first in what the check says it checked ({@code checked}: "node.backward(dout)");
     * an exercise of one method needs no name. No line of the body is singled out: a wrong value
     * does not say which line made it. Null when the method cannot be told or found.
     */
    String methodCalled(Syllabus.ExerciseInfo exercise, String checked, Messages words) {
        if (sourceRoot == null || exercise == null || exercise.file() == null) return null;
        String method = calledIn(exercise.methods(), checked);
        Path path = sourceRoot.resolve(exercise.file());
        if (!Files.isRegularFile(path)) return null;
        if (method == null) return words.get("your_file", path.getFileName());
        JavaSource.Line declaration;
        try {
            declaration = JavaSource.read(path).declarationOf(method);
        } catch (IOException e) {
            return null;
        }
        if (declaration == null) return null;
        return words.get("your_code", method, path.getFileName() + ":" + declaration.number()) + " │ " + declaration.text();
    }

    /** Of {@code methods}, the one {@code checked} names first as a word; the only one if there is one; else null. */
    static String calledIn(List<String> methods, String checked) {
        if (methods.size() == 1) return methods.get(0);
        String found = null;
        int at = Integer.MAX_VALUE;
        for (String m : methods) {
            java.util.regex.Matcher hit = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(m) + "\\b")
                    .matcher(checked == null ? "" : checked);
            if (hit.find() && hit.start() < at) {
                at = hit.start();
                found = m;
            }
        }
        return found;
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
