package backprop;

import grader.Chapter;
import grader.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 5, title = "Backpropagation", korean = "오차역전파", exercises = {
    @Exercise(id = "5.1", title = "The add node", file = "backprop/AddNode.java", method = "forward, backward"),
    @Exercise(id = "5.2", title = "The multiply node", file = "backprop/MultiplyNode.java", method = "forward, backward"),
    @Exercise(id = "5.3", title = "Affine backward", file = "backprop/Affine.java", method = "backward"),
    @Exercise(id = "5.4", title = "The sigmoid layer", file = "backprop/SigmoidLayer.java", method = "forward, backward"),
    @Exercise(id = "5.5", title = "The ReLU layer", file = "backprop/ReluLayer.java", method = "forward, backward"),
    @Exercise(id = "5.6", title = "Softmax with cross-entropy", file = "backprop/SoftmaxWithLoss.java", method = "forward, backward"),
    @Exercise(id = "5.7", title = "Value: operations and their chain rules", file = "backprop/Value.java",
            method = "plus, times, pow, exp, tanh, relu"),
    @Exercise(id = "5.8", title = "Value: backward in topological order", file = "backprop/Value.java",
            method = "topologicalOrder, backward"),
    @Exercise(id = "5.9", title = "Gradient checking", file = "backprop/GradientCheck.java", method = "numericalGradient, relativeError"),
    @Exercise(id = "5.10", title = "One training step", file = "backprop/Backprop.java", method = "lossAndGradients, sgdStep"),
})
final class Chapter05 {}
