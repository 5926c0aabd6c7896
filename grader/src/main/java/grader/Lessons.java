package grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the watch shows on h and n: an exercise's worksheet text (its stub's doc comment) and why it is not done. */
final class Lessons {
    private Lessons() {}

    /** h: the first unfinished exercise, why, and its worksheet text. */
    static String hint(Grade g, Path chapterDir, Messages words) {
        int first = firstUnfinished(g);
        return first < 0 ? "\n  " + words.get("all_passed") + "\n" : exercise(g, first, chapterDir, words);
    }

    /** The index of the first exercise that has not passed; -1 when all have. */
    static int firstUnfinished(Grade g) {
        for (int i = 0; i < g.exercises().size(); i++) {
            if (g.exercises().get(i).status() != Status.PASSED) return i;
        }
        return -1;
    }

    /** The index of the exercise after {@code current}, wrapping around. */
    static int nextIndex(Grade g, int current) {
        return (current + 1) % g.exercises().size();
    }

    static String exercise(Grade g, int index, Path chapterDir, Messages words) {
        Grade.ExerciseGrade e = g.exercises().get(index);
        StringBuilder out = new StringBuilder("\n");
        out.append("  ").append(e.info().id()).append(" · ").append(e.info().title(words)).append("   ")
                .append(e.status().mark()).append(' ').append(words.status(e.status()))
                .append("   ").append(e.earned()).append(" / ").append(e.points()).append('\n');
        out.append("  src/exercise/java/").append(e.info().file()).append(" · ").append(e.info().method()).append("()\n");
        if (e.reason() != null) {
            for (String line : e.reason().lines()) out.append("    ").append(line).append('\n');
        }
        for (String line : docComment(chapterDir.resolve("src/exercise/java").resolve(e.info().file()), e.info().method())) {
            out.append("  │ ").append(line).append('\n');
        }
        return out.toString();
    }

    /** The doc comment above the method's declaration, without its stars and tags. */
    static List<String> docComment(Path file, String methods) {
        List<String> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return out;
        }
        String method = methods.split(",")[0].strip();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!(l.contains(" " + method + "(") && (l.contains("public") || l.contains("static")))) continue;
            int end = i - 1;
            while (end >= 0 && lines.get(end).strip().startsWith("@")) end--;
            if (end < 0 || !lines.get(end).strip().endsWith("*/")) return out;
            int start = end;
            while (start >= 0 && !lines.get(start).strip().startsWith("/**")) start--;
            boolean pre = false; // inside <pre>, a line keeps its spaces: truth tables stay aligned
            for (int k = Math.max(start, 0); k <= end; k++) {
                String t = lines.get(k).strip().replaceFirst("^/\\*\\*", "").replaceFirst("\\*/$", "").replaceFirst("^\\*", "");
                boolean opens = t.contains("<pre>");
                if (t.contains("</pre>")) pre = false;
                t = pre ? t.replaceFirst("^ ", "").stripTrailing() : t.strip();
                if (opens) pre = true;
                t = t.replaceAll("\\{@code ([^}]*)}", "$1").replaceAll("\\{@link ([^}]*)}", "$1").replace("<p>", "")
                        .replace("<pre>", "").replace("</pre>", "").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
                if (!t.isBlank() || (!out.isEmpty() && !out.get(out.size() - 1).isEmpty())) out.add(t.isBlank() ? "" : t);
            }
            while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
            return out;
        }
        return out;
    }
}
