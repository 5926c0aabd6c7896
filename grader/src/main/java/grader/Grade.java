package grader;

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
record Grade(Syllabus syllabus, List<ExerciseGrade> exercises, List<TestGrade> tests,
                    List<Journal.Result> otherTests, boolean runFinished, double seconds,
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

    public int earned() {
        return exercises.stream().mapToInt(ExerciseGrade::earned).sum();
    }

    public int total() {
        return syllabus.totalPoints();
    }

    /** Joins the syllabus with the journal (missing journal: nothing ran), for tests of 10 s each, in English. */
    public static Grade of(Syllabus syllabus, Path journal, SourceLines sources) {
        return of(syllabus, new Journal(journal), Options.DEFAULT_TIMEOUT_SECONDS, sources, Messages.of("en"));
    }

    /** The grade of a run whose tests had {@code timeoutSeconds} each, explained in {@code words}. */
    static Grade of(Syllabus syllabus, Journal journal, int timeoutSeconds, SourceLines sources, Messages words) {
        Map<String, Journal.Result> results = new HashMap<>(); // the lesson tests left over: in the order they always had
        Map<String, Journal.Container> containers = new HashMap<>();
        boolean finished = false;
        String exit = null;
        double seconds = 0;
        int forged = 0;
        List<String> claims = new ArrayList<>();
        for (Journal.Entry entry : journal.read()) {
            if (entry instanceof Journal.Result r) {
                results.put(r.test().key(), r);
                if (r.seconds() != null) seconds += r.seconds();
            } else if (entry instanceof Journal.Container c) {
                containers.put(c.test().className(), c);
            } else if (entry instanceof Journal.End) {
                finished = true;
            } else if (entry instanceof Journal.Exit e) {
                exit = e.message();
            } else if (entry instanceof Journal.Forged f) {
                forged += f.lines();
                if (f.claims() != null) claims.addAll(f.claims());
            }
        }
        Map<String, Syllabus.ExerciseInfo> infos = new HashMap<>();
        for (Syllabus.ExerciseInfo e : syllabus.exercises()) infos.put(e.id(), e);
        List<TestGrade> tests = new ArrayList<>();
        for (Syllabus.GradedTest t : syllabus.tests()) {
            Journal.Result r = results.remove(t.key());
            tests.add(r != null ? fromJournal(t, r.outcome(), sources, infos.get(t.exercise()), timeoutSeconds, words)
                    : didNotRun(t, containers.get(t.className()), finished, exit, words));
        }
        return new Grade(syllabus, exercisesOf(syllabus, tests), List.copyOf(tests), List.copyOf(results.values()), finished,
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

    private static TestGrade fromJournal(Syllabus.GradedTest t, Outcome r, SourceLines sources,
                                         Syllabus.ExerciseInfo exercise, int timeoutSeconds, Messages words) {
        Status status = r.status();
        Outcome.Failure failure = r.failure();
        Outcome.NotDone todo = r.todo();
        String hint = failure == null ? null : words.korean() && failure.hintKorean() != null ? failure.hintKorean() : failure.hint();
        String code = status == Status.NOT_STARTED ? null : sources.firstStudentLine(r.frames());
        if (code == null && status == Status.FAILED) code = sources.methodStart(exercise.file(), exercise.method(), words);
        String why = switch (status) {
            case PASSED -> null;
            case NOT_STARTED -> todo == null ? Messages.oneLine(r.message())
                    : !todo.exercise().equals(t.exercise()) ? words.get("waiting", todo.exercise())
                    : words.get("not_started", todo.task(), todo.method(), todo.file());
            case FAILED -> failure != null
                    ? Messages.oneLine(words.get("expected", failure.checked(), failure.expected(), failure.actual()))
                    : Messages.oneLine(r.message());
            case TIMED_OUT -> words.get("timed_out", timeoutSeconds, t.name());
            case CRASHED -> crashed(r, t, words);
            case DID_NOT_RUN -> Messages.oneLine(r.message());
        };
        return new TestGrade(t, status, status == Status.PASSED ? t.points() : 0, why, code, hint == null ? null : words.get("hint", hint),
                todo == null ? null : todo.exercise(), todo == null ? null : todo.file());
    }

    /** Why a test crashed: its exception (with what a stack overflow or exhausted memory usually means), or its JVM's end. */
    private static String crashed(Outcome r, Syllabus.GradedTest t, Messages words) {
        String message = r.message();
        if (r.exception() == null) return words.get("crashed.jvm", Messages.oneLine(message), t.name());
        return words.get("crashed.exception", Messages.oneLine(message), t.name())
                + (message != null && message.startsWith("StackOverflowError") ? " " + words.get("crashed.recursion") : "")
                + (message != null && message.startsWith("OutOfMemoryError") ? " " + words.get("crashed.memory") : "");
    }

    private static TestGrade didNotRun(Syllabus.GradedTest t, Journal.Container container, boolean finished,
                                       String exit, Messages words) {
        String why;
        if (container != null) {
            why = words.get("did_not_run.container", Messages.oneLine(container.outcome().message()));
        } else if (finished) {
            why = words.get("did_not_run.filtered");
        } else if (exit != null) {
            why = words.get("did_not_run.exit", exit);
        } else {
            why = words.get("did_not_run.unknown");
        }
        return new TestGrade(t, Status.DID_NOT_RUN, 0, why, null, null, null, null);
    }
}
