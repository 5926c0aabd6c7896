package kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * Builds a session's JShell: its compiler sees only the JDK, {@link Notebook} (through the
 * {@link ApiFolder}) and what {@code %classpath} adds; it starts with the imports every notebook
 * may rely on; and, while no cell waits, it compiles one expression so that the first cell does
 * not pay for javac's warm-up.
 */
final class NotebookShell {
    /** The imports JShell, IJava and JJava all start with, so a notebook may rely on exactly these. */
    static final List<String> IMPORTS = List.of("java.util.*", "java.io.*", "java.math.*", "java.net.*",
            "java.util.concurrent.*", "java.util.prefs.*", "java.util.regex.*");

    /** Held while java.class.path is swapped: two sessions starting at once must not see each other's. */
    private static final Object CLASS_PATH_PROPERTY = new Object();

    private NotebookShell() {}

    /**
     * A started JShell running its snippets in {@code engine}, on this thread (whose context class
     * loader becomes the cells' loader).
     *
     * @param classpath   what earlier sessions' %classpath added (a replaced session keeps it)
     * @param cellWaiting true once a cell waits for the session: then the warm-up is skipped
     */
    static JShell start(SnippetExecution engine, Path apiDir, List<Path> classpath, BooleanSupplier cellWaiting) {
        JShell shell = build(engine, apiDir);
        KernelProcess.trace("JShell built");
        Thread.currentThread().setContextClassLoader(engine.control().classLoader());
        for (Path p : classpath) shell.addToClasspath(p.toString());
        for (String imp : IMPORTS) shell.eval("import " + imp + ";");
        shell.eval("import static " + Notebook.class.getName() + ".display;");
        KernelProcess.trace("imports done");
        // While nobody waits, compile and run one expression, so that the first cell does not pay
        // for warming up javac. A cell that is already waiting warms javac up itself.
        if (!cellWaiting.getAsBoolean()) {
            for (SnippetEvent e : shell.eval("\"warm\".length()")) shell.drop(e.snippet());
        }
        KernelProcess.trace("JShell ready");
        return shell;
    }

    /**
     * JShell starts its compiler's class path from the java.class.path property, which would show the
     * cells the kernel's own libraries at compile time (and then fail at run time): so the property
     * names only the API folder while JShell is built.
     */
    private static JShell build(SnippetExecution engine, Path apiDir) {
        synchronized (CLASS_PATH_PROPERTY) {
            String hostClassPath = System.getProperty("java.class.path");
            System.setProperty("java.class.path", apiDir.toString());
            try {
                JShell shell = JShell.builder().executionEngine(engine, Map.of()).build();
                shell.addToClasspath(apiDir.toString()); // makes the compiler take its class path from here on
                return shell;
            } finally {
                if (hostClassPath == null) System.clearProperty("java.class.path");
                else System.setProperty("java.class.path", hostClassPath);
            }
        }
    }
}
