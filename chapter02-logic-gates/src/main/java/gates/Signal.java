package gates;

/**
 * A wire in a {@link Circuit}: one of the circuit's inputs (x₁, x₂, …) or the output of one of its
 * perceptrons (u1, u2, …). A signal carries no value of its own while the circuit is being built;
 * values flow only when the finished circuit is evaluated, so a circuit can compute nothing that
 * its perceptrons do not compute.
 */
public final class Signal {
    private final Object circuit;
    private final int index;
    private final String name;

    Signal(Object circuit, int index, String name) {
        this.circuit = circuit;
        this.index = index;
        this.name = name;
    }

    /** The position of this signal's value among all values of the circuit: the inputs first, then each unit's output. */
    public int index() {
        return index;
    }

    /** "x₁" for an input, "u3" for the output of the third unit. */
    public String name() {
        return name;
    }

    boolean belongsTo(Object c) {
        return circuit == c;
    }

    @Override
    public String toString() {
        return name;
    }
}
