package kernel;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the kernelspec folder (kernel.json) that {@code jupyter kernelspec install} copies. Run by
 * the build ({@code mvn package}) with absolute paths into notebooks/target.
 */
public final class KernelSpec {
    static final String DISPLAY_NAME = "Java (course kernel)";

    /** JVM options: quick start-up matters more than peak speed for a lecture's small computations. */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-XX:-UsePerfData",
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8");

    private KernelSpec() {}

    public static void main(String[] args) throws IOException {
        String out = null;
        String javaCmd = null;
        String jar = null;
        String lib = null;
        String cds = null;
        for (String a : args) {
            if (a.startsWith("--cds=")) {
                cds = a.substring(6);
                continue;
            }
            if (a.startsWith("--out=")) out = a.substring(6);
            else if (a.startsWith("--java=")) javaCmd = a.substring(7);
            else if (a.startsWith("--jar=")) jar = a.substring(6);
            else if (a.startsWith("--lib=")) lib = a.substring(6);
            else throw new IllegalArgumentException("unknown argument " + a);
        }
        if (out == null || javaCmd == null || jar == null || lib == null) {
            throw new IllegalArgumentException("usage: KernelSpec --out=DIR --java=JAVA --jar=KERNEL_JAR --lib=LIB_DIR");
        }
        Path dir = Path.of(out);
        Files.createDirectories(dir);
        String classpath = jar + File.pathSeparator + lib + File.separator + "*";
        String archive = cds == null ? null : dumpArchive(javaCmd, classpath, Path.of(cds));
        Files.writeString(dir.resolve("kernel.json"), kernelJson(javaCmd, classpath, archive), StandardCharsets.UTF_8);
    }

    /**
     * Records the classes a warm-up session loads in a class-data sharing archive; the kernel maps it
     * at start-up instead of loading and verifying those classes again (a few hundred ms of CPU).
     * Returns the archive's path, or null when this JVM cannot make one (the kernel then runs without).
     */
    static String dumpArchive(String javaCmd, String classpath, Path archive) throws IOException {
        Files.createDirectories(archive.toAbsolutePath().getParent());
        Files.deleteIfExists(archive);
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        List<String> command = new java.util.ArrayList<>();
        command.add(javaCmd);
        command.addAll(JVM_OPTIONS);
        command.add("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath());
        command.add("-cp");
        command.add(classpath);
        command.add(Main.class.getName());
        command.add("--warm-up");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
        return p.exitValue() == 0 && Files.isRegularFile(archive) ? archive.toAbsolutePath().toString() : null;
    }

    static String kernelJson(String javaCmd, String classpath, String archive) {
        JsonArray argv = new JsonArray();
        argv.add(javaCmd);
        JVM_OPTIONS.forEach(argv::add);
        if (archive != null) argv.add("-XX:SharedArchiveFile=" + archive);
        argv.add("-cp");
        argv.add(classpath);
        argv.add(Main.class.getName());
        argv.add("{connection_file}");
        JsonObject spec = new JsonObject();
        spec.add("argv", argv);
        spec.addProperty("display_name", DISPLAY_NAME);
        spec.addProperty("language", "java");
        // Interrupt by message: a SIGINT would end the JVM, and with it the session.
        spec.addProperty("interrupt_mode", "message");
        spec.add("env", new JsonObject());
        JsonObject metadata = new JsonObject();
        metadata.addProperty("debugger", false);
        spec.add("metadata", metadata);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }
}
