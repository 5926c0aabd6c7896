package backprop;

/**
 * A node of a computation graph (계산 그래프) with two inputs and one output. {@code forward}
 * computes the output and remembers what {@code backward} will need; {@code backward} takes the
 * gradient of the final result with respect to this node's output (dout, the "upstream" gradient)
 * and returns the gradients with respect to the two inputs, by the chain rule (연쇄 법칙).
 *
 * <p>Two implementations to compare: {@link AddNode} and {@link MultiplyNode}.
 */
public interface Node {
    /** The node's output for inputs x and y. */
    double forward(double x, double y);

    /** ∂L/∂x and ∂L/∂y, given dout = ∂L/∂(output) and the inputs of the last forward. */
    NodeGradients backward(double dout);
}
