package grader;

import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Puts a Gradescope submission's files in place of the chapter's stubs, and says what it did. A
 * student uploads their exercise files (Gates.java, ...), loose or in folders; each is found by its
 * exact name. What does not fit is named in the results, so that a student who uploaded
 * "Gates (1).java" learns why Gates.java was graded as not started:
 *
 * <pre>
 * java -cp grader/target/classes grader.SubmittedFiles SUBMISSION STUBS EXERCISE-FOLDER REPORT.json
 * </pre>
 *
 * The exercise folder is first reset to the untouched stubs in STUBS, so that grading twice in one
 * place never mixes two submissions. Links are never followed: a submitted link could point at a
 * file of the grader's that the student must not see. The report is read by the grade step
 * ({@code -Dgrader.submission=REPORT.json}), which words it for results.json.
 */
public final class SubmittedFiles {
    private SubmittedFiles() {}

    /** Why a submitted file was not graded, and what it was probably meant to be. */
    public record Ignored(String file, String reason, String detail) {
        /** Its name looks like the exercise file {@code detail}: "Gates (1).java", "gates.java". */
        static final String MISNAMED = "misnamed";
        /** Another file of the same name was graded: {@code detail}. */
        static final String DUPLICATE = "duplicate";
        /** A symbolic link: never followed. */
        static final String LINK = "link";
        /** Nothing to do with this chapter's exercise files. */
        static final String OTHER = "other";
    }

    /**
     * What was graded, which exercise files were not submitted (their stubs were graded), and what was
     * ignored: also the shape of the report file, which run_autograder hands from this step to the grade
     * step ({@code {"graded": [...], "not_submitted": [...], "ignored": [{"file", "reason", "detail"}]}}).
     */
    public record Report(List<String> graded, @SerializedName("not_submitted") List<String> notSubmitted,
                         List<Ignored> ignored) {
        /** The report that {@link #main} wrote; a file of another shape is refused, naming it. */
        static Report read(Path file) {
            Report report;
            try {
                report = JsonFormat.read(file, Report.class);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " is not a report of grader.SubmittedFiles: " + e.getMessage(), e);
            }
            if (report.graded() == null || report.notSubmitted() == null || report.ignored() == null) {
                throw new IllegalArgumentException(file + " is not a report of grader.SubmittedFiles: a list is missing");
            }
            return report;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: SubmittedFiles SUBMISSION STUBS EXERCISE-FOLDER REPORT.json");
        }
        Report report = place(Paths.get(args[0]), Paths.get(args[1]), Paths.get(args[2]));
        JsonFormat.write(Paths.get(args[3]), report);
        System.out.println("graded: " + report.graded() + "; not submitted: " + report.notSubmitted());
        for (Ignored i : report.ignored()) {
            System.out.println("ignored " + i.file() + " (" + i.reason() + " " + i.detail() + ")");
        }
    }

    /** Resets {@code exercise} to the stubs, then copies each submitted exercise file over its stub. */
    static Report place(Path submission, Path stubs, Path exercise) throws IOException {
        List<Path> stubFiles = files(stubs);
        if (stubFiles.isEmpty()) throw new IllegalArgumentException("no exercise files (stubs) in " + stubs);
        reset(exercise, stubs, stubFiles);
        List<Path> submitted = Files.isDirectory(submission) ? walk(submission) : List.of();
        List<String> graded = new ArrayList<>();
        List<String> notSubmitted = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        List<Path> used = new ArrayList<>();
        for (Path stub : stubFiles) {
            String name = stub.getFileName().toString();
            List<Path> same = submitted.stream()
                    .filter(p -> p.getFileName().toString().equals(name))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(preferred(stub)).toList();
            if (same.isEmpty()) {
                notSubmitted.add(name);
                continue;
            }
            Files.copy(same.get(0), exercise.resolve(stub.toString()), StandardCopyOption.REPLACE_EXISTING,
                    LinkOption.NOFOLLOW_LINKS);
            graded.add(name);
            used.addAll(same);
            for (Path other : same.subList(1, same.size())) {
                ignored.add(new Ignored(shown(submission, other), Ignored.DUPLICATE, shown(submission, same.get(0))));
            }
        }
        List<String> names = stubFiles.stream().map(p -> p.getFileName().toString()).toList();
        for (Path p : submitted) {
            if (used.contains(p)) continue;
            String meant = probablyMeant(p.getFileName().toString(), names);
            String reason = Files.isSymbolicLink(p) ? Ignored.LINK : meant != null ? Ignored.MISNAMED : Ignored.OTHER;
            ignored.add(new Ignored(shown(submission, p), reason, meant == null ? "" : meant));
        }
        ignored.sort(Comparator.comparing((Ignored i) -> !i.reason().equals(Ignored.MISNAMED))
                .thenComparing(Ignored::file));
        return new Report(graded, notSubmitted, ignored);
    }

    /**
     * The exercise file a submitted name was probably meant to be, or null: the same name but for
     * case, a copy's number ("Gates (1).java", "Gates-2.java", "Gates copy.java") or an extension
     * added on the way ("Gates.java.txt"), or a name one letter away ("Gate.java").
     */
    static String probablyMeant(String submitted, List<String> exerciseFiles) {
        String base = stem(submitted).replaceAll("(\\s*\\(\\d+\\)|[\\s_-]*copy(\\s*\\d+)?|[\\s_-]+\\d+)$", "");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String file : exerciseFiles) {
            String target = stem(file);
            int d = base.equals(target) ? 0 : target.length() >= 4 ? distance(base, target) : Integer.MAX_VALUE;
            if (d <= 1 && d < bestDistance) {
                best = file;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The name before its first dot, in lower case: "gates (1)" for "Gates (1).java.txt". */
    private static String stem(String name) {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
    }

    /** Edit distance (insert, delete, replace one letter), for names of a few letters. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) row[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int replace = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), replace);
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** Among files of the same name: the one in the stub's package folder first, then the shallowest, then by path. */
    private static Comparator<Path> preferred(Path stub) {
        return Comparator.comparing((Path p) -> !p.endsWith(stub)).thenComparingInt(Path::getNameCount)
                .thenComparing(Path::toString);
    }

    private static String shown(Path submission, Path p) {
        return submission.relativize(p).toString().replace('\\', '/');
    }

    private static void reset(Path exercise, Path stubs, List<Path> stubFiles) throws IOException {
        if (Files.exists(exercise)) {
            try (Stream<Path> old = Files.walk(exercise)) {
                for (Path p : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
            }
        }
        for (Path stub : stubFiles) {
            Path to = exercise.resolve(stub.toString());
            Files.createDirectories(to.getParent());
            Files.copy(stubs.resolve(stub.toString()), to);
        }
    }

    /** The stubs' files relative to their folder: gates/Gates.java, ... */
    private static List<Path> files(Path stubs) throws IOException {
        if (!Files.isDirectory(stubs)) return List.of();
        return walk(stubs).stream().filter(p -> p.toString().endsWith(".java")).map(stubs::relativize).toList();
    }

    /** Every file and link under a folder, links not followed, in a fixed order. */
    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }
}
