package grader;

import grader.api.Exercise;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chapter declares: the chapter, its exercises and every graded test with its points, and
 * the chapter's folder ("chapter01-perceptron"; "" when not known), where its files are.
 */
record Syllabus(int number, String title, String korean, int hiddenPoints, boolean hiddenRan,
                List<ExerciseInfo> exercises, List<GradedTest> tests, String folder) {

    /** An exercise as {@link Exercise} declares it; korean is its Korean title, or "" for none; uses, the exercises it calls. */
    public record ExerciseInfo(String id, String title, String korean, String file, String method, List<String> uses) {
        public ExerciseInfo(String id, String title, String korean, String file, String method) {
            this(id, title, korean, file, method, List.of());
        }

        public ExerciseInfo(String id, String title, String file, String method) {
            this(id, title, "", file, method);
        }

        /** The methods to write, as the table names them: "forward", "backward". */
        List<String> methods() {
            return java.util.Arrays.stream(method.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
        }

        /** The title in the grader's language: the Korean one when it speaks Korean and there is one. */
        public String title(Messages words) {
            return words.korean() && !korean.isEmpty() ? korean : title;
        }
    }

    public record GradedTest(String className, String method, String name, String exercise, int points, String visibility) {
        public GradedTest(String className, String method, String name, String exercise, int points) {
            this(className, method, name, exercise, points, "visible");
        }

        String key() {
            return className + "#" + method;
        }

        boolean hidden() {
            return !"visible".equals(visibility);
        }
    }

    /** This syllabus, of the chapter in {@code folder}. */
    Syllabus in(String folder) {
        return new Syllabus(number, title, korean, hiddenPoints, hiddenRan, exercises, tests, folder);
    }

    /** A student's file of the chapter as the table names it: "chapter01-perceptron/src/exercise/java/perceptron/Neuron.java". */
    String studentFile(ExerciseInfo exercise) {
        return (folder.isEmpty() ? "" : folder + "/") + "src/exercise/java/" + exercise.file();
    }

    /** The chapter's total: always 100, whether the hidden tests ran or not. */
    public int totalPoints() {
        return 100;
    }

    /** The points of the tests in this run. */
    public int pointsInRun() {
        return tests.stream().mapToInt(GradedTest::points).sum();
    }

    /** Points that exist but were not part of this run (hidden tests not given). */
    public int pointsNotRun() {
        return hiddenRan ? 0 : hiddenPoints;
    }

    /** The chapter's title in the grader's language: the Korean one when it speaks Korean and there is one. */
    String title(Messages words) {
        return words.korean() && !korean.isEmpty() ? korean : title;
    }

    /** The exercises {@code id} uses, directly or through others, in the syllabus's order. */
    List<String> usedBy(String id) {
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            for (ExerciseInfo e : exercises) {
                if (e.id().equals(next)) {
                    for (String u : e.uses()) if (found.add(u)) todo.push(u);
                }
            }
        }
        found.remove(id);
        return exercises.stream().map(ExerciseInfo::id).filter(found::contains).toList();
    }

    public List<GradedTest> testsOf(String exercise) {
        return tests.stream().filter(t -> t.exercise().equals(exercise)).toList();
    }

    /**
     * Reads what a chapter declares from its test sources (the chapter's src/test/java, then any
     * hidden tests of this run), without compiling or loading them: it works when nothing compiles,
     * and runs no student code. Fails with a message for the course author if the chapter is ill-formed.
     */
    public static Syllabus read(List<Path> testSourceRoots) {
        return SourceSyllabus.read(testSourceRoots);
    }

    /** Checks what a chapter declares and puts its tests in the README's order. */
    static Syllabus build(int number, String title, String korean, int hiddenPoints, boolean hiddenRan,
                          List<ExerciseInfo> declared, List<GradedTest> tests, String chapterClass) {
        Map<String, ExerciseInfo> exercises = new LinkedHashMap<>();
        for (ExerciseInfo e : declared) {
            if (exercises.put(e.id(), e) != null) {
                throw new IllegalStateException("@Chapter lists exercise " + e.id() + " twice");
            }
        }
        for (ExerciseInfo e : declared) {
            for (String u : e.uses()) {
                if (!exercises.containsKey(u) || u.equals(e.id())) {
                    throw new IllegalStateException("exercise " + e.id() + " uses " + u + ", which is not another exercise of "
                            + chapterClass);
                }
            }
        }
        List<String> order = new ArrayList<>(exercises.keySet());
        for (GradedTest t : tests) {
            if (!exercises.containsKey(t.exercise())) {
                throw new IllegalStateException(t.key() + " grades exercise " + t.exercise()
                        + ", which @Chapter on " + chapterClass + " does not list");
            }
            if (t.points() <= 0) {
                throw new IllegalStateException(t.key() + " is worth " + t.points() + " points: a graded test earns at least 1");
            }
        }
        for (String id : exercises.keySet()) {
            if (tests.stream().noneMatch(t -> t.exercise().equals(id))) {
                throw new IllegalStateException("exercise " + id + " has no @Graded test");
            }
        }
        List<GradedTest> sorted = new ArrayList<>(tests);
        sorted.sort(Comparator.<GradedTest>comparingInt(t -> order.indexOf(t.exercise()))
                .thenComparing(GradedTest::className).thenComparing(GradedTest::method));
        Syllabus s = new Syllabus(number, title, korean, hiddenPoints, hiddenRan, List.copyOf(exercises.values()),
                List.copyOf(sorted), "");
        int hidden = sorted.stream().filter(GradedTest::hidden).mapToInt(GradedTest::points).sum();
        int visible = s.pointsInRun() - hidden;
        if (visible != 100 - hiddenPoints) {
            throw new IllegalStateException("chapter " + s.number() + " declares " + visible + " points in its public @Graded tests"
                    + (hiddenPoints > 0 ? " and " + hiddenPoints + " hidden points" : "") + "; every chapter totals exactly 100");
        }
        if (hiddenRan && hidden != hiddenPoints) {
            throw new IllegalStateException("the hidden tests of chapter " + s.number() + " are worth " + hidden
                    + " points, but its @Chapter declares hiddenPoints = " + hiddenPoints);
        }
        return s;
    }
}
