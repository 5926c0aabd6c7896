package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kernel's classes depend on each other without a cycle, and not on the toolkit at run time.
 * Read from the compiled classes: every name a class file mentions (its constant pool's texts:
 * class references, descriptors, signatures), with nested classes counted as their top-level class.
 */
class KernelDependenciesTest {
    private static final Pattern KERNEL_CLASS = Pattern.compile("kernel/([A-Za-z0-9_]+)");
    /** Top-level class → the other kernel classes it refers to. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    /** Top-level class → every text of its class files' constant pools. */
    private static final Map<String, List<String>> TEXTS = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        Path classes = classesFolder().resolve("kernel");
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                String name = file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
                List<String> texts = constantTexts(file);
                TEXTS.computeIfAbsent(name, n -> new ArrayList<>()).addAll(texts);
                Set<String> uses = USES.computeIfAbsent(name, n -> new TreeSet<>());
                for (String text : texts) {
                    Matcher m = KERNEL_CLASS.matcher(text);
                    while (m.find()) uses.add(m.group(1));
                }
                uses.remove(name);
            }
        }
        USES.values().forEach(uses -> uses.retainAll(USES.keySet()));
        USES.forEach((name, uses) -> System.out.println(name + " → " + String.join(", ", uses)));
    }

    @Test
    @DisplayName("no cycle among the kernel's classes: Main only wires, and no part reaches back into another")
    void noCycles() {
        assertThat(USES).as("the kernel's classes, read from target/classes").containsKeys("Main", "Evaluator", "Session");
        List<List<String>> cycles = new ArrayList<>();
        for (String start : USES.keySet()) {
            List<String> cycle = cycleThrough(start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (cycle != null) cycles.add(cycle);
        }
        assertThat(cycles).as("dependency cycles (each listed from every class on it)").isEmpty();
        assertThat(USES.entrySet().stream().filter(e -> e.getValue().contains("Main")).map(Map.Entry::getKey))
                .as("classes that use Main (only KernelSpec, which names it in kernel.json)")
                .containsExactly("KernelSpec");
    }

    /** A path from {@code at} back to {@code start}, or null (depth-first; {@code seen} avoids walking twice). */
    private static List<String> cycleThrough(String start, String at, List<String> path, Set<String> seen) {
        for (String next : USES.getOrDefault(at, Set.of())) {
            if (next.equals(start)) return path;
            if (!seen.add(next)) continue;
            path.add(next);
            List<String> found = cycleThrough(start, next, path, seen);
            if (found != null) return found;
            path.remove(path.size() - 1);
        }
        return null;
    }

    @Test
    @DisplayName("the kernel knows toolkit.Todo only by its constants, in Unfinished, and runs without the toolkit")
    void noToolkitAtRunTime() throws Exception {
        TEXTS.forEach((name, texts) -> {
            if (!name.equals("Unfinished")) assertThat(texts).as(name + "'s class files").noneMatch(t -> t.contains("toolkit"));
        });
        assertThat(TEXTS.get("Unfinished")).as("Todo's constants, copied in by javac")
                .contains(toolkit.Todo.CLASS_NAME, toolkit.Todo.NOT_DONE);
        // javac also notes the constants' class in the constant pool, but no instruction uses it:
        // Unfinished loads and works where the toolkit cannot be found, as in the kernel's JVM.
        ClassLoader host = KernelDependenciesTest.class.getClassLoader();
        ClassLoader withoutToolkit = new ClassLoader("without-toolkit-and-kernel", host) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                // the kernel's classes come from the URLClassLoader below, the toolkit from nowhere
                if (name.startsWith("toolkit.") || name.startsWith("kernel.")) throw new ClassNotFoundException(name);
                return super.loadClass(name, resolve);
            }
        };
        try (URLClassLoader kernel = new URLClassLoader(new URL[] {classesFolder().toUri().toURL()}, withoutToolkit)) {
            Class<?> unfinished = Class.forName("kernel.Unfinished", true, kernel);
            assertThat(unfinished.getClassLoader()).isSameAs(kernel);
            Method exerciseOf = unfinished.getDeclaredMethod("exerciseOf", String.class);
            exerciseOf.setAccessible(true); // package-private, and in another loader's package kernel
            assertThat(exerciseOf.invoke(null, "Exercise 4.2 is not done yet: x")).isEqualTo("Exercise 4.2");
        }
    }

    private static Path classesFolder() throws URISyntaxException {
        return Path.of(Evaluator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The texts (CONSTANT_Utf8 entries) of a class file's constant pool. */
    private static List<String> constantTexts(Path classFile) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream file = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(file)) {
            if (in.readInt() != 0xCAFEBABE) throw new IOException(classFile + " is not a class file");
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return texts;
    }
}
