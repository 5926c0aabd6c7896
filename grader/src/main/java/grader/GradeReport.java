package grader;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import toolkit.Terminal;

/**
 * The last step of a chapter's {@code mvn test}: grades the chapter's code in test JVMs of their
 * own ({@link Supervisor}), prints the grade table, and writes {@code target/grade/grade.json} and
 * Gradescope's {@code target/grade/results.json}.
 *
 * <p>With {@code --hidden=DIR} an instructor's hidden tests are compiled and run too. With
 * {@code --submission=REPORT.json} (Gradescope's run_autograder, from {@link SubmittedFiles})
 * results.json also names the files that were graded, not submitted or ignored. The course check
 * ({@code -Dgrader.expect=...}) has its own entry point, {@link CourseCheck}, which grades the same way.
 */
public final class GradeReport {
    /** The options the pom passes to both entry points, set or not. */
    static final Set<String> OPTIONS =
            Set.of("chapter-dir", "classes", "test-classes", "sources", "expect", "timeout", "hidden", "submission");

    /** A chapter's grade, with what the course check needs to go on from it. */
    record GradedChapter(Grade grade, ChapterPaths chapter, List<String> classpath, Path classes, Path testClasses, int timeout) {}

    private GradeReport() {}

    public static void main(String[] args) throws IOException {
        Options opts = Options.parse(args, OPTIONS);
        if (!opts.get("expect", "").isEmpty()) {
            throw new IllegalArgumentException("--expect is the course check's option: run grader.CourseCheck (Maven does,"
                    + " with -Dgrader.expect=full|none)");
        }
        report(opts);
    }

    /** Grades the chapter the options name, prints its table and writes its JSON files. */
    static GradedChapter report(Options opts) throws IOException {
        GradedChapter graded = grade(opts);
        Grade grade = graded.grade();
        Messages words = Messages.fromEnvironment();
        String submission = opts.get("submission", "");
        SubmittedFiles.Report files = submission.isBlank() ? null : SubmittedFiles.Report.read(Paths.get(submission));
        Path gradeDir = graded.chapter().gradeDir();
        GradeJson.write(grade, gradeDir.resolve("grade.json"));
        GradescopeResults.write(grade, words, files, gradeDir.resolve("results.json"));
        PrintStream out = Terminal.out();
        out.print(GradeTable.render(grade, words));
        out.flush();
        return graded;
    }

    private static GradedChapter grade(Options opts) throws IOException {
        ChapterPaths chapter = new ChapterPaths(Paths.get(opts.require("chapter-dir")), opts.get("sources", "exercise"));
        Path classes = Paths.get(opts.require("classes"));
        Path testClasses = Paths.get(opts.require("test-classes"));
        int timeout = opts.timeoutSeconds();
        Messages words = Messages.fromEnvironment();
        Files.createDirectories(chapter.gradeDir());
        List<String> classpath = classpath(Thread.currentThread().getContextClassLoader());
        Grade notCompiled = compileFailure(chapter, classes, testClasses, classpath, words);
        if (notCompiled != null) return new GradedChapter(notCompiled, chapter, classpath, classes, testClasses, timeout);
        List<Path> testRoots = new ArrayList<>(List.of(testClasses));
        List<Path> testSources = new ArrayList<>(List.of(chapter.testRoot()));
        List<String> runPath = new ArrayList<>(classpath);
        String hidden = opts.get("hidden", "");
        if (!hidden.isBlank()) {
            // An instructor's hidden tests: compiled now, against the chapter's tests and the student's code.
            Path hiddenClasses = chapter.gradeDir().resolve("hidden-classes");
            List<String> errors = CompileCheck.errors(List.of(Paths.get(hidden)), runPath, hiddenClasses, null, 5);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the hidden tests in " + hidden + " do not compile:\n  " + String.join("\n  ", errors));
            }
            testRoots.add(hiddenClasses);
            testSources.add(Paths.get(hidden));
            runPath.add(hiddenClasses.toString());
        }
        Syllabus syllabus = Syllabus.read(testSources);
        Supervisor run = new Supervisor(runPath, testRoots, chapter.gradeDir(), syllabus.tests().size(), timeout);
        run.run();
        Grade grade = Grade.of(syllabus, run.journal(), timeout, new SourceLines(chapter.sourceRoot()), words);
        return new GradedChapter(grade, chapter, runPath, classes, testClasses, timeout);
    }

    /**
     * When the chapter's code or tests did not compile (Maven's compiler does not stop a chapter's
     * build), the grade of that: every test "did not run" and the compiler's first errors. Null when
     * all compiled.
     */
    static Grade compileFailure(ChapterPaths chapter, Path classes, Path testClasses, List<String> classpath, Messages words) {
        if (CompileCheck.upToDate(chapter.mainRoots(), classes) && CompileCheck.upToDate(List.of(chapter.testRoot()), testClasses)) {
            return null;
        }
        // Stale or missing classes: compile again, aside, to collect the compiler's errors.
        List<String> libraries = classpath.stream().filter(p -> !p.equals(classes.toString()) && !p.equals(testClasses.toString())).toList();
        Path aside = chapter.gradeDir().resolve("compile-check");
        return CompileCheck.chapter(chapter, libraries, aside.resolve("classes"), aside.resolve("test-classes"),
                Syllabus.read(List.of(chapter.testRoot())), words);
    }

    /** The classpath this report was started with (the chapter's test classpath), as file paths. */
    static List<String> classpath(ClassLoader loader) {
        List<String> out = new ArrayList<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                try {
                    out.add(Paths.get(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new IllegalStateException("cannot use classpath entry " + url, e);
                }
            }
        }
        if (out.isEmpty()) out.addAll(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        return out;
    }
}
