package grader;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;

/**
 * The warm test JVM of the watch mode, started by {@link WarmJvm} through {@link TestJvm#command}:
 * {@code java -cp ... grader.WatchWorker --timeout=S --output=F}. It waits on standard input for a
 * line {@code RUN <journal> <skip-file> <classes>...}: it loads those folders on a FRESH class
 * loader (so a recompiled class is the new one), runs their tests exactly as a grading run does
 * ({@link TestRunner#run}), and answers {@code DONE}. A test that times out or exhausts memory ends
 * this JVM (exit {@link TestRunner#RESTART}); the watch starts another and goes on.
 */
public final class WatchWorker {
    private WatchWorker() {}

    public static void main(String[] args) throws Exception {
        Options opts = Options.parse(args, Set.of("timeout", "output"));
        int timeout = opts.timeoutSeconds();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // The protocol keeps the real standard output; whatever the tests print goes to a file.
        PrintStream protocol = System.out;
        CappedOutput output = new CappedOutput(Paths.get(opts.require("output")));
        PrintStream tests = new PrintStream(output, true, StandardCharsets.UTF_8);
        System.setOut(tests);
        System.setErr(tests);
        org.junit.platform.launcher.core.LauncherFactory.create(); // loads JUnit now, not at the first save
        protocol.println("READY");
        protocol.flush();
        for (String line; (line = in.readLine()) != null; ) {
            String[] parts = line.split("\t");
            if (!parts[0].equals("RUN") || parts.length < 5) continue;
            runFresh(parts, timeout);
            tests.flush();
            protocol.println("DONE");
            protocol.flush();
        }
        output.close();
    }

    /** RUN journal skip testClasses classes...: the test classes are searched for tests; all are loaded fresh. */
    static String command(Path journal, Path skipFile, Path testClasses, java.util.List<Path> classes) {
        StringBuilder s = new StringBuilder("RUN\t").append(journal).append('\t').append(skipFile).append('\t').append(testClasses);
        for (Path r : classes) s.append('\t').append(r);
        return s.toString();
    }

    private static void runFresh(String[] run, int timeout) throws Exception {
        Path journal = Paths.get(run[1]);
        Set<String> skip = TestRunner.lines(run[2]);
        Set<Path> roots = Set.of(Paths.get(run[3]));
        URL[] urls = new URL[run.length - 3];
        for (int i = 3; i < run.length; i++) urls[i - 3] = Paths.get(run[i]).toUri().toURL();
        Thread me = Thread.currentThread();
        ClassLoader before = me.getContextClassLoader();
        try (URLClassLoader fresh = new URLClassLoader("watch", urls, WatchWorker.class.getClassLoader())) {
            me.setContextClassLoader(fresh);
            TestRunner.run(new JournalListener(journal, null), skip, null, roots, timeout);
        } finally {
            me.setContextClassLoader(before);
        }
    }
}
