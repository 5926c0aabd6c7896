package mlp;

import grader.Chapter;
import grader.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 3, title = "The multi-layer perceptron", korean = "다층 퍼셉트론", exercises = {
    @Exercise(id = "3.1", title = "The forward pass of a dense layer", file = "mlp/Layers.java", method = "dense"),
    @Exercise(id = "3.2", title = "Counting parameters", file = "mlp/Layers.java", method = "parameterCount"),
    @Exercise(id = "3.3", title = "Two linear layers are one", file = "mlp/Layers.java", method = "collapse"),
    @Exercise(id = "3.4", title = "Binary cross-entropy", file = "mlp/Loss.java", method = "binaryCrossEntropy"),
    @Exercise(id = "3.5", title = "The numerical gradient", file = "mlp/Gradients.java", method = "numerical"),
    @Exercise(id = "3.6", title = "One gradient-descent step", file = "mlp/Gradients.java", method = "descend"),
    @Exercise(id = "3.7", title = "Predict: class 1 above 0.5", file = "mlp/Predictions.java", method = "predict"),
    @Exercise(id = "3.8", title = "Accuracy", file = "mlp/Predictions.java", method = "accuracy"),
})
final class Chapter03 {}
