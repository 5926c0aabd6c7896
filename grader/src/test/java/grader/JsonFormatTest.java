package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules every JSON file of the grader follows, through its one codec. */
class JsonFormatTest {
    record Line(String text, Status status, Integer count, List<String> notes) {}

    @Test
    void aStatusIsWrittenAndReadByItsKey() {
        assertThat(JsonFormat.line(new Line(null, Status.NOT_STARTED, null, null))).isEqualTo("{\"status\":\"not_started\"}");
        assertThat(JsonFormat.read("{\"status\":\"timed_out\"}", Line.class).status()).isEqualTo(Status.TIMED_OUT);
        assertThatThrownBy(() -> JsonFormat.read("{\"status\":\"won\"}", Line.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("not a test status");
    }

    @Test
    void nullsAreLeftOutAndFieldsKeepTheirOrder() {
        assertThat(JsonFormat.line(new Line("a", null, 3, List.of()))).isEqualTo("{\"text\":\"a\",\"count\":3,\"notes\":[]}");
        assertThat(JsonFormat.read("{\"text\":\"a\"}", Line.class)).isEqualTo(new Line("a", null, null, null));
    }

    @Test
    void textIsNotHtmlEscapedAndUnicodeStaysAsItIs() {
        String text = "z > 0 && x < 1 = 'ok' · 한국어 ✔ \"quoted\" \\ \n\t";
        String json = JsonFormat.line(new Line(text, null, null, null));
        assertThat(json).contains("z > 0 && x < 1 = 'ok' · 한국어 ✔ \\\"quoted\\\" \\\\ \\n\\t");
        assertThat(JsonFormat.read(json, Line.class).text()).isEqualTo(text);
    }

    @Test
    void wholeNumbersStayWholeAndPrettyTextIsIndentedByTwo() {
        String pretty = JsonFormat.pretty(new Line(null, Status.PASSED, 10, List.of("x")));
        assertThat(pretty).isEqualTo("{\n  \"status\": \"passed\",\n  \"count\": 10,\n  \"notes\": [\n    \"x\"\n  ]\n}");
    }

    @Test
    void aFileEndsWithANewlineAndReadsBackAsAGenericType(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.json");
        Map<String, Line> value = Map.of("1.1", new Line("t", Status.FAILED, 2, List.of()));
        JsonFormat.write(file, value);
        assertThat(Files.readString(file)).endsWith("}\n");
        assertThat(JsonFormat.read(file, new TypeToken<Map<String, Line>>() {})).isEqualTo(value);
    }

    @Test
    void tornOrInvalidTextIsRejected(@TempDir Path dir) throws Exception {
        for (String bad : List.of("{\"text\": \"a\"", "{\"text\": }", "{\"text\":\"a\"} x", "{text: \"a\"}", "", "null",
                "{\"count\": \"many\"}")) {
            assertThatThrownBy(() -> JsonFormat.read(bad, Line.class)).as(bad).isInstanceOf(JsonParseException.class);
        }
        Path file = dir.resolve("torn.json");
        Files.writeString(file, "{\"text\": \"a");
        assertThatThrownBy(() -> JsonFormat.read(file, Line.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
    }
}
