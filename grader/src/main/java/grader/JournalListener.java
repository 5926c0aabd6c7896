package grader;

import grader.api.ExerciseFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Runs inside the test JVM and appends one JSON line per finished test to the journal. Each line
 * is flushed as the test ends, so the results so far survive a JVM that dies later. The grade
 * report, in the parent JVM, reads the journal. In a grading run each line is sealed
 * ({@link JournalSeal}), so that the supervisor keeps only the lines this listener wrote.
 */
public final class JournalListener implements TestExecutionListener {
    private final Path file;
    private final JournalSeal seal;
    private Writer journal;
    private final Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();

    /** A journal of plain JSON lines (the watch mode's, which no supervisor checks). */
    public JournalListener(Path file) {
        this(file, null);
    }

    /** A journal whose every line is sealed with {@code seal} (null: plain lines). */
    JournalListener(Path file, JournalSeal seal) {
        this.file = file;
        this.seal = seal;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            journal = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the grade journal " + file, e);
        }
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("event", "start");
        start.put("java", System.getProperty("java.version"));
        write(start);
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (journal == null) return;
        Map<String, Object> line = identify(id);
        if (line == null) return;
        line.put("event", id.isTest() ? "result" : "container");
        line.put("status", "did_not_run");
        line.put("message", "skipped: " + reason);
        write(line);
    }

    /** Set when a test ended in a way that may leave the JVM unfit (a looping thread, exhausted memory). */
    private volatile boolean restartNeeded;

    @Override
    public void executionStarted(TestIdentifier id) {
        if (journal == null || !id.isTest()) return;
        started.put(id.getUniqueId(), System.nanoTime());
        Map<String, Object> line = identify(id);
        if (line == null) return;
        line.put("event", "started"); // if the JVM dies now, the supervisor knows which test did it
        write(line);
    }

    /** True once a test timed out or ran out of memory: the rest should run in a fresh JVM. */
    public boolean restartNeeded() {
        return restartNeeded;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (journal == null) return;
        Long t0 = started.remove(id.getUniqueId());
        Map<String, Object> line = identify(id);
        if (line == null) return;
        if (id.isTest()) {
            line.put("event", "result");
        } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            line.put("event", "container"); // a test class that could not start: its tests never ran
        } else {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        Outcome outcome = Outcome.of(result.getStatus(), thrown);
        line.putAll(outcome.toJson());
        if (t0 != null) line.put("seconds", (System.nanoTime() - t0) / 1e9);
        write(line);
        if (outcome.status().equals("timed_out") || thrown instanceof VirtualMachineError) restartNeeded = true;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (journal == null) return;
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("event", "end");
        write(end);
        try {
            journal.close();
        } catch (IOException ignored) {
            // the lines are already flushed
        }
        journal = null;
    }

    private static Map<String, Object> identify(TestIdentifier id) {
        TestSource source = id.getSource().orElse(null);
        Map<String, Object> line = new LinkedHashMap<>();
        if (source instanceof MethodSource m) {
            line.put("class", m.getClassName());
            line.put("method", m.getMethodName());
        } else if (source instanceof ClassSource c) {
            line.put("class", c.getClassName());
        } else {
            return null;
        }
        line.put("name", id.getDisplayName());
        return line;
    }

    private synchronized void write(Map<String, Object> line) {
        try {
            String json = Json.write(line);
            journal.write(seal == null ? json : seal.seal(json));
            journal.write('\n');
            journal.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the grade journal", e);
        }
    }

    /** How one test ended, classified for a student. */
    record Outcome(String status, String message, String checked, String expected, String actual,
                   String hint, String todoExercise, String todoFile, String exception, List<List<Object>> frames,
                   Map<String, Object> extra) {

        Outcome(String status, String message, String checked, String expected, String actual,
                String hint, String todoExercise, String todoFile, String exception, List<List<Object>> frames) {
            this(status, message, checked, expected, actual, hint, todoExercise, todoFile, exception, frames, Map.of());
        }

        static Outcome of(TestExecutionResult.Status status, Throwable thrown) {
            if (status == TestExecutionResult.Status.SUCCESSFUL) {
                return new Outcome("passed", null, null, null, null, null, null, null, null, List.of());
            }
            if (status == TestExecutionResult.Status.ABORTED) {
                return new Outcome("did_not_run", "aborted: " + message(thrown), null, null, null, null, null, null,
                        null, frames(thrown));
            }
            toolkit.Todo todo = findTodo(thrown);
            if (todo != null) {
                return new Outcome("not_started", todo.getMessage(), null, null, null, null, todo.exercise(),
                        todo.file(), null, List.of(), Map.of("todoTask", todo.task(), "todoMethod", todo.method()));
            }
            if (thrown instanceof ExerciseFailure f) {
                return new Outcome("failed", f.checked() + ": expected " + f.expectedText() + ", got " + f.actualText(),
                        f.checked(), f.expectedText(), f.actualText(), f.hint(), null, null, null, frames(thrown),
                        f.hintKorean() == null ? Map.of() : Map.of("hint_ko", f.hintKorean()));
            }
            if (thrown instanceof java.util.concurrent.TimeoutException) {
                Throwable where = thrown.getCause() != null ? thrown.getCause() : thrown;
                return new Outcome("timed_out", message(thrown), null, null, null, null, null, null,
                        thrown.getClass().getName(), frames(where));
            }
            if (thrown instanceof AssertionError) {
                return new Outcome("failed", message(thrown), null, null, null, null, null, null, null, frames(thrown));
            }
            return new Outcome("crashed", message(thrown), null, null, null, null, null, null,
                    thrown == null ? null : thrown.getClass().getName(), frames(thrown));
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status);
            if (message != null) m.put("message", message);
            if (checked != null) m.put("checked", checked);
            if (expected != null) m.put("expected", expected);
            if (actual != null) m.put("actual", actual);
            if (hint != null) m.put("hint", hint);
            if (todoExercise != null) m.put("todoExercise", todoExercise);
            if (todoFile != null) m.put("todoFile", todoFile);
            if (exception != null) m.put("exception", exception);
            if (!frames.isEmpty()) m.put("frames", frames);
            m.putAll(extra);
            return m;
        }

        private static toolkit.Todo findTodo(Throwable t) {
            for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
                if (t instanceof toolkit.Todo todo) return todo;
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

        /** The top frames, as [class, file, line, method]; the report picks the student's own. */
        private static List<List<Object>> frames(Throwable t) {
            List<List<Object>> out = new ArrayList<>();
            if (t == null) return out;
            StackTraceElement[] trace = t.getStackTrace();
            for (int i = 0; i < trace.length && out.size() < 64; i++) {
                StackTraceElement e = trace[i];
                out.add(List.of(e.getClassName(), String.valueOf(e.getFileName()), e.getLineNumber(), e.getMethodName()));
            }
            return out;
        }
    }
}
