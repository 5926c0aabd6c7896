package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesAndReadsBackNestedValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "quote \" backslash \\ newline \n tab \t 한국어 ✔");
        m.put("int", 42);
        m.put("real", 0.25);
        m.put("list", List.of(1, "two", true));
        m.put("none", null);
        for (String json : new String[] {Json.write(m), Json.writePretty(m)}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> back = (Map<String, Object>) Json.parse(json);
            assertThat(back.get("text")).isEqualTo(m.get("text"));
            assertThat(back.get("int")).isEqualTo(42.0);
            assertThat(back.get("real")).isEqualTo(0.25);
            assertThat(back.get("list")).isEqualTo(List.of(1.0, "two", true));
            assertThat(back).containsKey("none");
        }
    }

    @Test
    void writesWholeNumbersWithoutAFractionAndNonFiniteAsNull() {
        assertThat(Json.write(List.of(3.0, Double.NaN, 1e-3))).isEqualTo("[3,null,0.001]");
    }

    @Test
    void rejectsMalformedTextWithThePosition() {
        assertThatThrownBy(() -> Json.parse("{\"a\": }")).hasMessageContaining("character 6");
        assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("after the value");
    }
}
