package perceptron;

import grader.api.Chapter;
import grader.api.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 1, title = "The step perceptron", korean = "퍼셉트론", exercises = {
    @Exercise(id = "1.1", title = "The step function", korean = "계단 함수",
            file = "perceptron/Neuron.java", method = "step"),
    @Exercise(id = "1.2", title = "The weighted sum", korean = "가중합", file = "perceptron/Neuron.java",
            method = "weightedSum"),
    @Exercise(id = "1.3", title = "Predict", korean = "예측", file = "perceptron/Neuron.java", method = "predict", uses = {"1.1", "1.2"}),
    @Exercise(id = "1.4", title = "From threshold to bias", korean = "임계값에서 편향으로",
            file = "perceptron/Neuron.java", method = "biasFromThreshold"),
    @Exercise(id = "1.5", title = "The decision boundary", korean = "결정 경계", file = "perceptron/Neuron.java",
            method = "boundaryX2"),
    @Exercise(id = "1.6", title = "One learning step", korean = "학습 규칙 한 단계",
            file = "perceptron/LearningRule.java", method = "update", uses = {"1.3"}),
    @Exercise(id = "1.7", title = "Training until no mistakes", korean = "실수가 없을 때까지 학습",
            file = "perceptron/LearningRule.java", method = "train", uses = {"1.6", "1.3"}),
})
final class Chapter01 {}
