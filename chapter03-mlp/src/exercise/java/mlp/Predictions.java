package mlp;

import toolkit.Matrix;
import toolkit.Todo;

/**
 * Exercises 3.7 and 3.8: from the network's outputs to yes/no answers, and how many of them are
 * right. Replace each {@code throw Todo...} line with your code.
 */
public final class Predictions {
    private Predictions() {}

    /**
     * Exercise 3.7 · Predict: class 1 when the output is above 0.5.
     *
     * <p>ŷ is (samples × 1), one output per sample. Return one class per sample: 1 where ŷ &gt; 0.5,
     * 0 otherwise. Exactly 0.5 gives 0, because σ(z) &gt; 0.5 exactly when z &gt; 0: the step
     * perceptron's rule from chapter 1. Example: [[0.9], [0.5], [0.1], [0.51]] gives [1, 0, 0, 1].
     *
     * <p>Throw an {@link IllegalArgumentException} naming ŷ's shape when it has more than one
     * column.
     */
    public static int[] predict(Matrix yHat) {
        throw Todo.exercise("3.7", "return 1 where ŷ > 0.5, else 0", "ŷ > 0.5인 곳은 1, 나머지는 0을 돌려주세요");
    }

    /**
     * Exercise 3.8 · Accuracy (정확도): the fraction of predictions equal to their labels.
     *
     * <p>A number from 0 to 1: 3 right out of 4 gives 0.75 (not 3, and not 0 from integer
     * division). Example: predictions [1, 0, 0, 1], labels [1, 1, 0, 1] give 0.75.
     *
     * <p>Throw an {@link IllegalArgumentException} naming both lengths when they differ, and one
     * when there are no predictions at all.
     */
    public static double accuracy(int[] predictions, int[] labels) {
        throw Todo.exercise("3.8", "return the fraction of predictions equal to their labels", "레이블과 같은 예측의 비율을 돌려주세요");
    }
}
