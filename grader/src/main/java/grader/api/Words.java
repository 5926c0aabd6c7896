package grader.api;

import java.util.Locale;

/**
 * The few words the checks write themselves ("an IllegalArgumentException", "no exception: the
 * call returned normally"), in the language the grader speaks: Korean with -Dgrader.lang=ko (which
 * the grader passes on to the test JVM), else by the system locale, as the grade table chooses.
 */
final class Words {
    private Words() {}

    static boolean korean() {
        String lang = System.getProperty("grader.lang");
        if (lang == null || lang.isBlank()) lang = Locale.getDefault().getLanguage();
        return lang.equals("ko");
    }

    /** {@code english}, or {@code korean} when the grader speaks Korean. */
    static String of(String english, String korean) {
        return korean() ? korean : english;
    }
}
