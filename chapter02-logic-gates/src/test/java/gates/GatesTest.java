package gates;

import grader.api.Graded;
import org.junit.jupiter.api.DisplayName;

/**
 * Exercises 2.1 to 2.5. Any weights are accepted that compute the gate at every corner (first test of
 * each gate) and keep computing it when each input is off by up to 0.1 (second test): README, section 2.
 */
class GatesTest {

    // ---- 2.1 AND ----

    @Graded(exercise = "2.1", points = 5)
    @DisplayName("and() has 2 inputs and fires exactly at (1,1) of the four corners")
    void andAtTheCorners() {
        Perceptron p = Gates.and();
        Cases.checkCorners("and()", p, "AND", Cases.AND);
    }

    @Graded(exercise = "2.1", points = 3)
    @DisplayName("and() still computes AND when every input is off by up to ±0.1")
    void andWithNoise() {
        Perceptron p = Gates.and();
        Cases.checkNoise("and()", p, "AND", Cases.AND, 21);
    }

    // ---- 2.2 NAND ----

    @Graded(exercise = "2.2", points = 4)
    @DisplayName("nand() has 2 inputs and fires at every corner except (1,1)")
    void nandAtTheCorners() {
        Perceptron p = Gates.nand();
        Cases.checkCorners("nand()", p, "NAND", Cases.NAND);
    }

    @Graded(exercise = "2.2", points = 2)
    @DisplayName("nand() still computes NAND when every input is off by up to ±0.1")
    void nandWithNoise() {
        Perceptron p = Gates.nand();
        Cases.checkNoise("nand()", p, "NAND", Cases.NAND, 22);
    }

    // ---- 2.3 OR ----

    @Graded(exercise = "2.3", points = 4)
    @DisplayName("or() has 2 inputs and fires at every corner except (0,0)")
    void orAtTheCorners() {
        Perceptron p = Gates.or();
        Cases.checkCorners("or()", p, "OR", Cases.OR);
    }

    @Graded(exercise = "2.3", points = 2)
    @DisplayName("or() still computes OR when every input is off by up to ±0.1")
    void orWithNoise() {
        Perceptron p = Gates.or();
        Cases.checkNoise("or()", p, "OR", Cases.OR, 23);
    }

    // ---- 2.4 NOT ----

    @Graded(exercise = "2.4", points = 3)
    @DisplayName("not() has 1 input, fires at 0 and not at 1")
    void notAtBothPoints() {
        Perceptron p = Gates.not();
        Cases.checkCorners("not()", p, "NOT", Cases.NOT);
    }

    @Graded(exercise = "2.4", points = 2)
    @DisplayName("not() still computes NOT when its input is off by up to ±0.1")
    void notWithNoise() {
        Perceptron p = Gates.not();
        Cases.checkNoise("not()", p, "NOT", Cases.NOT, 24);
    }

    // ---- 2.5 NOR ----

    @Graded(exercise = "2.5", points = 3)
    @DisplayName("nor() has 2 inputs and fires only at (0,0)")
    void norAtTheCorners() {
        Perceptron p = Gates.nor();
        Cases.checkCorners("nor()", p, "NOR", Cases.NOR);
    }

    @Graded(exercise = "2.5", points = 2)
    @DisplayName("nor() still computes NOR when every input is off by up to ±0.1")
    void norWithNoise() {
        Perceptron p = Gates.nor();
        Cases.checkNoise("nor()", p, "NOR", Cases.NOR, 25);
    }
}
