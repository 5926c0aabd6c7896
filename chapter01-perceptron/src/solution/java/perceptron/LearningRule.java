package perceptron;

import toolkit.LabeledData;

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
        // Exercise 1.6: apply w <- w + eta*(y - yhat)*x and b <- b + eta*(y - yhat)
        // 연습 1.6: w <- w + eta*(y - yhat)*x와 b <- b + eta*(y - yhat)를 적용하세요
        int error = label - Neuron.predict(perceptron, inputs);
        double[] w = perceptron.weights();
        for (int i = 0; i < w.length; i++) {
            w[i] += learningRate * error * inputs[i];
        }
        return new Perceptron(w, perceptron.bias() + learningRate * error);
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
        // Exercise 1.7: train from zero weights until an epoch has no mistakes
        // 연습 1.7: 0 가중치에서 시작해 실수가 없는 에폭이 나올 때까지 학습하세요
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate is " + learningRate + ": it must be a positive number");
        }
        if (maxEpochs < 1) throw new IllegalArgumentException("maxEpochs is " + maxEpochs + ": at least 1 epoch is needed");
        Perceptron p = Perceptron.zeros(data.features());
        int[] mistakes = new int[maxEpochs];
        for (int epoch = 0; epoch < maxEpochs; epoch++) {
            for (int i = 0; i < data.size(); i++) {
                double[] x = data.input(i);
                if (Neuron.predict(p, x) != data.label(i)) mistakes[epoch]++;
                p = update(p, x, data.label(i), learningRate);
            }
            if (mistakes[epoch] == 0) {
                return new TrainingResult(p, true, epoch + 1, java.util.Arrays.copyOf(mistakes, epoch + 1));
            }
        }
        return new TrainingResult(p, false, maxEpochs, mistakes);
    }
}
