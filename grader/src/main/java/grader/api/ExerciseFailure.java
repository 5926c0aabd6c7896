package grader.api;

import org.opentest4j.AssertionFailedError;

/**
 * A graded check that failed, in a student's terms: what was checked, what was expected, what
 * came back, and (when the wrong answer matches a known mistake) a hint aimed at that mistake.
 */
public final class ExerciseFailure extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final String checked;
    private final String expectedText;
    private final String actualText;
    private final String hint;
    private final String hintKorean;

    ExerciseFailure(String checked, String expected, String actual, Hint hint) {
        super(checked + ": expected " + expected + ", got " + actual + (hint == null ? "" : "\nhint: " + hint.text()));
        this.checked = checked;
        this.expectedText = expected;
        this.actualText = actual;
        this.hint = hint == null ? null : hint.text();
        this.hintKorean = hint == null ? null : hint.korean();
    }

    ExerciseFailure(String checked, String expected, String actual, String hint) {
        this(checked, expected, actual, hint == null ? null : Hint.always(hint));
    }

    /** The hint in Korean, or null. */
    public String hintKorean() {
        return hintKorean;
    }

    public String checked() {
        return checked;
    }

    public String expectedText() {
        return expectedText;
    }

    public String actualText() {
        return actualText;
    }

    /** The hint for the mistake this wrong answer points to, or null. */
    public String hint() {
        return hint;
    }
}
