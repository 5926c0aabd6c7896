package backprop;

import grader.api.Chapter;
import grader.api.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 5, title = "Backpropagation", korean = "오차역전파", exercises = {
    @Exercise(id = "5.1", title = "The add node", korean = "덧셈 노드", file = "backprop/AddNode.java",
            method = "forward, backward"),
    @Exercise(id = "5.2", title = "The multiply node", korean = "곱셈 노드", file = "backprop/MultiplyNode.java",
            method = "forward, backward"),
    @Exercise(id = "5.3", title = "Affine backward", korean = "Affine 계층의 역전파",
            file = "backprop/Affine.java", method = "backward"),
    @Exercise(id = "5.4", title = "The sigmoid layer", korean = "시그모이드 계층",
            file = "backprop/SigmoidLayer.java", method = "forward, backward"),
    @Exercise(id = "5.5", title = "The ReLU layer", korean = "ReLU 계층", file = "backprop/ReluLayer.java",
            method = "forward, backward"),
    @Exercise(id = "5.6", title = "Softmax with cross-entropy", korean = "소프트맥스와 교차 엔트로피",
            file = "backprop/SoftmaxWithLoss.java", method = "forward, backward"),
    @Exercise(id = "5.7", title = "Value: operations and their chain rules", korean = "Value: 연산과 연쇄 법칙",
            file = "backprop/Value.java",
            method = "plus, times, pow, exp, tanh, relu"),
    @Exercise(id = "5.8", title = "Value: backward in topological order",
            korean = "Value: 위상 정렬 순서의 역전파", file = "backprop/Value.java",
            method = "topologicalOrder, backward", uses = {"5.7"}),
    @Exercise(id = "5.9", title = "Gradient checking", korean = "기울기 확인",
            file = "backprop/GradientCheck.java", method = "numericalGradient, relativeError"),
    @Exercise(id = "5.10", title = "One training step", korean = "학습 한 단계", file = "backprop/Backprop.java",
            method = "lossAndGradients, sgdStep", uses = {"5.3", "5.4", "5.5", "5.6"}),
})
final class Chapter05 {}
