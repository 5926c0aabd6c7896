package gates;

import static gates.Cases.AND;
import static gates.Cases.NAND;
import static gates.Cases.OR;
import static gates.Cases.XNOR;
import static gates.Cases.XOR;

import grader.Expect;
import grader.Graded;
import grader.Hint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;

/**
 * Exercises 2.6 to 2.8. A circuit can only compute what its perceptrons compute (a Signal has no
 * value until the finished circuit is evaluated), so these tests check both what the network
 * computes and what it is made of: a truth table typed into code cannot pass.
 */
class WiringTest {

    /** A test's own OR of two bits, so the adder test does not depend on exercise 2.3. */
    private static final Perceptron OR2 = new Perceptron(new double[] {1, 1}, -0.5);

    // ---- 2.6 XOR as a two-layer network ----

    @Graded(exercise = "2.6", points = 6)
    @DisplayName("xor(circuit, x₁, x₂) builds a network that computes XOR at the four corners: 0110")
    void xorComputesXor() {
        Circuit.Builder b = Circuit.builder(2);
        Signal y = Wiring.xor(b, b.input(1), b.input(2));
        Circuit c = build(b, y, "xor(circuit, x₁, x₂)");
        checkXor("the network from xor(circuit, x₁, x₂)", c);
    }

    @Graded(exercise = "2.6", points = 5)
    @DisplayName("xor's network has two layers: hidden NAND and OR of x₁ and x₂, then an AND of the two")
    void xorIsTwoLayers() {
        Circuit.Builder b = Circuit.builder(2);
        Signal x1 = b.input(1);
        Signal x2 = b.input(2);
        Signal y = Wiring.xor(b, x1, x2);
        Circuit c = build(b, y, "xor(circuit, x₁, x₂)");
        String call = "xor(circuit, x₁, x₂)";
        Expect.equal(call + ": number of perceptrons added", 3, c.size(),
                Hint.when(c.size() == 0, "you returned an input signal: add perceptrons with circuit.unit(perceptron, signals...)"),
                Hint.always("two hidden perceptrons, NAND(x₁, x₂) and OR(x₁, x₂), and one output perceptron, AND(h₁, h₂): 3 in all"));
        Circuit.Unit out = c.unitOf(y);
        Expect.holds(call + " returns the output of a perceptron", out != null, "the signal of the output AND", "the input " + y);
        Expect.equal(call + ": inputs of the output perceptron", 2, out.inputs().size());
        Set<String> hidden = new TreeSet<>();
        for (Signal h : out.inputs()) {
            Circuit.Unit u = c.unitOf(h);
            Expect.holds(call + ": the output perceptron reads " + h, u != null, "a hidden perceptron's signal", "the input " + h,
                    Hint.always("the output perceptron reads the two hidden perceptrons, not x₁ or x₂ directly"));
            Expect.holds(call + ": hidden perceptron " + h + " reads x₁ and x₂", u.inputs().size() == 2
                    && Set.copyOf(u.inputs()).equals(Set.of(x1, x2)), "x₁ and x₂", u.inputs().toString(),
                    Hint.always("both hidden perceptrons read the network's two inputs: circuit.unit(gate, x1, x2)"));
            hidden.add(TruthTable.of(u.perceptron()).gateName());
        }
        String outGate = TruthTable.of(out.perceptron()).gateName();
        Expect.same(call + ": the gates of the hidden layer", "[NAND, OR]", hidden.toString(),
                Hint.when(hidden.equals(Set.of("AND", "NAND")) && outGate.equals("OR"),
                        "OR(NAND, AND) is 1 everywhere: NAND and AND are opposites, so one of them is always 1. XOR = AND(NAND, OR)"),
                Hint.always("the hidden layer is h₁ = NAND(x₁, x₂) (rules out (1,1)) and h₂ = OR(x₁, x₂) (rules out (0,0))"));
        Expect.same(call + ": the gate of the output perceptron", "AND", outGate,
                Hint.always("XOR is 1 where NAND and OR are both 1, so the output is AND(h₁, h₂)"));
    }

    @Graded(exercise = "2.6", points = 3)
    @DisplayName("xor wires onto the signals it is given, also inside a bigger circuit")
    void xorUsesTheSignalsItIsGiven() {
        checkGivenSignals("xor", Wiring::xor);
    }

    // ---- 2.7 XOR from four NANDs ----

    @Graded(exercise = "2.7", points = 5)
    @DisplayName("xorFromNands(circuit, x₁, x₂) builds a network that computes XOR at the four corners: 0110")
    void nandXorComputesXor() {
        Circuit.Builder b = Circuit.builder(2);
        Signal y = Wiring.xorFromNands(b, b.input(1), b.input(2));
        Circuit c = build(b, y, "xorFromNands(circuit, x₁, x₂)");
        checkXor("the network from xorFromNands(circuit, x₁, x₂)", c);
    }

    @Graded(exercise = "2.7", points = 5)
    @DisplayName("xorFromNands uses exactly four perceptrons, and every one computes NAND")
    void nandXorIsFourNands() {
        Circuit.Builder b = Circuit.builder(2);
        Signal y = Wiring.xorFromNands(b, b.input(1), b.input(2));
        Circuit c = build(b, y, "xorFromNands(circuit, x₁, x₂)");
        String call = "xorFromNands(circuit, x₁, x₂)";
        for (Circuit.Unit u : c.units()) {
            Expect.same(call + ": the gate of unit " + u.output() + " " + u.perceptron().describe(), "NAND",
                    TruthTable.of(u.perceptron()).gateName(),
                    Hint.always("only NAND gates here: every perceptron must compute NAND (use your nand()); "
                            + "NOT x is NAND(x, x), and NAND of two NOTs is an OR"));
        }
        Expect.equal(call + ": number of NAND perceptrons", 4, c.size(),
                Hint.when(c.size() == 5, "five NANDs work, but four are enough: compute n₁ = NAND(x₁, x₂) once and let both middle NANDs read it"),
                Hint.when(c.size() > 5, "four are enough: n₁ = NAND(x₁, x₂); n₂ = NAND(x₁, n₁); n₃ = NAND(x₂, n₁); y = NAND(n₂, n₃)"),
                Hint.when(c.size() < 4, "fewer than four NANDs cannot compute XOR: n₁ = NAND(x₁, x₂), then one NAND per input with n₁, then one to join them"));
    }

    @Graded(exercise = "2.7", points = 2)
    @DisplayName("xorFromNands wires onto the signals it is given, also inside a bigger circuit")
    void nandXorUsesTheSignalsItIsGiven() {
        checkGivenSignals("xorFromNands", Wiring::xorFromNands);
    }

    // ---- 2.8 The half adder ----

    @Graded(exercise = "2.8", points = 6)
    @DisplayName("halfAdder: the sum bit is XOR (0110) and the carry bit is AND (0001)")
    void halfAdderAddsTwoBits() {
        Circuit.Builder b = Circuit.builder(2);
        SumCarry r = Wiring.halfAdder(b, b.input(1), b.input(2));
        Expect.holds("halfAdder(circuit, a, b) returns a SumCarry", r != null, "new SumCarry(sum, carry)", "null");
        Circuit c = b.build(r.sum(), r.carry());
        TruthTable sum = c.table(0);
        TruthTable carry = c.table(1);
        String rows = " over (0,0), (0,1), (1,0), (1,1)";
        Expect.same("halfAdder(circuit, a, b): the sum bit" + rows, XOR, sum,
                Hint.when(sum.equals(AND) && carry.equals(XOR), "sum and carry are swapped: return new SumCarry(sum, carry), sum first"),
                Hint.when(sum.equals(OR), "1 + 1 = 10 in binary: the sum bit of 1 + 1 is 0 and the 1 is carried. That is XOR, not OR"),
                Hint.when(sum.equals(XNOR), "the sum bit is 1 when exactly one bit is 1: XOR, not XNOR"));
        Expect.same("halfAdder(circuit, a, b): the carry bit" + rows, AND, carry,
                Hint.when(carry.equals(OR), "the carry is 1 only when both bits are 1 (1 + 1 = 10; 1 + 0 = 01 carries nothing): AND, not OR"),
                Hint.when(carry.equals(NAND), "the carry is 1 when both bits are 1: AND, not NAND"));
    }

    @Graded(exercise = "2.8", points = 3)
    @DisplayName("halfAdder wires onto the signals it is given, also inside a bigger circuit")
    void halfAdderUsesTheSignalsItIsGiven() {
        Circuit.Builder b = Circuit.builder(3);
        SumCarry r = Wiring.halfAdder(b, b.input(3), b.input(2));
        Expect.holds("halfAdder(circuit, x₃, x₂) returns a SumCarry", r != null, "new SumCarry(sum, carry)", "null");
        Circuit c = b.build(r.sum(), r.carry());
        TruthTable firstTwo = TruthTable.of(3, x -> x[0] ^ x[1]);
        Expect.same("halfAdder(circuit, x₃, x₂) in a 3-input circuit: the sum bit", TruthTable.of(3, x -> x[2] ^ x[1]), c.table(0),
                Hint.when(c.table(0).equals(firstTwo), "you wired onto circuit.input(1) and circuit.input(2): use the signals a and b you are given"));
        Expect.same("halfAdder(circuit, x₃, x₂) in a 3-input circuit: the carry bit", TruthTable.of(3, x -> x[2] & x[1]), c.table(1),
                Hint.when(c.table(1).equals(TruthTable.of(3, x -> x[0] & x[1])),
                        "you wired onto circuit.input(1) and circuit.input(2): use the signals a and b you are given"));
    }

    @Graded(exercise = "2.8", points = 5)
    @DisplayName("half adders chain into a 4-bit adder (full adder = two half adders and an OR) that gets all 256 sums right")
    void halfAddersMakeA4BitAdder() {
        int bits = 4;
        Circuit.Builder b = Circuit.builder(2 * bits);
        // Inputs: a's bits x₁ … x₄ then b's bits x₅ … x₈, least significant first.
        List<Signal> out = new ArrayList<>();
        SumCarry digit = Wiring.halfAdder(b, b.input(1), b.input(bits + 1));
        Expect.holds("halfAdder returns a SumCarry", digit != null, "new SumCarry(sum, carry)", "null");
        out.add(digit.sum());
        for (int i = 1; i < bits; i++) {
            SumCarry first = Wiring.halfAdder(b, b.input(i + 1), b.input(bits + i + 1));
            SumCarry second = Wiring.halfAdder(b, first.sum(), digit.carry());
            digit = new SumCarry(second.sum(), b.unit(OR2, first.carry(), second.carry()));
            out.add(digit.sum());
        }
        out.add(digit.carry());
        Circuit adder = b.build(out.toArray(new Signal[0]));
        Circuit.Builder alone = Circuit.builder(2);
        SumCarry half = Wiring.halfAdder(alone, alone.input(1), alone.input(2));
        Circuit halfAdder = alone.build(half.sum(), half.carry());
        boolean halfAdderRight = halfAdder.table(0).equals(XOR) && halfAdder.table(1).equals(AND);
        for (int x = 0; x < 1 << bits; x++) {
            for (int y = 0; y < 1 << bits; y++) {
                double[] in = new double[2 * bits];
                for (int i = 0; i < bits; i++) {
                    in[i] = (x >> i) & 1;
                    in[bits + i] = (y >> i) & 1;
                }
                int[] got = adder.evaluate(in);
                int sum = 0;
                for (int i = 0; i < got.length; i++) sum |= got[i] << i;
                Expect.equal("a 4-bit adder made of your half adders: " + x + " + " + y, x + y, sum,
                        Hint.when(!halfAdderRight, "your half adder alone is not right yet (sum " + halfAdder.table(0).digits()
                                + ", carry " + halfAdder.table(1).digits() + "; the first test of 2.8 says more): fix it first"),
                        Hint.always("your half adder is right on its own, so check that it reads the signals a and b it is given: "
                                + "inside an adder they are sums and carries of other half adders"));
            }
        }
    }

    // ---- shared checks ----

    /** A wiring method: adds perceptrons reading a and b, returns the result's signal. */
    interface Wire {
        Signal wire(Circuit.Builder circuit, Signal a, Signal b);
    }

    private static Circuit build(Circuit.Builder b, Signal y, String call) {
        Expect.holds(call + " returns a signal", y != null, "the signal of the output perceptron", "null",
                Hint.always("return the Signal that circuit.unit(...) gave you for the last perceptron"));
        return b.build(y);
    }

    private static void checkXor(String what, Circuit c) {
        TruthTable got = c.table(0);
        Circuit.Unit out = c.size() == 0 ? null : c.unitOf(c.outputs().get(0));
        String outGate = out == null ? "" : TruthTable.of(out.perceptron()).gateName();
        // A unit that is one of the student's own gates, but that gate is wrong: blame the gate, not the wiring.
        String brokenGate = null;
        for (Circuit.Unit u : c.units()) {
            String gate = TruthTable.of(u.perceptron()).gateName();
            if (!gate.equals("AND") && u.perceptron().equals(gateOrNull(Gates::and))) brokenGate = "and() (exercise 2.1) computes " + gate;
            if (!gate.equals("NAND") && u.perceptron().equals(gateOrNull(Gates::nand))) brokenGate = "nand() (exercise 2.2) computes " + gate;
            if (!gate.equals("OR") && u.perceptron().equals(gateOrNull(Gates::or))) brokenGate = "or() (exercise 2.3) computes " + gate;
        }
        Expect.same(what + ": its truth table over (0,0), (0,1), (1,0), (1,1)", XOR, got,
                Hint.when(c.size() == 0, "you returned an input signal: add perceptrons with circuit.unit(perceptron, signals...) "
                        + "and return the last one's signal"),
                Hint.when(brokenGate != null, "your " + brokenGate + ": fix that gate first, its own tests say how"),
                Hint.when(got.ones() == 4 && outGate.equals("OR"),
                        "OR(NAND, AND) is 1 everywhere: NAND and AND are opposites, so one of them is always 1. XOR = AND(NAND, OR)"),
                Hint.when(got.equals(XNOR), "your network computes XNOR, XOR's opposite (1 when the inputs are equal): "
                        + "one gate too many is negated. XOR = AND(NAND(x₁, x₂), OR(x₁, x₂))"),
                Hint.when(got.equals(OR), "your network computes OR: XOR must be 0 at (1,1). The hidden NAND rules (1,1) out, "
                        + "and the output must need both hidden perceptrons: AND"),
                Hint.when(got.equals(NAND), "your network computes NAND: XOR must be 0 at (0,0). The hidden OR rules (0,0) out, "
                        + "and the output must need both hidden perceptrons: AND"),
                Hint.always("your network: " + c.describe().strip().replace("\n", "; ")));
    }

    /** The student's gate, or null when it is not written yet (or fails): only for choosing a hint. */
    private static Perceptron gateOrNull(java.util.function.Supplier<Perceptron> gate) {
        try {
            return gate.get();
        } catch (RuntimeException notYet) {
            return null;
        }
    }

    /** The wiring used inside a 3-input circuit, on inputs other than x₁, x₂ and on another perceptron's output. */
    private static void checkGivenSignals(String name, Wire wire) {
        Circuit.Builder b = Circuit.builder(3);
        Signal y1 = wire.wire(b, b.input(3), b.input(1));
        Signal or3 = b.unit(new Perceptron(new double[] {1, 1, 1}, -0.5), b.input(1), b.input(2), b.input(3));
        Signal y2 = wire.wire(b, or3, b.input(2));
        Expect.holds(name + " returns a signal", y1 != null && y2 != null, "the signal of the output perceptron", "null");
        Circuit c = b.build(y1, y2);
        Circuit.Builder alone = Circuit.builder(2);
        boolean xorAlone = alone.build(wire.wire(alone, alone.input(1), alone.input(2))).table(0).equals(XOR);
        TruthTable wrongInputs = TruthTable.of(3, x -> x[0] ^ x[1]);
        Hint[] hints = {
            Hint.when(c.table(0).equals(wrongInputs) || c.table(1).equals(wrongInputs),
                    "you wired onto circuit.input(1) and circuit.input(2): use the signals x1 and x2 the method is given"),
            Hint.when(!xorAlone, "your network does not compute XOR even on its own two inputs yet: the first test of this exercise says more"),
        };
        Expect.same(name + "(circuit, x₃, x₁) in a 3-input circuit", TruthTable.of(3, x -> x[2] ^ x[0]), c.table(0), hints);
        Expect.same(name + "(circuit, OR(x₁, x₂, x₃), x₂) in a 3-input circuit", TruthTable.of(3, x -> (x[0] | x[1] | x[2]) ^ x[1]),
                c.table(1), hints);
    }
}
