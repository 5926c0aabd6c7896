package grader;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a chapter's syllabus from its test SOURCES, by parsing them without compiling: works when
 * nothing compiles (a student's syntax error), so even then the report lists every graded test.
 * Annotation values must be literals (as they are in the course), or sums of literals.
 */
final class SourceSyllabus {
    private SourceSyllabus() {}

    /** The syllabus of the test sources under {@code roots}: the chapter's own, then any hidden tests of this run. */
    static Syllabus read(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) files.addAll(CompileCheck.javaFiles(root));
        Map<String, Object> chapter = new HashMap<>();
        List<Syllabus.GradedTest> tests = new ArrayList<>();
        for (Path file : files) {
            CompilationUnitTree unit;
            try {
                unit = JavaSource.read(file).unit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the test source " + file, e);
            }
            scan(unit, chapter, tests);
        }
        if (!chapter.containsKey("class")) {
            throw new IllegalStateException("no test source in " + roots.get(0)
                    + " is annotated @Chapter: the grader cannot name the chapter");
        }
        List<Syllabus.ExerciseInfo> exercises = new ArrayList<>();
        for (Object o : (List<?>) chapter.getOrDefault("exercises", List.of())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) o;
            exercises.add(new Syllabus.ExerciseInfo(String.valueOf(e.get("id")), String.valueOf(e.get("title")),
                    String.valueOf(e.getOrDefault("korean", "")), String.valueOf(e.get("file")), String.valueOf(e.get("method")),
                    strings(e.get("uses"))));
        }
        return Syllabus.build(((Number) chapter.get("number")).intValue(), String.valueOf(chapter.get("title")),
                String.valueOf(chapter.getOrDefault("korean", "")), ((Number) chapter.getOrDefault("hiddenPoints", 0)).intValue(),
                roots.size() > 1, exercises, tests, String.valueOf(chapter.get("class"))).in(folderOf(roots.get(0)));
    }

    /** The chapter folder's name, from its test sources' folder (".../chapter01-perceptron/src/test/java"); "" if it is not one. */
    private static String folderOf(Path testRoot) {
        Path path = testRoot.toAbsolutePath().normalize();
        boolean chapterLayout = path.getNameCount() > 3 && path.endsWith(Path.of("src", "test", "java"));
        return chapterLayout ? path.getParent().getParent().getParent().getFileName().toString() : "";
    }

    /** Adds what one test source declares: the @Chapter's arguments to {@code chapter}, its @Graded tests to {@code tests}. */
    private static void scan(CompilationUnitTree unit, Map<String, Object> chapter, List<Syllabus.GradedTest> tests) {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
        unit.accept(new TreeScanner<Void, String>() {
            @Override
            public Void visitClass(ClassTree c, String outer) {
                String name = outer == null ? pkg + c.getSimpleName() : outer + "$" + c.getSimpleName();
                for (AnnotationTree a : c.getModifiers().getAnnotations()) {
                    if (named(a, "Chapter")) {
                        if (chapter.containsKey("class")) {
                            throw new IllegalStateException("two classes declare @Chapter: " + chapter.get("class")
                                    + " and " + name);
                        }
                        chapter.putAll(arguments(a));
                        chapter.put("class", name);
                    }
                }
                for (Tree member : c.getMembers()) member.accept(this, name);
                return null;
            }

            @Override
            public Void visitMethod(MethodTree m, String cls) {
                Map<String, Object> graded = null;
                String display = null;
                for (AnnotationTree a : m.getModifiers().getAnnotations()) {
                    if (named(a, "Graded")) graded = arguments(a);
                    if (named(a, "DisplayName")) display = String.valueOf(arguments(a).get("value"));
                }
                if (graded != null) {
                    String method = m.getName().toString();
                    tests.add(new Syllabus.GradedTest(cls, method, display != null ? display : method + "()",
                            String.valueOf(graded.get("exercise")), ((Number) graded.get("points")).intValue(),
                            String.valueOf(graded.getOrDefault("visibility", "visible"))));
                }
                return null;
            }
        }, null);
    }

    /** An annotation's String[] value: absent, one string ({@code uses = "1.6"}) or an array. */
    private static List<String> strings(Object value) {
        if (value == null) return List.of();
        if (value instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        return List.of(String.valueOf(value));
    }

    private static boolean named(AnnotationTree a, String simpleName) {
        String type = a.getAnnotationType().toString();
        return type.equals(simpleName) || type.endsWith("." + simpleName);
    }

    private static Map<String, Object> arguments(AnnotationTree a) {
        Map<String, Object> out = new HashMap<>();
        for (ExpressionTree arg : a.getArguments()) {
            if (arg instanceof AssignmentTree as) {
                out.put(as.getVariable().toString(), value(as.getExpression()));
            } else {
                out.put("value", value(arg));
            }
        }
        return out;
    }

    private static Object value(ExpressionTree e) {
        if (e instanceof LiteralTree l) return l.getValue();
        if (e instanceof NewArrayTree array) {
            List<Object> out = new ArrayList<>();
            for (ExpressionTree x : array.getInitializers()) out.add(value(x));
            return out;
        }
        if (e instanceof AnnotationTree nested) return arguments(nested);
        if (e instanceof BinaryTree b && b.getKind() == Tree.Kind.PLUS) {
            Object l = value(b.getLeftOperand());
            Object r = value(b.getRightOperand());
            if (l instanceof Number x && r instanceof Number y) return x.intValue() + y.intValue();
            return String.valueOf(l) + r;
        }
        throw new IllegalStateException("the grader reads annotation values from the source and needs literals, not " + e);
    }
}
