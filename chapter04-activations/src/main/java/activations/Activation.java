package activations;

import static toolkit.Checks.notNull;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * An activation function (활성화 함수) together with its derivative, so the lesson code can treat
 * them all alike: plot them, tabulate their properties, put one in every layer of a network.
 * The constants below wire up the exercises in {@link Activations}; nothing here is computed until
 * it is called, so an unfinished exercise shows up only where it is used.
 *
 * @param name as the lesson writes it: "sigmoid", "ReLU", ...
 * @param f    the function, x ↦ f(x)
 * @param df   its derivative, x ↦ f'(x), a pure function of x
 */
public record Activation(String name, DoubleUnaryOperator f, DoubleUnaryOperator df) {

    /** The leaky ReLU's slope for x ≤ 0 in the lesson's tables and plots. */
    public static final double LEAKY_ALPHA = 0.01;
    /** ELU's α: the value ELU approaches as x → −∞ is −α. */
    public static final double ELU_ALPHA = 1.0;

    public static final Activation STEP = new Activation("step", Activations::step, Activations::stepDerivative);
    public static final Activation SIGMOID = new Activation("sigmoid", Activations::sigmoid, Activations::sigmoidDerivative);
    public static final Activation TANH = new Activation("tanh", Activations::tanh, Activations::tanhDerivative);
    public static final Activation RELU = new Activation("ReLU", Activations::relu, Activations::reluDerivative);
    public static final Activation LEAKY_RELU = new Activation("leaky ReLU",
            x -> Activations.leakyRelu(x, LEAKY_ALPHA), x -> Activations.leakyReluDerivative(x, LEAKY_ALPHA));
    public static final Activation ELU = new Activation("ELU",
            x -> Activations.elu(x, ELU_ALPHA), x -> Activations.eluDerivative(x, ELU_ALPHA));
    public static final Activation GELU = new Activation("GELU", Activations::gelu, Activations::geluDerivative);
    public static final Activation SILU = new Activation("SiLU", Activations::silu, Activations::siluDerivative);

    public Activation {
        notNull(name, "name");
        notNull(f, "f");
        notNull(df, "df");
    }

    /** Every activation of the lesson, in the README's order. */
    public static List<Activation> all() {
        return List.of(STEP, SIGMOID, TANH, RELU, LEAKY_RELU, ELU, GELU, SILU);
    }

    /** f(x). */
    public double value(double x) {
        return f.applyAsDouble(x);
    }

    /** f'(x). */
    public double derivative(double x) {
        return df.applyAsDouble(x);
    }

    @Override
    public String toString() {
        return name;
    }
}
