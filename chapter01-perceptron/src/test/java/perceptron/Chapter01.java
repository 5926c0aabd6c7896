package perceptron;

import grader.Chapter;
import grader.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 1, title = "The step perceptron", korean = "퍼셉트론", exercises = {
    @Exercise(id = "1.1", title = "The step function", file = "perceptron/Neuron.java", method = "step"),
    @Exercise(id = "1.2", title = "The weighted sum", file = "perceptron/Neuron.java", method = "weightedSum"),
    @Exercise(id = "1.3", title = "Predict", file = "perceptron/Neuron.java", method = "predict"),
    @Exercise(id = "1.4", title = "From threshold to bias", file = "perceptron/Neuron.java", method = "biasFromThreshold"),
    @Exercise(id = "1.5", title = "The decision boundary", file = "perceptron/Neuron.java", method = "boundaryX2"),
    @Exercise(id = "1.6", title = "One learning step", file = "perceptron/LearningRule.java", method = "update"),
    @Exercise(id = "1.7", title = "Training until no mistakes", file = "perceptron/LearningRule.java", method = "train"),
})
final class Chapter01 {}
