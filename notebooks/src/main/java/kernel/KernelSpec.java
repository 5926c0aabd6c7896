package kernel;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        String archiveOption = cds == null ? null : dumpArchive(javaCmd, classpath, Path.of(cds));
        Files.writeString(dir.resolve("kernel.json"), kernelJson(javaCmd, classpath, archiveOption), StandardCharsets.UTF_8);
    }

    /**
     * Records what a warm-up session loads, so that the kernel starts faster, and returns the JVM
     * option that uses the record (null when this JVM cannot make one: the kernel then runs without).
     *
     * <ul>
     *   <li>On JDK 25 and later, an ahead-of-time cache ({@code -XX:AOTCacheOutput}, JEP 483, 514 and
     *       515): classes loaded and linked, and the methods' profiles. The kernel maps it with
     *       {@code -XX:AOTCache}.
     *   <li>Before, a class-data sharing archive ({@code -XX:ArchiveClassesAtExit}): classes loaded
     *       and verified. The kernel maps it with {@code -XX:SharedArchiveFile}.
     * </ul>
     *
     * @param archive where the CDS archive goes (the AOT cache goes beside it, as kernel.aot)
     */
    static String dumpArchive(String javaCmd, String classpath, Path archive) throws IOException {
        Files.createDirectories(archive.toAbsolutePath().getParent());
        boolean aot = featureVersion(javaCmd) >= 25;
        Path file = aot ? archive.resolveSibling("kernel.aot") : archive;
        Files.deleteIfExists(archive);
        Files.deleteIfExists(archive.resolveSibling("kernel.aot"));
        Path log = file.resolveSibling(file.getFileName() + ".log");
        List<String> command = new ArrayList<>();
        command.add(javaCmd);
        command.addAll(JVM_OPTIONS);
        command.add((aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + file.toAbsolutePath());
        command.add("-cp");
        command.add(classpath);
        command.add(Main.class.getName());
        command.add("--warm-up");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(file)) return null;
        return (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + file.toAbsolutePath();
    }

    /** The feature version (17, 21, 25...) of the JDK that javaCmd belongs to, from its release file; -1 if unknown. */
    static int featureVersion(String javaCmd) {
        Path java = Path.of(javaCmd).toAbsolutePath();
        try {
            java = java.toRealPath(); // /usr/bin/java is a link into the JDK
        } catch (IOException | RuntimeException e) {
            // not there: the release file is not either
        }
        Path home = java.getParent();
        home = home == null ? null : home.getParent();
        if (home == null) return -1;
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return featureVersionOf(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no release file: treat as unknown
        }
        return -1;
    }

    /** "17.0.15" → 17, "25" → 25, "1.8.0_402" → 8; -1 if it is not a version. */
    static int featureVersionOf(String version) {
        String[] parts = version.strip().split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** kernel.json; archiveOption is the JVM option that maps the start-up archive, or null. */
    static String kernelJson(String javaCmd, String classpath, String archiveOption) {
        JsonArray argv = new JsonArray();
        argv.add(javaCmd);
        JVM_OPTIONS.forEach(argv::add);
        if (archiveOption != null) argv.add(archiveOption);
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
