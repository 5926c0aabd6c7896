package toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input to the toolkit gets a message that names what is wrong, never an error from deep inside. */
class BadInputTest {
    private static final String LIMIT = "more than the " + Matrix.MAX_ENTRIES + " one matrix can hold: rows·cols must fit in an int array";

    @Test
    void aShapeTooLargeForOneArrayNamesTheShapeAndTheLimitInEveryFactory() {
        // 65536·65536 is 0 as an int (an empty matrix), 46341·46341 negative (NegativeArraySizeException)
        assertThatThrownBy(() -> Matrix.zeros(65536, 65536))
                .hasMessage("a 65536×65536 matrix would have 4294967296 entries, " + LIMIT);
        assertThatThrownBy(() -> Matrix.zeros(46341, 46341))
                .hasMessage("a 46341×46341 matrix would have 2147488281 entries, " + LIMIT);
        assertThatThrownBy(() -> Matrix.gaussian(46341, 46341, 1, new Rng(1))).hasMessageContaining("46341×46341").hasMessageEndingWith(LIMIT);
        assertThatThrownBy(() -> Matrix.uniform(65536, 65536, 0, 1, new Rng(1))).hasMessageContaining("65536×65536").hasMessageEndingWith(LIMIT);
        double[] oneRow = new double[46341];
        double[][] square = new double[46341][];
        java.util.Arrays.fill(square, oneRow);   // one row shared 46341 times: the shape without the memory
        assertThatThrownBy(() -> Matrix.of(square)).hasMessageContaining("46341×46341").hasMessageEndingWith(LIMIT);
        // at the limit's other side, the shape is fine (not allocated here: 16 GB)
        assertThat(Matrix.zeros(1, 3).shape()).isEqualTo("(1×3)");
    }

    @Test
    void aNullArgumentNamesItsParameter() {
        Matrix m = Matrix.zeros(2, 2);
        LabeledData and = Datasets.and();
        List<Map.Entry<String, Executable>> calls = new ArrayList<>();
        calls.add(Map.entry("values", () -> Matrix.of(null)));
        calls.add(Map.entry("values", () -> Matrix.ofRow((double[]) null)));
        calls.add(Map.entry("values", () -> Matrix.ofColumn((double[]) null)));
        calls.add(Map.entry("rng", () -> Matrix.gaussian(2, 2, 1, null)));
        calls.add(Map.entry("rng", () -> Matrix.uniform(2, 2, 0, 1, null)));
        calls.add(Map.entry("indices", () -> m.rows((int[]) null)));
        calls.add(Map.entry("other", () -> m.times(null)));
        calls.add(Map.entry("other", () -> m.plus(null)));
        calls.add(Map.entry("other", () -> m.minus(null)));
        calls.add(Map.entry("other", () -> m.addInPlace(null, 1)));
        calls.add(Map.entry("other", () -> m.hadamard(null)));
        calls.add(Map.entry("other", () -> m.maxAbsDifference(null)));
        calls.add(Map.entry("f", () -> m.map(null)));
        calls.add(Map.entry("name", () -> Datasets.gate(null, (a, b) -> a & b)));
        calls.add(Map.entry("truth", () -> Datasets.gate("AND", null)));
        calls.add(Map.entry("inputs", () -> new LabeledData("AND", null, new int[] {0})));
        calls.add(Map.entry("labels", () -> new LabeledData("AND", new double[][] {{0}}, null)));
        calls.add(Map.entry("data", () -> TextPlot.decisionMap(null, p -> 0, 10, 10)));
        calls.add(Map.entry("classify", () -> TextPlot.decisionMap(and, null, 10, 10)));
        calls.add(Map.entry("data", () -> Plots.decisionMap("t", null, p -> 0, new double[] {0, 1, 0, 1})));
        calls.add(Map.entry("classify", () -> Plots.decisionMap("t", and, null, new double[] {0, 1, 0, 1})));
        calls.add(Map.entry("range", () -> Plots.decisionMap("t", and, p -> 0, null)));
        calls.add(Map.entry("chart", () -> Plots.addLine(null, "line", 1, 1, 0)));
        calls.add(Map.entry("series", () -> Plots.lines("t", "x", "y", null, false)));
        calls.add(Map.entry("values", () -> Plots.histogram("t", "x", null, 5)));
        calls.add(Map.entry("charts", () -> Plots.grid(null, 1, 1)));
        calls.add(Map.entry("image", () -> Plots.savePng((BufferedImage) null, Path.of("x.png"))));
        calls.add(Map.entry("chart", () -> Plots.image(null)));
        calls.add(Map.entry("values", () -> new Rng(1).shuffle(null)));
        calls.add(Map.entry("story", () -> Terminal.runDemo(new String[0], null)));
        calls.add(Map.entry("text", () -> Terminal.indent(null, "  ")));
        for (Map.Entry<String, Executable> call : calls) {
            assertThatThrownBy(call.getValue()::execute).as(call.getKey())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(call.getKey() + " is null");
        }
        assertThat(calls).hasSize(31);
    }

    @Test
    void aNullLeftByAnUnfinishedExerciseNamesThatExercise() {
        Todo todo = Todo.exercise("3.1", "return f(x·W + b)");
        assertThat(Todo.lastThrown()).isSameAs(todo);
        assertThatThrownBy(() -> Matrix.zeros(2, 2).times(null))
                .hasMessage("other is null: probably because exercise 3.1 is not done yet and the code that makes other stopped there");
    }
}
