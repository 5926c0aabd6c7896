package grader.api;

/**
 * Advice for one specific wrong answer, shown only when its condition holds, so the hint names the
 * mistake the student made. The Korean text, for students who grade with {@code -Dgrader.lang=ko},
 * sits right under the English one:
 *
 * <pre>
 * Hint.when(got == 1,
 *         "step(0) must be 0: the perceptron fires only when z > 0")
 *     .ko("step(0)은 0이어야 합니다: 퍼셉트론은 z > 0일 때만 발화합니다")
 * </pre>
 *
 * Without {@code .ko(...)}, Korean students see the English.
 */
public record Hint(boolean applies, String text, String korean) {
    public static Hint when(boolean applies, String text) {
        return new Hint(applies, text, null);
    }

    /** A hint that applies whenever the check fails. */
    public static Hint always(String text) {
        return new Hint(true, text, null);
    }

    /** This hint with its Korean text. */
    public Hint ko(String korean) {
        return new Hint(applies, text, korean);
    }

    static Hint first(Hint... hints) {
        for (Hint h : hints) {
            if (h != null && h.applies()) return h;
        }
        return null;
    }
}
