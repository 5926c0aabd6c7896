package backprop;

/**
 * Exercise 5.1: the add node of a computation graph (덧셈 노드). Replace each {@code throw Todo...}
 * line with your code, then run {@code mvn test} in this chapter to see your grade.
 */
public final class AddNode implements Node {

    /**
     * Exercise 5.1 · The add node, forward.
     *
     * <p>Return x + y. The add node needs nothing from its inputs for backward, so it remembers
     * nothing. Example: forward(2, 3) = 5.
     */
    @Override
    public double forward(double x, double y) {
        // Exercise 5.1: return x + y
        // 연습 5.1: x + y를 반환하세요
        return x + y;
    }

    /**
     * Exercise 5.1 · The add node, backward.
     *
     * <p>∂(x + y)/∂x = 1 and ∂(x + y)/∂y = 1, so by the chain rule dx = dout · 1 and
     * dy = dout · 1: the upstream gradient passes on unchanged, whole, to both inputs (it is not
     * split between them). Example: backward(1.1) = (1.1, 1.1).
     */
    @Override
    public NodeGradients backward(double dout) {
        // Exercise 5.1: pass dout on unchanged to both inputs
        // 연습 5.1: dout을 바꾸지 않고 두 입력 모두에 넘기세요
        return new NodeGradients(dout, dout);
    }
}
