package kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A temporary folder that holds only {@code kernel/Notebook.class}: the class path JShell's
 * compiler gets instead of the kernel's own, so that the cells can {@code import static
 * kernel.Notebook.display} and see nothing else of the kernel.
 */
final class ApiFolder {
    private static final AtomicInteger MADE = new AtomicInteger();

    private ApiFolder() {}

    /** Makes a new folder; it is deleted at the JVM's normal exit, or by {@link #delete}. */
    static Path create() {
        try {
            Path dir;
            try {
                // Named after the process: Files.createTempDirectory would seed a SecureRandom first,
                // tens of ms at the kernel's start. createDirectory fails if the name is taken.
                dir = Files.createDirectory(Path.of(System.getProperty("java.io.tmpdir"),
                        "course-kernel-api-" + ProcessHandle.current().pid() + "-" + MADE.incrementAndGet()));
            } catch (IOException taken) {
                dir = Files.createTempDirectory("course-kernel-api");
            }
            Path target = classFile(dir);
            Files.createDirectories(target.getParent());
            try (InputStream in = Notebook.class.getResourceAsStream("Notebook.class")) {
                if (in == null) throw new IOException("kernel/Notebook.class is not on the class path");
                Files.copy(in, target);
            }
            // deleteOnExit deletes in the reverse order: the file, then its folders
            dir.toFile().deleteOnExit();
            target.getParent().toFile().deleteOnExit();
            target.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the notebook API for JShell", e);
        }
    }

    /** Deletes a folder {@link #create} made (for a kernel that ends with Runtime.halt, which skips deleteOnExit). */
    static void delete(Path dir) {
        try {
            Files.deleteIfExists(classFile(dir));
            Files.deleteIfExists(classFile(dir).getParent());
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp folder; deleteOnExit tries again
        }
    }

    private static Path classFile(Path dir) {
        return dir.resolve("kernel").resolve("Notebook.class");
    }
}
