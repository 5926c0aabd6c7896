package grader;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The grader's words in the student's language: English or Korean, chosen by
 * {@code -Dgrader.lang=ko|en}, else by the system locale (Korean when its language is ko).
 */
final class Messages {
    private final ResourceBundle bundle;
    private final String lang;

    private Messages(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("grader.messages", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(String lang) {
        return new Messages("ko".equals(lang) ? "ko" : "en");
    }

    /** From -Dgrader.lang, else the system locale. */
    public static Messages fromEnvironment() {
        String lang = System.getProperty("grader.lang");
        if (lang == null || lang.isBlank()) lang = Locale.getDefault().getLanguage();
        return of(lang);
    }

    public String lang() {
        return lang;
    }

    public boolean korean() {
        return lang.equals("ko");
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args);
    }

    public String status(Status s) {
        return get("status." + s.key());
    }

    /** Columns a string takes in a terminal: Hangul and other wide characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
            w += wide ? 2 : 1;
        }
        return w;
    }

    /** s padded with spaces to {@code columns} terminal columns. */
    static String pad(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    /** A message on one line, for a row of the table: line breaks become spaces, and at most 400 characters. */
    static String oneLine(String s) {
        if (s == null) return null;
        String flat = flat(s);
        return flat.length() > 400 ? flat.substring(0, 399) + "…" : flat;
    }

    /** {@code s} on one line, whole: line breaks and the spaces around them become one space. */
    static String flat(String s) {
        return s == null ? null : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** Numbers with more digits than a table needs: "-0.18178990034721876" (5 or more decimals, or an exponent). */
    private static final java.util.regex.Pattern LONG_NUMBER =
            java.util.regex.Pattern.compile("-?\\d+\\.\\d{5,}(?:[eE][-+]?\\d+)?|-?\\d+(?:\\.\\d+)?[eE][-+]?\\d+");

    /** A list of more than this many entries is shown by its first and last ones. */
    private static final int LIST_ENTRIES = 6;

    /** The inputs of a check as the table shows them, at most this long; grade.json has them whole. */
    private static final int INPUTS = 160;

    /**
     * What a check was called with, short enough for a row of the table: numbers to 4 significant
     * digits, a long list by its first three and last two entries, and what is still too long cut in
     * the middle. {@code predict(Perceptron[w=[-0.18178990034721876, …` becomes {@code predict(Perceptron[w=[-0.1818, …}.
     */
    static String abbreviate(String s) {
        if (s == null) return null;
        java.util.regex.Matcher m = LONG_NUMBER.matcher(flat(s));
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(fourDigits(m.group())));
        m.appendTail(out);
        String text = elideLists(out.toString());
        if (text.length() <= INPUTS) return text;
        return text.substring(0, INPUTS - 45) + " … " + text.substring(text.length() - 42);
    }

    private static String fourDigits(String number) {
        double x = Double.parseDouble(number);
        String s = String.format(Locale.ROOT, "%.4g", x);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return parts[0].replaceAll("\\.?0+$", "") + "e" + Integer.parseInt(parts[1]);
        }
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }

    /** Every innermost [a, b, c, …] of more than {@link #LIST_ENTRIES} entries as [a, b, c, …, y, z]. */
    private static String elideLists(String s) {
        StringBuilder out = new StringBuilder();
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                if (open >= 0) out.append(s, open, i);
                open = i;
            } else if (c == ']' && open >= 0) {
                String[] entries = s.substring(open + 1, i).split(", ", -1);
                if (entries.length > LIST_ENTRIES) {
                    int n = entries.length;
                    out.append('[').append(String.join(", ", java.util.Arrays.copyOf(entries, 3))).append(", …, ")
                            .append(entries[n - 2]).append(", ").append(entries[n - 1]).append(']');
                } else {
                    out.append(s, open, i + 1);
                }
                open = -1;
            } else if (open < 0) {
                out.append(c);
            }
        }
        if (open >= 0) out.append(s.substring(open));
        return out.toString();
    }
}
