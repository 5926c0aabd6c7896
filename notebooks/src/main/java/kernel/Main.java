package kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the course kernel: {@code java -cp ... kernel.Main [--time-limit=SECONDS] CONNECTION_FILE},
 * which is what kernel.json's argv runs. It only wires the parts together: the {@link Evaluator}
 * (JShell), the {@link CourseConnection} to Jupyter and the {@link CourseKernel} that answers it;
 * {@link KernelProcess} ends the JVM.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        KernelProcess.trace("main"); // starts the trace's clock
        Duration limit = null;
        Path connectionFile = null;
        for (String arg : args) {
            if (arg.equals("--warm-up")) {
                TrainingRun.run();
                System.exit(0);
            }
            if (arg.startsWith(TimeLimit.OPTION + "=")) {
                limit = TimeLimit.parseSeconds(arg.substring(TimeLimit.OPTION.length() + 1), TimeLimit.OPTION);
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg + " (the kernel knows --time-limit=SECONDS)");
            } else {
                connectionFile = Path.of(arg);
            }
        }
        if (limit == null) limit = TimeLimit.fromEnvironment(System.getenv());
        if (connectionFile == null) {
            System.err.println("usage: kernel.Main [--time-limit=SECONDS] CONNECTION_FILE   "
                    + "(Jupyter starts it through kernel.json)");
            System.exit(2);
        }

        // JShell starts (and warms up javac) while Jupyter and the kernel shake hands.
        Evaluator evaluator = new Evaluator(Path.of("").toAbsolutePath(), limit, null, true);
        KernelProcess.atEnd(evaluator::deleteApiDir);
        KernelProcess.trace("evaluator started");

        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        CourseConnection connection = new CourseConnection(properties);
        connection.bind();
        KernelProcess.trace("bound");
        CourseKernel kernel = new CourseKernel(evaluator, new CourseIO());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        KernelProcess.trace("connected");
        KernelProcess.exitWithParent();
        connection.waitUntilClose();
        KernelProcess.trace("connection closed");
        KernelProcess.end();
    }
}
