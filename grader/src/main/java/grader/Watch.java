package grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import toolkit.Terminal;

/**
 * Watch mode: regrades a chapter the moment a student saves a file.
 *
 * <p>It compiles the chapter once, in-process, into target/watch; then it watches
 * src/exercise/java (file events, with polling as a fallback). On every save it recompiles only the
 * changed files (javax.tools), runs the tests in a warm worker JVM on a fresh class loader (the
 * same runner, listener, statuses, hints and time limits as {@code mvn test}) and redraws the
 * grade table. Keys: h hint, n next exercise, l list, q quit. {@code --once} grades once and exits.
 */
public final class Watch {
    private final ChapterPaths chapter;
    private final int timeout;
    private final Messages words;
    private final PrintStream out;
    private final Path work;
    private final Path classes;
    private final Path testClasses;
    private final List<String> libraries;
    private final Syllabus syllabus;
    private final WarmJvm worker;
    private Grade last;
    private int shownExercise = -1;

    Watch(ChapterPaths chapter, int timeout, List<String> classpath, Messages words, PrintStream out) {
        this.chapter = chapter;
        this.timeout = timeout;
        this.words = words;
        this.out = out;
        this.work = chapter.watchDir();
        this.classes = work.resolve("classes");
        this.testClasses = work.resolve("test-classes");
        Path target = chapter.target().toAbsolutePath();
        // The libraries (JUnit, grader, toolkit, ...), without the chapter's own Maven-built folders.
        this.libraries = classpath.stream().filter(p -> !Paths.get(p).toAbsolutePath().startsWith(target)).toList();
        this.syllabus = Syllabus.read(List.of(chapter.testRoot()));
        this.worker = new WarmJvm(libraries, timeout, work.resolve("test-output.txt"));
    }

    public static void main(String[] args) throws Exception {
        Options opts = Options.parse(args, Set.of("chapter-dir", "sources", "timeout", "once", "no-keys", "watch"));
        ChapterPaths chapter = new ChapterPaths(Paths.get(opts.get("chapter-dir", ".")), opts.get("sources", "exercise"));
        Watch w = new Watch(chapter, opts.timeoutSeconds(), GradeReport.classpath(Thread.currentThread().getContextClassLoader()),
                Messages.fromEnvironment(), Terminal.out());
        try {
            if (opts.flag("once")) {
                Grade g = w.compileAll() ? w.grade() : w.last;
                w.out.print(GradeTable.render(g, w.words));
                GradeJson.write(g, w.work.resolve("grade.json"));
            } else {
                w.loop(opts.flag("no-keys"));
            }
        } finally {
            w.worker.close();
        }
    }

    /** Compiles everything into target/watch; false (and the compile-error table) when it does not compile. */
    boolean compileAll() throws IOException {
        deleteTree(work);
        Files.createDirectories(classes);
        Grade notCompiled = CompileCheck.chapter(chapter, libraries, classes, testClasses, syllabus, words);
        if (notCompiled != null) last = notCompiled;
        return notCompiled == null;
    }

    /** Recompiles only the changed files against the classes already built. */
    boolean compileChanged(List<Path> changed) {
        List<String> errors = CompileCheck.compileFiles(changed, withClasses(), classes, chapter.course(), 5);
        if (errors.isEmpty()) return true;
        last = Grade.notCompiled(syllabus, errors, false, words);
        return false;
    }

    private List<String> withClasses() {
        List<String> cp = new ArrayList<>(libraries);
        cp.add(0, classes.toString());
        return cp;
    }

    /** Runs every test in the warm worker (a fresh one after a timeout, an OutOfMemoryError or a death). */
    Grade grade() throws IOException {
        Journal journal = new Journal(work.resolve("grade").resolve("journal.jsonl"));
        journal.clear();
        TestJvm.runAll(worker.run(journal.file(), testClasses, List.of(classes, testClasses)), journal,
                syllabus.tests().size(), timeout);
        last = Grade.of(syllabus, journal, timeout, new SourceLines(chapter.sourceRoot()), words);
        if (chapter.studentCode()) Progress.record(chapter.dir(), last); // the student's own progress, never the reference's
        return last;
    }

    /** Watches, regrades on save, answers keys; returns on q. */
    void loop(boolean noKeys) throws Exception {
        Path watched = chapter.sourceRoot();
        Map<Path, Stamp> stamps = stamps(watched);
        long t0 = System.nanoTime();
        boolean ok = compileAll();
        show(ok ? grade() : last, "compiled and graded in " + millis(t0) + " ms");
        KeyReader keys = noKeys ? null : KeyReader.start();
        WatchService events = null;
        try {
            events = FileSystems.getDefault().newWatchService();
            for (Path dir : directories(watched)) {
                dir.register(events, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            events = null; // no file events here: polling below does the work
        }
        try {
            while (true) {
                if (events != null) {
                    var key = events.poll(100, TimeUnit.MILLISECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                    }
                } else {
                    Thread.sleep(150);
                }
                Map<Path, Stamp> now = stamps(watched);
                List<Path> changed = new ArrayList<>();
                for (Map.Entry<Path, Stamp> e : now.entrySet()) {
                    if (!e.getValue().equals(stamps.get(e.getKey()))) changed.add(e.getKey());
                }
                if (!changed.isEmpty()) {
                    stamps = now;
                    long saved = changed.stream().mapToLong(p -> now.get(p).millis()).max().orElse(System.currentTimeMillis());
                    long start = System.nanoTime();
                    Grade g = compileChanged(changed) ? grade() : last;
                    long latency = System.currentTimeMillis() - saved;
                    show(g, "saved " + names(changed) + ": graded in " + millis(start) + " ms");
                    Files.writeString(work.resolve("latency.log"), System.currentTimeMillis() + " " + latency + " "
                            + millis(start) + "\n", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                }
                Character k = keys == null ? null : keys.poll();
                if (k != null) {
                    switch (Character.toLowerCase(k)) {
                        case 'q' -> {
                            return;
                        }
                        case 'h' -> out.print(Lessons.hint(last, chapter.dir(), words));
                        case 'n' -> {
                            shownExercise = Lessons.nextIndex(last, shownExercise);
                            out.print(Lessons.exercise(last, shownExercise, chapter.dir(), words));
                        }
                        case 'l' -> out.print(Progress.list(chapter.dir(), last, words));
                        default -> { }
                    }
                    out.flush();
                }
            }
        } finally {
            if (keys != null) keys.restore();
        }
    }

    private void show(Grade g, String status) {
        out.print("\033[H\033[2J");
        out.print(GradeTable.render(g, words));
        out.println("  " + status);
        out.println("  " + words.get("watch.keys", chapter.dir().toAbsolutePath().getFileName() + "/src/" + chapter.sources() + "/java"));
        out.flush();
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** When a file was last written, and its size: an editor that saves twice in one millisecond still shows. */
    record Stamp(long millis, long size) {}

    private static Map<Path, Stamp> stamps(Path root) throws IOException {
        Map<Path, Stamp> out = new LinkedHashMap<>();
        for (Path p : CompileCheck.javaFiles(root)) out.put(p, new Stamp(Files.getLastModifiedTime(p).toMillis(), Files.size(p)));
        return out;
    }

    private static List<Path> directories(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            return s.filter(Files::isDirectory).toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
