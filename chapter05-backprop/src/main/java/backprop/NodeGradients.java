package backprop;

/**
 * What a two-input node's backward returns: the gradient of the final result L with respect to
 * each input.
 *
 * @param dx ∂L/∂x
 * @param dy ∂L/∂y
 */
public record NodeGradients(double dx, double dy) {}
