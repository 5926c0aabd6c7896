package kernel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The two line magics the course's notebooks use, the ones IJava and JJava share:
 * {@code %classpath <path>...} and {@code %load <file>}. Paths are relative to the notebook's
 * folder and may contain globs ({@code *}, {@code ?}, {@code [..]}, {@code {a,b}} within a name,
 * {@code **} across folders).
 */
final class Magics {
    private Magics() {}

    /** The magics a notebook may use; any other is an error naming these. */
    static final List<String> SUPPORTED = List.of("classpath", "load");

    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(?!%)(\\S*)(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%(\\S*).*$");

    /** A magic line: its name, its arguments (split like a shell would, quotes kept together). */
    record Line(String name, List<String> args) {}

    /** The magic on this line of a cell, if it is one. */
    static Optional<Line> parse(String line) {
        Matcher cell = CELL_MAGIC.matcher(line);
        if (cell.matches()) return Optional.of(new Line("%" + cell.group(1), List.of()));
        Matcher m = LINE_MAGIC.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Line(m.group(1), splitArgs(m.group(2))));
    }

    /** Splits on blanks, keeping "quoted parts" and 'quoted parts' together (without the quotes). */
    static List<String> splitArgs(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else cur.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) out.add(cur.toString());
                cur.setLength(0);
                inToken = false;
            } else {
                cur.append(c);
                inToken = true;
            }
        }
        if (inToken) out.add(cur.toString());
        return out;
    }

    /**
     * The files and folders {@code %classpath} adds for these arguments: each argument may hold
     * several paths separated by the platform's path separator, each relative to {@code base} and
     * possibly a glob. A path or glob that matches nothing is an error that says where it looked:
     * usually the chapter has not been built yet.
     */
    static List<Path> resolveClasspath(Path base, List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(
                    "%classpath needs a path, for example %classpath ../chapter01-perceptron/target/classes");
        }
        List<Path> out = new ArrayList<>();
        for (String arg : args) {
            for (String entry : arg.split(Pattern.quote(File.pathSeparator))) {
                if (entry.isBlank()) continue;
                List<Path> found = resolveGlob(base, entry);
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("%classpath: nothing matches " + entry + " (looked for "
                            + base.resolve(entry).normalize() + "). Has the chapter been built? "
                            + "Run the set-up (`mvn -q install`) once in the course's top folder, or `mvn compile` in the chapter.");
                }
                out.addAll(found);
            }
        }
        return out;
    }

    /** The existing paths that {@code pattern} (relative to {@code base}, or absolute) names, sorted. */
    static List<Path> resolveGlob(Path base, String pattern) {
        String p = pattern.replace('\\', '/');
        if (p.startsWith("~/")) p = System.getProperty("user.home").replace('\\', '/') + p.substring(1);
        String[] segments = p.split("/", -1);
        int firstGlob = -1;
        for (int i = 0; i < segments.length; i++) {
            if (isGlob(segments[i])) {
                firstGlob = i;
                break;
            }
        }
        if (firstGlob < 0) {
            Path plain = base.resolve(pattern).normalize();
            return Files.exists(plain) ? List.of(plain) : List.of();
        }
        String fixed = String.join("/", Arrays.copyOfRange(segments, 0, firstGlob));
        Path root = (fixed.isEmpty() ? (p.startsWith("/") ? Path.of("/") : base) : base.resolve(fixed)).normalize();
        if (!Files.isDirectory(root)) return List.of();
        String rest = String.join("/", Arrays.copyOfRange(segments, firstGlob, segments.length));
        boolean deep = rest.contains("**");
        int depth = deep ? Integer.MAX_VALUE : segments.length - firstGlob;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(q -> !q.equals(root))
                    .filter(q -> matcher.matches(root.relativize(q)))
                    .map(Path::normalize)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static boolean isGlob(String segment) {
        for (char c : segment.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == '{') return true;
        }
        return false;
    }

    /** The file {@code %load} evaluates, relative to {@code base}. */
    static Path resolveLoad(Path base, List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("%load takes one file, for example %load helpers.jsh (got " + args.size()
                    + " arguments)");
        }
        Path file = base.resolve(args.get(0)).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("%load: no file " + args.get(0) + " (looked for " + file + ")");
        }
        return file;
    }
}
