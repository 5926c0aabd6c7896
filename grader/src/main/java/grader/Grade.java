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
        for (Syllabus.GradedTest t : syllabus.tests()) tests.add(TestGrade.of(t, Status.DID_NOT_RUN, why));
        return new Grade(syllabus, exercisesOf(syllabus, tests, words), List.copyOf(tests), List.of(), false, 0,
                List.copyOf(errors), 0, List.of());
    }

    /**
     * A graded test's result, with the lines that explain it to a student: {@code blame} names the
     * earlier exercise to fix first, {@code why} says what went wrong (the inputs abbreviated, what
     * was expected and what came back whole), {@code code} points at the student's code. {@code failure}
     * is the failed check in full, for grade.json.
     */
    public record TestGrade(Syllabus.GradedTest test, Status status, int earned, String why, String code,
                            String hint, String todoExercise, String todoFile, Outcome.Failure failure, String blame) {
        static TestGrade of(Syllabus.GradedTest test, Status status, String why) {
            return new TestGrade(test, status, 0, why, null, null, null, null, null, null);
        }

        /** The explanation on one line each: what to fix first, why, the student's line of code, the hint. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (blame != null) out.add(blame);
            if (why != null) out.add(why);
            if (code != null) out.add(code);
            if (hint != null) out.add(hint);
            return out;
        }

        TestGrade blamed(String line) {
            return new TestGrade(test, status, earned, why, code, hint, todoExercise, todoFile, failure, line);
        }
    }

    /** An exercise's grade; {@code note}, for an exercise that passed although one it uses does not, says so. */
    public record ExerciseGrade(Syllabus.ExerciseInfo info, int points, int earned, Status status, TestGrade reason,
                                List<TestGrade> tests, String note) {
        boolean lostPoints() {
            return earned < points;
        }
    }

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
        List<ExerciseGrade> exercises = exercisesOf(syllabus, tests, words);
        return new Grade(syllabus, exercises, exercises.stream().flatMap(e -> e.tests().stream()).toList(),
                List.copyOf(results.values()), finished, seconds, List.of(), forged, List.copyOf(claims));
    }

    /** The exercises' grades, each failure of an exercise that uses a failing one blamed on that one. */
    private static List<ExerciseGrade> exercisesOf(Syllabus syllabus, List<TestGrade> tests, Messages words) {
        List<ExerciseGrade> plain = plainExercisesOf(syllabus, tests);
        Map<String, ExerciseGrade> byId = new HashMap<>();
        for (ExerciseGrade e : plain) byId.put(e.info().id(), e);
        List<ExerciseGrade> out = new ArrayList<>();
        for (ExerciseGrade e : plain) {
            List<String> failing = syllabus.usedBy(e.info().id()).stream().filter(id -> byId.get(id).lostPoints()).toList();
            out.add(failing.isEmpty() ? e : blamed(e, String.join(", ", failing), words));
        }
        return List.copyOf(out);
    }

    /**
     * "can't check until 1.6 passes" on every failed test of {@code e} (check50's words for a check
     * that depends on a failing one); an exercise that passed all the same gets a note instead.
     */
    private static ExerciseGrade blamed(ExerciseGrade e, String failing, Messages words) {
        if (!e.lostPoints()) return new ExerciseGrade(e.info(), e.points(), e.earned(), e.status(), e.reason(), e.tests(),
                words.get("right_by_itself", failing));
        String line = words.get("blocked", failing);
        List<TestGrade> tests = e.tests().stream().map(t -> t.status().blamable() ? t.blamed(line) : t).toList();
        TestGrade reason = e.reason() == null ? null : tests.get(e.tests().indexOf(e.reason()));
        return new ExerciseGrade(e.info(), e.points(), e.earned(), e.status(), reason, tests, null);
    }

    private static List<ExerciseGrade> plainExercisesOf(Syllabus syllabus, List<TestGrade> tests) {
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
            exercises.add(new ExerciseGrade(e, points, earned, status, reason, mine, null));
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
        if (code == null && status == Status.FAILED) {
            code = sources.methodCalled(exercise, failure == null ? r.message() : failure.checked(), words);
        }
        String why = switch (status) {
            case PASSED -> null;
            case NOT_STARTED -> todo == null ? Messages.oneLine(r.message())
                    : !todo.exercise().equals(t.exercise()) ? words.get("waiting", todo.exercise())
                    : words.get("not_started", todo.task(words), todo.method(), todo.file());
            case FAILED -> failure != null ? words.get("expected", Messages.abbreviate(failure.checked()),
                    Messages.flat(failure.expected()), Messages.flat(failure.actual())) : Messages.oneLine(r.message());
            case TIMED_OUT -> words.get("timed_out", timeoutSeconds, t.name());
            case CRASHED -> crashed(r, t, words);
            case DID_NOT_RUN -> Messages.oneLine(r.message());
        };
        return new TestGrade(t, status, status == Status.PASSED ? t.points() : 0, why, code, hint == null ? null : words.get("hint", hint),
                todo == null ? null : todo.exercise(), todo == null ? null : todo.file(), failure, null);
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
        return TestGrade.of(t, Status.DID_NOT_RUN, why);
    }
}
