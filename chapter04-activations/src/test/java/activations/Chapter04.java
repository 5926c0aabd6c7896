package activations;

import grader.Chapter;
import grader.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 4, title = "Activation functions", korean = "활성화 함수", exercises = {
    @Exercise(id = "4.1", title = "The step function", korean = "계단 함수", file = "activations/Activations.java", method = "step"),
    @Exercise(id = "4.2", title = "The step's derivative", korean = "계단 함수의 도함수", file = "activations/Activations.java", method = "stepDerivative"),
    @Exercise(id = "4.3", title = "Sigmoid", korean = "시그모이드", file = "activations/Activations.java", method = "sigmoid"),
    @Exercise(id = "4.4", title = "Sigmoid's derivative", korean = "시그모이드의 도함수", file = "activations/Activations.java", method = "sigmoidDerivative"),
    @Exercise(id = "4.5", title = "tanh", korean = "tanh", file = "activations/Activations.java", method = "tanh"),
    @Exercise(id = "4.6", title = "tanh's derivative", korean = "tanh의 도함수", file = "activations/Activations.java", method = "tanhDerivative"),
    @Exercise(id = "4.7", title = "ReLU", korean = "ReLU", file = "activations/Activations.java", method = "relu"),
    @Exercise(id = "4.8", title = "ReLU's derivative", korean = "ReLU의 도함수", file = "activations/Activations.java", method = "reluDerivative"),
    @Exercise(id = "4.9", title = "Leaky ReLU", korean = "Leaky ReLU", file = "activations/Activations.java", method = "leakyRelu"),
    @Exercise(id = "4.10", title = "Leaky ReLU's derivative", korean = "Leaky ReLU의 도함수", file = "activations/Activations.java", method = "leakyReluDerivative"),
    @Exercise(id = "4.11", title = "ELU", korean = "ELU", file = "activations/Activations.java", method = "elu"),
    @Exercise(id = "4.12", title = "ELU's derivative", korean = "ELU의 도함수", file = "activations/Activations.java", method = "eluDerivative"),
    @Exercise(id = "4.13", title = "GELU, exactly", korean = "GELU (정확한 식)", file = "activations/Activations.java", method = "gelu"),
    @Exercise(id = "4.14", title = "GELU's derivative", korean = "GELU의 도함수", file = "activations/Activations.java", method = "geluDerivative"),
    @Exercise(id = "4.15", title = "GELU's tanh approximation", korean = "GELU의 tanh 근사", file = "activations/Activations.java", method = "geluTanh"),
    @Exercise(id = "4.16", title = "SiLU", korean = "SiLU", file = "activations/Activations.java", method = "silu"),
    @Exercise(id = "4.17", title = "SiLU's derivative", korean = "SiLU의 도함수", file = "activations/Activations.java", method = "siluDerivative"),
    @Exercise(id = "4.18", title = "Softmax without overflow", korean = "오버플로 없는 소프트맥스", file = "activations/Softmax.java", method = "softmax"),
    @Exercise(id = "4.19", title = "Log-softmax without underflow", korean = "언더플로 없는 로그 소프트맥스", file = "activations/Softmax.java", method = "logSoftmax"),
    @Exercise(id = "4.20", title = "The gradient through a chain of sigmoids", korean = "시그모이드 사슬을 지나는 기울기", file = "activations/SigmoidChain.java", method = "gradients"),
    @Exercise(id = "4.21", title = "The Xavier scale", korean = "Xavier 초기화의 크기", file = "activations/Initialisation.java", method = "xavierStd"),
    @Exercise(id = "4.22", title = "The He scale", korean = "He 초기화의 크기", file = "activations/Initialisation.java", method = "heStd"),
})
final class Chapter04 {}
