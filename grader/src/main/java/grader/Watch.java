package grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import toolkit.Terminal;

/**
 * Watch mode: regrades a chapter the moment a student saves a file.
 *
 * <p>It compiles the chapter once, in-process, into target/watch; then it watches
 * src/exercise/java (file events, with polling as a fallback). When a save has settled
 * ({@link Saves}: an empty, half-written file is never graded) it recompiles the changed files
 * (javax.tools), runs the tests in a warm worker JVM on a fresh class loader (the same runner,
 * listener, statuses, hints and time limits as {@code mvn test}) and redraws the grade table.
 * The regrade runs beside the watch ({@link Regrade}): while it runs one line says what it grades,
 * and a newer save cancels it and grades the new code. Keys: h hint, n next exercise, l list, q
 * quit. {@code --once} grades once and exits.
 */
public final class Watch {
    /** A file that ends mid-way ("reached end of file while parsing") is given this long to be written whole. */
    static final long TRUNCATED_SETTLE_MILLIS = 1000;
    private static final String TRUNCATED = "reached end of file while parsing";

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
    /** Files whose last compile failed, and whether everything must be compiled again: the next regrade includes them. */
    private final Set<Path> uncompiled = new LinkedHashSet<>();
    private volatile boolean compileEverything = true;
    private volatile Grade last;
    private int shownExercise = -1;
    /** The keys line under the table: with "then Enter" where keys come a line at a time. */
    private String keysFooter = "watch.keys";

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
                Grade g = w.compileAll() == null ? w.grade(() -> false) : w.last;
                w.out.print(GradeTable.render(g, w.words));
                GradeJson.write(g, w.work.resolve("grade.json"));
            } else {
                w.loop(opts.flag("no-keys") ? KeyReader.none() : KeyReader.start());
            }
        } finally {
            w.worker.close();
        }
    }

    /** Compiles everything afresh into target/watch; the compile-error grade when it does not compile, else null. */
    Grade compileAll() throws IOException {
        deleteTree(classes);
        deleteTree(testClasses);
        Files.createDirectories(classes);
        Grade notCompiled = CompileCheck.chapter(chapter, libraries, classes, testClasses, syllabus, words);
        if (notCompiled != null) last = notCompiled;
        compileEverything = notCompiled != null; // half-built classes: the next save compiles everything again
        return notCompiled;
    }

    /** Recompiles only the changed files against the classes already built; as {@link #compileAll}. */
    Grade compileChanged(List<Path> changed) {
        List<String> cp = new ArrayList<>(libraries);
        cp.add(0, classes.toString());
        List<String> errors = CompileCheck.compileFiles(changed, cp, classes, chapter.course(), 5);
        return errors.isEmpty() ? null : Grade.notCompiled(syllabus, errors, false, words);
    }

    /** Runs every test in the warm worker (a fresh one after a timeout, an OutOfMemoryError or a death). */
    Grade grade(BooleanSupplier cancelled) throws IOException {
        Journal journal = new Journal(journalFile());
        journal.clear();
        TestJvm.runAll(worker.run(journal, syllabus, words, testClasses, List.of(classes, testClasses), cancelled), journal,
                syllabus.tests().size(), timeout);
        if (cancelled.getAsBoolean()) throw new CancellationException("a newer save replaced this run");
        Grade g = Grade.of(syllabus, journal, timeout, new SourceLines(chapter.sourceRoot()), words);
        if (chapter.studentCode()) Progress.record(chapter.dir(), g); // the student's own progress, never the reference's
        return g;
    }

    private Path journalFile() {
        return work.resolve("grade").resolve("journal.jsonl");
    }

    /**
     * One regrade, on its own thread: compiles what changed (with what failed to compile before),
     * and grades. Classes older than their source are never graded: then everything is compiled
     * afresh. A file cut off mid-way is given {@link #TRUNCATED_SETTLE_MILLIS} before its compile
     * errors are shown (a newer save cancels this wait, as it cancels the tests).
     */
    private Grade regrade(Regrade r) throws IOException {
        List<Path> files = Saves.union(r.files, List.copyOf(uncompiled));
        Grade notCompiled = r.everything || compileEverything ? compileAll() : compileChanged(files);
        if (notCompiled == null && !CompileCheck.upToDate(List.of(chapter.sourceRoot()), classes)) notCompiled = compileAll();
        if (notCompiled == null) {
            uncompiled.clear();
            r.checkNotCancelled();
            return grade(r::cancelled);
        }
        uncompiled.addAll(files);
        if (String.join("\n", notCompiled.compileErrors()).contains(TRUNCATED)) {
            while (System.currentTimeMillis() - newest(files) < TRUNCATED_SETTLE_MILLIS) {
                r.checkNotCancelled();
                sleep(50);
            }
        }
        r.checkNotCancelled();
        return notCompiled;
    }

    /** Watches, regrades on save, answers keys; returns on q. */
    void loop(KeyReader keys) throws Exception {
        worker.skipAfterALoop();
        keysFooter = keys.lineMode() ? "watch.keys.enter" : "watch.keys";
        Saves saves = new Saves(chapter.sourceRoot());
        WatchService events = fileEvents();
        Regrade running = Regrade.start(List.of(), true, -1, journalFile(), this::regrade);
        StatusLine status = new StatusLine(out, System.console() != null);
        List<Path> shownEmpty = List.of();
        try {
            while (true) {
                if (events != null) {
                    var key = events.poll(50, TimeUnit.MILLISECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                    }
                } else {
                    Thread.sleep(50);
                }
                Saves.Found found = saves.poll();
                if (found instanceof Saves.Unsettled u && !u.empty().isEmpty() && !u.empty().equals(shownEmpty)) {
                    status.print(words.get("watch.empty", Regrade.names(u.empty())));
                    status.end();
                }
                shownEmpty = found instanceof Saves.Unsettled u ? u.empty() : List.of();
                if (found instanceof Saves.Settled s) {
                    List<Path> files = s.changed();
                    boolean everything = s.removed();
                    if (running != null && !running.done()) {
                        running.cancel();
                        files = Saves.union(files, running.files); // what it had not yet compiled, compiled now
                        everything |= running.everything;
                    }
                    status.end();
                    running = Regrade.start(files, everything, s.savedAtMillis(), journalFile(), this::regrade);
                }
                if (running != null && running.done()) {
                    finish(running);
                    running = null;
                    status.reset();
                } else if (running != null && running.elapsedMillis() > 300) {
                    status.print(running.statusLine(syllabus, words));
                }
                Character k = keys.poll();
                if (k != null) {
                    status.end();
                    if (!answer(k)) return;
                }
            }
        } finally {
            if (running != null) running.cancel();
            keys.restore();
        }
    }

    /** Shows a finished regrade's table, or why it failed. */
    private void finish(Regrade r) throws IOException {
        Grade g = r.grade();
        if (g == null) {
            if (r.failure() != null) {
                out.println("  " + words.get("watch.failed", Messages.oneLine(String.valueOf(r.failure().getMessage()))));
                out.flush();
            }
            return;
        }
        last = g;
        boolean initial = r.savedAtMillis < 0;
        show(g, initial ? words.get("watch.first", String.valueOf(r.elapsedMillis()))
                : words.get("watch.graded", r.everything ? words.get("watch.grading.all") : Regrade.names(r.files), String.valueOf(r.elapsedMillis())));
        if (!initial) {
            long latency = System.currentTimeMillis() - r.savedAtMillis;
            Files.writeString(work.resolve("latency.log"), System.currentTimeMillis() + " " + latency + " " + r.elapsedMillis()
                    + " " + g.earned() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Answers one key; false on q. */
    private boolean answer(char key) {
        if (last == null) return Character.toLowerCase(key) != 'q';
        switch (Character.toLowerCase(key)) {
            case 'q' -> {
                return false;
            }
            case 'h' -> {
                int first = Lessons.firstUnfinished(last);
                if (first < 0) {
                    out.print("\n  " + words.get("all_passed") + "\n");
                } else {
                    shownExercise = first; // n goes on from here
                    out.print(Lessons.exercise(last, first, chapter.dir(), words));
                }
            }
            case 'n' -> {
                shownExercise = Lessons.nextIndex(last, shownExercise);
                out.print(Lessons.exercise(last, shownExercise, chapter.dir(), words));
            }
            case 'l' -> out.print(Progress.list(chapter.dir(), last, words));
            default -> { }
        }
        out.flush();
        return true;
    }

    private void show(Grade g, String status) {
        out.print("\033[H\033[2J");
        out.print(GradeTable.render(g, words));
        out.println("  " + status);
        if (!g.compileErrors().isEmpty()) out.println("  " + words.get("watch.compile_again"));
        String folder = chapter.dir().toAbsolutePath().getFileName() + "/src/" + chapter.sources() + "/java";
        out.println("  " + words.get(keysFooter == null ? "watch.keys" : keysFooter, folder));
        out.flush();
    }

    private WatchService fileEvents() {
        try {
            WatchService events = FileSystems.getDefault().newWatchService();
            for (Path dir : Saves.directories(chapter.sourceRoot())) {
                dir.register(events, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            return events;
        } catch (IOException | UnsupportedOperationException e) {
            return null; // no file events here: polling does the work
        }
    }

    private static long newest(List<Path> files) {
        long newest = 0;
        for (Path p : files) {
            try {
                newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                // gone: a newer save will say so
            }
        }
        return newest;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
