package grader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a chapter and lists its exercises. Put it on one class of the chapter's test tree; the
 * grade report finds it there. The points come from the {@link Graded} tests and must total 100.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Chapter {
    /** The chapter number: 1 for chapter01-perceptron. */
    int number();

    /** The chapter title as the README gives it: "The step perceptron". */
    String title();

    /** The chapter's key term in Korean, shown beside the title in the grade table: "퍼셉트론". */
    String korean() default "";

    /**
     * Points that come from hidden tests an instructor runs at grading time ({@code -Dgrader.hidden=dir}).
     * The public tests then total 100 − hiddenPoints; a student's local run says the rest exists.
     */
    int hiddenPoints() default 0;

    /** Every exercise of the chapter, in the README's order. */
    Exercise[] exercises();
}
