package backprop;

import toolkit.Matrix;

/**
 * Exercise 5.5: ReLU as a layer (ReLU 계층). Replace each {@code throw Todo...} line with your code.
 */
public final class ReluLayer implements Layer {

    /**
     * Exercise 5.5 · The ReLU layer, forward.
     *
     * <p>y = max(0, x) for every entry. Record in {@code mask} where x ≤ 0 (mask[i][j] true):
     * those entries were cut to 0 and will pass no gradient back. Example: [[-1, 0, 2]] gives
     * [[0, 0, 2]] and mask [[true, true, false]].
     */
    @Override
    public Matrix forward(Matrix x) {
        // Exercise 5.5: record mask = (x <= 0) and return max(0, x)
        // 연습 5.5: mask = (x <= 0)을 기록하고 max(0, x)를 반환하세요
        mask = new boolean[x.rows()][x.cols()];
        Matrix out = Matrix.zeros(x.rows(), x.cols());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                double v = x.get(i, j);
                mask[i][j] = v <= 0;
                out.set(i, j, Math.max(0, v)); // max, not mask ? 0 : v: the same number, without a branch the CPU guesses wrong half the time
            }
        }
        return out;
    }

    private boolean[][] mask; // true where the last forward's input was ≤ 0

    /**
     * Exercise 5.5 · The ReLU layer, backward.
     *
     * <p>ReLU'(x) is 1 where x &gt; 0 and 0 where x ≤ 0 (at exactly 0 the lesson takes 0), so
     * <pre>
     *     dx = dout where the input was positive, 0 where mask is true
     * </pre>
     * Decide by the input of forward (the mask), not by the sign of dout. Return a new matrix and
     * leave dout as it is: setting entries of dout to 0 would change the caller's matrix. Example:
     * after forward([[-1, 0, 2]]), backward([[5, 6, 7]]) = [[0, 0, 7]].
     *
     * <p>Throw an {@link IllegalStateException} when there was no forward.
     */
    @Override
    public Matrix backward(Matrix dout) {
        // Exercise 5.5: return a new matrix: dout where the input was positive, 0 where mask is true
        // 연습 5.5: 새 행렬을 반환하세요: 입력이 양수였던 곳은 dout, mask가 true인 곳은 0
        if (mask == null) throw new IllegalStateException("backward before forward: ReLU needs the mask from a forward pass");
        dout.requireShape(mask.length, mask[0].length, "dout (the shape of the last output)");
        Matrix dx = Matrix.zeros(dout.rows(), dout.cols());
        for (int i = 0; i < dout.rows(); i++) {
            for (int j = 0; j < dout.cols(); j++) {
                if (!mask[i][j]) dx.set(i, j, dout.get(i, j));
            }
        }
        return dx;
    }

    @Override
    public long cachedBytes() {
        return mask == null ? 0 : (long) mask.length * mask[0].length; // one byte per boolean
    }

    @Override
    public String name() {
        return "ReLU";
    }
}
