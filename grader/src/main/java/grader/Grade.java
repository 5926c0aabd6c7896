package grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One chapter's grade: the syllabus joined with the journal of what happened. Every graded test
 * the chapter declares has a result here, "did not run" when the journal has none. {@code forgedLines}
 * counts the lines of the test JVMs' journals that their test runner did not write (left out of the
 * grade), and {@code forgedClaims} says what those that read as results claimed.
 */
public record Grade(Syllabus syllabus, List<ExerciseGrade> exercises, List<TestGrade> tests,
                    List<Map<String, Object>> otherTests, boolean runFinished, double seconds,
                    List<String> compileErrors, int forgedLines, List<String> forgedClaims) {

    /** The grade of code that does not compile: every test "did not run", and the compiler's first errors. */
    public static Grade notCompiled(Syllabus syllabus, List<String> errors, boolean testsOnly, Messages words) {
        String why = words.get(testsOnly ? "did_not_run.test_compile" : "did_not_run.compile");
        List<TestGrade> tests = new ArrayList<>();
        for (Syllabus.GradedTest t : syllabus.tests()) tests.add(new TestGrade(t, Status.DID_NOT_RUN, 0, why, null, null, null, null));
        return new Grade(syllabus, exercisesOf(syllabus, tests), List.copyOf(tests), List.of(), false, 0,
                List.copyOf(errors), 0, List.of());
    }

    /** A graded test's result, with the lines that explain it to a student. */
    public record TestGrade(Syllabus.GradedTest test, Status status, int earned, String why, String code,
                            String hint, String todoExercise, String todoFile) {
        /** The explanation on one line each: why, the student's line of code, the hint. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (why != null) out.add(why);
            if (code != null) out.add(code);
            if (hint != null) out.add(hint);
            return out;
        }
    }

    public record ExerciseGrade(Syllabus.ExerciseInfo info, int points, int earned, Status status, TestGrade reason,
                                List<TestGrade> tests) {}

    /** "chapter01-perceptron/", taken from where the exercise classes were compiled; "" if unknown. */
    public String chapterFolder() {
        for (TestGrade t : tests) {
            if (t.todoFile() != null && t.todoFile().contains("/src/exercise/java/")) {
                return t.todoFile().substring(0, t.todoFile().indexOf("src/exercise/java/"));
            }
        }
        return "";
    }

    public int earned() {
        return exercises.stream().mapToInt(ExerciseGrade::earned).sum();
    }

    public int total() {
        return syllabus.totalPoints();
    }

    /** Joins the syllabus with the journal lines (missing journal: nothing ran). */
    public static Grade of(Syllabus syllabus, Path journal, SourceLines sources) {
        return of(syllabus, journal, Options.DEFAULT_TIMEOUT_SECONDS, sources, Messages.of("en"));
    }

    /** As {@link #of(Syllabus, Path, SourceLines)}, for a run whose tests had {@code timeoutSeconds} each, in {@code words}. */
    public static Grade of(Syllabus syllabus, Path journal, int timeoutSeconds, SourceLines sources, Messages words) {
        Map<String, Map<String, Object>> results = new HashMap<>();
        Map<String, Map<String, Object>> containers = new HashMap<>();
        List<Map<String, Object>> others = new ArrayList<>();
        boolean finished = false;
        String exit = null;
        double seconds = 0;
        int forged = 0;
        List<String> claims = new ArrayList<>();
        for (Map<String, Object> line : readJournal(journal)) {
            String event = String.valueOf(line.get("event"));
            switch (event) {
                case "result" -> {
                    String key = line.get("class") + "#" + line.get("method");
                    results.put(key, line);
                    if (line.get("seconds") instanceof Double d) seconds += d;
                }
                case "container" -> containers.put(String.valueOf(line.get("class")), line);
                case "end" -> finished = true;
                case "exit" -> exit = str(line.get("message"));
                case "forged" -> {
                    forged += line.get("lines") instanceof Number n ? n.intValue() : 1;
                    if (line.get("claims") instanceof List<?> c) c.forEach(claim -> claims.add(String.valueOf(claim)));
                }
                default -> { }
            }
        }
        Map<String, Syllabus.ExerciseInfo> infos = new HashMap<>();
        for (Syllabus.ExerciseInfo e : syllabus.exercises()) infos.put(e.id(), e);
        List<TestGrade> tests = new ArrayList<>();
        for (Syllabus.GradedTest t : syllabus.tests()) {
            Map<String, Object> r = results.remove(t.key());
            tests.add(r != null ? fromJournal(t, r, sources, infos.get(t.exercise()), timeoutSeconds, words)
                    : didNotRun(t, containers.get(t.className()), finished, exit, words));
        }
        others.addAll(results.values());
        return new Grade(syllabus, exercisesOf(syllabus, tests), List.copyOf(tests), List.copyOf(others), finished,
                seconds, List.of(), forged, List.copyOf(claims));
    }

    private static List<ExerciseGrade> exercisesOf(Syllabus syllabus, List<TestGrade> tests) {
        List<ExerciseGrade> exercises = new ArrayList<>();
        for (Syllabus.ExerciseInfo e : syllabus.exercises()) {
            List<TestGrade> mine = tests.stream().filter(g -> g.test().exercise().equals(e.id())).toList();
            int points = mine.stream().mapToInt(g -> g.test().points()).sum();
            int earned = mine.stream().mapToInt(TestGrade::earned).sum();
            TestGrade reason = null;
            for (TestGrade g : mine) {
                if (g.status() == Status.PASSED) continue;
                if (reason == null || g.status().seriousness() > reason.status().seriousness()
                        || (g.status() == reason.status() && g.hint() != null && reason.hint() == null)) {
                    reason = g; // the most serious problem, and among equals one that comes with a hint
                }
            }
            Status status = reason == null ? Status.PASSED : reason.status();
            exercises.add(new ExerciseGrade(e, points, earned, status, reason, mine));
        }
        return List.copyOf(exercises);
    }

    private static TestGrade fromJournal(Syllabus.GradedTest t, Map<String, Object> r, SourceLines sources,
                                         Syllabus.ExerciseInfo exercise, int timeoutSeconds, Messages words) {
        Status status = Status.fromKey(String.valueOf(r.get("status")));
        String message = str(r.get("message"));
        String hint = words.korean() && r.get("hint_ko") != null ? str(r.get("hint_ko")) : str(r.get("hint"));
        String todoExercise = str(r.get("todoExercise"));
        String todoFile = str(r.get("todoFile"));
        String code = sources.firstStudentLine(r.get("frames"));
        if (code == null && status == Status.FAILED) code = sources.methodStart(exercise.file(), exercise.method(), words);
        String why = switch (status) {
            case PASSED -> null;
            case NOT_STARTED -> todoExercise != null && !todoExercise.equals(t.exercise())
                    ? words.get("waiting", todoExercise)
                    : r.get("todoTask") != null ? words.get("not_started", r.get("todoTask"), r.get("todoMethod"), todoFile)
                    : oneLine(message);
            case FAILED -> r.get("checked") != null
                    ? oneLine(words.get("expected", r.get("checked"), r.get("expected"), r.get("actual")))
                    : oneLine(message);
            case TIMED_OUT -> words.get("timed_out", timeoutSeconds, t.name());
            case CRASHED -> r.containsKey("exception")
                    ? words.get("crashed.exception", oneLine(message), t.name())
                            + (message != null && message.startsWith("StackOverflowError") ? " " + words.get("crashed.recursion") : "")
                            + (message != null && message.startsWith("OutOfMemoryError") ? " " + words.get("crashed.memory") : "")
                    : words.get("crashed.jvm", oneLine(message), t.name());
            case DID_NOT_RUN -> oneLine(message);
        };
        if (status == Status.NOT_STARTED) code = null;
        return new TestGrade(t, status, status == Status.PASSED ? t.points() : 0, why, code, hint == null ? null : words.get("hint", hint),
                todoExercise, todoFile);
    }

    private static TestGrade didNotRun(Syllabus.GradedTest t, Map<String, Object> container, boolean finished,
                                       String exit, Messages words) {
        String why;
        if (container != null) {
            why = words.get("did_not_run.container", oneLine(str(container.get("message"))));
        } else if (finished) {
            why = words.get("did_not_run.filtered");
        } else if (exit != null) {
            why = words.get("did_not_run.exit", exit);
        } else {
            why = words.get("did_not_run.unknown");
        }
        return new TestGrade(t, Status.DID_NOT_RUN, 0, why, null, null, null, null);
    }

    static String oneLine(String s) {
        if (s == null) return null;
        String flat = s.replaceAll("\\s*\\R\\s*", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readJournal(Path journal) {
        List<Map<String, Object>> lines = new ArrayList<>();
        if (journal == null || !Files.exists(journal)) return lines;
        try {
            for (String text : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (text.isBlank()) continue;
                try {
                    lines.add((Map<String, Object>) Json.parse(text));
                } catch (RuntimeException torn) {
                    // the last line of a JVM that died mid-write: everything before it still counts
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the grade journal " + journal, e);
        }
        return lines;
    }
}
