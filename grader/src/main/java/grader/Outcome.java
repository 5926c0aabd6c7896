package grader;

import com.google.gson.annotations.SerializedName;
import grader.api.ExerciseFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import toolkit.Todo;

/**
 * How one test ended, classified for a student: its {@link Status}, JUnit's message, and what the
 * status needs to be explained. A failed {@code Expect} check brings its {@link Failure}; an
 * unfinished exercise its {@link NotDone}; a crash the exception's class; anything but a pass the
 * top stack frames, in which the report looks for the student's own line.
 */
record Outcome(Status status, String message, Failure failure, NotDone todo, String exception, List<Frame> frames) {

    /** What a failed check compared: "step(0.0)", expected "0", got "1", and the hint for that wrong answer. */
    record Failure(String checked, String expected, String actual, String hint,
                   @SerializedName("hint_ko") String hintKorean) {}

    /** The unfinished exercise a test reached: its id, the stub's file:line, the task (and in Korean) and the method to write. */
    record NotDone(String exercise, String file, String task, String method, @SerializedName("task_ko") String taskKorean) {
        /** The task in the grader's language: the Korean one when it speaks Korean and the stub has one. */
        String task(Messages words) {
            return words.korean() && taskKorean != null && !taskKorean.isEmpty() ? taskKorean : task;
        }
    }

    /** One stack frame, as the report needs it to find and show the student's line. */
    record Frame(@SerializedName("class") String className, String file, int line, String method) {}

    /** At most this many frames are kept: the student's code is near the top. */
    private static final int FRAMES = 64;

    static Outcome passed() {
        return new Outcome(Status.PASSED, null, null, null, null, List.of());
    }

    /** A test that JUnit left out, for {@code why}. */
    static Outcome didNotRun(String why) {
        return new Outcome(Status.DID_NOT_RUN, why, null, null, null, List.of());
    }

    /** A test that crashed outside any test code: the JVM died, or the whole run ran out of time. */
    static Outcome crashed(String why) {
        return new Outcome(Status.CRASHED, why, null, null, null, List.of());
    }

    /** JUnit's result of one test (or of a test class that could not start), classified. */
    static Outcome of(TestExecutionResult.Status result, Throwable thrown) {
        if (result == TestExecutionResult.Status.SUCCESSFUL) return passed();
        if (result == TestExecutionResult.Status.ABORTED) {
            return new Outcome(Status.DID_NOT_RUN, "aborted: " + message(thrown), null, null, null, frames(thrown));
        }
        Todo todo = findTodo(thrown);
        if (todo != null) {
            NotDone notDone = new NotDone(todo.exercise(), todo.file(), todo.task(), todo.method(), todo.taskKorean());
            return new Outcome(Status.NOT_STARTED, todo.getMessage(), null, notDone, null, List.of());
        }
        if (thrown instanceof ExerciseFailure f) {
            Failure failure = new Failure(f.checked(), f.expectedText(), f.actualText(), f.hint(), f.hintKorean());
            String message = f.checked() + ": expected " + f.expectedText() + ", got " + f.actualText();
            return new Outcome(Status.FAILED, message, failure, null, null, frames(thrown));
        }
        if (thrown instanceof TimeoutException) {
            Throwable where = thrown.getCause() != null ? thrown.getCause() : thrown;
            return new Outcome(Status.TIMED_OUT, message(thrown), null, null, thrown.getClass().getName(), frames(where));
        }
        if (thrown instanceof AssertionError) {
            return new Outcome(Status.FAILED, message(thrown), null, null, null, frames(thrown));
        }
        String exception = thrown == null ? null : thrown.getClass().getName();
        return new Outcome(Status.CRASHED, message(thrown), null, null, exception, frames(thrown));
    }

    /** True when the test JVM may be unfit for the next test: a thread left looping, or memory used up. */
    boolean leavesJvmUnfit(Throwable thrown) {
        return status == Status.TIMED_OUT || thrown instanceof VirtualMachineError;
    }

    private static Todo findTodo(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof Todo todo) return todo;
        }
        return null;
    }

    private static String message(Throwable t) {
        if (t == null) return "no exception recorded";
        String m = t.getMessage();
        String name = t.getClass().getSimpleName();
        if (t instanceof AssertionError && m != null) return m;
        return m == null ? name : name + ": " + m;
    }

    private static List<Frame> frames(Throwable t) {
        List<Frame> out = new ArrayList<>();
        if (t == null) return out;
        for (StackTraceElement e : t.getStackTrace()) {
            if (out.size() == FRAMES) break;
            out.add(new Frame(e.getClassName(), e.getFileName(), e.getLineNumber(), e.getMethodName()));
        }
        return out;
    }
}
