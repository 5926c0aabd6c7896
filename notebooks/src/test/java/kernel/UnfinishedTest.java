package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import toolkit.Todo;

/** The "not done yet" contract between toolkit.Todo and the kernel, defined once in Todo. */
class UnfinishedTest {
    @Test
    @DisplayName("Todo's constants name the real class and the words of its real message")
    void contract() {
        assertThat(Todo.CLASS_NAME).isEqualTo(Todo.class.getName());
        Todo todo = Todo.exercise("2.5", "add the numbers");
        assertThat(todo.getMessage()).startsWith("Exercise 2.5" + Todo.NOT_DONE + ": add the numbers. Edit contract() in ");
        assertThat(Unfinished.exerciseOf(todo.getMessage())).isEqualTo("Exercise 2.5");
        assertThat(Unfinished.exerciseOf("something else")).isEqualTo("an exercise");
    }

    @Test
    @DisplayName("code without its strings and comments: what a snippet really uses")
    void codeOnly() {
        assertThat(Unfinished.codeOnly("f(\"a\\\"b\", 'c') /* x */ + y // z")).isEqualTo("f( ,  )   + y  ");
        assertThat(Unfinished.codeOnly("s = \"\"\"\n  text\n  \"\"\"; t")).isEqualTo("s =  ; t");
    }
}
