package grader;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way the grader writes and reads JSON (Gson), so that every file it makes has the same
 * rules: records become objects with their fields in order, null fields are left out, a
 * {@link Status} is written by its key ("not_started"), and text is not HTML-escaped (a hint's
 * "z > 0" stays "z > 0" in grade.json). It reads strictly: JSON as the standard has it (no
 * comments, no unquoted names) and one value per text, so a torn or doctored file is refused
 * rather than half read.
 */
final class JsonFormat {
    private static final Gson LINE = builder().create();
    private static final Gson PRETTY = builder().setPrettyPrinting().create();

    private JsonFormat() {}

    private static GsonBuilder builder() {
        return new GsonBuilder().disableHtmlEscaping().setStrictness(Strictness.STRICT)
                .registerTypeAdapter(Status.class, new StatusByKey());
    }

    /** {@code value} as JSON on one line: a journal line. */
    static String line(Object value) {
        return LINE.toJson(value);
    }

    /** {@code value} as a JSON tree, to be combined with other fields before it is written. */
    static JsonElement tree(Object value) {
        return LINE.toJsonTree(value);
    }

    /** A JSON tree read as {@code type}. */
    static <T> T read(JsonElement json, Class<T> type) {
        return LINE.fromJson(json, type);
    }

    /** {@code value} as indented JSON, for files a person may open. */
    static String pretty(Object value) {
        return PRETTY.toJson(value);
    }

    /** Writes {@code value} to {@code file} as indented JSON, with a final newline. */
    static void write(Path file, Object value) throws IOException {
        Files.writeString(file, pretty(value) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads one JSON text as {@code type}; a text that is not JSON of that shape throws {@link JsonParseException}. */
    static <T> T read(String json, Class<T> type) {
        return read(json, TypeToken.get(type));
    }

    /**
     * As {@link #read(String, Class)}, for a generic type such as {@code Map<String, Entry>}, which a
     * {@code Class} cannot name. The whole text must be one value: "[1] x" is rejected, not read as [1].
     */
    static <T> T read(String json, TypeToken<T> type) {
        T value = LINE.fromJson(json, type);
        if (value == null) throw new JsonParseException("empty JSON text");
        return value;
    }

    /** Reads {@code file} as {@code type}, naming the file when it cannot. */
    static <T> T read(Path file, Class<T> type) {
        return read(file, TypeToken.get(type));
    }

    /** As {@link #read(Path, Class)}, for a generic type. */
    static <T> T read(Path file, TypeToken<T> type) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + " is not the JSON the grader expects: " + e.getMessage(), e);
        }
    }

    /** A status as the journal and grade.json spell it: "timed_out". */
    private static final class StatusByKey extends TypeAdapter<Status> {
        @Override
        public void write(JsonWriter out, Status status) throws IOException {
            if (status == null) out.nullValue();
            else out.value(status.key());
        }

        @Override
        public Status read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            try {
                return Status.fromKey(in.nextString());
            } catch (IllegalArgumentException e) {
                throw new JsonParseException("not a test status: " + e.getMessage());
            }
        }
    }
}
