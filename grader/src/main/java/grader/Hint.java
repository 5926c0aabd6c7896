package grader;

/**
 * Advice for one specific wrong answer. {@code Hint.when(got == 1, "step(0) must be 0: ...")}
 * is shown only when its condition holds, so the hint names the mistake the student made.
 * Give a Korean text as well ({@code Hint.when(cond, english, korean)}) for students who grade
 * with {@code -Dgrader.lang=ko}; without one, they see the English.
 */
public record Hint(boolean applies, String text, String korean) {
    public static Hint when(boolean applies, String text) {
        return new Hint(applies, text, null);
    }

    public static Hint when(boolean applies, String text, String korean) {
        return new Hint(applies, text, korean);
    }

    /** A hint that applies whenever the check fails. */
    public static Hint always(String text) {
        return new Hint(true, text, null);
    }

    public static Hint always(String text, String korean) {
        return new Hint(true, text, korean);
    }

    static Hint first(Hint... hints) {
        for (Hint h : hints) {
            if (h != null && h.applies()) return h;
        }
        return null;
    }
}
