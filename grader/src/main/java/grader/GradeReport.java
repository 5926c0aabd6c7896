package grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import toolkit.Terminal;

/**
 * The last step of a chapter's {@code mvn test}: reads what the chapter declares and what the test
 * JVM recorded, prints the grade table, and writes {@code target/grade/grade.json} and Gradescope's
 * {@code target/grade/results.json}.
 *
 * <p>With {@code --expect=full} (the course check, on the solutions) it fails unless every graded
 * and ordinary test passed; with {@code --expect=none} (on the untouched stubs) it fails unless
 * every graded test reported "not started". With {@code --submission=REPORT.json} (Gradescope's
 * run_autograder, from {@link SubmittedFiles}) results.json also names the files that were graded,
 * not submitted or ignored.
 */
public final class GradeReport {
    private static final Set<String> OPTIONS =
            Set.of("chapter-dir", "classes", "test-classes", "sources", "expect", "timeout", "hidden", "submission");

    private GradeReport() {}

    public static void main(String[] args) throws IOException {
        Options opts = Options.parse(args, OPTIONS);
        Path chapterDir = Paths.get(opts.require("chapter-dir"));
        Path classes = Paths.get(opts.require("classes"));
        Path testClasses = Paths.get(opts.require("test-classes"));
        String sources = opts.get("sources", "exercise");
        String expect = opts.get("expect", "");
        int timeout = opts.timeoutSeconds();
        String submission = opts.get("submission", "");
        SubmittedFiles.Report files = submission.isBlank() ? null : SubmittedFiles.Report.read(Paths.get(submission));

        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Messages words = Messages.fromEnvironment();
        Path gradeDir = chapterDir.resolve("target").resolve("grade");
        Files.createDirectories(gradeDir);
        Grade grade = compileFailure(chapterDir, sources, classes, testClasses, classpath(loader), gradeDir, words);
        if (grade == null) {
            List<Path> roots = new ArrayList<>(List.of(testClasses));
            List<String> runPath = new ArrayList<>(classpath(loader));
            String hidden = opts.get("hidden", "");
            if (!hidden.isBlank()) {
                // An instructor's hidden tests: compiled now, against the chapter's tests and the student's code.
                Path hiddenClasses = gradeDir.resolve("hidden-classes");
                List<String> errors = CompileCheck.errors(List.of(Paths.get(hidden)), runPath, hiddenClasses, null, 5);
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("the hidden tests in " + hidden + " do not compile:\n  " + String.join("\n  ", errors));
                }
                roots.add(hiddenClasses);
                runPath.add(hiddenClasses.toString());
                loader = new java.net.URLClassLoader(new java.net.URL[] {hiddenClasses.toUri().toURL()}, loader);
            }
            Syllabus syllabus = Syllabus.scan(roots, loader);
            new Supervisor(runPath, roots, gradeDir, syllabus.tests().size(), timeout).run();
            grade = Grade.of(syllabus, gradeDir.resolve("journal.jsonl"), timeout,
                    new SourceLines(chapterDir.resolve("src").resolve(sources).resolve("java")), words);
        }
        Syllabus syllabus = grade.syllabus();

        GradeJson.write(grade, gradeDir.resolve("grade.json"));
        GradescopeResults.write(grade, words, files, gradeDir.resolve("results.json"));

        PrintStream out = Terminal.out();
        out.print(GradeTable.render(grade, words));
        out.flush();

        List<String> problems = new ArrayList<>(check(grade, expect));
        if (expect.equals("full") && grade.compileErrors().isEmpty()) {
            // On the solutions, also prove that every known wrong answer is caught, with its hint.
            List<String> caught = new ArrayList<>();
            // A wrong answer is judged by its hint, not its speed: give it room on a busy machine.
            problems.addAll(MistakeCheck.run(chapterDir, syllabus, classpath(loader), classes, testClasses, gradeDir,
                    Math.max(timeout, 30), caught));
            out.println("  Known mistakes: " + caught.size() + " of " + MistakeCheck.read(chapterDir.resolve("src/test/mistakes")).size()
                    + " caught with their hints");
            out.flush();
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("course check (expect=" + expect + ") failed for chapter "
                    + syllabus.number() + ":\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * When the chapter's code or tests did not compile (Maven's compiler does not stop a chapter's
     * build), the grade of that: every test "did not run" and the compiler's first errors. Null when
     * all compiled.
     */
    static Grade compileFailure(Path chapterDir, String sources, Path classes, Path testClasses, List<String> classpath,
                                Path gradeDir, Messages words) {
        List<Path> mainRoots = List.of(chapterDir.resolve("src/main/java"), chapterDir.resolve("src").resolve(sources).resolve("java"));
        Path testRoot = chapterDir.resolve("src/test/java");
        boolean mainOk = CompileCheck.upToDate(mainRoots, classes);
        if (mainOk && CompileCheck.upToDate(List.of(testRoot), testClasses)) return null;
        List<String> cp = new ArrayList<>(classpath);
        if (mainOk) cp.add(0, classes.toString());
        List<String> errors = CompileCheck.errors(mainOk ? List.of(testRoot) : mainRoots, cp,
                gradeDir.resolve("compile-check"), chapterDir.getParent(), 5);
        if (errors.isEmpty()) return null; // stale timestamps, but it compiles: grade as usual
        return Grade.notCompiled(SourceSyllabus.read(testRoot), errors, mainOk, words);
    }

    /** What is wrong with the grade, given what the course check expects; empty when all is as expected. */
    static List<String> check(Grade grade, String expect) {
        List<String> problems = new ArrayList<>();
        switch (expect) {
            case "" -> { }
            case "full" -> {
                for (Grade.TestGrade t : grade.tests()) {
                    if (t.status() != Status.PASSED) {
                        problems.add(t.test().key() + " (exercise " + t.test().exercise() + ") " + t.status().words() + ": " + t.why());
                    }
                }
                for (Map<String, Object> other : grade.otherTests()) {
                    if (!"passed".equals(other.get("status"))) {
                        problems.add("ordinary test " + other.get("class") + "#" + other.get("method") + " "
                                + other.get("status") + ": " + other.get("message"));
                    }
                }
                if (grade.earned() != 100) problems.add("scored " + grade.earned() + " / " + grade.total() + ", not 100 / 100");
                if (!grade.runFinished()) problems.add("the test run did not finish");
            }
            case "none" -> {
                for (Grade.TestGrade t : grade.tests()) {
                    if (t.status() != Status.NOT_STARTED) {
                        problems.add(t.test().key() + " (exercise " + t.test().exercise() + ") is " + t.status().words()
                                + " on the untouched stubs: a graded test must fail there as not started"
                                + (t.why() == null ? "" : " (" + t.why() + ")"));
                    }
                }
                if (grade.earned() != 0) problems.add("scored " + grade.earned() + " on the stubs, not 0");
                if (!grade.runFinished()) problems.add("the test run did not finish");
            }
            default -> problems.add("unknown expectation '" + expect + "': use full or none");
        }
        return problems;
    }

    /** The classpath this report was started with (the chapter's test classpath), as file paths. */
    static List<String> classpath(ClassLoader loader) {
        List<String> out = new ArrayList<>();
        if (loader instanceof java.net.URLClassLoader urls) {
            for (java.net.URL url : urls.getURLs()) {
                try {
                    out.add(Paths.get(url.toURI()).toString());
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    throw new IllegalStateException("cannot use classpath entry " + url, e);
                }
            }
        }
        if (out.isEmpty()) out.addAll(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        return out;
    }
}
