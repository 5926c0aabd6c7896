package kernel;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dflib.jjava.jupyter.channels.JupyterConnection;

/**
 * The kernel's JVM: its log (Jupyter's terminal) and its end. Every part of the kernel may write to
 * the log; this class knows none of them, so nothing depends on {@link Main} but the build.
 *
 * <p>The kernel is one JVM: JShell runs the cells in it, so nothing outlives it. It ends when
 * Jupyter asks it to shut down, and also when the process that started it (Jupyter) is gone.
 */
final class KernelProcess {
    /** The longest closing the connection may take before the kernel ends anyway. */
    static final long CLOSE_WAIT_MS = 500;

    private static final long STARTED = System.nanoTime();
    private static final boolean TRACE = System.getenv("COURSE_KERNEL_TRACE") != null;
    /** The JVM's own stderr: BaseKernel points System.err at the notebook while a cell runs. */
    private static final PrintStream LOG = System.err;
    /** What {@link #end()} does before it halts the JVM (which skips shutdown hooks and deleteOnExit). */
    private static final List<Runnable> AT_END = new CopyOnWriteArrayList<>();

    private KernelProcess() {}

    /** A line in the kernel's log (Jupyter's terminal). */
    static void log(String what) {
        LOG.println("[course-kernel] " + what);
    }

    /**
     * With COURSE_KERNEL_TRACE set, the kernel's log gets start-up timings, counted from this
     * class's first use (Main's first line).
     */
    static void trace(String what) {
        if (!TRACE) return;
        long ms = (System.nanoTime() - STARTED) / 1_000_000;
        LOG.println("[course-kernel] " + ms + " ms after main (clock " + (System.currentTimeMillis() % 100_000) + "): "
                + what);
    }

    /** Has {@link #end()} run this first, for example to delete a temporary folder. */
    static void atEnd(Runnable cleanUp) {
        AT_END.add(cleanUp);
    }

    /** Ends the JVM now, whatever threads a cell left running: nothing is left to save but the temporary files. */
    static void end() {
        for (Runnable cleanUp : AT_END) cleanUp.run();
        Runtime.getRuntime().halt(0);
    }

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
    static void exitWithParent() {
        String pid = System.getenv("JPY_PARENT_PID");
        Optional<ProcessHandle> parent;
        try {
            parent = pid != null && !pid.isBlank() ? ProcessHandle.of(Long.parseLong(pid.strip()))
                    : ProcessHandle.current().parent();
        } catch (NumberFormatException e) {
            parent = ProcessHandle.current().parent();
        }
        parent.filter(p -> p.pid() > 1).ifPresent(p -> p.onExit().thenRun(KernelProcess::end));
    }
}
