package gates;

import grader.api.Expect;
import grader.api.Hint;
import grader.api.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shared checks of the graded tests: truth tables, the noise rule, and hints chosen by the wrong answer. */
final class Cases {
    private Cases() {}

    static final TruthTable AND = TruthTable.of("0001");
    static final TruthTable NAND = TruthTable.of("1110");
    static final TruthTable OR = TruthTable.of("0111");
    static final TruthTable NOR = TruthTable.of("1000");
    static final TruthTable XOR = TruthTable.of("0110");
    static final TruthTable XNOR = TruthTable.of("1001");
    static final TruthTable NOT = TruthTable.of("10");

    /** The noise the gates must tolerate, per input (README, section 2). */
    static final double NOISE = 0.1;

    /** What each gate does, in words, for the hints. */
    private static final Map<String, String> MEANING = Map.of(
            "AND", "AND fires only at (1,1)",
            "NAND", "NAND fires everywhere except at (1,1)",
            "OR", "OR fires everywhere except at (0,0)",
            "NOR", "NOR fires only at (0,0)",
            "NOT", "NOT fires at 0 and not at 1");

    /** The same, in Korean, for the Korean hints. */
    private static final Map<String, String> MEANING_KO = Map.of(
            "AND", "AND는 (1,1)에서만 발화합니다",
            "NAND", "NAND는 (1,1)을 뺀 모든 곳에서 발화합니다",
            "OR", "OR은 (0,0)을 뺀 모든 곳에서 발화합니다",
            "NOR", "NOR은 (0,0)에서만 발화합니다",
            "NOT", "NOT은 0에서 발화하고 1에서는 발화하지 않습니다");

    static String show(double[] x) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < x.length; i++) s.append(i == 0 ? "" : ", ").append(Expect.show(x[i]));
        return s.append(')').toString();
    }

    /**
     * Checks a gate at every corner: it has the right number of inputs and computes {@code expected}.
     * {@code call} names the student's method, "and()".
     */
    static void checkCorners(String call, Perceptron p, String gate, TruthTable expected) {
        Expect.holds(call + " returns a perceptron", p != null, "a Perceptron", "null");
        Expect.equal(call + ": number of inputs (weights)", expected.inputs(), p.inputs(),
                Hint.always(gate + " has " + expected.inputs() + " input" + (expected.inputs() == 1 ? "" : "s")
                        + ", so its perceptron needs exactly " + expected.inputs() + " weight"
                        + (expected.inputs() == 1 ? "" : "s"))
                    .ko(gate + "의 입력은 " + expected.inputs() + "개이므로 그 퍼셉트론에는"
                            + " 가중치가 정확히 " + expected.inputs() + "개 필요합니다"));
        TruthTable got = TruthTable.of(p);
        Expect.same(call + " = " + p.describe() + ": its truth table over the rows " + rows(expected.inputs()),
                expected, got, gateHints(gate, expected, p));
    }

    /** "(0,0), (0,1), (1,0), (1,1)" */
    static String rows(int inputs) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < 1 << inputs; r++) {
            double[] x = TruthTable.corner(inputs, r);
            s.append(r == 0 ? "" : ", ").append(inputs == 1 ? Expect.show(x[0]) : show(x).replace(" ", ""));
        }
        return s.toString();
    }

    /** The hints for a gate that computes the wrong table, most specific first. */
    static Hint[] gateHints(String gate, TruthTable expected, Perceptron p) {
        TruthTable got = TruthTable.of(p);
        List<Hint> hints = new ArrayList<>();
        for (int r = 0; r < expected.rows(); r++) {
            double[] x = expected.input(r);
            if (expected.output(r) == 1 && p.weightedSum(x) == 0) {
                hints.add(Hint.always("at " + show(x) + " z = 0 exactly, and step(0) = 0:"
                        + " a perceptron does not fire on its own line. Move the line (the bias)"
                        + " so that z > 0 there; halfway between the corners is safest")
                    .ko(show(x) + "에서 정확히 z = 0이고, step(0) = 0입니다:"
                            + " 퍼셉트론은 자기 직선 위에서는 발화하지 않습니다."
                            + " 그곳에서 z > 0이 되도록 직선(편향)을 옮기세요."
                            + " 꼭짓점들 사이 한가운데가 가장 안전합니다"));
            }
        }
        boolean allNegative = p.bias() < 0;
        for (double w : p.weights()) allNegative &= w <= 0;
        hints.add(Hint.when(got.ones() == 0 && allNegative && expected.ones() > 0,
                "your perceptron never fires: every weight and the bias are negative or 0, so z < 0 at every corner."
                        + " To swap the sides of a line, flip the sign of every number, the bias included")
            .ko("퍼셉트론이 한 번도 발화하지 않습니다: 모든 가중치와 편향이"
                    + " 음수이거나 0이라서 모든 꼭짓점에서 z < 0입니다. 직선의 양쪽을"
                    + " 맞바꾸려면 편향을 포함한 모든 수의 부호를 뒤집으세요"));
        hints.add(Hint.when(got.equals(expected.not()),
                "you built the opposite gate, " + got.gateName() + ": every output is flipped."
                        + " Flip the sign of every weight and of the bias")
            .ko("만든 게이트는 정반대인 " + got.gateName() + "입니다: 모든 출력이"
                    + " 뒤집혀 있습니다. 모든 가중치와 편향의 부호를 뒤집으세요"));
        hints.add(Hint.when(expected.isComputedBy(new Perceptron(p.weights(), -p.bias())),
                "the bias has the wrong sign: b = " + Expect.show(-p.bias()) + " would work."
                        + " A threshold θ (fire when w·x > θ) becomes the bias b = −θ")
            .ko("편향의 부호가 틀렸습니다: b = " + Expect.show(-p.bias()) + "이면 됩니다. 임계값"
                    + " θ(w·x > θ일 때 발화)는 편향 b = −θ가 됩니다"));
        hints.add(Hint.when(got.gateName().equals("BUFFER"),
                "this perceptron copies its input (a buffer):"
                        + " NOT must go down when x goes up, so its weight is negative")
            .ko("이 퍼셉트론은 입력을 그대로 복사합니다(버퍼):"
                    + " NOT은 x가 커지면 작아져야 하므로 가중치가 음수입니다"));
        hints.add(Hint.when(!got.gateName().equals(got.digits()) && MEANING.containsKey(gate),
                "your perceptron computes " + got.gateName() + ", not " + gate + ": " + MEANING.get(gate))
            .ko("퍼셉트론이 계산하는 것은 " + gate + " 게이트가 아니라 " + got.gateName()
                    + "입니다: " + MEANING_KO.get(gate)));
        return hints.toArray(new Hint[0]);
    }

    /**
     * The noise rule: every input may be off by up to 0.1. z is linear, so over the little box
     * around a corner it is smallest and largest at the box's own corners: checking those 2ⁿ points
     * per corner is exact. A few seeded random points inside the boxes are checked as well.
     */
    static void checkNoise(String call, Perceptron p, String gate, TruthTable expected, long seed) {
        Expect.holds(call + " returns a perceptron", p != null, "a Perceptron", "null");
        Expect.holds(call + " = " + p.describe() + " computes " + gate + " at the corners (exercise's first test)",
                expected.isComputedBy(p), gate + " " + expected,
                p.inputs() == expected.inputs() ? TruthTable.of(p).toString() : p.inputs() + " inputs",
                Hint.always("get the four corners right first; then keep the line away from them")
                    .ko("먼저 네 꼭짓점을 맞히고,"
                            + " 그다음 직선을 꼭짓점들에서 멀리 떨어뜨리세요"));
        int n = expected.inputs();
        double sumAbs = 0;
        for (double w : p.weights()) sumAbs += Math.abs(w);
        java.util.Random rnd = new java.util.Random(seed);
        for (int r = 0; r < expected.rows(); r++) {
            double[] corner = expected.input(r);
            double zCorner = p.weightedSum(corner);
            Hint onTheLine = Hint.when(zCorner == 0,
                    "corner " + show(corner) + " lies exactly on your line (z = 0): it is right only because"
                            + " step(0) = 0, and the slightest noise flips it. Move the line away from the corners")
                .ko("직선이 꼭짓점 " + show(corner) + " 위를 정확히 지나갑니다(z = 0):"
                        + " step(0) = 0이라서 맞았을 뿐이고, 아주 작은 잡음에도 뒤집힙니다."
                        + " 직선을 꼭짓점들에서 멀리 옮기세요");
            Hint tooClose = Hint.always("the line passes too close to corner " + show(corner) + ": z there is "
                    + Expect.show(zCorner) + ", but noise of 0.1 per input can move z by up to 0.1·(|w₁| + … ) = "
                    + Expect.show(NOISE * sumAbs) + ". Make |z| larger than that at every corner:"
                    + " put the line halfway between the corners")
                .ko("직선이 꼭짓점 " + show(corner) + "에 너무 가깝게 지나갑니다: 그곳의 z는 "
                        + Expect.show(zCorner) + "인데, 입력마다 0.1의"
                        + " 잡음이 z를 최대 0.1·(|w₁| + … ) = " + Expect.show(NOISE * sumAbs)
                        + "만큼 움직일 수 있습니다. 모든 꼭짓점에서 |z|를 그보다"
                        + " 크게 만드세요: 직선을 꼭짓점들 사이 한가운데에 두세요");
            List<double[]> points = new ArrayList<>();
            for (int signs = 0; signs < 1 << n; signs++) {
                double[] x = corner.clone();
                for (int j = 0; j < n; j++) x[j] += ((signs >> j) & 1) == 1 ? NOISE : -NOISE;
                points.add(x);
            }
            for (int k = 0; k < 50; k++) {
                double[] x = corner.clone();
                for (int j = 0; j < n; j++) x[j] += Reference.uniform(rnd, NOISE);
                points.add(x);
            }
            for (double[] x : points) {
                int got = p.fire(x);
                Expect.equal(call + " = " + p.describe() + " at the noisy input " + show(x)
                        + " (near corner " + show(corner)
                                + ", where " + gate + " is " + expected.output(r) + ")", expected.output(r), got,
                                onTheLine, tooClose);
            }
        }
    }
}
