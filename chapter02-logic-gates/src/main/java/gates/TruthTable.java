package gates;

import java.util.Arrays;
import java.util.function.ToIntFunction;
import toolkit.Checks;
import toolkit.LabeledData;

/**
 * A truth table (진리표) of n inputs: one output, 0 or 1, for each of the 2ⁿ rows. Row r lists the
 * inputs as the binary digits of r with x₁ the most significant, so for two inputs the rows are
 * (0,0), (0,1), (1,0), (1,1), the order of {@code toolkit.Datasets.corners()}. A table prints as
 * its outputs in row order: AND is "0001", XOR is "0110".
 *
 * @param inputs  n, from 1 to 16
 * @param outputs 2ⁿ outputs, each 0 or 1, in row order
 */
public record TruthTable(int inputs, int[] outputs) {

    public TruthTable {
        if (inputs < 1 || inputs > 16) throw new IllegalArgumentException("a truth table has 1 to 16 inputs, not " + inputs);
        Checks.notNull(outputs, "outputs");
        if (outputs.length != 1 << inputs) {
            throw new IllegalArgumentException(inputs + " inputs need " + (1 << inputs) + " outputs, one per row, not "
                    + outputs.length);
        }
        for (int r = 0; r < outputs.length; r++) {
            if (outputs[r] != 0 && outputs[r] != 1) {
                throw new IllegalArgumentException("row " + r + " has output " + outputs[r] + ": a gate's output is 0 or 1");
            }
        }
        outputs = outputs.clone();
    }

    /** The table whose outputs are these digits, in row order: {@code of("0110")} is XOR. */
    public static TruthTable of(String digits) {
        Checks.notNull(digits, "digits");
        int n = Integer.numberOfTrailingZeros(digits.length());
        if (digits.length() < 2 || Integer.bitCount(digits.length()) != 1) {
            throw new IllegalArgumentException("\"" + digits + "\" has " + digits.length() + " digits: a table has 2, 4, 8, 16, … rows");
        }
        int[] out = new int[digits.length()];
        for (int r = 0; r < out.length; r++) out[r] = digits.charAt(r) - '0';
        return new TruthTable(n, out);
    }

    /** The table of a Boolean function given the inputs as 0/1 digits x[0] = x₁ … x[n−1] = xₙ. */
    public static TruthTable of(int inputs, ToIntFunction<int[]> function) {
        Checks.notNull(function, "function");
        if (inputs < 1 || inputs > 16) throw new IllegalArgumentException("a truth table has 1 to 16 inputs, not " + inputs);
        int[] out = new int[1 << inputs];
        for (int r = 0; r < out.length; r++) out[r] = function.applyAsInt(bits(inputs, r));
        return new TruthTable(inputs, out);
    }

    /** What a perceptron computes at the corners of the unit square (cube, hypercube): its truth table. */
    public static TruthTable of(Perceptron p) {
        Checks.notNull(p, "p");
        int[] out = new int[1 << p.inputs()];
        for (int r = 0; r < out.length; r++) out[r] = p.fire(corner(p.inputs(), r));
        return new TruthTable(p.inputs(), out);
    }

    /**
     * Function number k of n inputs: the output of row r is binary digit r of k. As k runs from 0
     * to 2^(2ⁿ) − 1 it lists every truth table of n inputs exactly once.
     */
    public static TruthTable ofNumber(int inputs, long number) {
        if (inputs < 1 || inputs > 6) throw new IllegalArgumentException("numbered tables have 1 to 6 inputs, not " + inputs);
        int rows = 1 << inputs;
        if (number < 0 || (rows < 64 && number >= 1L << rows)) {
            throw new IllegalArgumentException("there are 2^" + rows + " tables of " + inputs + " inputs: number " + number + " is out of range");
        }
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) out[r] = (int) ((number >>> r) & 1);
        return new TruthTable(inputs, out);
    }

    /** How many tables of n inputs there are, 2^(2ⁿ), for n ≤ 5. */
    public static long count(int inputs) {
        if (inputs < 1 || inputs > 5) throw new IllegalArgumentException("count(n) is for 1 to 5 inputs, not " + inputs);
        return 1L << (1 << inputs);
    }

    /** Parity (홀짝): 1 when an odd number of inputs are 1. Two-input parity is XOR. */
    public static TruthTable parity(int inputs) {
        return of(inputs, x -> Arrays.stream(x).sum() % 2);
    }

    /** The inputs of row r as 0/1 digits, x₁ first (the most significant binary digit of r). */
    public static int[] bits(int inputs, int row) {
        int[] x = new int[inputs];
        for (int j = 0; j < inputs; j++) x[j] = (row >> (inputs - 1 - j)) & 1;
        return x;
    }

    /** The inputs of row r as numbers, ready for {@link Perceptron#fire}. */
    public static double[] corner(int inputs, int row) {
        double[] x = new double[inputs];
        for (int j = 0; j < inputs; j++) x[j] = (row >> (inputs - 1 - j)) & 1;
        return x;
    }

    public int rows() {
        return outputs.length;
    }

    /** The inputs of row r (a new array). */
    public double[] input(int row) {
        return corner(inputs, row);
    }

    public int output(int row) {
        return outputs[row];
    }

    @Override
    public int[] outputs() {
        return outputs.clone();
    }

    /** This table's number k (see {@link #ofNumber}). */
    public long number() {
        if (inputs > 6) throw new IllegalStateException("a table of " + inputs + " inputs has no 64-bit number");
        long k = 0;
        for (int r = 0; r < outputs.length; r++) k |= (long) outputs[r] << r;
        return k;
    }

    /** How many rows give 1. */
    public int ones() {
        return Arrays.stream(outputs).sum();
    }

    /** Does this perceptron compute exactly this table at every row? */
    public boolean isComputedBy(Perceptron p) {
        return p != null && p.inputs() == inputs && equals(of(p));
    }

    /** The opposite table: every output flipped. */
    public TruthTable not() {
        int[] out = new int[outputs.length];
        for (int r = 0; r < out.length; r++) out[r] = 1 - outputs[r];
        return new TruthTable(inputs, out);
    }

    /** The table as a dataset, for the plots: the corners with their outputs as labels. */
    public LabeledData toData(String name) {
        Checks.notNull(name, "name");
        double[][] x = new double[outputs.length][];
        for (int r = 0; r < x.length; r++) x[r] = input(r);
        return new LabeledData(name, x, outputs);
    }

    /** The usual name of a one- or two-input table ("AND", "NOT", "XOR", …), or its digits. */
    public String gateName() {
        String d = digits();
        if (inputs == 1) {
            return switch (d) {
                case "00" -> "FALSE";
                case "01" -> "BUFFER";
                case "10" -> "NOT";
                default -> "TRUE";
            };
        }
        if (inputs == 2) {
            return switch (d) {
                case "0000" -> "FALSE";
                case "0001" -> "AND";
                case "0011" -> "x₁";
                case "0101" -> "x₂";
                case "0110" -> "XOR";
                case "0111" -> "OR";
                case "1000" -> "NOR";
                case "1001" -> "XNOR";
                case "1010" -> "NOT x₂";
                case "1100" -> "NOT x₁";
                case "1110" -> "NAND";
                case "1111" -> "TRUE";
                default -> d;
            };
        }
        return d;
    }

    /** The outputs as digits in row order: "0110". */
    public String digits() {
        StringBuilder s = new StringBuilder(outputs.length);
        for (int y : outputs) s.append(y);
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TruthTable t && inputs == t.inputs && Arrays.equals(outputs, t.outputs);
    }

    @Override
    public int hashCode() {
        return 31 * inputs + Arrays.hashCode(outputs);
    }

    /** "0001 (AND)" for a named gate, else the digits: "0110100110010110". */
    @Override
    public String toString() {
        String name = gateName();
        return name.equals(digits()) ? name : digits() + " (" + name + ")";
    }
}
