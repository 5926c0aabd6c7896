package activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import toolkit.Matrix;
import toolkit.Rng;

/** Ordinary tests (no points) of the lesson code, and of the story the README tells. */
class LessonTest {

    // ---- the story ----

    @Test
    @DisplayName("in the demo's 10-layer network,"
            + " the sigmoid's gradient at layer 1 is at least 100× smaller than ReLU's")
    void sigmoidGradientsVanish() {
        double[] sigmoid = GradientFlow.measure(Activation.SIGMOID, WeightInit.XAVIER).weightGradients();
        double[] relu = GradientFlow.measure(Activation.RELU, WeightInit.XAVIER).weightGradients();
        assertThat(sigmoid[0] * 100).isLessThan(relu[0]);
        // and it shrinks layer by layer towards the input, by orders of magnitude in all
        for (int k = 1; k < sigmoid.length; k++) assertThat(sigmoid[k - 1]).isLessThan(sigmoid[k]);
        assertThat(sigmoid[0] / sigmoid[GradientFlow.DEPTH - 1]).isLessThan(1e-4);
    }

    @Test
    @DisplayName("each layer back, the sigmoid network's ‖∂L/∂z‖ shrinks by a factor near σ'(0) = 0.25,"
            + " and He keeps ReLU's level")
    void perLayerFactors() {
        double[] sigmoid = GradientFlow.measure(Activation.SIGMOID, WeightInit.XAVIER).signalGradients();
        double perLayer = Math.pow(sigmoid[0] / sigmoid[GradientFlow.DEPTH - 1], 1.0 / (GradientFlow.DEPTH - 1));
        assertThat(perLayer).isBetween(0.15, 0.25);
        double[] he = GradientFlow.measure(Activation.RELU, WeightInit.HE).signalGradients();
        assertThat(he[0] / he[GradientFlow.DEPTH - 1]).isBetween(0.5, 2.0);
    }

    @Test
    @DisplayName("networks built from the same seed share their weights: only the activation differs")
    void sameSeedSameWeights() {
        DeepNetwork a = DeepNetwork.random(3, 4, 2, Activation.SIGMOID, WeightInit.XAVIER, new Rng(9));
        DeepNetwork b = DeepNetwork.random(3, 4, 2, Activation.RELU, WeightInit.XAVIER, new Rng(9));
        Matrix x = Matrix.of(new double[][] {{1, -2, 0.5}});
        // ReLU and the identity agree where z > 0, so compare the first layers' pre-activations
        // through the sigmoid's inverse
        List<Matrix> sa = a.forward(x);
        List<Matrix> rb = b.forward(x);
        for (int j = 0; j < 4; j++) {
            double s = sa.get(0).get(0, j);
            double z = Math.log(s / (1 - s));
            assertThat(rb.get(0).get(0, j)).isCloseTo(Math.max(0, z), within(1e-9));
        }
    }

    @Test
    @DisplayName("softmax of [1000, 1000] is [0.5, 0.5];"
            + " log-softmax of [1000, −1000] is [0, −2000]; the textbook formula gives NaN")
    void softmaxStory() {
        assertThat(Softmax.softmax(new double[] {1000, 1000})).containsExactly(new double[] {0.5, 0.5}, within(1e-15));
        assertThat(Softmax.logSoftmax(new double[] {1000, -1000}))
                .containsExactly(new double[] {0, -2000}, within(1e-12));
        assertThat(Demo.naiveSoftmax(new double[] {1000, 1000})).containsOnly(Double.NaN);
        double[] p = Softmax.softmax(new double[] {2.0, 1.0, 0.1});
        assertThat(Prediction.oneHot(p)).containsExactly(1, 0, 0);
        assertThat(Softmax.softmax(new double[] {1.5, -0.5})[0]).isCloseTo(Activations.sigmoid(2), within(1e-12));
    }

    @Test
    @DisplayName("a chain of 10 sigmoids at z = 0 passes back 0.25^10 ≈ 9.54e−7 of the gradient")
    void quarterToTheTenth() {
        assertThat(SigmoidChain.gradients(new double[10], 1.0)[0]).isCloseTo(Math.pow(0.25, 10), within(1e-18))
                .isCloseTo(9.54e-7, within(1e-9));
    }

    @Test
    @DisplayName("the properties table: sigmoid (0, 1) with f' ≤ 0.25,"
            + " tanh zero-centred with f' ≤ 1, ReLU [0, ∞), GELU and SiLU not monotone")
    void propertiesTable() {
        Properties sigmoid = Properties.of(Activation.SIGMOID);
        assertThat(sigmoid.range()).isEqualTo("(0, 1)");
        assertThat(sigmoid.maxDerivative()).isCloseTo(0.25, within(1e-12));
        assertThat(sigmoid.zeroCentred()).isFalse();
        Properties tanh = Properties.of(Activation.TANH);
        assertThat(tanh.range()).isEqualTo("(−1, 1)");
        assertThat(tanh.zeroCentred()).isTrue();
        assertThat(tanh.maxDerivative()).isCloseTo(1, within(1e-12));
        assertThat(Properties.of(Activation.RELU).range()).isEqualTo("[0, ∞)");
        assertThat(Properties.of(Activation.LEAKY_RELU).range()).isEqualTo("(−∞, ∞)");
        assertThat(Properties.of(Activation.ELU).range()).isEqualTo("(−1, ∞)");
        assertThat(Properties.of(Activation.STEP).maxDerivative()).isZero();
        assertThat(Properties.of(Activation.GELU).monotone()).isFalse();
        assertThat(Properties.of(Activation.SILU).monotone()).isFalse();
        assertThat(Properties.of(Activation.GELU).maxDerivative()).isCloseTo(1.129, within(1e-3));
    }

    @Test
    @DisplayName("with std 0.01, tanh's activations collapse towards 0;"
            + " with std 1 they saturate at ±1; He keeps ReLU's spread")
    void initialisationStory() {
        List<double[]> small = LayerActivations.perLayer(Activation.TANH, WeightInit.STD_0_01);
        assertThat(LayerActivations.std(small.get(9))).isLessThan(1e-6);
        List<double[]> large = LayerActivations.perLayer(Activation.TANH, WeightInit.STD_1);
        double[] last = large.get(9);
        assertThat(LayerActivations.fractionNear(last, 1, 0.01) + LayerActivations.fractionNear(last, -1, 0.01))
                .isGreaterThan(0.5);
        List<double[]> he = LayerActivations.perLayer(Activation.RELU, WeightInit.HE);
        assertThat(LayerActivations.std(he.get(9)) / LayerActivations.std(he.get(0))).isBetween(0.5, 2.0);
        List<double[]> xavier = LayerActivations.perLayer(Activation.RELU, WeightInit.XAVIER);
        assertThat(LayerActivations.std(xavier.get(9)) / LayerActivations.std(xavier.get(0))).isLessThan(0.1);
    }

    // ---- the lesson code ----

    @Test
    @DisplayName("Dense.backward matches a numerical gradient of L = Σ upstream ⊙ a, for W and for x")
    void denseBackwardMatchesNumericalGradient() {
        Rng rng = new Rng(5);
        Matrix w = Matrix.gaussian(3, 2, 0.7, rng);
        Matrix b = Matrix.gaussian(1, 2, 0.3, rng);
        Matrix x = Matrix.gaussian(4, 3, 1, rng);
        Matrix upstream = Matrix.gaussian(4, 2, 1, rng);
        for (Activation act : List.of(Activation.SIGMOID, Activation.TANH, Activation.GELU)) {
            Dense layer = new Dense(w, b, act);
            layer.forward(x);
            Matrix dx = layer.backward(upstream);
            double h = 1e-6;
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    Matrix plus = w.copy();
                    plus.set(r, c, w.get(r, c) + h);
                    Matrix minus = w.copy();
                    minus.set(r, c, w.get(r, c) - h);
                    double numeric = (loss(new Dense(plus, b, act), x, upstream) - loss(new Dense(minus, b, act), x,
                            upstream)) / (2 * h);
                    assertThat(layer.dW().get(r, c)).as(act + " dW(%d,%d)", r, c).isCloseTo(numeric, within(1e-6));
                }
            }
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 3; c++) {
                    Matrix plus = x.copy();
                    plus.set(r, c, x.get(r, c) + h);
                    Matrix minus = x.copy();
                    minus.set(r, c, x.get(r, c) - h);
                    double numeric = (loss(new Dense(w, b, act), plus, upstream) - loss(new Dense(w, b, act), minus,
                            upstream)) / (2 * h);
                    assertThat(dx.get(r, c)).as(act + " dx(%d,%d)", r, c).isCloseTo(numeric, within(1e-6));
                }
            }
        }
    }

    private static double loss(Dense layer, Matrix x, Matrix upstream) {
        return layer.forward(x).hadamard(upstream).sum();
    }

    @Test
    @DisplayName("Dense.backward does not change the gradient it is handed, and refuses to run before forward")
    void denseBackwardLeavesItsInputAlone() {
        Rng rng = new Rng(6);
        Dense layer = new Dense(Matrix.gaussian(2, 2, 1, rng), Matrix.zeros(1, 2), Activation.RELU);
        assertThatThrownBy(() -> layer.backward(Matrix.zeros(1, 2))).hasMessageContaining("backward before forward");
        layer.forward(Matrix.gaussian(3, 2, 1, rng));
        Matrix dout = Matrix.gaussian(3, 2, 1, rng);
        Matrix copy = dout.copy();
        layer.backward(dout);
        assertThat(dout).isEqualTo(copy);
        assertThatThrownBy(() -> layer.backward(Matrix.zeros(2, 2))).hasMessageContaining("(2×2)")
                .hasMessageContaining("(3×2)");
    }

    @Test
    @DisplayName("a refused forward or backward leaves the layer as it was,"
            + " and the layer keeps its own copy of x, not the caller's matrix")
    void denseRefusalsChangeNothing() {
        Rng rng = new Rng(7);
        Dense layer = new Dense(Matrix.gaussian(2, 3, 1, rng), Matrix.zeros(1, 3), Activation.TANH);
        Matrix x = Matrix.gaussian(4, 2, 1, rng);
        Matrix dout = Matrix.gaussian(4, 3, 1, rng);
        layer.forward(x);
        Matrix dx = layer.backward(dout);
        Matrix dW = layer.dW().copy();
        assertThatThrownBy(() -> layer.backward(Matrix.zeros(2, 3))).hasMessageContaining("(2×3)");
        assertThat(layer.dW()).isEqualTo(dW);
        assertThatThrownBy(() -> layer.forward(Matrix.zeros(4, 5))).hasMessageContaining("(4×5)");
        assertThat(layer.backward(dout)).as("backward after a refused forward still uses the last good x")
                .isEqualTo(dx);
        // the caller reuses its matrix: the layer must still hold the x it saw
        for (int r = 0; r < 4; r++) x.set(r, 0, 100 + r);
        assertThat(layer.backward(dout)).isEqualTo(dx);
        assertThat(layer.dW()).isEqualTo(dW);
    }

    @Test
    @DisplayName("a null argument to the lesson code is refused with a message naming the parameter")
    void nullArgumentsAreNamed() {
        Dense layer = new Dense(Matrix.zeros(2, 2), Matrix.zeros(1, 2), Activation.RELU);
        assertThatThrownBy(() -> layer.forward(null)).hasMessageContaining("x is null");
        assertThatThrownBy(() -> new Dense(Matrix.zeros(2, 2), null, Activation.RELU))
                .hasMessageContaining("bias is null");
        assertThatThrownBy(() -> DeepNetwork.random(2, 2, 1, null, WeightInit.HE, new Rng(1)))
                .hasMessageContaining("activation is null");
        assertThatThrownBy(() -> GradientFlow.measure(Activation.RELU, null)).hasMessageContaining("init is null");
        assertThatThrownBy(() -> Properties.of(null)).hasMessageContaining("a is null");
        assertThatThrownBy(() -> Prediction.argmax(null)).hasMessageContaining("scores is null");
        assertThatThrownBy(() -> LayerActivations.std(null)).hasMessageContaining("v is null");
        assertThatThrownBy(() -> new Activation("f", null, x -> 0)).hasMessageContaining("f is null");
    }

    @Test
    @DisplayName("a network with no layers, or a bias of the wrong shape, is refused with the sizes named")
    void badShapesAreRefused() {
        assertThatThrownBy(() -> DeepNetwork.random(3, 4, 0, Activation.RELU, WeightInit.HE, new Rng(1)))
                .hasMessageContaining("3, 4, 0");
        assertThatThrownBy(() -> new Dense(Matrix.zeros(3, 2), Matrix.zeros(1, 3), Activation.RELU))
                .hasMessageContaining("(1×2)");
    }

    @Test
    @DisplayName("Prediction: argmax takes the first of equal scores, one-hot has a single 1")
    void prediction() {
        assertThat(Prediction.argmax(new double[] {0.2, 0.5, 0.5})).isEqualTo(1);
        assertThat(Prediction.oneHot(new double[] {0.1, 0.7, 0.2})).containsExactly(0, 1, 0);
        assertThatThrownBy(() -> Prediction.argmax(new double[0])).hasMessageContaining("no scores");
    }

    @Test
    @DisplayName("the cost measurement reports a positive time for every function, ReLU included")
    void costIsMeasured() {
        Map<String, Double> nanos = Cost.nanosPerEvaluation(1, Cost.Budget.QUICK);
        assertThat(nanos)
                .containsKeys("step", "sigmoid", "tanh", "ReLU", "leaky ReLU", "ELU", "GELU", "SiLU",
                        "GELU (tanh approx.)", Cost.STEP_SORTED);
        assertThat(nanos.values()).allMatch(v -> v > 0);
    }

    @Test
    // it draws about 70 charts: on a busy machine that can take more than the default 10 s
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("the demo writes every figure it promises")
    void demoWritesItsFigures(@TempDir Path dir) throws Exception {
        Demo.run(new PrintStream(OutputStream.nullOutputStream()), dir, Cost.Budget.QUICK);
        for (String f : List.of("step.png", "sigmoid.png", "tanh.png", "relu.png", "leaky-relu.png", "elu.png",
                "gelu.png", "silu.png",
                "functions.png", "derivatives.png", "gelu-approximation.png", "vanishing-gradients.png",
                "init-sigmoid.png", "init-tanh.png", "init-relu.png")) {
            assertThat(dir.resolve(f)).exists();
            assertThat(Files.size(dir.resolve(f))).as(f).isGreaterThan(5000);
        }
    }
}
