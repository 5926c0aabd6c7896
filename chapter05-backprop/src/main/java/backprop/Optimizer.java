package backprop;

import java.util.List;

/**
 * How a network's parameters move once backprop has given their gradients (최적화 기법).
 * Implementations to compare: {@link Sgd}, {@link Momentum}, {@link Adam}.
 */
public interface Optimizer {
    /** Moves every parameter in place, using the gradient the last backward pass left. */
    void update(List<Parameter> parameters);

    /** "SGD (η = 0.1)" */
    String name();
}
