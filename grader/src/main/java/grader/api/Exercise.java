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
}
