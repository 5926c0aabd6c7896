package grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chapter's progress file, .progress.json in the chapter folder: for each exercise the best
 * points ever earned in watch mode, so the list (key l) shows what was already achieved.
 */
final class Progress {
    private Progress() {}

    static Path file(Path chapterDir) {
        return chapterDir.resolve(".progress.json");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path chapterDir) {
        try {
            if (Files.exists(file(chapterDir))) {
                return (Map<String, Object>) Json.parse(Files.readString(file(chapterDir), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged progress file starts over
        }
        return new LinkedHashMap<>();
    }

    static void record(Path chapterDir, Grade g) {
        if (!g.compileErrors().isEmpty()) return;
        Map<String, Object> progress = read(chapterDir);
        for (Grade.ExerciseGrade e : g.exercises()) {
            Object before = progress.get(e.info().id());
            int best = before instanceof Map<?, ?> m && m.get("best") instanceof Number n ? n.intValue() : 0;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("best", Math.max(best, e.earned()));
            entry.put("last", e.earned());
            entry.put("points", e.points());
            entry.put("status", e.status().key());
            progress.put(e.info().id(), entry);
        }
        try {
            Files.writeString(file(chapterDir), Json.writePretty(progress), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // progress is a convenience: never stop the watch for it
        }
    }

    /** l: every exercise with its status now and the best points it ever earned. */
    static String list(Path chapterDir, Grade g, Messages words) {
        Map<String, Object> progress = read(chapterDir);
        StringBuilder out = new StringBuilder("\n");
        int width = g.exercises().stream().mapToInt(e -> Messages.width(e.info().title(words))).max().orElse(10);
        for (Grade.ExerciseGrade e : g.exercises()) {
            Object p = progress.get(e.info().id());
            int best = p instanceof Map<?, ?> m && m.get("best") instanceof Number n ? n.intValue() : 0;
            out.append("  ").append(Messages.pad(e.info().id(), 5)).append(Messages.pad(e.info().title(words), width)).append("  ")
                    .append(e.status().mark()).append(' ').append(Messages.pad(words.status(e.status()), 12))
                    .append(String.format("%3d / %d", e.earned(), e.points()))
                    .append("   ").append(words.get("watch.best", best)).append('\n');
        }
        return out.toString();
    }
}
