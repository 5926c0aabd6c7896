package grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import toolkit.Terminal;

/**
 * Every chapter's score, read from the chapters' target/grade/grade.json (written by each
 * chapter's {@code mvn test}). Run from the top folder: {@code bash gradebook.sh}.
 *
 * <p>{@code java grader.Gradebook --compare A.json B.json} instead lists where two grade.json files
 * disagree (watch-check.sh: watch mode against mvn test) and exits 1 when they do.
 */
public final class Gradebook {
    private Gradebook() {}

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : ".");
        if (args.length == 3 && args[0].equals("--compare")) {
            List<String> differences = compare(Paths.get(args[1]), Paths.get(args[2]));
            differences.forEach(System.out::println);
            System.exit(differences.isEmpty() ? 0 : 1);
        }
        PrintStream out = Terminal.out();
        out.print(render(root, Messages.fromEnvironment()));
        out.flush();
    }

    /** Where two grade.json files disagree: per test its status and points, and the totals. */
    static List<String> compare(Path a, Path b) {
        Map<String, String> left = outcomes(a);
        Map<String, String> right = outcomes(b);
        List<String> out = new ArrayList<>();
        for (String key : left.keySet()) {
            if (!left.get(key).equals(right.get(key))) out.add(key + ": " + left.get(key) + " vs " + right.get(key));
        }
        for (String key : right.keySet()) {
            if (!left.containsKey(key)) out.add(key + ": missing vs " + right.get(key));
        }
        return out;
    }

    private static Map<String, String> outcomes(Path json) {
        GradeJson g = GradeJson.read(json);
        Map<String, String> out = new java.util.TreeMap<>();
        out.put("total", g.earned() + " / " + g.total());
        for (GradeJson.Exercise e : g.exercises()) {
            for (GradeJson.TestResult t : e.tests()) {
                out.put(t.test(), t.status().key() + " " + t.earned() + "/" + t.points());
            }
        }
        return out;
    }

    static String render(Path root, Messages words) throws IOException {
        List<Path> chapters = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> d.getFileName().toString().matches("chapter\\d\\d-.*") && Files.isDirectory(d)).sorted().forEach(chapters::add);
        }
        StringBuilder out = new StringBuilder();
        String rule = "─".repeat(64);
        out.append(rule).append('\n').append("  ").append(words.get("gradebook.title")).append('\n').append(rule).append('\n');
        int earned = 0;
        int total = 0;
        for (Path chapter : chapters) {
            Path json = chapter.resolve("target/grade/grade.json");
            String name = chapter.getFileName().toString();
            if (!Files.exists(json)) {
                out.append("  ").append(Messages.pad(name, 30)).append(words.get("gradebook.not_graded")).append('\n');
                total += 100;
                continue;
            }
            GradeJson g = GradeJson.read(json);
            earned += g.earned();
            total += g.total();
            String title = words.get("heading", g.chapter(), g.title(words));
            long done = g.exercises().stream().filter(x -> x.status() == Status.PASSED).count();
            int count = g.exercises().size();
            out.append("  ").append(Messages.pad(title, 44)).append(String.format("%3d / %d", g.earned(), g.total()))
                    .append("   ").append(words.get("gradebook.exercises", done, count)).append('\n');
        }
        out.append(rule).append('\n');
        out.append("  ").append(Messages.pad(words.get("gradebook.total"), 44)).append(String.format("%3d / %d", earned, total)).append('\n');
        return out.toString();
    }
}
