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
        JsonObject spec = JsonParser.parseString(KernelSpec.kernelJson("/jdk/bin/java", "/k/kernel.jar:/k/lib/*", "-XX:SharedArchiveFile=/k/kernel.jsa")).getAsJsonObject();
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

    @Test
    @DisplayName("the JDK's feature version decides between an AOT cache (25 and later) and a CDS archive")
    void featureVersion(@org.junit.jupiter.api.io.TempDir java.nio.file.Path jdk) throws java.io.IOException {
        assertThat(KernelSpec.featureVersionOf("17.0.15")).isEqualTo(17);
        assertThat(KernelSpec.featureVersionOf("25")).isEqualTo(25);
        assertThat(KernelSpec.featureVersionOf("1.8.0_402")).isEqualTo(8);
        assertThat(KernelSpec.featureVersionOf("unknown")).isEqualTo(-1);
        java.nio.file.Files.createDirectories(jdk.resolve("bin"));
        java.nio.file.Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertThat(KernelSpec.featureVersion(jdk.resolve("bin").resolve("java").toString())).isEqualTo(25);
        assertThat(KernelSpec.featureVersion("/nowhere/bin/java")).isEqualTo(-1);
        assertThat(KernelSpec.featureVersion(System.getProperty("java.home") + "/bin/java")).isEqualTo(Runtime.version().feature());
    }
}
