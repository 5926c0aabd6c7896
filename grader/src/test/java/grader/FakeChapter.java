package grader;

import grader.api.Chapter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A small chapter written into a temporary folder and compiled, to grade it as a student's would be. */
final class FakeChapter {
    final Path root;

    FakeChapter(Path root) {
        this.root = root;
    }

    FakeChapter file(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    static List<String> testClasspath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    /** Compiles src/exercise/java into target/classes and src/test/java into target/test-classes. */
    void compile() throws IOException {
        javac(root.resolve("src/exercise/java"), root.resolve("target/classes"), testClasspath());
        List<String> cp = new ArrayList<>(testClasspath());
        cp.add(root.resolve("target/classes").toString());
        javac(root.resolve("src/test/java"), root.resolve("target/test-classes"), cp);
    }

    private static void javac(Path sources, Path out, List<String> classpath) throws IOException {
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", String.join(File.pathSeparator, classpath),
                "-encoding", "UTF-8", "-g"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, args.toArray(String[]::new));
        if (code != 0) throw new IllegalStateException("the fake chapter does not compile");
    }

    /** An entry point of the grader: GradeReport::main, Watch::main. */
    interface Main {
        void run(String[] args) throws Exception;
    }

    /**
     * Runs an entry point as Maven's exec:java does: on the chapter's test class path (this JVM's
     * and the chapter's target/classes and target/test-classes); returns what it printed.
     */
    String runMain(Main main, List<String> args) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : testClasspath()) urls.add(Path.of(entry).toUri().toURL());
        for (String folder : List.of("target/classes", "target/test-classes")) {
            Files.createDirectories(root.resolve(folder));
            urls.add(root.resolve(folder).toUri().toURL());
        }
        Thread me = Thread.currentThread();
        ClassLoader before = me.getContextClassLoader();
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), FakeChapter.class.getClassLoader())) {
            me.setContextClassLoader(loader);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(out);
            me.setContextClassLoader(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Runs the chapter's tests as the grader does and returns the grade. */
    Grade grade(int timeoutSeconds) throws IOException {
        return grade(timeoutSeconds, "");
    }

    /** As {@link #grade(int)}, with the test JVM run as {@code user} ("": as this JVM's user). */
    Grade grade(int timeoutSeconds, String user) throws IOException {
        List<String> cp = new ArrayList<>(testClasspath());
        cp.add(root.resolve("target/classes").toString());
        cp.add(root.resolve("target/test-classes").toString());
        // The chapter's classes on top of this JVM's, so grader.Chapter is the very class Syllabus looks for.
        URL[] urls = Stream.of("target/classes", "target/test-classes").map(root::resolve).map(Path::toString).map(s -> {
            try {
                return Path.of(s).toUri().toURL();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, FakeChapter.class.getClassLoader())) {
            Syllabus syllabus = Syllabus.read(List.of(root.resolve("src/test/java")));
            Path gradeDir = root.resolve("target/grade");
            Path testClasses = root.resolve("target/test-classes");
            new Supervisor(cp, List.of(testClasses), gradeDir, syllabus.tests().size(), timeoutSeconds).runAs(user).run();
            Grade grade = Grade.of(syllabus, new Journal(gradeDir.resolve("journal.jsonl")), timeoutSeconds,
                    new SourceLines(root.resolve("src/exercise/java")), Messages.of("en"));
            GradescopeResults.write(grade, Messages.of("en"), null, gradeDir.resolve("results.json"));
            return grade;
        }
    }

    static Map<String, Status> statuses(Grade g) {
        Map<String, Status> out = new java.util.TreeMap<>();
        for (Grade.TestGrade t : g.tests()) out.put(t.test().method(), t.status());
        return out;
    }
}
