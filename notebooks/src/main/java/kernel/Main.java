package kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the course kernel: {@code java -cp ... kernel.Main [--time-limit=SECONDS] CONNECTION_FILE},
 * which is what kernel.json's argv runs.
 *
 * <p>The kernel is one JVM: JShell runs the cells in it, so nothing outlives it. It exits when
 * Jupyter asks it to shut down, and also when the process that started it (Jupyter) is gone.
 */
public final class Main {
    /** Per-cell time limit in seconds, when the kernel's --time-limit option does not give one. */
    public static final String TIME_LIMIT_ENV = "COURSE_KERNEL_TIME_LIMIT";

    private Main() {}

    public static void main(String[] args) throws Exception {
        Duration limit = null;
        Path connectionFile = null;
        for (String arg : args) {
            if (arg.equals("--warm-up")) {
                warmUp();
                System.exit(0);
            }
            if (arg.startsWith("--time-limit=")) limit = parseSeconds(arg.substring("--time-limit=".length()), "--time-limit");
            else if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg + " (the kernel knows --time-limit=SECONDS)");
            else connectionFile = Path.of(arg);
        }
        if (limit == null) limit = fromEnvironment(System.getenv());
        if (connectionFile == null) {
            System.err.println("usage: kernel.Main [--time-limit=SECONDS] CONNECTION_FILE   (Jupyter starts it through kernel.json)");
            System.exit(2);
        }

        // JShell starts (and warms up javac) while Jupyter and the kernel shake hands.
        Evaluator evaluator = new Evaluator(Path.of("").toAbsolutePath(), limit, null, true);
        running = evaluator;
        trace("evaluator started");

        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        CourseConnection connection = new CourseConnection(properties);
        connection.bind();
        trace("bound");
        CourseKernel kernel = new CourseKernel(evaluator, new CourseIO());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        trace("connected");
        exitWithParent();
        connection.waitUntilClose();
        trace("connection closed");
        end();
    }

    /** The kernel's evaluator, for {@link #end}. */
    private static volatile Evaluator running;

    /** Ends the JVM now, whatever threads a cell left running: nothing is left to save but the temporary files. */
    static void end() {
        Evaluator evaluator = running;
        if (evaluator != null) evaluator.deleteApiDir();
        Runtime.getRuntime().halt(0);
    }

    private static final long STARTED = System.nanoTime();
    private static final boolean TRACE = System.getenv("COURSE_KERNEL_TRACE") != null;
    /** The JVM's own stderr: BaseKernel points System.err at the notebook while a cell runs. */
    private static final java.io.PrintStream LOG = System.err;

    /** A line in the kernel's log (Jupyter's terminal). */
    static void log(String what) {
        LOG.println("[course-kernel] " + what);
    }

    /** With COURSE_KERNEL_TRACE set, the kernel's log (Jupyter's terminal) gets start-up timings. */
    static void trace(String what) {
        if (!TRACE) return;
        long ms = (System.nanoTime() - STARTED) / 1_000_000;
        LOG.println("[course-kernel] " + ms + " ms after main (clock " + (System.currentTimeMillis() % 100_000) + "): " + what);
    }

    /**
     * Runs what a lecture's first cells do (JShell's start, imports, an expression, an image, a
     * compile error, an exception) so the build can record the classes it loads in a class-data
     * sharing archive ({@code -XX:ArchiveClassesAtExit}): the kernel then starts faster.
     */
    static void warmUp() throws Exception {
        Path dir = Files.createTempDirectory("course-kernel-warm-up");
        try (Evaluator evaluator = new Evaluator(dir, Duration.ofSeconds(60))) {
            String[] cells = {
                "1 + 1",
                "import java.awt.image.BufferedImage;\nvar image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);\nimage",
                "{ display(image); }",
                "System.out.println(\"x = \" + Math.sqrt(2));",
                "int wrong = \"text\";",
                "Integer.parseInt(\"x\")",
            };
            for (String cell : cells) {
                try {
                    evaluator.eval(cell, "warm-up", d -> {});
                } catch (CellError expected) {
                    // the compile error and the exception are part of the warm-up
                }
            }
            // The protocol side too: bind the five sockets on the loopback interface, then close them.
            int[] ports = freeLoopbackPorts(5);
            KernelConnectionProperties properties = KernelConnectionProperties.parse("{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", "
                    + "\"signature_scheme\": \"hmac-sha256\", \"key\": \"warm-up\", \"control_port\": " + ports[0]
                    + ", \"shell_port\": " + ports[1] + ", \"stdin_port\": " + ports[2] + ", \"hb_port\": " + ports[3]
                    + ", \"iopub_port\": " + ports[4] + "}");
            JupyterConnection connection = new CourseConnection(properties);
            new CourseKernel(evaluator, new CourseIO()).becomeHandlerForConnection(connection);
            connection.connect();
            connection.close();
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static int[] freeLoopbackPorts(int n) throws java.io.IOException {
        int[] ports = new int[n];
        java.net.ServerSocket[] sockets = new java.net.ServerSocket[n];
        try {
            for (int i = 0; i < n; i++) {
                sockets[i] = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (java.net.ServerSocket s : sockets) {
                if (s != null) s.close();
            }
        }
        return ports;
    }

    static Duration fromEnvironment(Map<String, String> env) {
        String value = env.get(TIME_LIMIT_ENV);
        return value == null || value.isBlank() ? null : parseSeconds(value.strip(), TIME_LIMIT_ENV);
    }

    static Duration parseSeconds(String value, String what) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0) || Double.isInfinite(seconds)) throw new NumberFormatException();
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number of seconds (0 for no limit), not \"" + value + "\"");
        }
    }

    /** The longest closing the connection may take before the kernel ends anyway. */
    static final long CLOSE_WAIT_MS = 500;

    /**
     * After a shutdown request (its reply is on its way): closes the connection, which lets the reply
     * leave and ends ZeroMQ's threads, then ends the JVM whatever else runs. Quickly, because Jupyter
     * checks after 0.1 s whether the kernel has ended and otherwise sends SIGTERM and then SIGKILL,
     * 0.1 s apart; and the JVM's own exit waits up to 0.3 s for threads that sit in a system call,
     * as ZeroMQ's do until their sockets are closed.
     */
    static void exitSoon(JupyterConnection connection) {
        trace("shutdown requested");
        Thread t = new Thread(() -> {
            Thread closer = new Thread(connection::close, "kernel-close");
            closer.setDaemon(true);
            closer.start();
            try {
                closer.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                // exit now
            }
            trace("exit");
            end();
        }, "kernel-exit");
        t.setDaemon(true);
        t.start();
    }

    /** Jupyter gives its pid in JPY_PARENT_PID; if that process dies without a shutdown request, so does the kernel. */
    private static void exitWithParent() {
        String pid = System.getenv("JPY_PARENT_PID");
        java.util.Optional<ProcessHandle> parent;
        try {
            parent = pid != null && !pid.isBlank() ? ProcessHandle.of(Long.parseLong(pid.strip())) : ProcessHandle.current().parent();
        } catch (NumberFormatException e) {
            parent = ProcessHandle.current().parent();
        }
        parent.filter(p -> p.pid() > 1).ifPresent(p -> p.onExit().thenRun(Main::end));
    }
}
