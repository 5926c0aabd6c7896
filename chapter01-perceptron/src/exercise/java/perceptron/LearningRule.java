package perceptron;

import toolkit.LabeledData;
import toolkit.Todo;

/**
 * Exercises 1.6 and 1.7: how a perceptron learns (Rosenblatt's learning rule, 퍼셉트론 학습 규칙).
 * Replace each {@code throw Todo...} line with your code.
 */
public final class LearningRule {
    private LearningRule() {}

    /**
     * Exercise 1.6 · One learning step.
     *
     * <p>Predict ŷ for {@code inputs}, then move every weight and the bias by the error y − ŷ:
     * <pre>
     *     wᵢ ← wᵢ + η (y − ŷ) xᵢ        b ← b + η (y − ŷ)
     * </pre>
     * η is {@code learningRate}. When the prediction is right, y − ŷ = 0 and nothing changes.
     * Return a new {@link Perceptron} (a Perceptron never changes). Example: w = {0, 0}, b = 0,
     * x = {1, 1}, y = 1, η = 0.1: ŷ = 0, so w becomes {0.1, 0.1} and b becomes 0.1.
     */
    public static Perceptron update(Perceptron perceptron, double[] inputs, int label, double learningRate) {
        throw Todo.exercise("1.6", "apply w <- w + eta*(y - yhat)*x and b <- b + eta*(y - yhat)", "w <- w + eta*(y - yhat)*x와 b <- b + eta*(y - yhat)를 적용하세요");
    }

    /**
     * Exercise 1.7 · Training until an epoch without mistakes.
     *
     * <p>Start from {@link Perceptron#zeros} (all weights and the bias 0). An epoch visits every
     * sample once, in the data's order: count a mistake when the prediction differs from the
     * label, and apply {@link #update} to every sample. Stop after the first epoch with no
     * mistakes (converged) or after {@code maxEpochs} epochs (not converged). Report the final
     * perceptron, whether it converged, how many epochs ran (the error-free one included) and the
     * mistakes of each epoch.
     *
     * <p>Throw an {@link IllegalArgumentException} when {@code learningRate} is not a positive
     * number or {@code maxEpochs} is less than 1.
     */
    public static TrainingResult train(LabeledData data, double learningRate, int maxEpochs) {
        throw Todo.exercise("1.7", "train from zero weights until an epoch has no mistakes", "0 가중치에서 시작해 실수가 없는 에폭이 나올 때까지 학습하세요");
    }
}
