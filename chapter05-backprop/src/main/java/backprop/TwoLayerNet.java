package backprop;

import java.util.List;
import toolkit.Matrix;
import toolkit.Rng;

/**
 * A two-layer network built from layer nodes:
 * <pre>
 *     x ─▶ Affine(W1, b1) ─▶ activation ─▶ Affine(W2, b2) ─▶ scores ─▶ loss layer ◀─ t
 * </pre>
 * Its forward pass is {@link #loss}; the backward pass runs the same layers in reverse order
 * (exercise 5.10, {@link Backprop#lossAndGradients}).
 */
public final class TwoLayerNet {
    private final Affine affine1;
    private final Layer activation;
    private final Affine affine2;
    private final LossLayer lossLayer;

    public TwoLayerNet(Affine affine1, Layer activation, Affine affine2, LossLayer lossLayer) {
        if (affine1.W().cols() != affine2.W().rows()) {
            throw new IllegalArgumentException("W1 is " + affine1.W().shape() + " and W2 is " + affine2.W().shape()
                    + ": the first layer's outputs are the second layer's inputs, so W1's columns must equal W2's rows");
        }
        this.affine1 = affine1;
        this.activation = activation;
        this.affine2 = affine2;
        this.lossLayer = lossLayer;
    }

    /**
     * A network with random weights and zero biases. Weights are Gaussian with standard deviation
     * √(2/fan-in) before a ReLU (He) and √(1/fan-in) otherwise (Xavier), so the signal keeps its
     * size through the layers.
     */
    public static TwoLayerNet create(int inputs, int hidden, int outputs, Layer activation, LossLayer lossLayer, Rng rng) {
        if (inputs < 1 || hidden < 1 || outputs < 1) {
            throw new IllegalArgumentException("a " + inputs + "-" + hidden + "-" + outputs + " network has an empty layer");
        }
        double gain = activation instanceof ReluLayer ? 2.0 : 1.0;
        Matrix w1 = Matrix.gaussian(inputs, hidden, Math.sqrt(gain / inputs), rng);
        Matrix w2 = Matrix.gaussian(hidden, outputs, Math.sqrt(1.0 / hidden), rng);
        return new TwoLayerNet(new Affine(w1, Matrix.zeros(1, hidden)), activation,
                new Affine(w2, Matrix.zeros(1, outputs)), lossLayer);
    }

    /** The scores (logits) for a batch: affine2(activation(affine1(x))). */
    public Matrix scores(Matrix x) {
        return affine2.forward(activation.forward(affine1.forward(x)));
    }

    /** The forward pass to the end: the mean loss of the batch. Every layer keeps what its backward needs. */
    public double loss(Matrix x, int[] labels) {
        return lossLayer.forward(scores(x), labels);
    }

    /** The predicted class of each row: the largest score, or score &gt; 0 when there is one score per row. */
    public int[] predict(Matrix x) {
        return classes(scores(x));
    }

    /** The class each row of scores stands for. */
    public static int[] classes(Matrix scores) {
        int[] out = new int[scores.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.cols() == 1 ? (scores.get(i, 0) > 0 ? 1 : 0) : scores.argmaxOfRow(i);
        }
        return out;
    }

    /** The fraction of rows whose predicted class is the label. */
    public double accuracy(Matrix x, int[] labels) {
        int[] p = predict(x);
        int right = 0;
        for (int i = 0; i < p.length; i++) if (p[i] == labels[i]) right++;
        return (double) right / p.length;
    }

    public Affine affine1() {
        return affine1;
    }

    public Layer activation() {
        return activation;
    }

    public Affine affine2() {
        return affine2;
    }

    public LossLayer lossLayer() {
        return lossLayer;
    }

    /** W1, b1, W2, b2, each with its gradient from the last backward pass. */
    public List<Parameter> parameters() {
        return List.of(new Parameter("W1", affine1.W(), affine1::dW), new Parameter("b1", affine1.b(), affine1::db),
                new Parameter("W2", affine2.W(), affine2::dW), new Parameter("b2", affine2.b(), affine2::db));
    }

    /** How many numbers the network learns: 4,810 for 64-64-10. */
    public int parameterCount() {
        int n = 0;
        for (Parameter p : parameters()) n += p.value().rows() * p.value().cols();
        return n;
    }

    /** The layers in forward order, for tables: Affine, activation, Affine. */
    public List<Layer> layers() {
        return List.of(affine1, activation, affine2);
    }

    @Override
    public String toString() {
        return affine1.W().rows() + "-" + affine1.W().cols() + "-" + affine2.W().cols() + " (" + activation.name() + ", "
                + lossLayer.name() + ")";
    }
}
