package grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The student's saves, as watch mode sees them: which source files changed since they were last
 * graded, once they have settled. An editor may save in steps (empty the file, then write it), so a
 * change counts only after {@link #SETTLE_MILLIS} without another, and a file that is empty then is
 * held back (never graded, never compiled) until it has content again.
 */
final class Saves {
    /** How long a change must stand before it is graded: editors write a file in a few milliseconds. */
    static final long SETTLE_MILLIS = 80;

    /** What {@link #poll} found. */
    sealed interface Found permits Nothing, Unsettled, Settled {}

    /** No change since the last settled one. */
    record Nothing() implements Found {}

    /** Changes that are not ready: {@code empty} lists the files that are empty now (maybe mid-save). */
    record Unsettled(List<Path> empty) implements Found {}

    /** Settled changes to grade: the files written, whether one was deleted, and when the last was written. */
    record Settled(List<Path> changed, boolean removed, long savedAtMillis) implements Found {}

    private final Path root;
    private Map<Path, Stamp> seen;
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean removed;
    private long lastChange;

    /** When a file was last written, and its size: an editor that saves twice in one millisecond still shows. */
    record Stamp(long millis, long size) {}

    Saves(Path root) throws IOException {
        this.root = root;
        this.seen = stamps(root);
    }

    /** Looks at the files now. */
    Found poll() throws IOException {
        Map<Path, Stamp> now = stamps(root);
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            if (!e.getValue().equals(seen.get(e.getKey()))) pending.add(e.getKey());
        }
        boolean gone = seen.keySet().stream().anyMatch(p -> !now.containsKey(p));
        if (!now.equals(seen)) lastChange = System.currentTimeMillis();
        removed |= gone;
        seen = now;
        pending.removeIf(p -> !now.containsKey(p));
        if (pending.isEmpty() && !removed) return new Nothing();
        List<Path> empty = pending.stream().filter(Saves::blank).toList();
        if (!empty.isEmpty() || System.currentTimeMillis() - lastChange < SETTLE_MILLIS) return new Unsettled(empty);
        long saved = pending.stream().mapToLong(p -> now.get(p).millis()).max().orElse(lastChange);
        Settled settled = new Settled(List.copyOf(pending), removed, Math.max(saved, removed ? lastChange : 0));
        pending.clear();
        removed = false;
        return settled;
    }

    /** True when the file holds nothing but white space (or cannot be read now). */
    static boolean blank(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).isBlank();
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The source folder and its subfolders, to watch for file events. */
    static List<Path> directories(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            return s.filter(Files::isDirectory).toList();
        }
    }

    private static Map<Path, Stamp> stamps(Path root) throws IOException {
        Map<Path, Stamp> out = new LinkedHashMap<>();
        for (Path p : CompileCheck.javaFiles(root)) {
            try {
                out.put(p, new Stamp(Files.getLastModifiedTime(p).toMillis(), Files.size(p)));
            } catch (IOException e) {
                // deleted between the listing and now: seen as gone
            }
        }
        return out;
    }

    static List<Path> union(List<Path> a, List<Path> b) {
        Set<Path> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
