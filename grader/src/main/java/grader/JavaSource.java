package grader;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A Java file as the grader reads it: its text and javac's syntax tree of it, parsed without
 * compiling (so it works on a file that does not compile yet, and runs nothing). The one way the
 * grader reads Java source: the syllabus's annotations ({@link SourceSyllabus}), a student's method
 * ({@link SourceLines}) and the exercise bodies a stub replaces ({@link StubMaker}) all come from here.
 * Braces and markers inside strings, comments and text blocks are never mistaken for code.
 */
record JavaSource(String file, String text, CompilationUnitTree unit, SourcePositions positions, List<String> syntaxErrors) {

    /** A method or constructor with a body: its name as a student reads it, and where its braces are. */
    record Method(String name, MethodTree tree, int open, int close) {}

    /** Parses {@code text}; {@code file} names it in the syntax errors. */
    static JavaSource parse(String file, String text) {
        URI uri = URI.create("string:///" + file.replace(' ', '_'));
        JavaFileObject source = new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) javac().getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(source));
        CompilationUnitTree unit;
        try {
            unit = task.parse().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(file + ":" + d.getLineNumber() + ": does not parse: " + d.getMessage(Locale.ENGLISH));
            }
        }
        return new JavaSource(file, text, unit, Trees.instance(task).getSourcePositions(), errors);
    }

    /** Parses the file at {@code path}, read as UTF-8. */
    static JavaSource read(Path path) throws IOException {
        return parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    private static JavaCompiler javac() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("no Java compiler in this JVM: run it with a JDK, not a JRE");
        return javac;
    }

    /** Every method and constructor body, nested and local classes' too, in source order. */
    List<Method> methods() {
        List<Method> out = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethod(MethodTree m, Void unused) {
                if (m.getBody() != null) {
                    String name = m.getName().contentEquals("<init>") ? "the constructor" : m.getName() + "()";
                    out.add(new Method(name, m, start(m.getBody()), end(m.getBody()) - 1));
                }
                return super.visitMethod(m, unused);
            }
        }.scan(unit, null);
        return out;
    }

    /** The line that declares the first method called {@code name} (the line with its name): its number and text; null if none. */
    Line declarationOf(String name) {
        for (Method m : methods()) {
            if (!m.tree().getName().contentEquals(name)) continue;
            int from = Math.max(start(m.tree()), 0);
            int at = text.indexOf(name + "(", from);
            if (at < 0 || at > m.open()) at = m.open();
            return new Line(lineOf(at), text.substring(lineStart(at), lineEnd(at)).strip());
        }
        return null;
    }

    /** A line of the file: its number (from 1) and its text, stripped. */
    record Line(int number, String text) {}

    int start(Tree tree) {
        return (int) positions.getStartPosition(unit, tree);
    }

    int end(Tree tree) {
        return (int) positions.getEndPosition(unit, tree);
    }

    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset just after the line break that ends the line holding {@code offset}. */
    int lineEnd(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** The offset of the line after the one holding {@code open}, or -1 when code follows it on its line. */
    int lineAfter(int open) {
        int end = lineEnd(open);
        return text.substring(open + 1, end).isBlank() && end < text.length() ? end : -1;
    }

    int lineOf(int offset) {
        return (int) unit.getLineMap().getLineNumber(offset);
    }

    /** "Neuron.java:12: ", to begin a problem found at {@code offset}. */
    String at(int offset) {
        return file + ":" + lineOf(offset) + ": ";
    }

    /** The file's own line break, so that a stub of a CRLF file is CRLF too. */
    String newline() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
