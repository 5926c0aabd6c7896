package toolkit;

import java.util.function.IntBinaryOperator;

/** The small datasets of the course: the truth tables of the logic gates over the four corners of the unit square. */
public final class Datasets {
    private Datasets() {}

    /** The four inputs (0,0), (0,1), (1,0), (1,1), in that order. */
    public static double[][] corners() {
        return new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    }

    public static LabeledData and() {
        return gate("AND", (a, b) -> a & b);
    }

    public static LabeledData or() {
        return gate("OR", (a, b) -> a | b);
    }

    public static LabeledData nand() {
        return gate("NAND", (a, b) -> 1 - (a & b));
    }

    public static LabeledData nor() {
        return gate("NOR", (a, b) -> 1 - (a | b));
    }

    public static LabeledData xor() {
        return gate("XOR", (a, b) -> a ^ b);
    }

    /** The truth table of any two-input gate, over the corners in {@link #corners()} order. */
    public static LabeledData gate(String name, IntBinaryOperator truth) {
        Checks.notNull(name, "name");
        Checks.notNull(truth, "truth");
        double[][] x = corners();
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = truth.applyAsInt((int) x[i][0], (int) x[i][1]);
            if (y[i] != 0 && y[i] != 1) throw new IllegalArgumentException(name + " gives " + y[i] + " for " + (int) x[i][0]
                    + ", " + (int) x[i][1] + ": a gate's output is 0 or 1");
        }
        return new LabeledData(name, x, y);
    }
}
