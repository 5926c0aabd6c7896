package grader;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A graded test: it earns {@link #points()} towards exercise {@link #exercise()} when it passes.
 *
 * <p>It is a JUnit test, tagged {@code graded}, with a preemptive time limit: the test body runs in
 * its own thread, so an endless loop in student code costs this test, not the whole run. Put a
 * {@code @Timeout} of your own on a test that needs longer than {@value #SECONDS} seconds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@Tag("graded")
@Timeout(value = Graded.SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public @interface Graded {
    /** The default time limit of a graded test, in seconds. */
    int SECONDS = 10;

    /** The exercise this test grades, as numbered in the chapter README: "1.3". */
    String exercise();

    /** The points this test earns when it passes. */
    int points();
}
