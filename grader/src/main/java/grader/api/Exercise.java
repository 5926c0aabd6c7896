package grader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One exercise of a {@link Chapter}: its id, its title, and the student file that holds it. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Exercise {
    /** "1.3" */
    String id();

    /** "Predict with a perceptron" */
    String title();

    /** The title in Korean, shown when the grader speaks Korean (-Dgrader.lang=ko): "예측". Empty: the English title. */
    String korean() default "";

    /** The file to edit, relative to src/exercise/java: "perceptron/Neuron.java". */
    String file();

    /** The method(s) to write, comma-separated: "step". A failed check shows the student's code there. */
    String method();

    /**
     * The exercises this one calls, directly or through the lesson code: {@code {"1.6", "1.3"}}.
     * When this exercise fails while one of those fails too, its row says to fix that one first;
     * the course check's known mistakes prove the list (a mistake may cost points only in the
     * exercise made wrong and in those that use it).
     */
    String[] uses() default {};
}
