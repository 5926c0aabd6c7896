package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KernelSpecTest {
    @Test
    @DisplayName("kernel.json: language java, the course's display name, interrupt by message, argv running kernel.Main")
    void kernelJson() {
        JsonObject spec = JsonParser.parseString(KernelSpec.kernelJson("/jdk/bin/java", "/k/kernel.jar:/k/lib/*", "/k/kernel.jsa")).getAsJsonObject();
        assertThat(spec.get("language").getAsString()).isEqualTo("java");
        assertThat(spec.get("display_name").getAsString()).isEqualTo("Java (course kernel)");
        assertThat(spec.get("interrupt_mode").getAsString()).isEqualTo("message");
        List<String> argv = new ArrayList<>();
        spec.getAsJsonArray("argv").forEach(e -> argv.add(e.getAsString()));
        assertThat(argv.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(argv).contains("-XX:SharedArchiveFile=/k/kernel.jsa", "-Djava.awt.headless=true");
        assertThat(argv.subList(argv.size() - 4, argv.size())).containsExactly("-cp", "/k/kernel.jar:/k/lib/*", "kernel.Main", "{connection_file}");
        assertThat(KernelSpec.kernelJson("java", "cp", null)).doesNotContain("SharedArchiveFile");
    }
}
