package grader;

/** How a graded test (and so an exercise) ended, in the words the grade table uses. */
enum Status {
    PASSED("passed", "✔"),
    FAILED("failed", "✘"),
    NOT_STARTED("not started", "○"),
    TIMED_OUT("timed out", "⧗"),
    CRASHED("crashed", "‼"),
    DID_NOT_RUN("did not run", "–");

    private final String words;
    private final String mark;

    Status(String words, String mark) {
        this.words = words;
        this.mark = mark;
    }

    public String words() {
        return words;
    }

    public String mark() {
        return mark;
    }

    /** The journal's spelling: "not_started". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    /** True for a test that ran the student's code and went wrong: one an earlier failing exercise may explain. */
    boolean blamable() {
        return this == FAILED || this == TIMED_OUT || this == CRASHED;
    }

    /** Which status explains an exercise best when its tests disagree: the most serious first. */
    int seriousness() {
        return switch (this) {
            case CRASHED -> 6;
            case TIMED_OUT -> 5;
            case FAILED -> 4;
            case DID_NOT_RUN -> 3;
            case NOT_STARTED -> 2;
            case PASSED -> 1;
        };
    }
}
