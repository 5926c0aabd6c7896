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

    /** A message on one line, for a row of the table: line breaks become spaces, and at most 200 characters. */
    static String oneLine(String s) {
        if (s == null) return null;
        String flat = s.replaceAll("\\s*\\R\\s*", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }
}
