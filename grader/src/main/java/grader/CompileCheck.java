package grader;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Did the chapter compile? Maven's compiler does not stop a chapter's build (so the grade table is
 * always printed); this check finds out whether every source has an up-to-date class and, when
 * not, compiles once more in-process to report the compiler's first errors in the student's terms.
 */
final class CompileCheck {
    private CompileCheck() {}

    /** True when every .java file under the roots has a class file in {@code classes} at least as new. */
    static boolean upToDate(List<Path> sourceRoots, Path classes) {
        for (Path root : sourceRoots) {
            for (Path source : javaFiles(root)) {
                String rel = root.relativize(source).toString().replace('\\', '/');
                Path cls = classes.resolve(rel.substring(0, rel.length() - ".java".length()) + ".class");
                if (rel.endsWith("package-info.java") || rel.endsWith("module-info.java")) continue;
                try {
                    if (!Files.exists(cls)) return false;
                    FileTime s = Files.getLastModifiedTime(source);
                    FileTime c = Files.getLastModifiedTime(cls);
                    if (c.compareTo(s) < 0) return false;
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Compiles the sources into a scratch folder and returns the first {@code max} errors as
     * readable lines ("chapter01-perceptron/src/exercise/java/perceptron/Neuron.java:19: ';' expected",
     * then the source line and a caret). Empty when everything compiles.
     */
    static List<String> errors(List<Path> sourceRoots, List<String> classpath, Path scratch, Path shownFrom, int max) {
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) files.addAll(javaFiles(root));
        return compile(files, classpath, scratch, shownFrom, max);
    }

    private static List<String> compile(List<Path> files, List<String> classpath, Path scratch, Path shownFrom, int max) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) return List.of("(no Java compiler in this JVM: run Maven with a JDK, not a JRE)");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            Files.createDirectories(scratch);
            List<String> options = List.of("-d", scratch.toString(), "-encoding", "UTF-8", "-proc:none", "-g",
                    "--release", "17", "-cp", String.join(File.pathSeparator, classpath));
            javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            if (out.size() >= 3 * max) break;
            String where = "?";
            if (d.getSource() != null) {
                Path p = Path.of(d.getSource().toUri());
                where = (shownFrom != null && p.startsWith(shownFrom) ? shownFrom.relativize(p) : p).toString().replace('\\', '/');
            }
            out.add(where + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH).lines().findFirst().orElse(""));
            String line = sourceLine(d);
            if (line != null) {
                out.add("    " + line.stripTrailing());
                int col = (int) d.getColumnNumber();
                if (col > 0) out.add("    " + " ".repeat(Math.max(0, col - 1)) + "^");
            }
        }
        return out;
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() <= 0) return null;
        try {
            List<String> lines = Files.readAllLines(Path.of(d.getSource().toUri()), StandardCharsets.UTF_8);
            return d.getLineNumber() <= lines.size() ? lines.get((int) d.getLineNumber() - 1).replace('\t', ' ') : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Compiles a chapter as its build does: its lesson code and graded sources into {@code classes},
     * then its tests against them into {@code testClasses}. Returns the grade of code that does not
     * compile (every test "did not run", the compiler's first errors, and whether only the tests
     * failed), or null when both compiled.
     */
    static Grade chapter(ChapterPaths chapter, List<String> libraries, Path classes, Path testClasses, Syllabus syllabus,
                         Messages words) {
        List<String> errors = errors(chapter.mainRoots(), libraries, classes, chapter.course(), 5);
        if (!errors.isEmpty()) return Grade.notCompiled(syllabus, errors, false, words);
        List<String> withClasses = new ArrayList<>(libraries);
        withClasses.add(0, classes.toString());
        errors = errors(List.of(chapter.testRoot()), withClasses, testClasses, chapter.course(), 5);
        return errors.isEmpty() ? null : Grade.notCompiled(syllabus, errors, true, words);
    }

    /** Compiles just these files into {@code out} (the classes already there are on the classpath). */
    static List<String> compileFiles(List<Path> files, List<String> classpath, Path out, Path shownFrom, int max) {
        return compile(files, classpath, out, shownFrom, max);
    }

    static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
