package grader;

/**
 * Advice for one specific wrong answer. {@code Hint.when(got == 1, "step(0) must be 0: ...")}
 * is shown only when its condition holds, so the hint names the mistake the student made.
 */
public record Hint(boolean applies, String text) {
    public static Hint when(boolean applies, String text) {
        return new Hint(applies, text);
    }

    /** A hint that applies whenever the check fails. */
    public static Hint always(String text) {
        return new Hint(true, text);
    }

    static String first(Hint... hints) {
        for (Hint h : hints) {
            if (h != null && h.applies()) return h.text();
        }
        return null;
    }
}
