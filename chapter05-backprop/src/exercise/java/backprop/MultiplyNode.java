package backprop;

import toolkit.Todo;

/**
 * Exercise 5.2: the multiply node of a computation graph (곱셈 노드). Replace each
 * {@code throw Todo...} line with your code.
 */
public final class MultiplyNode implements Node {

    /**
     * Exercise 5.2 · The multiply node, forward.
     *
     * <p>Return x · y, and keep x and y in the fields below: backward needs them. Example:
     * forward(100, 2) = 200 (two apples at 100 each).
     */
    @Override
    public double forward(double x, double y) {
        throw Todo.exercise("5.2", "keep x and y, return x * y", "x와 y를 저장하고 x * y를 반환하세요");
    }

    private double x; // the inputs of the last forward, kept for backward
    private double y;

    /**
     * Exercise 5.2 · The multiply node, backward.
     *
     * <p>∂(xy)/∂x = y and ∂(xy)/∂y = x, so dx = dout · y and dy = dout · x: each input gets the
     * upstream gradient times the OTHER input (the inputs swap). Example: after forward(100, 2),
     * backward(1.1) = (2.2, 110).
     */
    @Override
    public NodeGradients backward(double dout) {
        throw Todo.exercise("5.2", "return dout times the OTHER input for each input", "각 입력에 dout과 다른 쪽 입력의 곱을 반환하세요");
    }
}
