package mlp;

import toolkit.Checks;
import toolkit.Matrix;

/**
 * A linear layer without an activation: x·W + b. (With its bias it is strictly an affine map, hence
 * the name.) Exercise 3.3 returns one: the single layer that two stacked ones amount to.
 *
 * @param w the weights, (inputs × outputs)
 * @param b the biases, (1 × outputs)
 */
public record Affine(Matrix w, Matrix b) {

    public Affine {
        Checks.notNull(w, "w");
        Checks.notNull(b, "b");
        b.requireShape(1, w.cols(), "b of a layer with W " + w.shape());
        w = w.copy();
        b = b.copy();
    }

    /** x·W + b for x (samples × inputs): (samples × outputs). */
    public Matrix forward(Matrix x) {
        return Checks.notNull(x, "x").times(w).plus(b);
    }

    /** W (a copy: changing it does not change the layer). */
    @Override
    public Matrix w() {
        return w.copy();
    }

    /** b (a copy). */
    @Override
    public Matrix b() {
        return b.copy();
    }

    public int inputs() {
        return w.rows();
    }

    public int outputs() {
        return w.cols();
    }
}
