package grader;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The warm test JVM of the watch mode. It waits on standard input for a line
 * {@code RUN <journal> <skip-file> <classes>...}: it loads those folders on a FRESH class loader
 * (so a recompiled class is the new one), runs their tests exactly as a grading run does, and
 * answers {@code DONE}. A test that times out or exhausts memory ends this JVM (exit
 * {@link TestRunner#RESTART}); the watch starts another and goes on.
 */
public final class WatchWorker {
    private WatchWorker() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // The protocol keeps the real standard output; whatever the tests print goes to a file.
        java.io.PrintStream protocol = System.out;
        java.io.PrintStream tests = new java.io.PrintStream(new CappedOutput(Paths.get(args[0])), true, StandardCharsets.UTF_8);
        System.setOut(tests);
        System.setErr(tests);
        protocol.println("READY");
        protocol.flush();
        for (String line; (line = in.readLine()) != null; ) {
            String[] parts = line.split("\t");
            if (!parts[0].equals("RUN") || parts.length < 5) continue;
            Path journal = Paths.get(parts[1]);
            Set<String> skip = new HashSet<>();
            if (Files.exists(Paths.get(parts[2]))) skip.addAll(Files.readAllLines(Paths.get(parts[2])));
            Set<Path> roots = Set.of(Paths.get(parts[3]));
            URL[] urls = new URL[parts.length - 3];
            for (int i = 3; i < parts.length; i++) urls[i - 3] = Paths.get(parts[i]).toUri().toURL();
            Thread me = Thread.currentThread();
            ClassLoader before = me.getContextClassLoader();
            try (URLClassLoader fresh = new URLClassLoader("watch", urls, WatchWorker.class.getClassLoader())) {
                me.setContextClassLoader(fresh);
                TestRunner.run(journal, skip, null, roots);
            } finally {
                me.setContextClassLoader(before);
            }
            protocol.println("DONE");
            protocol.flush();
        }
    }

    /** RUN journal skip testClasses classes...: the test classes are searched for tests; all are loaded fresh. */
    static String command(Path journal, Path skipFile, Path testClasses, List<Path> classes) {
        StringBuilder s = new StringBuilder("RUN\t").append(journal).append('\t').append(skipFile).append('\t').append(testClasses);
        for (Path r : classes) s.append('\t').append(r);
        return s.toString();
    }

    /** Appends to a file, keeping at most Supervisor.OUTPUT_CAP_BYTES; the rest is dropped. */
    static final class CappedOutput extends java.io.OutputStream {
        private final java.io.OutputStream out;
        private long written;

        CappedOutput(Path file) throws java.io.IOException {
            this.out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            if (written++ < Supervisor.OUTPUT_CAP_BYTES) out.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            long room = Supervisor.OUTPUT_CAP_BYTES - written;
            if (room > 0) out.write(b, off, (int) Math.min(room, len));
            written += len;
        }

        @Override
        public void flush() throws java.io.IOException {
            out.flush();
        }
    }
}
