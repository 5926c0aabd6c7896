package grader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough Markdown for Gradescope's top-level output ({@code "output_format": "md"}): our own
 * words escaped, file names as code, the compiler's lines in a fenced block so that the caret keeps
 * its column and {@code <identifier>} is not taken for an HTML tag. Everything here is text from a
 * student's submission or a compiler, so nothing is ever passed through unescaped.
 */
final class Markdown {
    private Markdown() {}

    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern NUMBERED = Pattern.compile("(\\s*\\d+)[.)]");
    private static final Pattern BLOCK_START = Pattern.compile("\\s*[#+\\-]");
    private static final Pattern TOKEN = Pattern.compile("\u0001(\\d+)\u0002");

    /** Plain text: what Markdown acts on is escaped, inside a line and at its start. */
    static String text(String s) {
        StringBuilder out = new StringBuilder();
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) out.append('\n');
            Matcher numbered = NUMBERED.matcher(line);
            Matcher block = BLOCK_START.matcher(line);
            int rest = 0;
            if (numbered.lookingAt()) { // "2. " would start a numbered list: escape the dot
                out.append(numbered.group(1)).append('\\').append(line.charAt(numbered.end(1)));
                rest = numbered.end();
            } else if (block.lookingAt()) { // "# " a heading, "- " or "+ " a bullet: escape that sign
                out.append(line, 0, block.end() - 1).append('\\').append(line.charAt(block.end() - 1));
                rest = block.end();
            }
            for (char c : line.substring(rest).toCharArray()) {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '\\', '`', '*', '_', '[', ']' -> out.append('\\').append(c);
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** A file name or any short text shown as code: fenced by more backticks than it holds. */
    static String code(String s) {
        String flat = s.replaceAll("[\\p{Cntrl}]", "?");
        String fence = "`".repeat(longestBackticks(flat) + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** Lines shown exactly as they are, in a monospaced block. */
    static String block(List<String> lines) {
        String body = String.join("\n", lines);
        String fence = "`".repeat(Math.max(3, longestBackticks(body) + 1));
        return fence + "\n" + body + "\n" + fence;
    }

    /**
     * One of the grader's messages with its arguments as code: a String is one code span, a list of
     * Strings is a comma-separated list of them; numbers stay plain.
     */
    static String sentence(Messages words, String key, Object... args) {
        Object[] tokens = new Object[args.length];
        for (int i = 0; i < args.length; i++) tokens[i] = "\u0001" + i + "\u0002";
        String escaped = text(words.get(key, tokens));
        Matcher m = TOKEN.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(render(args[Integer.parseInt(m.group(1))])));
        m.appendTail(out);
        return out.toString();
    }

    private static String render(Object arg) {
        if (arg instanceof List<?> list) {
            List<String> codes = new ArrayList<>();
            for (Object o : list) codes.add(code(String.valueOf(o)));
            return String.join(", ", codes);
        }
        return arg instanceof Number ? arg.toString() : code(String.valueOf(arg));
    }

    private static int longestBackticks(String s) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(s);
        while (m.find()) longest = Math.max(longest, m.group().length());
        return longest;
    }
}
