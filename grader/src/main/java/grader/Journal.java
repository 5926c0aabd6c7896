package grader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journal of a grading run, {@code journal.jsonl}: one JSON line per event, in the order the
 * events happened. The test JVM writes it as its tests start and end ({@link JournalListener}), so
 * that what finished survives a JVM that dies later; the grader reads it to grade
 * ({@link Grade#of}), to know what is left to run and which test was running when a JVM ended, and
 * adds its own lines: the blame for a test that took its JVM down, why a run ended early, and how
 * many lines were forged.
 *
 * <p>A line is {@code {"event":"result", ...}} with the fields of its {@link Entry} record.
 */
final class Journal {
    /** One line of the journal. */
    sealed interface Entry permits Start, Started, Result, Container, End, Exit, Forged {}

    /** A test JVM began its run, on this Java version. */
    record Start(String java) implements Entry {}

    /** This test began: if the JVM dies now, the grader knows which test did it. */
    record Started(Test test) implements Entry {}

    /** How this test ended, and in how many seconds (null when unknown). */
    record Result(Test test, Outcome outcome, Double seconds) implements Entry {}

    /** A test class that could not start (or was skipped), so none of its tests ran. */
    record Container(Test test, Outcome outcome) implements Entry {}

    /** The test JVM's run ended normally. */
    record End() implements Entry {}

    /** The grader stopped the run early, for this reason ("the test JVM exited with code 3"). */
    record Exit(String message) implements Entry {}

    /** A test JVM's journal held {@code lines} lines its runner did not write; what the results among them claimed. */
    record Forged(int lines, List<String> claims) implements Entry {}

    /** A test by its class, method and display name; a test class has no method. */
    record Test(@SerializedName("class") String className, String method, String name) {
        /** "gates.GatesTest#andAtTheCorners": how the syllabus and the skip lists name a test. */
        String key() {
            return className + "#" + method;
        }

        static Test of(String key) {
            int hash = key.indexOf('#');
            return new Test(key.substring(0, hash), key.substring(hash + 1), null);
        }
    }

    private static final Map<String, Class<? extends Entry>> EVENTS = events();

    private final Path file;
    /** The lines this process wrote or admitted, when it owns the file ({@link #admit}); else empty. */
    private final List<String> kept = new ArrayList<>();

    Journal(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Starts an empty journal that only this process writes to. */
    void clear() throws IOException {
        kept.clear();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, kept, StandardCharsets.UTF_8);
    }

    /** Adds one line. */
    void append(Entry entry) throws IOException {
        add(line(entry));
    }

    /** Blames the test {@code key} for ending its JVM: it crashed, for the reason {@code why}. */
    void blame(String key, String why) throws IOException {
        append(new Result(Test.of(key), Outcome.crashed(why), null));
    }

    /**
     * Writes the file anew from the lines kept so far (so nothing another process added survives),
     * then adds {@code lines}: the JSON of the lines a test JVM sealed.
     */
    void admit(List<String> lines) throws IOException {
        Files.write(file, kept, StandardCharsets.UTF_8);
        for (String json : lines) add(json);
    }

    private void add(String json) throws IOException {
        kept.add(json);
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every line that reads as an entry; a torn last line (a JVM that died mid-write) is left out. */
    List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) return entries;
        try {
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) parse(text).ifPresent(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the grade journal " + file, e);
        }
        return entries;
    }

    /** The tests that already have a result: a new test JVM leaves them out. */
    Set<String> finished() {
        Set<String> done = new LinkedHashSet<>();
        for (Entry e : read()) {
            if (e instanceof Result r) done.add(r.test().key());
        }
        return done;
    }

    /** The test that started last and has no result: the one running when its JVM ended; null if none. */
    String running() {
        String running = null;
        for (Entry e : read()) {
            if (e instanceof Started s) running = s.test().key();
            else if (e instanceof Result r && r.test().key().equals(running)) running = null;
        }
        return running;
    }

    /** One entry as its journal line: {@code {"event":"result","test":{...},...}}. */
    static String line(Entry entry) {
        JsonObject line = new JsonObject();
        line.addProperty("event", eventOf(entry.getClass()));
        JsonFormat.tree(entry).getAsJsonObject().entrySet().forEach(f -> line.add(f.getKey(), f.getValue()));
        return JsonFormat.line(line);
    }

    /** The entry a journal line holds, or empty for a line that is not one (torn, blank or foreign). */
    static Optional<Entry> parse(String text) {
        if (text.isBlank()) return Optional.empty();
        try {
            JsonElement json = JsonParser.parseString(text);
            if (!json.isJsonObject()) return Optional.empty();
            JsonElement event = json.getAsJsonObject().get("event");
            Class<? extends Entry> type = event != null && event.isJsonPrimitive() ? EVENTS.get(event.getAsString()) : null;
            return type == null ? Optional.empty() : Optional.ofNullable(JsonFormat.read(json, type));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static String eventOf(Class<?> type) {
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Class<? extends Entry>> events() {
        Map<String, Class<? extends Entry>> events = new LinkedHashMap<>();
        for (Class<?> type : Entry.class.getPermittedSubclasses()) events.put(eventOf(type), type.asSubclass(Entry.class));
        return events;
    }
}
