package grader;

import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chapter's progress file, .progress.json in the chapter folder: for each exercise the best
 * points ever earned in watch mode, so the list (key l) shows what was already achieved. The file
 * is an object keyed by exercise id ("1.1"), each value an {@link Entry}.
 */
final class Progress {
    private static final TypeToken<LinkedHashMap<String, Entry>> SHAPE = new TypeToken<>() {};

    private Progress() {}

    /** One exercise's progress: the best and the last points earned, of {@code points}, and its status now. */
    record Entry(int best, int last, int points, Status status) {}

    static Path file(Path chapterDir) {
        return chapterDir.resolve(".progress.json");
    }

    /** The progress so far; none when there is no file, or a damaged one (progress then starts over). */
    static Map<String, Entry> read(Path chapterDir) {
        try {
            if (Files.exists(file(chapterDir))) return JsonFormat.read(file(chapterDir), SHAPE);
        } catch (RuntimeException damaged) {
            // a damaged progress file starts over
        }
        return new LinkedHashMap<>();
    }

    static void record(Path chapterDir, Grade g) {
        if (!g.compileErrors().isEmpty()) return;
        Map<String, Entry> progress = read(chapterDir);
        for (Grade.ExerciseGrade e : g.exercises()) {
            int best = best(progress, e.info().id());
            progress.put(e.info().id(), new Entry(Math.max(best, e.earned()), e.earned(), e.points(), e.status()));
        }
        try {
            JsonFormat.write(file(chapterDir), progress);
        } catch (IOException e) {
            // progress is a convenience: never stop the watch for it
        }
    }

    /** l: every exercise with its status now and the best points it ever earned. */
    static String list(Path chapterDir, Grade g, Messages words) {
        Map<String, Entry> progress = read(chapterDir);
        StringBuilder out = new StringBuilder("\n");
        int width = g.exercises().stream().mapToInt(e -> Messages.width(e.info().title(words))).max().orElse(10);
        for (Grade.ExerciseGrade e : g.exercises()) {
            out.append("  ").append(Messages.pad(e.info().id(), 5)).append(Messages.pad(e.info().title(words), width)).append("  ")
                    .append(e.status().mark()).append(' ').append(Messages.pad(words.status(e.status()), 12))
                    .append(String.format("%3d / %d", e.earned(), e.points()))
                    .append("   ").append(words.get("watch.best", best(progress, e.info().id()))).append('\n');
        }
        return out.toString();
    }

    /** The best points {@code id} ever earned; 0 when it has no entry (or one without them). */
    private static int best(Map<String, Entry> progress, String id) {
        Entry entry = progress.get(id);
        return entry == null ? 0 : entry.best();
    }
}
