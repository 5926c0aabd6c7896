package grader.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import toolkit.Matrix;
import toolkit.Todo;

class ExpectTest {
    @Test
    void aFailureSaysWhatWasCheckedExpectedAndGot() {
        ExerciseFailure f = catchThrowableOfType(ExerciseFailure.class,
                () -> Expect.equal("step(0.0)", 0, 1, Hint.when(false, "not this"), Hint.when(true, "this one")));
        assertThat(f.checked()).isEqualTo("step(0.0)");
        assertThat(f.expectedText()).isEqualTo("0");
        assertThat(f.actualText()).isEqualTo("1");
        assertThat(f.hint()).isEqualTo("this one");
        assertThat(f).hasMessageStartingWith("step(0.0): expected 0, got 1");
    }

    @Test
    void closeIsRelativeForLargeValuesAndAbsoluteNearZero() {
        Expect.close("big", 1e9, 1e9 + 0.5, 1e-9);
        Expect.close("small", 0.0, 5e-10, 1e-9);
        assertThatThrownBy(() -> Expect.close("small", 0.0, 2e-9, 1e-9)).isInstanceOf(ExerciseFailure.class);
        Expect.close("nan", Double.NaN, Double.NaN, 0);
        assertThatThrownBy(() -> Expect.close("nan", 1, Double.NaN, 0.1)).hasMessageContaining("got NaN");
    }

    @Test
    void arraysReportTheFirstWrongEntryAndLengthMismatches() {
        assertThatThrownBy(() -> Expect.close("w", new double[] {1, 2, 3}, new double[] {1, 2, 4}, 1e-9))
                .hasMessageContaining("w (entry 2)");
        assertThatThrownBy(() -> Expect.close("w", new double[] {1, 2}, new double[] {1}, 1e-9))
                .hasMessageContaining("expected 2 values").hasMessageContaining("got 1 values");
    }

    @Test
    void matricesReportTheShapeThenTheFirstWrongEntryByPosition() {
        Matrix expected = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        Expect.close("m", expected, expected.copy(), 0);
        assertThatThrownBy(() -> Expect.close("m", expected, Matrix.zeros(2, 3), 1e-9))
                .hasMessageStartingWith("m: the shape: expected (2×2), got (2×3)");
        ExerciseFailure f = catchThrowableOfType(ExerciseFailure.class, () -> Expect.close("m", expected,
                Matrix.of(new double[][] {{1, 2}, {3.5, 4}}), 1e-9, Hint.when(true, "this one").ko("이것")));
        assertThat(f).hasMessageStartingWith("m entry (1, 0): expected 3, got 3.5");
        assertThat(f.hint()).isEqualTo("this one");
        assertThat(f.hintKorean()).isEqualTo("이것");
        assertThatThrownBy(() -> Expect.close("m", expected, null, 1e-9))
                .hasMessageStartingWith("m: expected a (2×2) matrix, got null");
    }

    @Test
    void nearRecognisesAWrongAnswerWithinARelativeTolerance() {
        Matrix a = Matrix.ofRow(1e6, 0.5);
        assertThat(Expect.near(a, Matrix.ofRow(1e6 + 5e-4, 0.5 + 1e-10), 1e-9)).isTrue();
        assertThat(Expect.near(a, Matrix.ofRow(1e6, 0.5 + 1e-8), 1e-9)).isFalse();
        assertThat(Expect.near(a, Matrix.ofColumn(1e6, 0.5), 1e-9)).isFalse();
        assertThat(Expect.near(a, null, 1e-9)).isFalse();
        assertThat(Expect.near(Matrix.ofRow(Double.NaN), Matrix.ofRow(Double.NaN), 1)).isFalse();
    }

    @Test
    void nearForVectorsNeedsOneLengthAndEveryEntryNear() {
        double[] a = {1e6, 0.5};
        assertThat(Expect.near(a, new double[] {1e6 + 5e-4, 0.5 + 1e-10}, 1e-9)).isTrue();
        assertThat(Expect.near(a, new double[] {1e6, 0.5 + 1e-8}, 1e-9)).isFalse();
        assertThat(Expect.near(a, new double[] {1e6}, 1e-9)).isFalse();
        assertThat(Expect.near(a, null, 1e-9)).isFalse();
        assertThat(Expect.near(new double[] {Double.NaN}, new double[] {Double.NaN}, 1)).isFalse();
    }

    @Test
    void sameShapeIsFalseForNull() {
        assertThat(Expect.sameShape(Matrix.zeros(2, 3), Matrix.zeros(2, 3))).isTrue();
        assertThat(Expect.sameShape(Matrix.zeros(2, 3), Matrix.zeros(3, 2))).isFalse();
        assertThat(Expect.sameShape(Matrix.zeros(2, 3), null)).isFalse();
        assertThat(Expect.sameShape(null, null)).isFalse();
    }

    @Test
    void rejectsPassesTodoThroughAndChecksTypeAndMessage() {
        assertThatThrownBy(() -> Expect.rejects("x", IllegalArgumentException.class, () -> {
            throw todo();
        })).isInstanceOf(Todo.class);
        assertThatThrownBy(() -> Expect.rejects("x", IllegalArgumentException.class, () -> { }))
                .hasMessageContaining("got no exception");
        assertThatThrownBy(() -> Expect.rejects("x", IllegalArgumentException.class, () -> {
            throw new IllegalStateException("boom");
        })).hasMessageContaining("got IllegalStateException \"boom\"");
        assertThatThrownBy(() -> Expect.rejects("x", IllegalArgumentException.class, () -> {
            throw new IllegalArgumentException("lengths differ");
        }, "3")).hasMessageContaining("mentions \"3\"");
        IllegalArgumentException e = Expect.rejects("x", IllegalArgumentException.class, () -> {
            throw new IllegalArgumentException("3 weights, 2 inputs");
        }, "3", "2");
        assertThat(e).hasMessage("3 weights, 2 inputs");
    }

    @Test
    void numbersAreShownAsAStudentWritesThem() {
        assertThat(Expect.show(0.5)).isEqualTo("0.5");
        assertThat(Expect.show(-3.0)).isEqualTo("-3");
        assertThat(Expect.show(1.0 / 3)).isEqualTo("0.3333333333");
        assertThat(Expect.show(new double[10])).isEqualTo("[0, 0, 0, 0, 0, 0, 0, 0, … (10 values)]");
        assertThat(Expect.show(Matrix.of(new double[][] {{1, 2.5}, {3, 4}}))).isEqualTo("[[1, 2.5], [3, 4]]");
        assertThat(Expect.show(Matrix.zeros(3, 2))).isEqualTo("(3×2)");
        assertThat(Expect.show((Matrix) null)).isEqualTo("null");
        assertThat(Expect.showEntries(Matrix.of(new double[][] {{1, 2.5, 3}, {4, 5, 6}})))
                .isEqualTo("[1, 2.5, 3, 4, 5, 6] (2×3)");
        assertThat(Expect.showEntries(Matrix.zeros(3, 3))).isEqualTo("[0, 0, 0, 0, 0, 0, 0, 0, … (9 values)] (3×3)");
        assertThat(Expect.showEntries(null)).isEqualTo("null");
    }

    private static Todo todo() {
        return Todo.exercise("9.9", "write it");
    }
}
