package kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Turns a cell into what runs, in order: its magic lines, and the code between them cut into the
 * snippets JShell compiles one by one (the way JShell itself cuts what is typed), each knowing the
 * line of the cell it starts on.
 *
 * <pre>{@code
 * %classpath ../chapter01-perceptron/target/classes      chunk 1: the magic, line 1
 * int n = 3;                                             chunk 2, lines 2-3: snippets "int n = 3;" (line 2)
 * n * n                                                  and "n * n" (line 3)
 * }</pre>
 */
final class CellSplitter {
    private CellSplitter() {}

    /** A piece of a cell: consecutive code lines (magic null), or one magic line (code null). */
    record Chunk(int firstLine, String code, Magics.Line magic) {}

    /**
     * One snippet of a code chunk.
     *
     * @param source    its text as JShell compiles it (JShell may have added a ';'); null when incomplete
     * @param at        where it starts in the chunk's code
     * @param firstLine the cell's line it starts on
     * @param codeLine  the cell's line its code starts on, after blank lines and comments
     */
    record Piece(Chunk chunk, String source, int at, int firstLine, int codeLine) {
        /** The code from here on does not end: the cell ends inside a statement. */
        boolean incomplete() {
            return source == null;
        }
    }

    /** The cell's lines cut at its magic lines. */
    static List<Chunk> chunks(List<String> lines) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeStart = 1;
        for (int i = 0; i < lines.size(); i++) {
            Optional<Magics.Line> magic = Magics.parse(lines.get(i));
            if (magic.isPresent()) {
                if (!code.toString().isBlank()) out.add(new Chunk(codeStart, code.toString(), null));
                out.add(new Chunk(i + 1, null, magic.get()));
                code.setLength(0);
                codeStart = i + 2;
            } else {
                code.append(lines.get(i)).append('\n');
            }
        }
        if (!code.toString().isBlank()) out.add(new Chunk(codeStart, code.toString(), null));
        return out;
    }

    /**
     * The snippets of a code chunk, in order. If the code ends inside a statement, the last piece is
     * {@linkplain Piece#incomplete() incomplete}: the snippets before it still run.
     */
    static List<Piece> snippets(Chunk chunk, SourceCodeAnalysis analysis) {
        String text = chunk.code();
        List<Piece> out = new ArrayList<>();
        int consumed = 0;
        while (consumed < text.length()) {
            String remaining = text.substring(consumed);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) break;
            if (!c.isComplete()) {
                int line = chunk.firstLine() + SourceMap.linesBefore(text, consumed + codeStart(remaining));
                out.add(new Piece(chunk, null, consumed, line, line));
                break;
            }
            out.add(piece(chunk, info.source(), consumed));
            int next = text.length() - info.remaining().length();
            consumed = next > consumed ? next : text.length();
        }
        return out;
    }

    /** JShell numbers a snippet's lines from its first non-blank line: the piece starts there. */
    private static Piece piece(Chunk chunk, String source, int consumed) {
        int blank = leadingBlankLines(source);
        String snippetSource = source.substring(blank);
        int at = consumed + blank;
        int firstLine = chunk.firstLine() + SourceMap.linesBefore(chunk.code(), at);
        int codeLine = firstLine + SourceMap.linesBefore(snippetSource, codeStart(snippetSource));
        return new Piece(chunk, snippetSource, at, firstLine, codeLine);
    }

    /** Where the code starts in a snippet's text: after blanks and comments. */
    static int codeStart(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                return i;
            }
        }
        return Math.min(i, text.length());
    }

    /** How many characters of blank lines a text starts with. */
    static int leadingBlankLines(String text) {
        int skip = 0;
        while (true) {
            int nl = text.indexOf('\n', skip);
            if (nl < 0 || !text.substring(skip, nl).isBlank()) return skip;
            skip = nl + 1;
        }
    }
}
