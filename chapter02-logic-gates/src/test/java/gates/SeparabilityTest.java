package gates;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

/**
 * Exercise 2.9. Every answer is checked, never trusted: a perceptron returned must compute the table
 * at every row (so "separable" can only be claimed with a proof), and "not separable" is compared
 * with the tests' own exact answer (Fourier–Motzkin elimination, {@link Oracle#separable}), which
 * uses no weight bound at all.
 */
class SeparabilityTest {

    /** Tables of 4 inputs that integer weights −2 … 2 compute; the others need a weight of 3 (README, §6). */
    private static final Set<TruthTable> WITHIN_TWO = Oracle.thresholdTables(4, 2);
    private static final Set<TruthTable> WITHIN_THREE = Oracle.thresholdTables(4, 3);
    private static final Set<TruthTable> THREE_INPUTS_WITHIN_ONE = Oracle.thresholdTables(3, 1);

    @Graded(exercise = "2.9", points = 6)
    @DisplayName("all tables of 1 and 2 inputs: XOR and XNOR are not separable,"
            + " the other 4 + 14 are, each with a perceptron that computes it")
    void inputs1and2() {
        List<TruthTable> tables = new ArrayList<>(List.of(Cases.XOR, Cases.XNOR));
        for (int n = 1; n <= 2; n++) {
            for (long k = 0; k < TruthTable.count(n); k++) tables.add(TruthTable.ofNumber(n, k));
        }
        int[] found = new int[3];
        for (int i = 0; i < tables.size(); i++) {
            TruthTable t = tables.get(i);
            Optional<Perceptron> got = Separability.separatingPerceptron(t);
            check(t, Oracle.separable(t), got);
            if (i >= 2 && got.isPresent()) found[t.inputs()]++; // the first two are XOR and XNOR, checked first
        }
        Expect.equal("separable tables of 1 input found by separatingPerceptron", 4, found[1]);
        Expect.equal("separable tables of 2 inputs found by separatingPerceptron", 14, found[2]);
    }

    @Graded(exercise = "2.9", points = 6)
    @DisplayName("all 256 tables of 3 inputs: exactly 104 are separable; parity is not, majority is")
    void inputs3() {
        List<TruthTable> tables = new ArrayList<>(List.of(TruthTable.parity(3), TruthTable.parity(3).not(),
                TruthTable.of(3, x -> x[0] + x[1] + x[2] >= 2 ? 1 : 0)));
        for (long k = 0; k < TruthTable.count(3); k++) tables.add(TruthTable.ofNumber(3, k));
        int found = 0;
        for (int i = 0; i < tables.size(); i++) {
            TruthTable t = tables.get(i);
            Optional<Perceptron> got = Separability.separatingPerceptron(t);
            check(t, Oracle.separable(t), got);
            if (i >= 3 && got.isPresent()) found++;
        }
        Expect.equal("separable tables of 3 inputs found by separatingPerceptron", 104, found);
    }

    @Graded(exercise = "2.9", points = 7)
    @DisplayName("4 inputs: 350 tables made by random"
            + " perceptrons (integer and real weights, and ones that need a weight of 3) are all separable")
    void inputs4Separable() {
        Random rnd = new Random(209);
        List<Perceptron> makers = new ArrayList<>();
        // x₄ AND (x₁ OR x₂ OR x₃): needs a weight of 3
        makers.add(new Perceptron(new double[] {1, 1, 1, 3}, -3.5));
        List<TruthTable> needThree = new ArrayList<>();
        for (TruthTable t : WITHIN_THREE) if (!WITHIN_TWO.contains(t)) needThree.add(t);
        for (int i = 0; i < 100; i++) makers.add(Oracle.witness(needThree.get(rnd.nextInt(needThree.size())), 3));
        for (int i = 0; i < 150; i++) {
            double[] w = new double[4];
            for (int j = 0; j < 4; j++) w[j] = rnd.nextInt(19) - 9;
            double cut = 0; // a bias through the middle of the sums, half an integer off, so no row has z = 0
            for (int j = 0; j < 4; j++) cut += w[j] * rnd.nextInt(2);
            makers.add(new Perceptron(w, -(cut + 0.5)));
        }
        for (int i = 0; i < 100; i++) {
            double[] w = new double[4];
            for (int j = 0; j < 4; j++) w[j] = rnd.nextGaussian();
            makers.add(new Perceptron(w, rnd.nextGaussian()));
        }
        for (Perceptron maker : makers) {
            TruthTable t = TruthTable.of(maker);
            Optional<Perceptron> got = Separability.separatingPerceptron(t);
            check(t, true, got,
                    Hint.when(got != null && got.isEmpty(),
                            "this table is computed by the perceptron " + maker.describe() + ", so it is separable."
                                    + " A method that gives up (a learning rule with an epoch limit,"
                                    + " a weight range too small, a sign restriction that is too strict) is not exact")
                        .ko("이 표를 계산하는 퍼셉트론이 있으므로(" + maker.describe()
                                + ") 선형 분리 가능합니다. 중간에 포기하는 방법(에폭"
                                + " 한도가 있는 학습 규칙, 너무 좁은 가중치 범위,"
                                + " 너무 엄격한 부호 제한)은 정확하지 않습니다"));
        }
    }

    @Graded(exercise = "2.9", points = 6)
    @DisplayName("4 inputs: parity, an embedded XOR,"
            + " every table that is monotone in each input yet not separable, and 300 random tables")
    void inputs4NotSeparable() {
        List<TruthTable> tables = new ArrayList<>(List.of(TruthTable.parity(4), TruthTable.parity(4).not(),
                TruthTable.of(4, x -> x[0] ^ x[2]), TruthTable.of(4, x -> (x[0] & x[1]) | (x[2] & x[3]))));
        for (long k = 0; k < TruthTable.count(4); k++) {
            if (!Oracle.unate(4, k)) continue;
            TruthTable t = TruthTable.ofNumber(4, k);
            if (!WITHIN_THREE.contains(t)) tables.add(t);
        }
        Random rnd = new Random(2094);
        for (int i = 0; i < 300; i++) tables.add(TruthTable.ofNumber(4, rnd.nextInt(1 << 16)));
        for (TruthTable t : tables) {
            Optional<Perceptron> got = Separability.separatingPerceptron(t);
            check(t, Oracle.separable(t), got);
        }
    }

    @Graded(exercise = "2.9", points = 5)
    @DisplayName("constant tables and tables that ignore some inputs are separable;"
            + " more than 4 inputs is rejected, naming \"4 inputs\"")
    void inputsConstantIgnoredOrTooMany() {
        List<TruthTable> tables = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            tables.add(new TruthTable(n, new int[1 << n]));
            tables.add(new TruthTable(n, new int[1 << n]).not());
        }
        tables.add(TruthTable.of(4, x -> x[1]));
        tables.add(TruthTable.of(3, x -> 1 - x[2]));
        tables.add(TruthTable.of(4, x -> x[0] & x[3]));
        tables.add(TruthTable.of(4, x -> 1 - (x[1] | x[2])));
        for (TruthTable t : tables) {
            Optional<Perceptron> got = Separability.separatingPerceptron(t);
            check(t, true, got);
        }
        for (TruthTable t : List.of(TruthTable.parity(5), TruthTable.of(5, x -> x[0] & x[4]),
                TruthTable.of(6, x -> x[5]))) {
            Expect.rejects("separatingPerceptron of a table with " + t.inputs() + " inputs",
                    IllegalArgumentException.class,
                    () -> Separability.separatingPerceptron(t), "4 inputs");
        }
    }

    // ---- the check of one answer ----

    private static void check(TruthTable t, boolean separable, Optional<Perceptron> got, Hint... extra) {
        String call = "separatingPerceptron(" + t + ")";
        Expect.holds(call + " returns an Optional", got != null, "a perceptron, or Optional.empty()", "null",
                Hint.always("return Optional.empty() when no perceptron exists, never null")
                    .ko("퍼셉트론이 없으면 null이 아니라 Optional.empty()를 반환하세요"));
        if (!separable) {
            Perceptron p = got.orElse(null);
            if (p == null) return; // right; the hints below are built only for a wrong answer
            Expect.holds(call + ": is it separable?", p == null, "Optional.empty(): no perceptron computes " + t,
                    p == null ? "" : "the perceptron " + p.describe() + ", which computes " + TruthTable.of(p),
                    Hint.when(t.equals(Cases.XOR) || t.equals(Cases.XNOR),
                            "no line separates XOR (or XNOR): its four inequalities contradict (README, section 4),"
                                    + " so every perceptron gets a row wrong")
                        .ko("XOR(또는 XNOR)을 가르는 직선은 없습니다:"
                                + " 네 부등식이 서로 모순되므로(README, 4절)"
                                + " 어떤 퍼셉트론이든 어느 한 행에서는 틀립니다"),
                    Hint.when(t.inputs() > 1
                                    && (t.equals(TruthTable.parity(t.inputs()))
                                            || t.equals(TruthTable.parity(t.inputs()).not())),
                            "parity is never separable for 2 or more inputs:"
                                    + " it flips with every input, so it goes up and down in each")
                        .ko("입력이 2개 이상이면 패리티는 결코 선형 분리 가능하지 않습니다:"
                                + " 입력 하나가 바뀔 때마다 뒤집히므로 각 입력에"
                                + " 대해 올라가기도 하고 내려가기도 합니다"),
                    Hint.when(Oracle.unate(t),
                            "this table goes only one way in each input and is still not separable:"
                                    + " monotone is necessary, not sufficient."
                                    + " Only a perceptron that computes every row is a proof")
                        .ko("이 표는 각 입력에 대해 한 방향으로만"
                                + " 변하는데도 선형 분리 가능하지 않습니다:"
                                + " 단조성은 필요조건이지 충분조건이 아닙니다."
                                + " 모든 행을 맞게 계산하는 퍼셉트론만이 증명이 됩니다"),
                    Hint.always("a perceptron is a proof only if it computes every row: check it before you return it")
                        .ko("퍼셉트론은 모든 행을 맞게 계산할 때만 증명이 됩니다:"
                                + " 반환하기 전에 확인하세요"));
            return;
        }
        Perceptron p = got.orElse(null);
        if (p != null && t.isComputedBy(p)) return; // right; the hints below are built only for a wrong answer
        Perceptron example = p == null ? Oracle.witness(t, 3) : null;
        Hint[] whenEmpty = {
            Hint.when(t.inputs() == 4 && !WITHIN_TWO.contains(t),
                    "this table needs a weight of 3 (or −3): for example x₄ AND (x₁ OR x₂ OR x₃)"
                            + " needs w = (1, 1, 1, 3). Search every weight from −3 to 3")
                .ko("이 표에는 가중치 3(또는 −3)이 필요합니다:"
                        + " 예를 들어 x₄ AND (x₁ OR x₂ OR x₃)에는 w = (1, 1, 1, 3)이"
                        + " 필요합니다. −3부터 3까지 모든 가중치를 탐색하세요"),
            Hint.when(t.inputs() == 3 && !THREE_INPUTS_WITHIN_ONE.contains(t),
                    "this 3-input table needs a weight of 2: search every weight from −3 to 3")
                .ko("입력이 3개인 이 표에는 가중치 2가 필요합니다: −3부터"
                        + " 3까지 모든 가중치를 탐색하세요"),
            Hint.when(t.ones() == 0 || t.ones() == t.rows(),
                    "a constant table is computed by w = 0 and b = −0.5 (all 0) or b = +0.5 (all 1)")
                .ko("상수 표는 w = 0과 b = −0.5(모두 0) 또는 b = +0.5(모두 1)로 계산됩니다"),
        };
        Expect.holds(call + ": is it separable?", p != null, "a perceptron that computes " + t
                        + (example == null ? "" : ", for example " + example.describe()), "Optional.empty()",
                concat(whenEmpty, extra,
                        Hint.always("check each candidate with lo < hi:"
                                + " the largest s over the 0-rows must be smaller than the smallest s over the 1-rows")
                            .ko("각 후보를 lo < hi로 확인하세요: 0인 행들에서 가장 큰"
                                    + " s가 1인 행들에서 가장 작은 s보다 작아야 합니다")));
        Expect.equal(call + " returned " + p.describe() + ": its number of inputs", t.inputs(), p.inputs());
        TruthTable computed = TruthTable.of(p);
        Hint onTheLine = Hint.when(false, "");
        for (int r = 0; r < t.rows(); r++) {
            double[] x = t.input(r);
            if (t.output(r) == 1 && p.weightedSum(x) == 0) {
                onTheLine = Hint.always("at " + Cases.show(x) + " z = 0 exactly, and step(0) = 0:"
                        + " a line through a 1-row does not fire there. Put the line halfway, b = −(lo + hi) / 2")
                    .ko(Cases.show(x) + "에서 정확히 z = 0이고, step(0) = 0입니다:"
                            + " 1인 행을 지나는 직선은 그곳에서 발화하지 않습니다."
                            + " 직선을 한가운데인 b = −(lo + hi) / 2에 두세요");
                break;
            }
        }
        Expect.same(call + " returned " + p.describe() + ": the table it computes", t, computed, onTheLine,
                Hint.when(computed.equals(Oracle.reversed(t)),
                        "your rows are in the wrong order: x₁ is the most significant digit of the row"
                                + " number (row 1 of a 2-input table is (0, 1)); use table.input(row)")
                    .ko("행의 순서가 틀렸습니다: x₁이 행 번호의 최상위 자리입니다"
                            + "(입력이 2개인 표의 행 1은 (0, 1)입니다). table.input(row)를 쓰세요"),
                Hint.when(computed.equals(t.not()),
                        "your perceptron computes the opposite table: the 1-rows must be on the side where z > 0")
                    .ko("퍼셉트론이 정반대 표를 계산합니다:"
                            + " 1인 행들이 z > 0인 쪽에 있어야 합니다"),
                Hint.always("check the perceptron on every row before returning it")
                    .ko("반환하기 전에 모든 행에서 퍼셉트론을 확인하세요"));
    }

    private static Hint[] concat(Hint[] a, Hint[] b, Hint last) {
        Hint[] all = new Hint[a.length + b.length + 1];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        all[all.length - 1] = last;
        return all;
    }
}
