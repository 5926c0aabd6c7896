package gates;

/**
 * Exercises 2.6 to 2.8: networks of gates. Each method adds perceptrons to a circuit that is being
 * built and returns the signal(s) of the result, so the networks you write can be used again as
 * parts of bigger ones (exercise 2.8 uses 2.6; the demo builds a 4-bit adder from 2.8).
 *
 * <p>Add a perceptron with {@code circuit.unit(perceptron, inputSignal1, inputSignal2)}: it returns
 * the signal of that perceptron's output. Wire onto the signals you are given ({@code x1},
 * {@code x2}, {@code a}, {@code b}), never onto {@code circuit.input(...)}: the tests also plug
 * your network into the middle of bigger circuits. Use your gates from {@link Gates} (exercises
 * 2.1 to 2.5), so do those first.
 */
public final class Wiring {
    private Wiring() {}

    /**
     * Exercise 2.6 · XOR as a two-layer network (2층 퍼셉트론).
     *
     * <p>No single perceptron computes XOR, but three do: a hidden layer (은닉층) of two perceptrons
     * that both read x₁ and x₂, h₁ = NAND(x₁, x₂) and h₂ = OR(x₁, x₂), and an output perceptron
     * y = AND(h₁, h₂). Add those three units and return y.
     *
     * <p>Worked row: x = (1, 1) gives h₁ = NAND(1, 1) = 0 and h₂ = OR(1, 1) = 1, so y = AND(0, 1) = 0,
     * and XOR(1, 1) = 0. Check the other three rows the same way before you run the tests.
     */
    public static Signal xor(Circuit.Builder circuit, Signal x1, Signal x2) {
        // Exercise 2.6: wire y = AND(NAND(x1, x2), OR(x1, x2)) and return y
        // 연습 2.6: y = AND(NAND(x1, x2), OR(x1, x2))를 연결하고 y를 반환하세요
        Signal h1 = circuit.unit(Gates.nand(), x1, x2);
        Signal h2 = circuit.unit(Gates.or(), x1, x2);
        return circuit.unit(Gates.and(), h1, h2);
    }

    /**
     * Exercise 2.7 · XOR from NAND gates only (NAND is universal, 범용 게이트).
     *
     * <p>Build XOR from exactly four NAND perceptrons and nothing else. Start with
     * n₁ = NAND(x₁, x₂). Then n₂ = NAND(x₁, n₁) is 1 unless x₁ = 1 and n₁ = 1, that is unless
     * x₁ = 1 and x₂ = 0: so n₂ = NOT(x₁ AND NOT x₂). Build n₃ the same way for x₂, and finish with
     * one more NAND of n₂ and n₃ (NAND of two NOTs is an OR). Return the last signal.
     */
    public static Signal xorFromNands(Circuit.Builder circuit, Signal x1, Signal x2) {
        // Exercise 2.7: wire XOR from four NAND perceptrons and return its output
        // 연습 2.7: NAND 퍼셉트론 네 개로 XOR을 연결하고 그 출력을 반환하세요
        Perceptron nand = Gates.nand();
        Signal n1 = circuit.unit(nand, x1, x2);
        Signal n2 = circuit.unit(nand, x1, n1);
        Signal n3 = circuit.unit(nand, x2, n1);
        return circuit.unit(nand, n2, n3);
    }

    /**
     * Exercise 2.8 · The half adder (반가산기): adds two bits.
     *
     * <pre>
     *      a b │ carry sum      (a + b in binary)
     *      0 0 │   0    0
     *      0 1 │   0    1
     *      1 0 │   0    1
     *      1 1 │   1    0       1 + 1 = 10
     * </pre>
     * The sum bit is XOR(a, b) (use your {@link #xor} or {@link #xorFromNands}) and the carry bit is
     * AND(a, b). Return both as {@code new SumCarry(sum, carry)}.
     */
    public static SumCarry halfAdder(Circuit.Builder circuit, Signal a, Signal b) {
        // Exercise 2.8: return new SumCarry(XOR(a, b), AND(a, b)) built from your gates
        // 연습 2.8: 직접 만든 게이트로 new SumCarry(XOR(a, b), AND(a, b))를 반환하세요
        Signal sum = xor(circuit, a, b);
        Signal carry = circuit.unit(Gates.and(), a, b);
        return new SumCarry(sum, carry);
    }
}
