package backprop;

import toolkit.Matrix;
import toolkit.Todo;

/**
 * Exercise 5.10: the backward pass of a whole network, and one step of training with it. Replace
 * each {@code throw Todo...} line with your code.
 */
public final class Backprop {
    private Backprop() {}

    /**
     * Exercise 5.10 · The backward pass of the two-layer network.
     *
     * <p>Run the forward pass, {@code net.loss(x, labels)}: every layer keeps what its backward
     * needs. Then run the backward pass, the same layers in reverse order, each handing its
     * result to the one before:
     * <pre>
     *     d = lossLayer.backward()      ∂L/∂scores
     *     d = affine2.backward(d)       sets dW2 and db2
     *     d = activation.backward(d)
     *     affine1.backward(d)           sets dW1 and db1 (its dx is not needed)
     * </pre>
     * Return the loss of the forward pass. Afterwards {@code net.parameters()} gives W1, b1, W2, b2
     * with their gradients.
     */
    public static double lossAndGradients(TwoLayerNet net, Matrix x, int[] labels) {
        throw Todo.exercise("5.10", "run net.loss, then backward through the layers in reverse order", "net.loss를 실행한 뒤, 계층들을 역순으로 거슬러 backward를 실행하세요");
    }

    /**
     * Exercise 5.10 · One step of stochastic gradient descent (확률적 경사 하강법).
     *
     * <p>Compute the loss and the gradients with {@link #lossAndGradients}, then move every
     * parameter a small step against its gradient:
     * <pre>
     *     W ← W − η · ∂L/∂W        for W1, b1, W2 and b2
     * </pre>
     * in place ({@code p.value().addInPlace(p.grad(), -learningRate)} for each p in
     * {@code net.parameters()}). Return the loss before the step.
     *
     * <p>Throw an {@link IllegalArgumentException} when the learning rate η is not a positive
     * number.
     */
    public static double sgdStep(TwoLayerNet net, Matrix x, int[] labels, double learningRate) {
        throw Todo.exercise("5.10", "compute the gradients, then W <- W - eta * dW for every parameter", "기울기를 구한 뒤, 모든 매개변수에 W <- W - eta * dW를 적용하세요");
    }
}
