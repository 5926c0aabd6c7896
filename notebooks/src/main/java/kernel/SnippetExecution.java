package kernel;

import java.io.File;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine, with two changes: the cells' classes live in a class
 * loader that sees only the JDK, the {@code %classpath} entries and {@link Notebook} (not the
 * kernel's own libraries), and the value of an expression is kept as an object, so an image can be
 * shown as an image rather than as its toString().
 *
 * <p>Stopping a runaway cell is JShell's own {@link LocalExecutionControl#stop()}: on JDK 17 it
 * stops the snippet's threads; from JDK 21 on it interrupts them and makes the cell's own
 * (instrumented) code throw at its next loop iteration or call.
 */
final class SnippetExecution implements ExecutionControlProvider {
    private final ClassLoader cellsParent = new ApiOnlyLoader();
    private volatile Control control;

    @Override
    public String name() {
        return "course-kernel";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        Loader loader = new Loader(cellsParent);
        control = new Control(loader);
        return control;
    }

    /** The engine of the session, once JShell has created it. */
    Control control() {
        return control;
    }

    /** The execution control: JShell's local one, remembering the last variable value it was asked for. */
    static final class Control extends LocalExecutionControl {
        private final Loader loader;
        private volatile Object lastValue;

        Control(Loader loader) {
            super(loader);
            this.loader = loader;
        }

        ClassLoader classLoader() {
            return loader.cells;
        }

        /** Called by {@code JShell.varValue}: keep the object itself before JShell turns it into text. */
        @Override
        public String varValue(String className, String varName)
                throws RunException, EngineTerminationException, InternalException {
            try {
                Field f = findClass(className).getDeclaredField(varName);
                f.setAccessible(true);
                lastValue = f.get(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                lastValue = null;
            }
            return super.varValue(className, varName);
        }

        /** The object behind the last {@code varValue} call (and forgets it). */
        Object takeLastValue() {
            Object v = lastValue;
            lastValue = null;
            return v;
        }
    }

    /** Like JShell's default loader delegate, but with a parent that hides the kernel's class path. */
    static final class Loader implements LoaderDelegate {
        final CellClassLoader cells;
        private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

        Loader(ClassLoader parent) {
            cells = new CellClassLoader(parent);
        }

        @Override
        public void load(ExecutionControl.ClassBytecodes[] cbcs) throws ExecutionControl.ClassInstallException {
            boolean[] loaded = new boolean[cbcs.length];
            try {
                for (ExecutionControl.ClassBytecodes cbc : cbcs) cells.declare(cbc.name(), cbc.bytecodes());
                for (int i = 0; i < cbcs.length; i++) {
                    Class<?> c = cells.loadClass(cbcs[i].name());
                    classes.put(cbcs[i].name(), c);
                    loaded[i] = true;
                    c.getDeclaredMethods(); // link it now, as JShell's own delegate does
                }
            } catch (Throwable e) {
                throw new ExecutionControl.ClassInstallException("load: " + e.getMessage(), loaded);
            }
        }

        @Override
        public void classesRedefined(ExecutionControl.ClassBytecodes[] cbcs) {
            for (ExecutionControl.ClassBytecodes cbc : cbcs) cells.declare(cbc.name(), cbc.bytecodes());
        }

        @Override
        public void addToClasspath(String path) throws ExecutionControl.InternalException {
            try {
                for (String p : path.split(File.pathSeparator)) {
                    if (!p.isEmpty()) cells.addURL(new File(p).toURI().toURL());
                }
            } catch (MalformedURLException e) {
                throw new ExecutionControl.InternalException(e.toString());
            }
        }

        @Override
        public Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> c = classes.get(name);
            if (c == null) throw new ClassNotFoundException(name + " not found");
            return c;
        }
    }

    /** Holds the cells' compiled classes and the {@code %classpath} entries. */
    static final class CellClassLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> declared = new ConcurrentHashMap<>();

        CellClassLoader(ClassLoader parent) {
            super("notebook-cells", new URL[0], parent);
        }

        void declare(String name, byte[] bytes) {
            declared.put(name, bytes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = declared.get(name);
            if (bytes == null) return super.findClass(name);
            return defineClass(name, bytes, 0, bytes.length, (CodeSource) null);
        }

        @Override
        public void addURL(URL url) {
            super.addURL(url);
        }
    }

    /** The JDK's classes, plus {@link Notebook} from the kernel's own loader (so display() reaches the kernel). */
    static final class ApiOnlyLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        ApiOnlyLoader() {
            super("notebook-api", ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(Notebook.class.getName())) return Notebook.class;
            return super.loadClass(name, resolve);
        }
    }
}
