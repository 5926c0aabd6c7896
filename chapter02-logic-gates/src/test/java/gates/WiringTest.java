package gates;

import static gates.Cases.AND;
import static gates.Cases.NAND;
import static gates.Cases.OR;
import static gates.Cases.XNOR;
import static gates.Cases.XOR;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
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
                Hint.when(c.size() == 0,
                        "you returned an input signal: add perceptrons with circuit.unit(perceptron, signals...)")
                    .ko("입력 신호를 반환했습니다:"
                            + " circuit.unit(perceptron, signals...)로 퍼셉트론을 추가하세요"),
                Hint.always("two hidden perceptrons, NAND(x₁, x₂) and OR(x₁, x₂),"
                        + " and one output perceptron, AND(h₁, h₂): 3 in all")
                    .ko("은닉 퍼셉트론 두 개 NAND(x₁, x₂)와 OR(x₁, x₂),"
                            + " 그리고 출력 퍼셉트론 하나 AND(h₁, h₂): 모두 3개입니다"));
        Circuit.Unit out = c.unitOf(y);
        Expect.holds(call + " returns the output of a perceptron", out != null,
                "the signal of the output AND", "the input " + y);
        Expect.equal(call + ": inputs of the output perceptron", 2, out.inputs().size());
        Set<String> hidden = new TreeSet<>();
        for (Signal h : out.inputs()) {
            Circuit.Unit u = c.unitOf(h);
            Expect.holds(call + ": the output perceptron reads " + h, u != null,
                    "a hidden perceptron's signal", "the input " + h,
                    Hint.always("the output perceptron reads the two hidden perceptrons, not x₁ or x₂ directly")
                        .ko("출력 퍼셉트론은 x₁이나 x₂를 직접 읽지"
                                + " 않고 두 은닉 퍼셉트론을 읽습니다"));
            Expect.holds(call + ": hidden perceptron " + h + " reads x₁ and x₂", u.inputs().size() == 2
                    && Set.copyOf(u.inputs()).equals(Set.of(x1, x2)), "x₁ and x₂", u.inputs().toString(),
                    Hint.always("both hidden perceptrons read the network's two inputs: circuit.unit(gate, x1, x2)")
                        .ko("두 은닉 퍼셉트론 모두 네트워크의 두 입력을 읽습니다:"
                                + " circuit.unit(gate, x1, x2)"));
            hidden.add(TruthTable.of(u.perceptron()).gateName());
        }
        String outGate = TruthTable.of(out.perceptron()).gateName();
        Expect.same(call + ": the gates of the hidden layer", "[NAND, OR]", hidden.toString(),
                Hint.when(hidden.equals(Set.of("AND", "NAND")) && outGate.equals("OR"),
                        "OR(NAND, AND) is 1 everywhere: NAND and AND are opposites,"
                                + " so one of them is always 1. XOR = AND(NAND, OR)")
                    .ko("OR(NAND, AND)는 어디서나 1입니다: NAND와 AND는 서로 정반대라서"
                            + " 둘 중 하나는 항상 1입니다. XOR = AND(NAND, OR)"),
                Hint.always("the hidden layer is h₁ = NAND(x₁, x₂) (rules out (1,1))"
                        + " and h₂ = OR(x₁, x₂) (rules out (0,0))")
                    .ko("은닉층은 (1,1)을 배제하는 h₁ = NAND(x₁, x₂)와 (0,0)을"
                            + " 배제하는 h₂ = OR(x₁, x₂)입니다"));
        Expect.same(call + ": the gate of the output perceptron", "AND", outGate,
                Hint.always("XOR is 1 where NAND and OR are both 1, so the output is AND(h₁, h₂)")
                    .ko("XOR은 NAND와 OR이 모두 1인 곳에서 1이므로 출력은 AND(h₁, h₂)입니다"));
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
                    Hint.always("only NAND gates here: every perceptron must compute NAND (use your nand());"
                            + " NOT x is NAND(x, x), and NAND of two NOTs is an OR")
                        .ko("여기서는 NAND 게이트만 씁니다: 모든 퍼셉트론이 NAND를"
                                + " 계산해야 합니다(직접 만든 nand()를 쓰세요)."
                                + " NOT x는 NAND(x, x)이고, 두 NOT의 NAND는 OR입니다"));
        }
        Expect.equal(call + ": number of NAND perceptrons", 4, c.size(),
                Hint.when(c.size() == 5,
                        "five NANDs work, but four are enough: compute n₁ = NAND(x₁, x₂)"
                                + " once and let both middle NANDs read it")
                    .ko("NAND 다섯 개로도 되지만 네 개면 충분합니다: n₁ = NAND(x₁, x₂)를 한"
                            + " 번만 계산하고 가운데의 두 NAND가 모두 그것을 읽게 하세요"),
                Hint.when(c.size() > 5,
                        "four are enough: n₁ = NAND(x₁, x₂); n₂ = NAND(x₁, n₁);"
                                + " n₃ = NAND(x₂, n₁); y = NAND(n₂, n₃)")
                    .ko("네 개면 충분합니다: n₁ = NAND(x₁, x₂); n₂ = NAND(x₁, n₁);"
                            + " n₃ = NAND(x₂, n₁); y = NAND(n₂, n₃)"),
                Hint.when(c.size() < 4,
                        "fewer than four NANDs cannot compute XOR: n₁ = NAND(x₁, x₂),"
                                + " then one NAND per input with n₁, then one to join them")
                    .ko("NAND가 네 개보다 적으면 XOR을 계산할 수 없습니다:"
                            + " 먼저 n₁ = NAND(x₁, x₂), 그다음 입력마다 n₁과 함께 NAND 하나씩,"
                            + " 마지막으로 둘을 합치는 NAND 하나입니다"));
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
                Hint.when(sum.equals(AND) && carry.equals(XOR),
                        "sum and carry are swapped: return new SumCarry(sum, carry), sum first")
                    .ko("합과 자리올림이 뒤바뀌었습니다:"
                            + " 합을 먼저 넣어 new SumCarry(sum, carry)를 반환하세요"),
                Hint.when(sum.equals(OR),
                        "1 + 1 = 10 in binary: the sum bit of 1 + 1 is 0 and the 1 is carried. That is XOR, not OR")
                    .ko("이진수로 1 + 1 = 10입니다: 1 + 1의 합 비트는 0이고 1은 자리올림됩니다."
                            + " 그것은 OR이 아니라 XOR입니다"),
                Hint.when(sum.equals(XNOR),
                        "the sum bit is 1 when exactly one bit is 1: XOR, not XNOR")
                    .ko("합 비트는 정확히 한 비트만 1일 때 1입니다: XNOR이 아니라 XOR입니다"));
        Expect.same("halfAdder(circuit, a, b): the carry bit" + rows, AND, carry,
                Hint.when(carry.equals(OR),
                        "the carry is 1 only when both bits are 1 (1 + 1 = 10; 1 + 0 = 01 carries nothing):"
                                + " AND, not OR")
                    .ko("자리올림은 두 비트가 모두 1일 때만 1입니다"
                            + "(1 + 1 = 10; 1 + 0 = 01은 올리는 것이 없습니다):"
                            + " OR이 아니라 AND입니다"),
                Hint.when(carry.equals(NAND),
                        "the carry is 1 when both bits are 1: AND, not NAND")
                    .ko("자리올림은 두 비트가 모두 1일 때 1입니다: NAND가 아니라 AND입니다"));
    }

    @Graded(exercise = "2.8", points = 3)
    @DisplayName("halfAdder wires onto the signals it is given, also inside a bigger circuit")
    void halfAdderUsesTheSignalsItIsGiven() {
        Circuit.Builder b = Circuit.builder(3);
        SumCarry r = Wiring.halfAdder(b, b.input(3), b.input(2));
        Expect.holds("halfAdder(circuit, x₃, x₂) returns a SumCarry", r != null,
                "new SumCarry(sum, carry)", "null");
        Circuit c = b.build(r.sum(), r.carry());
        TruthTable firstTwo = TruthTable.of(3, x -> x[0] ^ x[1]);
        Expect.same("halfAdder(circuit, x₃, x₂) in a 3-input circuit: the sum bit",
                TruthTable.of(3, x -> x[2] ^ x[1]), c.table(0),
                Hint.when(c.table(0).equals(firstTwo),
                        "you wired onto circuit.input(1) and circuit.input(2): use the signals a and b you are given")
                    .ko("circuit.input(1)과 circuit.input(2)에 연결했습니다:"
                            + " 주어진 신호 a와 b를 쓰세요"));
        Expect.same("halfAdder(circuit, x₃, x₂) in a 3-input circuit: the carry bit",
                TruthTable.of(3, x -> x[2] & x[1]), c.table(1),
                Hint.when(c.table(1).equals(TruthTable.of(3, x -> x[0] & x[1])),
                        "you wired onto circuit.input(1) and circuit.input(2): use the signals a and b you are given")
                    .ko("circuit.input(1)과 circuit.input(2)에 연결했습니다:"
                            + " 주어진 신호 a와 b를 쓰세요"));
    }

    @Graded(exercise = "2.8", points = 5)
    @DisplayName("half adders chain into a 4-bit adder (full adder = two half adders and an OR)"
            + " that gets all 256 sums right")
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
                        Hint.when(!halfAdderRight,
                                "your half adder alone is not right yet (sum " + halfAdder.table(0).digits()
                                        + ", carry " + halfAdder.table(1).digits() + "; the first"
                                        + " test of 2.8 says more): fix it first")
                            .ko("반가산기 자체가 아직 맞지 않습니다(합 " + halfAdder.table(0).digits()
                                    + ", 자리올림 " + halfAdder.table(1).digits() + "; 자세한 내용은"
                                    + " 2.8의 첫 번째 테스트에 있습니다): 먼저 그것을 고치세요"),
                        Hint.always("your half adder is right on its own, so check that it reads the signals a and"
                                + " b it is given: inside an adder they are sums and carries of other half adders")
                            .ko("반가산기는 단독으로는 맞으니,"
                                    + " 주어진 신호 a와 b를 읽는지 확인하세요: 덧셈기 안에서"
                                    + " 그 신호는 다른 반가산기의 합과 자리올림입니다"));
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
                Hint.always("return the Signal that circuit.unit(...) gave you for the last perceptron")
                    .ko("마지막 퍼셉트론에 대해 circuit.unit(...)이 돌려준 Signal을 반환하세요"));
        return b.build(y);
    }

    private static void checkXor(String what, Circuit c) {
        TruthTable got = c.table(0);
        Circuit.Unit out = c.size() == 0 ? null : c.unitOf(c.outputs().get(0));
        String outGate = out == null ? "" : TruthTable.of(out.perceptron()).gateName();
        // A unit that is one of the student's own gates, but that gate is wrong: blame the gate, not the wiring.
        String brokenGate = null;
        String brokenGateKo = null;
        for (Circuit.Unit u : c.units()) {
            String gate = TruthTable.of(u.perceptron()).gateName();
            if (!gate.equals("AND") && u.perceptron().equals(gateOrNull(Gates::and))) {
                brokenGate = "and() (exercise 2.1) computes " + gate;
                brokenGateKo = "and()(연습문제 2.1)가 계산하는 것은 " + gate;
            }
            if (!gate.equals("NAND") && u.perceptron().equals(gateOrNull(Gates::nand))) {
                brokenGate = "nand() (exercise 2.2) computes " + gate;
                brokenGateKo = "nand()(연습문제 2.2)가 계산하는 것은 " + gate;
            }
            if (!gate.equals("OR") && u.perceptron().equals(gateOrNull(Gates::or))) {
                brokenGate = "or() (exercise 2.3) computes " + gate;
                brokenGateKo = "or()(연습문제 2.3)이 계산하는 것은 " + gate;
            }
        }
        Expect.same(what + ": its truth table over (0,0), (0,1), (1,0), (1,1)", XOR, got,
                Hint.when(c.size() == 0,
                        "you returned an input signal: add perceptrons with circuit.unit(perceptron, signals...)"
                                + " and return the last one's signal")
                    .ko("입력 신호를 반환했습니다: circuit.unit(perceptron, signals...)로"
                            + " 퍼셉트론을 추가하고 마지막 퍼셉트론의 신호를 반환하세요"),
                Hint.when(brokenGate != null,
                        "your " + brokenGate + ": fix that gate first, its own tests say how")
                    .ko("직접 만든 " + brokenGateKo + "입니다: 그 게이트부터 고치세요."
                            + " 고치는 방법은 그 게이트의 테스트가 알려 줍니다"),
                Hint.when(got.ones() == 4 && outGate.equals("OR"),
                        "OR(NAND, AND) is 1 everywhere: NAND and AND are opposites,"
                                + " so one of them is always 1. XOR = AND(NAND, OR)")
                    .ko("OR(NAND, AND)는 어디서나 1입니다: NAND와 AND는 서로 정반대라서"
                            + " 둘 중 하나는 항상 1입니다. XOR = AND(NAND, OR)"),
                Hint.when(got.equals(XNOR),
                        "your network computes XNOR, XOR's opposite (1 when the inputs are equal):"
                                + " one gate too many is negated. XOR = AND(NAND(x₁, x₂), OR(x₁, x₂))")
                    .ko("네트워크가 XOR의 정반대인 XNOR(입력이 같을 때 1)을 계산합니다: 게이트"
                            + " 하나가 더 부정되어 있습니다. XOR = AND(NAND(x₁, x₂), OR(x₁, x₂))"),
                Hint.when(got.equals(OR),
                        "your network computes OR: XOR must be 0 at (1,1). The hidden NAND rules (1,1)"
                                + " out, and the output must need both hidden perceptrons: AND")
                    .ko("네트워크가 OR을 계산합니다: XOR은 (1,1)에서 0이어야 합니다."
                            + " 은닉 NAND가 (1,1)을 배제하고,"
                            + " 출력은 두 은닉 퍼셉트론이 모두 필요해야 합니다: AND"),
                Hint.when(got.equals(NAND),
                        "your network computes NAND: XOR must be 0 at (0,0). The hidden OR rules (0,0)"
                                + " out, and the output must need both hidden perceptrons: AND")
                    .ko("네트워크가 NAND를 계산합니다: XOR은 (0,0)에서 0이어야 합니다."
                            + " 은닉 OR이 (0,0)을 배제하고,"
                            + " 출력은 두 은닉 퍼셉트론이 모두 필요해야 합니다: AND"),
                Hint.always("your network: " + c.describe().strip().replace("\n", "; "))
                    .ko("작성한 네트워크: " + c.describe().strip().replace("\n", "; ")));
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
        Expect.holds(name + " returns a signal", y1 != null && y2 != null,
                "the signal of the output perceptron", "null");
        Circuit c = b.build(y1, y2);
        Circuit.Builder alone = Circuit.builder(2);
        boolean xorAlone = alone.build(wire.wire(alone, alone.input(1), alone.input(2))).table(0).equals(XOR);
        TruthTable wrongInputs = TruthTable.of(3, x -> x[0] ^ x[1]);
        Hint[] hints = {
            Hint.when(c.table(0).equals(wrongInputs) || c.table(1).equals(wrongInputs),
                    "you wired onto circuit.input(1) and circuit.input(2):"
                            + " use the signals x1 and x2 the method is given")
                .ko("circuit.input(1)과 circuit.input(2)에 연결했습니다:"
                        + " 메서드에 주어진 신호 x1과 x2를 쓰세요"),
            Hint.when(!xorAlone,
                    "your network does not compute XOR even on its own two inputs yet:"
                            + " the first test of this exercise says more")
                .ko("네트워크가 자기 두 입력만 있을 때도 아직 XOR을 계산하지 못합니다:"
                        + " 자세한 내용은 이 연습문제의 첫 번째 테스트에 있습니다"),
        };
        Expect.same(name + "(circuit, x₃, x₁) in a 3-input circuit", TruthTable.of(3, x -> x[2] ^ x[0]),
                c.table(0), hints);
        Expect.same(name + "(circuit, OR(x₁, x₂, x₃), x₂) in a 3-input circuit",
                TruthTable.of(3, x -> (x[0] | x[1] | x[2]) ^ x[1]),
                c.table(1), hints);
    }
}
