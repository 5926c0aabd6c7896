package backprop;

import toolkit.Matrix;

/**
 * tanh as a layer: y = tanh(x) entry by entry. Like the sigmoid, its derivative is a function of
 * its output, tanh'(x) = 1 − y², so forward keeps y and backward needs nothing else.
 */
public final class TanhLayer implements Layer {

    @Override
    public Matrix forward(Matrix x) {
        out = x.map(Math::tanh);
        return out;
    }

    private Matrix out; // y = tanh(x) of the last forward: backward's only need

    @Override
    public Matrix backward(Matrix dout) {
        if (out == null) throw new IllegalStateException("backward before forward: tanh needs the output of a forward pass");
        out.sameShape(dout, "multiply dout by tanh' for");
        return dout.hadamard(out.map(y -> 1 - y * y));
    }

    @Override
    public long cachedBytes() {
        return out == null ? 0 : 8L * out.rows() * out.cols();
    }

    @Override
    public String name() {
        return "tanh";
    }
}
