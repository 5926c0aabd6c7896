package gates;

import grader.api.Chapter;
import grader.api.Exercise;

/** What the grade table calls this chapter and its exercises. The points live on the @Graded tests. */
@Chapter(number = 2, title = "Logic gates", korean = "논리 게이트", exercises = {
    @Exercise(id = "2.1", title = "AND as a perceptron", korean = "퍼셉트론으로 만든 AND",
            file = "gates/Gates.java", method = "and"),
    @Exercise(id = "2.2", title = "NAND as a perceptron", korean = "퍼셉트론으로 만든 NAND",
            file = "gates/Gates.java", method = "nand"),
    @Exercise(id = "2.3", title = "OR as a perceptron", korean = "퍼셉트론으로 만든 OR",
            file = "gates/Gates.java", method = "or"),
    @Exercise(id = "2.4", title = "NOT, one input", korean = "입력 하나의 NOT",
            file = "gates/Gates.java", method = "not"),
    @Exercise(id = "2.5", title = "NOR as a perceptron", korean = "퍼셉트론으로 만든 NOR",
            file = "gates/Gates.java", method = "nor"),
    @Exercise(id = "2.6", title = "XOR as a two-layer network", korean = "2층 네트워크로 만든 XOR",
            file = "gates/Wiring.java", method = "xor", uses = {"2.1", "2.2", "2.3"}),
    @Exercise(id = "2.7", title = "XOR from four NANDs", korean = "NAND 네 개로 만든 XOR",
            file = "gates/Wiring.java", method = "xorFromNands", uses = {"2.2"}),
    @Exercise(id = "2.8", title = "The half adder", korean = "반가산기", file = "gates/Wiring.java",
            method = "halfAdder", uses = {"2.1", "2.6"}),
    @Exercise(id = "2.9", title = "An exact linear-separability test",
            korean = "정확한 선형 분리 가능성 판정", file = "gates/Separability.java",
            method = "separatingPerceptron"),
})
final class Chapter02 {}
