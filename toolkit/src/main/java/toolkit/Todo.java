package toolkit;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The one "not done yet" signal of the course. Every exercise stub throws it:
 *
 * <pre>{@code
 * public static int step(double z) {
 *     throw Todo.exercise("1.1", "return 1 when z > 0, else 0");
 * }
 * }</pre>
 *
 * Its message names the exercise and the file to edit; the grader reports it as "not started".
 * It carries that one line only, no stack trace: the message already says where to go, and a
 * notebook kernel that prints every exception's frames (JJava, IJava) has none of Todo's to print.
 */
public final class Todo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * What follows the exercise in every message: "Exercise 1.3 is not done yet: ...". The notebook
     * kernel finds the exercise by these words and writes them in its own notes ("... because
     * Exercise 1.3 is not done yet."), so the wording lives here only. A constant, because the
     * kernel compiles against it without the toolkit on its class path: javac copies a constant's
     * value into the classes that use it.
     */
    public static final String NOT_DONE = " is not done yet";

    /** How JShell names this class when a notebook cell throws it (the kernel's tests pin it to the real name). */
    public static final String CLASS_NAME = "toolkit.Todo";

    /** The last signal made in this JVM, for {@link Checks#notNull}: a notebook variable left null names its exercise. */
    private static volatile Todo last;

    private final String exercise;
    private final String file;
    private final String method;
    private final String task;
    private final String taskKorean;

    private Todo(String exercise, String file, String method, String task, String taskKorean) {
        super("Exercise " + exercise + NOT_DONE + ": " + task + ". Edit " + method + " in " + file, null, false, false);
        this.exercise = exercise;
        this.file = file;
        this.method = method;
        this.task = task;
        this.taskKorean = taskKorean;
    }

    /** The method to write, for example "step()". */
    public String method() {
        return method;
    }

    /** What to write, in a few words: "return 1 when z > 0, else 0". */
    public String task() {
        return task;
    }

    /** The task in Korean, for the grader's Korean table (-Dgrader.lang=ko); null when the stub gives none. */
    public String taskKorean() {
        return taskKorean;
    }

    /**
     * The signal for exercise {@code id}; {@code task} says in a few words what to write. The file
     * to edit is worked out from the calling class, so it can never be misnamed.
     */
    public static Todo exercise(String id, String task) {
        return exercise(id, task, null);
    }

    /** The same, with the task also in Korean ({@code taskKorean}), as the generated stubs give it. */
    public static Todo exercise(String id, String task, String taskKorean) {
        StackWalker.StackFrame stub = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.dropWhile(f -> f.getDeclaringClass() == Todo.class).findFirst())
                .orElseThrow(() -> new IllegalStateException("Todo.exercise must be called from an exercise stub"));
        String file = sourceFileOf(stub.getDeclaringClass());
        String at = stub.getLineNumber() > 0 ? file + ":" + stub.getLineNumber() : file;
        Todo todo = new Todo(id, at, stub.getMethodName() + "()", task, taskKorean);
        last = todo;
        return todo;
    }

    /** The signal made last in this JVM, or null when no stub has been reached. */
    public static Todo lastThrown() {
        return last;
    }

    /** The exercise id, for example "1.3". */
    public String exercise() {
        return exercise;
    }

    /** Where the stub is, for example "chapter01-perceptron/src/exercise/java/perceptron/Neuron.java:21". */
    public String file() {
        return file;
    }

    static String sourceFileOf(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) top = top.getEnclosingClass();
        String path = "src/exercise/java/" + top.getName().replace('.', '/') + ".java";
        String module = moduleDirectoryOf(top);
        return module == null ? path : module + "/" + path;
    }

    /** The chapter folder the class was compiled in (".../chapter01-perceptron/target/..."), if known. */
    private static String moduleDirectoryOf(Class<?> type) {
        try {
            URL location = type.getProtectionDomain().getCodeSource().getLocation();
            Path p = Paths.get(location.toURI());
            for (Path q = p; q != null && q.getParent() != null; q = q.getParent()) {
                if (q.getFileName().toString().equals("target")) {
                    return q.getParent().getFileName().toString();
                }
            }
        } catch (RuntimeException | java.net.URISyntaxException e) {
            // no code source (a notebook's snippet, say): the path inside the chapter is enough
        }
        return null;
    }
}
