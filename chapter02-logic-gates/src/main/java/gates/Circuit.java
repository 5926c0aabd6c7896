package gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import toolkit.Checks;

/**
 * A network of perceptrons (a circuit of gates): its inputs x₁ … xₙ and units u1, u2, …, each unit
 * a {@link Perceptron} fed by earlier signals. Built with a {@link Builder}, so wiring reads like
 * the lesson's formulas:
 *
 * <pre>{@code
 * Circuit.Builder c = Circuit.builder(2);
 * Signal h1 = c.unit(Gates.nand(), c.input(1), c.input(2));   // hidden layer
 * Signal h2 = c.unit(Gates.or(), c.input(1), c.input(2));
 * Signal y = c.unit(Gates.and(), h1, h2);                     // output layer
 * Circuit xor = c.build(y);
 * }</pre>
 *
 * A unit can only read signals that already exist, so there are no loops: values flow forward
 * (feed-forward, 순전파) from the inputs, unit by unit, to the outputs.
 */
public final class Circuit {

    /** One perceptron of the circuit, the signals it reads (one per weight) and the signal it drives. */
    public record Unit(Perceptron perceptron, List<Signal> inputs, Signal output) {
        public Unit {
            Checks.notNull(perceptron, "perceptron");
            Checks.notNull(output, "output");
            inputs = List.copyOf(Checks.notNull(inputs, "inputs"));
        }
    }

    private final Object key;
    private final int inputs;
    private final List<Signal> inputSignals;
    private final List<Unit> units;
    private final List<Signal> outputs;

    private Circuit(Object key, int inputs, List<Signal> inputSignals, List<Unit> units, List<Signal> outputs) {
        this.key = key;
        this.inputs = inputs;
        this.inputSignals = List.copyOf(inputSignals);
        this.units = List.copyOf(units);
        this.outputs = List.copyOf(outputs);
    }

    /** Starts a circuit with {@code inputs} inputs, x₁ … xₙ. */
    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    public int inputs() {
        return inputs;
    }

    /** The units in the order they were added: each reads only signals made before it. */
    public List<Unit> units() {
        return units;
    }

    /** How many perceptrons the circuit has. */
    public int size() {
        return units.size();
    }

    public List<Signal> outputs() {
        return outputs;
    }

    /** Input xᵢ, counting from 1. */
    public Signal input(int i) {
        if (i < 1 || i > inputs) throw new IllegalArgumentException("x" + i + " does not exist: this circuit has x1 … x" + inputs);
        return inputSignals.get(i - 1);
    }

    /** The unit that drives a signal, or null for an input. */
    public Unit unitOf(Signal s) {
        Checks.notNull(s, "s");
        if (!s.belongsTo(key) || s.index() >= inputs + units.size()) {
            throw new IllegalArgumentException("signal " + s + " is not part of this circuit");
        }
        return s.index() < inputs ? null : units.get(s.index() - inputs);
    }

    /**
     * Every signal's value for inputs x: first x itself, then each unit's output (0 or 1) in order.
     * Inputs may be any numbers, not only 0 and 1: the decision-region pictures use that.
     */
    public double[] values(double... x) {
        Checks.notNull(x, "x");
        if (x.length != inputs) {
            throw new IllegalArgumentException("this circuit has " + inputs + " inputs but got " + x.length + " values");
        }
        double[] v = Arrays.copyOf(x, inputs + units.size());
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            double[] in = new double[u.inputs().size()];
            for (int j = 0; j < in.length; j++) in[j] = v[u.inputs().get(j).index()];
            v[inputs + k] = u.perceptron().fire(in);
        }
        return v;
    }

    /** The outputs for inputs x, in the order given to {@link Builder#build}. */
    public int[] evaluate(double... x) {
        double[] v = values(x);
        int[] out = new int[outputs.size()];
        for (int i = 0; i < out.length; i++) out[i] = (int) v[outputs.get(i).index()];
        return out;
    }

    /** Output number {@code i} (from 0) for inputs x. */
    public int output(int i, double... x) {
        return evaluate(x)[i];
    }

    /** The truth table of any signal of the circuit, over all 2ⁿ input rows. */
    public TruthTable table(Signal s) {
        unitOf(s); // checks that the signal is this circuit's
        int[] out = new int[1 << inputs];
        for (int r = 0; r < out.length; r++) out[r] = (int) values(TruthTable.corner(inputs, r))[s.index()];
        return new TruthTable(inputs, out);
    }

    /** The truth table of output number {@code i} (from 0). */
    public TruthTable table(int i) {
        return table(outputs.get(i));
    }

    /** The layer of a signal: 0 for an input, 1 + the deepest signal it reads for a unit. */
    public int layer(Signal s) {
        Unit u = unitOf(s);
        if (u == null) return 0;
        int deepest = 0;
        for (Signal in : u.inputs()) deepest = Math.max(deepest, layer(in));
        return deepest + 1;
    }

    /** The number of layers of perceptrons between the inputs and the deepest output. */
    public int layers() {
        int deepest = 0;
        for (Signal s : outputs) deepest = Math.max(deepest, layer(s));
        return deepest;
    }

    /**
     * One line per unit: "u1 = NAND(x₁, x₂)   w = (-1, -1), b = 1.5", naming the gate each
     * perceptron computes on 0/1 inputs, then the outputs.
     */
    public String describe() {
        StringBuilder s = new StringBuilder();
        int width = 0;
        List<String> heads = new ArrayList<>();
        for (Unit u : units) {
            StringBuilder head = new StringBuilder(u.output().name()).append(" = ").append(TruthTable.of(u.perceptron()).gateName()).append('(');
            for (int j = 0; j < u.inputs().size(); j++) head.append(j == 0 ? "" : ", ").append(u.inputs().get(j).name());
            heads.add(head.append(')').toString());
            width = Math.max(width, heads.get(heads.size() - 1).length());
        }
        for (int k = 0; k < units.size(); k++) {
            String head = heads.get(k);
            s.append(head).append(" ".repeat(width - head.length())).append("   ").append(units.get(k).perceptron().describe())
                    .append("   (layer ").append(layer(units.get(k).output())).append(")\n");
        }
        s.append("output").append(outputs.size() == 1 ? ": " : "s: ");
        for (int i = 0; i < outputs.size(); i++) s.append(i == 0 ? "" : ", ").append(outputs.get(i).name());
        return s.append('\n').toString();
    }

    @Override
    public String toString() {
        return "Circuit[" + inputs + " inputs, " + units.size() + " perceptrons, " + layers() + " layers]";
    }

    /** Adds units one at a time; {@link #build} makes the finished, unchangeable circuit. */
    public static final class Builder {
        private final Object key = new Object();
        private final int inputs;
        private final List<Signal> inputSignals = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();

        private Builder(int inputs) {
            if (inputs < 1) throw new IllegalArgumentException("a circuit needs at least 1 input, not " + inputs);
            this.inputs = inputs;
            for (int i = 1; i <= inputs; i++) inputSignals.add(new Signal(key, i - 1, "x" + subscript(i)));
        }

        /** Input xᵢ, counting from 1. */
        public Signal input(int i) {
            if (i < 1 || i > inputs) {
                throw new IllegalArgumentException("x" + i + " does not exist: this circuit has x1 … x" + inputs);
            }
            return inputSignals.get(i - 1);
        }

        /** The number of inputs. */
        public int inputs() {
            return inputs;
        }

        /**
         * Adds a perceptron that reads {@code in} (one signal per weight, in the weights' order) and
         * returns the signal of its output.
         */
        public Signal unit(Perceptron perceptron, Signal... in) {
            Checks.notNull(in, "in");
            if (perceptron == null) throw new IllegalArgumentException("the perceptron is null: did a gate method return null?");
            if (in.length != perceptron.inputs()) {
                throw new IllegalArgumentException(perceptron + " has " + perceptron.inputs() + " weights but " + in.length
                        + " signals were wired to it: one signal per weight");
            }
            for (Signal s : in) {
                if (s == null) throw new IllegalArgumentException("a signal wired to " + perceptron + " is null");
                if (!s.belongsTo(key)) throw new IllegalArgumentException("signal " + s + " belongs to another circuit");
            }
            Signal out = new Signal(key, inputs + units.size(), "u" + (units.size() + 1));
            units.add(new Unit(perceptron, List.of(in), out));
            return out;
        }

        /** How many units (perceptrons) have been added so far. */
        public int size() {
            return units.size();
        }

        /** The finished circuit, with these signals as its outputs (at least one). */
        public Circuit build(Signal... outputs) {
            Checks.notNull(outputs, "outputs");
            if (outputs.length == 0) throw new IllegalArgumentException("a circuit needs at least one output signal");
            for (Signal s : outputs) {
                if (s == null) throw new IllegalArgumentException("an output signal is null: did a wiring method return null?");
                if (!s.belongsTo(key)) throw new IllegalArgumentException("output " + s + " belongs to another circuit");
            }
            return new Circuit(key, inputs, inputSignals, units, List.of(outputs));
        }
    }

    private static String subscript(int i) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) s.append((char) ('₀' + (c - '0')));
        return s.toString();
    }
}
