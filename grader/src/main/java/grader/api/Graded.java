package grader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A graded test: it earns {@link #points()} towards exercise {@link #exercise()} when it passes.
 *
 * <p>It is a JUnit test, tagged {@code graded}. When the grader runs it, it has a preemptive time
 * limit (set by the grading run, {@code -Dgrader.timeout}): the test body runs in its own thread,
 * so an endless loop in student code costs this test, not the whole run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@Tag("graded")
public @interface Graded {
    /** The exercise this test grades, as numbered in the chapter README: "1.3". */
    String exercise();

    /** The points this test earns when it passes. */
    int points();

    /**
     * Gradescope's visibility of this test: "visible" (the default), or for an instructor's hidden
     * tests "hidden", "after_due_date" or "after_published". Tests that are not visible count
     * towards the chapter's {@link Chapter#hiddenPoints()}.
     */
    String visibility() default "visible";
}
