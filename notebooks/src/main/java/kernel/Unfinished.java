package kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import toolkit.Todo;

/**
 * The unfinished exercises a session has reached. A {@code toolkit.Todo} thrown anywhere in a
 * snippet (also as the cause of another exception) is not an error of the notebook: the cell stops
 * there with the exercise's message, and the variable the snippet was computing is remembered as
 * missing. A later snippet that fails while it uses a missing variable is skipped with a note
 * naming the exercise, and what it computes is missing too; a snippet that gives the variable a
 * value makes it present again.
 *
 * <p>The kernel does not have the toolkit on its class path: it knows {@code Todo} by the class
 * name JShell reports and the words of its message, both constants of {@link Todo}.
 */
final class Unfinished {
    /** Why a snippet's exception is not an error: the note for Outcome.notDone, and the lines for stderr. */
    record Note(String summary, List<String> lines) {}

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** Variables left without a value by an unfinished exercise: name → "Exercise 1.7". */
    private final Map<String, String> missing = new LinkedHashMap<>();

    /** A snippet ran to its end: the variable it declares or assigns has a value now. */
    void ran(Snippet snippet) {
        String declared = declaredName(snippet);
        if (declared != null) missing.remove(declared);
    }

    /**
     * Why the exception a snippet threw is not an error, or empty when it is one.
     *
     * @param source   the snippet's code
     * @param where    where it threw: "line 2 of this cell"
     * @param lineText the code of that line
     */
    Optional<Note> explain(JShellException thrown, Snippet snippet, String source, String where, String lineText) {
        String declared = declaredName(snippet);
        String todo = todoMessage(thrown);
        if (todo != null) {
            if (declared != null) missing.put(declared, exerciseOf(todo));
            return Optional.of(new Note(todo, List.of(todo, "    ↳ reached from " + where + ": " + lineText.strip())));
        }
        for (String used : identifiers(source)) {
            String exercise = missing.get(used);
            if (exercise != null) {
                if (declared != null && !declared.equals(used)) missing.put(declared, exercise);
                String note = "Skipped " + where + ": it uses " + used + ", which has no value because "
                        + exercise + Todo.NOT_DONE + ".";
                return Optional.of(new Note(note, List.of(note)));
            }
        }
        return Optional.empty();
    }

    /** The message of a toolkit.Todo anywhere in the cause chain, or null. */
    static String todoMessage(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EvalException e && Todo.CLASS_NAME.equals(e.getExceptionClassName())) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** "Exercise 1.7" from "Exercise 1.7 is not done yet: ...". */
    static String exerciseOf(String todoMessage) {
        int i = todoMessage.indexOf(Todo.NOT_DONE);
        return i > 0 ? todoMessage.substring(0, i) : "an exercise";
    }

    /** The variable a snippet declares ({@code int x = ...}) or assigns ({@code x = ...}), or null. */
    private static String declaredName(Snippet s) {
        if (s instanceof VarSnippet v) return v.name();
        if (s instanceof ExpressionSnippet e && s.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND) return e.name();
        return null;
    }

    /** The identifiers of a snippet's code, outside its string literals and comments. */
    static List<String> identifiers(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(codeOnly(source));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The text with string and character literals and comments blanked out. */
    static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = endOfLiteralOrComment(text, i);
            if (end < 0) {
                out.append(text.charAt(i));
                i++;
            } else {
                out.append(' ');
                i = end;
            }
        }
        return out.toString();
    }

    /** Where the comment or literal starting at {@code i} ends, or -1 if none starts there. */
    private static int endOfLiteralOrComment(String text, int i) {
        char c = text.charAt(i);
        if (text.startsWith("//", i)) return endOr(text, text.indexOf('\n', i), 0);
        if (text.startsWith("/*", i)) return endOr(text, text.indexOf("*/", i + 2), 2);
        if (text.startsWith("\"\"\"", i)) return endOr(text, text.indexOf("\"\"\"", i + 3), 3);
        if (c != '"' && c != '\'') return -1;
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
            end += text.charAt(end) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), end + 1);
    }

    /** found + length of the closing mark, or the text's end when it was not found. */
    private static int endOr(String text, int found, int closingLength) {
        return found < 0 ? text.length() : found + closingLength;
    }
}
