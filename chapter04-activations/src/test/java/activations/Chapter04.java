package activations;

import grader.Chapter;
import grader.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 4, title = "Activation functions", korean = "활성화 함수", exercises = {
    @Exercise(id = "4.1", title = "The step function", file = "activations/Activations.java", method = "step"),
    @Exercise(id = "4.2", title = "The step's derivative", file = "activations/Activations.java", method = "stepDerivative"),
    @Exercise(id = "4.3", title = "Sigmoid", file = "activations/Activations.java", method = "sigmoid"),
    @Exercise(id = "4.4", title = "Sigmoid's derivative", file = "activations/Activations.java", method = "sigmoidDerivative"),
    @Exercise(id = "4.5", title = "tanh", file = "activations/Activations.java", method = "tanh"),
    @Exercise(id = "4.6", title = "tanh's derivative", file = "activations/Activations.java", method = "tanhDerivative"),
    @Exercise(id = "4.7", title = "ReLU", file = "activations/Activations.java", method = "relu"),
    @Exercise(id = "4.8", title = "ReLU's derivative", file = "activations/Activations.java", method = "reluDerivative"),
    @Exercise(id = "4.9", title = "Leaky ReLU", file = "activations/Activations.java", method = "leakyRelu"),
    @Exercise(id = "4.10", title = "Leaky ReLU's derivative", file = "activations/Activations.java", method = "leakyReluDerivative"),
    @Exercise(id = "4.11", title = "ELU", file = "activations/Activations.java", method = "elu"),
    @Exercise(id = "4.12", title = "ELU's derivative", file = "activations/Activations.java", method = "eluDerivative"),
    @Exercise(id = "4.13", title = "GELU, exactly", file = "activations/Activations.java", method = "gelu"),
    @Exercise(id = "4.14", title = "GELU's derivative", file = "activations/Activations.java", method = "geluDerivative"),
    @Exercise(id = "4.15", title = "GELU's tanh approximation", file = "activations/Activations.java", method = "geluTanh"),
    @Exercise(id = "4.16", title = "SiLU", file = "activations/Activations.java", method = "silu"),
    @Exercise(id = "4.17", title = "SiLU's derivative", file = "activations/Activations.java", method = "siluDerivative"),
    @Exercise(id = "4.18", title = "Softmax without overflow", file = "activations/Softmax.java", method = "softmax"),
    @Exercise(id = "4.19", title = "Log-softmax without underflow", file = "activations/Softmax.java", method = "logSoftmax"),
    @Exercise(id = "4.20", title = "The gradient through a chain of sigmoids", file = "activations/SigmoidChain.java", method = "gradients"),
    @Exercise(id = "4.21", title = "The Xavier scale", file = "activations/Initialisation.java", method = "xavierStd"),
    @Exercise(id = "4.22", title = "The He scale", file = "activations/Initialisation.java", method = "heStd"),
})
final class Chapter04 {}
