package grader;

import grader.api.Chapter;
import grader.api.Exercise;
import grader.api.Graded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;

/**
 * What a chapter declares, read from its compiled test classes without running any of them (and
 * so without running student code): the chapter, its exercises and every graded test with its points.
 */
public record Syllabus(int number, String title, String korean, int hiddenPoints, boolean hiddenRan,
                       List<ExerciseInfo> exercises, List<GradedTest> tests) {

    /** An exercise as {@link Exercise} declares it; korean is its Korean title, or "" for none. */
    public record ExerciseInfo(String id, String title, String korean, String file, String method) {
        public ExerciseInfo(String id, String title, String file, String method) {
            this(id, title, "", file, method);
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

    public List<GradedTest> testsOf(String exercise) {
        return tests.stream().filter(t -> t.exercise().equals(exercise)).toList();
    }

    /** Scans a test-classes directory. Fails with a message for the course author if the chapter is ill-formed. */
    public static Syllabus scan(Path testClasses, ClassLoader loader) {
        return scan(List.of(testClasses), loader);
    }

    /** Scans test-classes directories: the chapter's own, then any hidden tests compiled for this run. */
    public static Syllabus scan(List<Path> roots, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (Path testClasses : roots) classes.addAll(load(testClasses, loader));
        return fromClasses(classes, roots.get(0), roots.size() > 1);
    }

    private static List<Class<?>> load(Path testClasses, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(testClasses)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String rel = testClasses.relativize(p).toString().replace('\\', '/');
                if (!rel.endsWith(".class") || rel.endsWith("module-info.class") || rel.endsWith("package-info.class")) continue;
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("the grader cannot load test class " + name + ": " + e, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test classes in " + testClasses, e);
        }
        return classes;
    }

    private static Syllabus fromClasses(List<Class<?>> classes, Path testClasses, boolean hiddenRan) {
        Chapter chapter = null;
        Class<?> chapterClass = null;
        List<GradedTest> tests = new ArrayList<>();
        for (Class<?> c : classes) {
            Chapter found = c.getAnnotation(Chapter.class);
            if (found != null) {
                if (chapter != null) {
                    throw new IllegalStateException("two classes declare @Chapter: " + chapterClass.getName() + " and " + c.getName());
                }
                chapter = found;
                chapterClass = c;
            }
            Method[] methods;
            try {
                methods = c.getDeclaredMethods();
            } catch (LinkageError e) {
                throw new IllegalStateException("the grader cannot read the methods of " + c.getName() + ": " + e, e);
            }
            for (Method m : methods) {
                Graded g = m.getAnnotation(Graded.class);
                if (g == null) continue;
                DisplayName dn = m.getAnnotation(DisplayName.class);
                String name = dn != null ? dn.value() : m.getName() + "()";
                tests.add(new GradedTest(c.getName(), m.getName(), name, g.exercise(), g.points(), g.visibility()));
            }
        }
        if (chapter == null) {
            throw new IllegalStateException("no test class in " + testClasses + " is annotated @Chapter: the grader cannot name the chapter");
        }
        List<ExerciseInfo> declared = new ArrayList<>();
        for (Exercise e : chapter.exercises()) declared.add(new ExerciseInfo(e.id(), e.title(), e.korean(), e.file(), e.method()));
        return build(chapter.number(), chapter.title(), chapter.korean(), chapter.hiddenPoints(), hiddenRan, declared, tests,
                chapterClass.getName());
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
        Syllabus s = new Syllabus(number, title, korean, hiddenPoints, hiddenRan, List.copyOf(exercises.values()), List.copyOf(sorted));
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
