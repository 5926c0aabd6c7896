package backprop;

import toolkit.Matrix;

/**
 * Exercise 5.4: the sigmoid as a layer (Sigmoid 계층). Replace each {@code throw Todo...} line
 * with your code.
 */
public final class SigmoidLayer implements Layer {

    /**
     * Exercise 5.4 · The sigmoid layer, forward.
     *
     * <p>y = σ(x) = 1 / (1 + e^(−x)) for every entry. Keep y in {@code out}: backward needs the
     * output, not the input. Example: σ(0) = 0.5, σ(2) = 0.8808.
     */
    @Override
    public Matrix forward(Matrix x) {
        // Exercise 5.4: keep y = 1 / (1 + e^-x) in out and return it
        // 연습 5.4: y = 1 / (1 + e^-x)를 out에 저장하고 반환하세요
        out = x.map(v -> 1 / (1 + Math.exp(-v)));
        return out;
    }

    private Matrix out; // y = σ(x) of the last forward

    /**
     * Exercise 5.4 · The sigmoid layer, backward.
     *
     * <p>σ'(x) = σ(x)(1 − σ(x)) = y(1 − y), with y the OUTPUT kept by forward, so
     * <pre>
     *     dx = dout ⊙ y ⊙ (1 − y)        (⊙: entry by entry)
     * </pre>
     * Return a new matrix and leave dout as it is. Example: after forward([[0]]) (y = 0.5),
     * backward([[2]]) = [[0.5]].
     *
     * <p>Throw an {@link IllegalStateException} when there was no forward.
     */
    @Override
    public Matrix backward(Matrix dout) {
        // Exercise 5.4: return dout * y * (1 - y), with y the output kept by forward
        // 연습 5.4: forward가 저장한 출력 y로 dout * y * (1 - y)를 반환하세요
        if (out == null) throw new IllegalStateException("backward before forward: the sigmoid needs its output y from a forward pass");
        out.sameShape(dout, "multiply dout by σ' for");
        return dout.hadamard(out.map(y -> y * (1 - y)));
    }

    @Override
    public long cachedBytes() {
        return out == null ? 0 : 8L * out.rows() * out.cols();
    }

    @Override
    public String name() {
        return "sigmoid";
    }
}
