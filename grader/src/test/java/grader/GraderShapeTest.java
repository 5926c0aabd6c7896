package grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The grader's two halves: {@code grader.api}, the only package a chapter's tests import, stands on
 * nothing of the engine; the engine ({@code grader}) shows the world only its entry points.
 */
class GraderShapeTest {
    /** A name of the engine's package in source text: "grader.Grade", "import grader.*", but not "grader.api". */
    private static final Pattern ENGINE_NAME = Pattern.compile("\\bgrader\\.(?!api\\b|lang\\b)[A-Za-z*]"); // grader.lang: the property, not a class

    private static Path sources(String pkg) {
        return Path.of("src/main/java").resolve(pkg.replace('.', '/'));
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    @DisplayName("grader.api names no engine type: a chapter's tests depend on the API alone")
    void theApiStandsOnNothingOfTheEngine() throws IOException {
        List<Path> api = files(sources("grader.api"), ".java");
        assertThat(api).extracting(p -> p.getFileName().toString())
                .contains("Graded.java", "Chapter.java", "Exercise.java", "Expect.java", "Hint.java", "ExerciseFailure.java");
        List<String> found = new ArrayList<>();
        for (Path file : api) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = ENGINE_NAME.matcher(lines.get(i));
                if (m.find()) found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        assertThat(found).as("lines of grader.api that name the engine").isEmpty();
    }

    @Test
    @DisplayName("the engine's public types are its entry points (a main method) and nothing else")
    void theEngineIsPackagePrivateButForItsEntryPoints() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(GraderShapeTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes").resolve("grader");
        List<String> publicWithoutMain = new ArrayList<>();
        for (Path file : files(classes, ".class")) {
            String name = file.getFileName().toString().replace(".class", "");
            if (name.contains("$")) continue;
            Class<?> type = Class.forName("grader." + name);
            if (Modifier.isPublic(type.getModifiers()) && !hasMain(type)) publicWithoutMain.add(type.getSimpleName());
        }
        assertThat(publicWithoutMain).as("public engine types that are not entry points").isEmpty();
    }

    private static boolean hasMain(Class<?> type) {
        try {
            Method main = type.getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
