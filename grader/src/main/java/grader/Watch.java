package grader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
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
    private final Path chapterDir;
    private final String sources;
    private final int timeout;
    private final Messages words;
    private final PrintStream out;
    private final Path work;
    private final Path classes;
    private final Path testClasses;
    private final List<String> libraries;
    private final Syllabus syllabus;
    private Process worker;
    private BufferedReader workerOut;
    private Writer workerIn;
    private Grade last;
    private int shownExercise = -1;

    Watch(Path chapterDir, String sources, int timeout, List<String> classpath, Messages words, PrintStream out) {
        this.chapterDir = chapterDir;
        this.sources = sources;
        this.timeout = timeout;
        this.words = words;
        this.out = out;
        this.work = chapterDir.resolve("target/watch");
        this.classes = work.resolve("classes");
        this.testClasses = work.resolve("test-classes");
        Path target = chapterDir.resolve("target").toAbsolutePath();
        // The libraries (JUnit, grader, toolkit, ...), without the chapter's own Maven-built folders.
        this.libraries = classpath.stream().filter(p -> !Paths.get(p).toAbsolutePath().startsWith(target)).toList();
        this.syllabus = SourceSyllabus.read(chapterDir.resolve("src/test/java"));
    }

    public static void main(String[] args) throws Exception {
        Options opts = Options.parse(args, Set.of("chapter-dir", "sources", "timeout", "once", "no-keys", "watch"));
        Path chapter = Paths.get(opts.get("chapter-dir", "."));
        int timeout = opts.timeoutSeconds();
        Watch w = new Watch(chapter, opts.get("sources", "exercise"), timeout,
                GradeReport.classpath(Thread.currentThread().getContextClassLoader()), Messages.fromEnvironment(), Terminal.out());
        try {
            if (opts.flag("once")) {
                Grade g = w.compileAll() ? w.grade() : w.last;
                w.out.print(GradeTable.render(g, w.words));
                GradeJson.write(g, w.work.resolve("grade.json"));
            } else {
                w.loop(opts.flag("no-keys"));
            }
        } finally {
            w.stopWorker();
        }
    }

    /** Compiles everything into target/watch; false (and the compile-error table) when it does not compile. */
    boolean compileAll() throws IOException {
        deleteTree(work);
        Files.createDirectories(classes);
        List<Path> mainRoots = List.of(chapterDir.resolve("src/main/java"), chapterDir.resolve("src").resolve(sources).resolve("java"));
        List<String> errors = CompileCheck.errors(mainRoots, libraries, classes, chapterDir.toAbsolutePath().getParent(), 5);
        if (errors.isEmpty()) {
            List<String> cp = new ArrayList<>(libraries);
            cp.add(0, classes.toString());
            errors = CompileCheck.errors(List.of(chapterDir.resolve("src/test/java")), cp, testClasses,
                    chapterDir.toAbsolutePath().getParent(), 5);
            if (!errors.isEmpty()) {
                last = Grade.notCompiled(syllabus, errors, true, words);
                return false;
            }
            return true;
        }
        last = Grade.notCompiled(syllabus, errors, false, words);
        return false;
    }

    /** Recompiles only the changed files against the classes already built. */
    boolean compileChanged(List<Path> changed) {
        List<String> cp = new ArrayList<>(libraries);
        cp.add(0, classes.toString());
        List<String> errors = CompileCheck.compileFiles(changed, cp, classes, chapterDir.toAbsolutePath().getParent(), 5);
        if (errors.isEmpty()) return true;
        last = Grade.notCompiled(syllabus, errors, false, words);
        return false;
    }

    /** Runs every test in the warm worker (a fresh one after a timeout, an OutOfMemoryError or a death). */
    Grade grade() throws IOException {
        Path gradeDir = work.resolve("grade");
        Files.createDirectories(gradeDir);
        Path journal = gradeDir.resolve("journal.jsonl");
        Path skip = gradeDir.resolve("skip.txt");
        Files.deleteIfExists(journal);
        for (int attempt = 0; attempt < syllabus.tests().size() + 50; attempt++) {
            Files.write(skip, Supervisor.finishedTests(journal), StandardCharsets.UTF_8);
            ensureWorker();
            workerIn.write(WatchWorker.command(journal, skip, testClasses, List.of(classes, testClasses)) + "\n");
            workerIn.flush();
            String reply;
            while ((reply = workerOut.readLine()) != null && !reply.equals("DONE")) {
                // nothing else is written on this channel
            }
            if ("DONE".equals(reply)) break;
            // The worker ended mid-run: blame the test it was running, start a new one, go on.
            int code = waitForWorker();
            String culprit = Supervisor.runningTest(journal);
            if (culprit != null && code != TestRunner.RESTART) {
                Supervisor.recordCrash(journal, culprit, "the test JVM ended (exit code " + code
                        + ") while this test ran: does the code call System.exit or Runtime.halt?");
            }
        }
        last = Grade.of(syllabus, journal, timeout, new SourceLines(chapterDir.resolve("src").resolve(sources).resolve("java")), words);
        if (sources.equals("exercise")) Progress.record(chapterDir, last); // the student's own progress, never the reference's
        return last;
    }

    private void ensureWorker() throws IOException {
        if (worker != null && worker.isAlive()) return;
        Path javaBin = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(javaBin.toString(), "-Xmx384m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dgrader.timeout=" + timeout,
                "-cp", String.join(java.io.File.pathSeparator, libraries), WatchWorker.class.getName(),
                work.resolve("test-output.txt").toString()));
        worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        workerOut = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
        workerIn = new java.io.OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8);
        String ready = workerOut.readLine();
        if (!"READY".equals(ready)) throw new IOException("the watch's test JVM did not start");
    }

    private int waitForWorker() {
        try {
            if (!worker.waitFor(5, TimeUnit.SECONDS)) worker.destroyForcibly().waitFor();
            return worker.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            worker = null;
        }
    }

    void stopWorker() {
        if (worker != null) worker.destroyForcibly();
    }

    /** Watches, regrades on save, answers keys; returns on q. */
    void loop(boolean noKeys) throws Exception {
        Path watched = chapterDir.resolve("src").resolve(sources).resolve("java");
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
                        case 'h' -> out.print(Lessons.hint(last, chapterDir, words));
                        case 'n' -> {
                            shownExercise = Lessons.nextIndex(last, shownExercise);
                            out.print(Lessons.exercise(last, shownExercise, chapterDir, words));
                        }
                        case 'l' -> out.print(Progress.list(chapterDir, last, words));
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
        out.println("  " + words.get("watch.keys", chapterDir.toAbsolutePath().getFileName() + "/src/" + sources + "/java"));
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
