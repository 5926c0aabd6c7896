package grader;

import com.sun.source.tree.ImportTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a student's stub from a reference solution. The solution marks each exercise with one line
 * comment, the first line of the method's body:
 *
 * <pre>
 * public static int step(double z) {
 *     // Exercise 1.1: return 1 when z > 0, else 0
 *     // 연습 1.1: z > 0이면 1, 아니면 0을 반환하세요
 *     return z > 0 ? 1 : 0;
 * }
 * </pre>
 *
 * The second line, the task in Korean for the Korean grade table, may be left out. In the stub,
 * everything from the marker to the method's closing brace becomes one line at the marker's
 * indentation, {@code throw Todo.exercise("1.1", "return 1 when z > 0, else 0", "z > 0이면 ...");}, and
 * {@code import toolkit.Todo;} joins the imports in alphabetical place (the solution does not need
 * it). The rest is copied byte for byte. Bodies are found with javac's own parser
 * ({@link JavaSource}), so braces in strings, characters, comments and text blocks do not count.
 *
 * <p>Any line comment that starts "// Exercise" is read as a marker: one that is misspelt or not
 * the first line of a method body is an error, never copied into the stub with its answer.
 */
final class StubMaker {
    private StubMaker() {}

    /** A line that looks like a marker (case and spacing forgiven, so that a typo is caught, not copied). */
    private static final Pattern MARKER_LINE = Pattern.compile("(?im)^([ \\t]*)//[ \\t]*exercise\\b.*$");
    private static final Pattern WELL_FORMED = Pattern.compile("// Exercise (\\S+): (.*\\S)");
    private static final Pattern KOREAN = Pattern.compile("[ \\t]*// 연습 (\\S+): (.*\\S)[ \\t]*\\r?");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");
    private static final String TODO = "toolkit.Todo";

    /** One exercise marker: where its line starts, its indentation, the exercise id and the task text (and in Korean, or null). */
    record Marker(int offset, int line, String indent, String id, String task, String korean) {}

    /** The stub (null when there are problems), the markers it replaced, and the problems, as "file:line: what". */
    record Result(String stub, List<Marker> markers, List<String> problems) {}

    /** A piece of the solution, from start to end, that the stub has differently. */
    private record Edit(int start, int end, String text) {}

    /** The stub of the solution {@code text}; {@code file} names it in the problems. */
    static Result make(String file, String text) {
        JavaSource source = JavaSource.parse(file, text);
        List<String> problems = new ArrayList<>(source.syntaxErrors());
        if (!problems.isEmpty()) return new Result(null, List.of(), problems);
        Map<Integer, Marker> markers = markers(source, problems);
        List<Edit> edits = new ArrayList<>();
        List<Marker> replaced = new ArrayList<>();
        for (JavaSource.Method body : source.methods()) {
            Marker marker = markers.remove(source.lineAfter(body.open()));
            if (marker == null) continue;
            Edit edit = replacement(source, body, marker, problems);
            if (edit != null) {
                edits.add(edit);
                replaced.add(marker);
            }
        }
        for (Marker stray : markers.values()) {
            problems.add(source.at(stray.offset()) + "the marker for exercise " + stray.id()
                    + " is not the first line of a method body: put it on the line right after the method's"
                    + " opening brace");
        }
        if (problems.isEmpty()) problems.addAll(overlaps(source, edits, replaced));
        if (!problems.isEmpty()) return new Result(null, replaced, problems);
        if (!edits.isEmpty()) addImport(source, edits);
        replaced.sort(Comparator.comparingInt(Marker::offset));
        return new Result(apply(text, edits), replaced, List.of());
    }

    /** The markers by the offset of their line, checked for form; malformed ones become problems. */
    private static Map<Integer, Marker> markers(JavaSource source, List<String> problems) {
        Map<Integer, Marker> out = new TreeMap<>();
        Matcher line = MARKER_LINE.matcher(source.text());
        while (line.find()) {
            String comment = line.group().strip();
            Matcher m = WELL_FORMED.matcher(comment);
            String where = source.at(line.start());
            if (!m.matches()) {
                problems.add(where + "a marker reads \"// Exercise N.k: what to write\", not \"" + comment + "\"");
            } else if (!ID.matcher(m.group(1)).matches()) {
                problems.add(where + "malformed exercise id \"" + m.group(1)
                        + "\" in the marker: an id is the chapter's number, a dot and the exercise's number,"
                        + " such as 1.1");
            } else {
                out.put(line.start(), new Marker(line.start(), source.lineOf(line.start()), line.group(1),
                        m.group(1), m.group(2), korean(source, line.end(), m.group(1), problems)));
            }
        }
        return out;
    }

    /** The Korean task on the line after a marker's (which ends at {@code end}), or null; a wrong id is a problem. */
    private static String korean(JavaSource source, int end, String id, List<String> problems) {
        int next = source.lineEnd(end);
        if (next >= source.text().length()) return null;
        String line = source.text().substring(next, source.lineEnd(next)).replaceAll("\\n$", "");
        Matcher k = KOREAN.matcher(line);
        if (!k.matches()) return null;
        if (!k.group(1).equals(id)) {
            problems.add(source.at(next) + "the Korean task line names exercise " + k.group(1) + ", but follows the marker of " + id);
        }
        return k.group(2);
    }

    /** The edit that turns the marked body into the Todo line, up to (not including) the closing brace's line. */
    private static Edit replacement(JavaSource source, JavaSource.Method body, Marker marker, List<String> problems) {
        int closeLine = source.lineStart(body.close());
        if (!source.text().substring(closeLine, body.close()).isBlank()) {
            problems.add(source.at(body.close()) + "the closing brace of " + body.name() + " (exercise " + marker.id()
                    + ") must begin its own line, so that the stub can keep it");
            return null;
        }
        String todo = marker.indent() + "throw Todo.exercise(" + javaString(marker.id()) + ", "
                + javaString(marker.task()) + (marker.korean() == null ? "" : ", " + javaString(marker.korean())) + ");"
                + source.newline();
        return new Edit(marker.offset(), closeLine, todo);
    }

    /** A marked method inside another marked method's body would vanish with it. */
    private static List<String> overlaps(JavaSource source, List<Edit> edits, List<Marker> markers) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            for (int j = 0; j < edits.size(); j++) {
                Edit inner = edits.get(i);
                Edit outer = edits.get(j);
                if (i != j && outer.start() < inner.start() && inner.start() < outer.end()) {
                    out.add(source.at(inner.start()) + "the marker for exercise " + markers.get(i).id()
                            + " is inside the body of exercise " + markers.get(j).id()
                            + ", which the stub replaces: mark one of them");
                }
            }
        }
        return out;
    }

    /** Adds {@code import toolkit.Todo;} before the first import that sorts after it, unless it is imported already. */
    private static void addImport(JavaSource source, List<Edit> edits) {
        String line = "import " + TODO + ";" + source.newline();
        Integer after = null;
        for (ImportTree i : source.unit().getImports()) {
            String name = i.getQualifiedIdentifier().toString();
            if (i.isStatic()) continue;
            if (name.equals(TODO) || name.equals("toolkit.*")) return;
            int start = source.lineStart(source.start(i));
            if (name.compareTo(TODO) > 0) {
                edits.add(new Edit(start, start, line));
                return;
            }
            after = source.lineEnd(source.end(i));
        }
        if (after != null) {
            edits.add(new Edit(after, after, line));
        } else if (source.unit().getPackage() != null) {
            int end = source.lineEnd(source.end(source.unit().getPackage()));
            edits.add(new Edit(end, end, source.newline() + line));
        } else {
            edits.add(new Edit(0, 0, line + source.newline()));
        }
    }

    private static String apply(String text, List<Edit> edits) {
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Edit e : edits) {
            out.append(text, from, e.start()).append(e.text());
            from = e.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** {@code text} as a Java string literal: quotes, backslashes and control characters escaped. */
    static String javaString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\t' -> out.append("\\t");
                default -> out.append(c < ' ' ? String.format("\\%03o", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
