package perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import toolkit.Datasets;

/** Ordinary tests (no points) of the lesson code, and of the story the README tells. */
class LessonTest {

    @Test
    @DisplayName("a Perceptron copies its weights: changing the array afterwards changes nothing")
    void perceptronIsImmutable() {
        double[] w = {1, 2};
        Perceptron p = new Perceptron(w, 0.5);
        w[0] = 99;
        p.weights()[1] = 99;
        assertThat(p.weights()).containsExactly(1, 2);
        assertThat(p.weight(2)).isEqualTo(2);
    }

    @Test
    @DisplayName("a Perceptron rejects NaN and infinite weights or bias, naming which")
    void perceptronRejectsNonFiniteNumbers() {
        assertThatThrownBy(() -> new Perceptron(new double[] {1, Double.NaN}, 0)).hasMessageContaining("w2 is NaN");
        assertThatThrownBy(() -> new Perceptron(new double[] {1}, Double.POSITIVE_INFINITY))
                .hasMessageContaining("bias is Infinity");
        assertThatThrownBy(() -> new Perceptron(new double[] {1}, 0).weight(2)).hasMessageContaining("w1 … w1");
    }

    @Test
    @DisplayName("a TrainingResult needs one mistake count per epoch,"
            + " and converged means a last epoch without mistakes")
    void trainingResultIsConsistent() {
        Perceptron p = Perceptron.zeros(2);
        assertThatThrownBy(() -> new TrainingResult(p, false, 3, new int[2]))
                .hasMessageContaining("epochs is 3 but mistakesPerEpoch has 2");
        assertThatThrownBy(() -> new TrainingResult(p, true, 2, new int[] {2, 1}))
                .hasMessageContaining("last epoch made 1 mistakes");
    }

    @Test
    @DisplayName("the lesson's story: AND and OR converge within 100 epochs at η = 0.1, XOR never does")
    void andOrConvergeXorDoesNot() {
        TrainingResult and = LearningRule.train(Datasets.and(), Demo.LEARNING_RATE, Demo.MAX_EPOCHS);
        TrainingResult or = LearningRule.train(Datasets.or(), Demo.LEARNING_RATE, Demo.MAX_EPOCHS);
        TrainingResult xor = LearningRule.train(Datasets.xor(), Demo.LEARNING_RATE, Demo.MAX_EPOCHS);
        assertThat(and.converged()).isTrue();
        assertThat(or.converged()).isTrue();
        assertThat(xor.converged()).isFalse();
        assertThat(xor.mistakesPerEpoch()).hasSize(Demo.MAX_EPOCHS).doesNotContain(0);
    }

    @Test
    @Timeout(60) // a demo starts XChart cold and draws several figures: allow more than a graded test's 10 s
    @DisplayName("the demo writes one figure per gate and the mistakes curve")
    void demoWritesItsFigures(@TempDir Path dir) throws Exception {
        Demo.run(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), dir);
        for (String f : new String[] {"and.png", "or.png", "xor.png", "mistakes-per-epoch.png"}) {
            assertThat(dir.resolve(f)).exists();
            assertThat(Files.size(dir.resolve(f))).isGreaterThan(1000);
        }
    }
}
