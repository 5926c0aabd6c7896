package kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.channels.JupyterConnection;

/**
 * The start-up archive's training run ({@code kernel.Main --warm-up}, started by {@link KernelSpec}
 * at build time): does what a lecture's first cells do (JShell's start, imports, an expression, an
 * image, a compile error, an exception) and binds the protocol's sockets, so that the JVM can
 * record the classes this loads in a class-data sharing archive or an AOT cache. The kernel then
 * starts faster.
 */
final class TrainingRun {
    private static final String[] CELLS = {
        "1 + 1",
        "import java.awt.image.BufferedImage;\nvar image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);\nimage",
        "{ display(image); }",
        "System.out.println(\"x = \" + Math.sqrt(2));",
        "int wrong = \"text\";",
        "Integer.parseInt(\"x\")",
    };

    private TrainingRun() {}

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("course-kernel-warm-up");
        try (Evaluator evaluator = new Evaluator(dir, Duration.ofSeconds(60))) {
            for (String cell : CELLS) {
                try {
                    evaluator.eval(cell, "warm-up", d -> {});
                } catch (CellError expected) {
                    // the compile error and the exception are part of the training
                }
            }
            // The protocol side too: bind the five sockets on the loopback interface, then close them.
            JupyterConnection connection = new CourseConnection(CourseConnection.onLoopback("warm-up"));
            new CourseKernel(evaluator, new CourseIO()).becomeHandlerForConnection(connection);
            connection.connect();
            connection.close();
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
