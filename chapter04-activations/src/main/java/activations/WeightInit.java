package activations;

import static toolkit.Checks.notNull;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A rule for the standard deviation of a layer's first random weights, given the layer's number of
 * inputs (fan-in): a fixed 1 or 0.01, or Xavier's 1/√n, or He's √(2/n).
 *
 * @param name as the lesson's figures label it
 * @param std  fan-in ↦ standard deviation of the weights
 */
public record WeightInit(String name, IntToDoubleFunction std) {

    public WeightInit {
        notNull(name, "name");
        notNull(std, "std");
    }

    public static final WeightInit STD_1 = new WeightInit("std 1", n -> 1.0);
    public static final WeightInit STD_0_01 = new WeightInit("std 0.01", n -> 0.01);
    public static final WeightInit XAVIER = new WeightInit("Xavier 1/√n", Initialisation::xavierStd);
    public static final WeightInit HE = new WeightInit("He √(2/n)", Initialisation::heStd);

    /** The four rules the lesson compares, in its order. */
    public static List<WeightInit> all() {
        return List.of(STD_1, STD_0_01, XAVIER, HE);
    }

    public double stdFor(int fanIn) {
        return std.applyAsDouble(fanIn);
    }

    @Override
    public String toString() {
        return name;
    }
}
