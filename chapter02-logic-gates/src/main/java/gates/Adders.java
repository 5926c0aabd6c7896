package gates;

import toolkit.Checks;

/**
 * Arithmetic from gates: the full adder (전가산기) from two half adders, and a ripple-carry adder
 * (리플 캐리 가산기) of any width from full adders. Everything here is wired from your
 * {@link Wiring#halfAdder} (exercise 2.8) and your {@link Gates#or} (2.3), so every addition the
 * demo prints is computed by perceptrons only.
 */
public final class Adders {
    private Adders() {}

    /**
     * Adds three bits: (s₁, c₁) = half(a, b); (sum, c₂) = half(s₁, carryIn); carryOut = OR(c₁, c₂).
     * (c₁ and c₂ are never both 1, so OR and XOR would both do.)
     */
    public static SumCarry fullAdder(Circuit.Builder circuit, Signal a, Signal b, Signal carryIn) {
        Checks.notNull(circuit, "circuit");
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        Checks.notNull(carryIn, "carryIn");
        SumCarry first = Wiring.halfAdder(circuit, a, b);
        SumCarry second = Wiring.halfAdder(circuit, first.sum(), carryIn);
        Signal carryOut = circuit.unit(Gates.or(), first.carry(), second.carry());
        return new SumCarry(second.sum(), carryOut);
    }

    /**
     * A circuit that adds two numbers of {@code bits} bits. Inputs: x₁ … x_bits are the bits of a,
     * least significant first, then the bits of b the same way. Outputs: the sum's bits, least
     * significant first, then the final carry. The lowest digit has no carry in, so it is a half adder;
     * every higher digit is a full adder fed by the carry of the digit below.
     */
    public static Circuit rippleCarry(int bits) {
        if (bits < 1 || bits > 15) throw new IllegalArgumentException("an adder of 1 to 15 bits, not " + bits);
        Circuit.Builder c = Circuit.builder(2 * bits);
        Signal[] out = new Signal[bits + 1];
        SumCarry digit = Wiring.halfAdder(c, c.input(1), c.input(bits + 1));
        out[0] = digit.sum();
        for (int i = 1; i < bits; i++) {
            digit = fullAdder(c, c.input(i + 1), c.input(bits + i + 1), digit.carry());
            out[i] = digit.sum();
        }
        out[bits] = digit.carry();
        return c.build(out);
    }

    /** a + b, computed by an adder from {@link #rippleCarry}: its bits go in, the sum's bits come out. */
    public static int add(Circuit adder, int a, int b) {
        Checks.notNull(adder, "adder");
        int bits = adder.inputs() / 2;
        if (a < 0 || b < 0 || a >= 1 << bits || b >= 1 << bits) {
            throw new IllegalArgumentException("a " + bits + "-bit adder adds 0 … " + ((1 << bits) - 1) + ", not " + a + " and " + b);
        }
        double[] x = new double[2 * bits];
        for (int i = 0; i < bits; i++) {
            x[i] = (a >> i) & 1;
            x[bits + i] = (b >> i) & 1;
        }
        int[] y = adder.evaluate(x);
        int sum = 0;
        for (int i = 0; i < y.length; i++) sum |= y[i] << i;
        return sum;
    }

    /** n written with {@code bits} binary digits, most significant first: binary(6, 4) = "0110". */
    public static String binary(int n, int bits) {
        StringBuilder s = new StringBuilder(Integer.toBinaryString(n));
        while (s.length() < bits) s.insert(0, '0');
        return s.toString();
    }
}
