package mlp;

import grader.api.Chapter;
import grader.api.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 3, title = "The multi-layer perceptron", korean = "다층 퍼셉트론", exercises = {
    @Exercise(id = "3.1", title = "The forward pass of a dense layer", korean = "완전연결층의 순전파",
            file = "mlp/Layers.java", method = "dense"),
    @Exercise(id = "3.2", title = "Counting parameters", korean = "매개변수 세기", file = "mlp/Layers.java",
            method = "parameterCount"),
    @Exercise(id = "3.3", title = "Two linear layers are one", korean = "선형층 두 개는 하나와 같다",
            file = "mlp/Layers.java", method = "collapse"),
    @Exercise(id = "3.4", title = "Binary cross-entropy", korean = "이진 교차 엔트로피", file = "mlp/Loss.java",
            method = "binaryCrossEntropy"),
    @Exercise(id = "3.5", title = "The numerical gradient", korean = "수치 미분으로 구한 기울기",
            file = "mlp/Gradients.java", method = "numerical"),
    @Exercise(id = "3.6", title = "One gradient-descent step", korean = "경사 하강법 한 단계",
            file = "mlp/Gradients.java", method = "descend"),
    @Exercise(id = "3.7", title = "Predict: class 1 above 0.5", korean = "예측: 0.5보다 크면 클래스 1",
            file = "mlp/Predictions.java", method = "predict"),
    @Exercise(id = "3.8", title = "Accuracy", korean = "정확도", file = "mlp/Predictions.java", method = "accuracy"),
})
final class Chapter03 {}
