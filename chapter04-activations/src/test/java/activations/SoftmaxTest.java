package activations;

import static grader.api.Expect.show;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;

/** Exercises 4.18 and 4.19: softmax and log-softmax, on ordinary and on extreme scores. */
class SoftmaxTest {

    private static final String OVERFLOW_HINT = "e^z overflows to Infinity"
            + " above z ≈ 709.78 (and Infinity/Infinity is NaN):"
            + " subtract the largest score m from every score first; softmax does not change when every score shifts by"
            + " the same amount";
    private static final String OVERFLOW_HINT_KO = "z ≈ 709.78을 넘으면 e^z가"
            + " Infinity로 오버플로합니다 (그리고 Infinity/Infinity는 NaN입니다):"
            + " 먼저 모든 점수에서 가장 큰 점수 m을 빼세요."
                    + " 모든 점수를 같은 양만큼 옮겨도 소프트맥스는"
            + " 바뀌지 않습니다";
    private static final String UNDERFLOW_ALL_HINT = "e^(−1000)"
            + " underflows to 0, so the sum is 0 and 0/0 is NaN: subtract the"
            + " largest score first, then the largest term is e^0 = 1";
    private static final String UNDERFLOW_ALL_HINT_KO = "e^(−1000)은 0으로"
            + " 언더플로하므로 합이 0이 되고 0/0은 NaN입니다:"
            + " 가장 큰 점수를 먼저 빼면 가장 큰 항이 e^0 = 1이 됩니다";
    private static final String LOG_UNDERFLOW_HINT = "log(softmax(z))"
            + " underflows: a probability below 4.9e-324 is exactly 0"
            + " in a double, and log 0 = −Infinity; compute zᵢ − m − log Σⱼ e^(zⱼ − m) directly";
    private static final String LOG_UNDERFLOW_HINT_KO = "log(softmax(z))가 언더플로합니다:"
            + " 4.9e-324보다 작은 확률은 double에서 정확히 0이고,"
            + " log 0 = −Infinity입니다. zᵢ − m − log Σⱼ e^(zⱼ − m)을 직접 계산하세요";

    /** log(softmax(z)) computed the naive way: −Infinity wherever a probability underflows to 0. */
    static double[] logOfSoftmax(double[] z) {
        return Arrays.stream(Reference.softmax(z)).map(Math::log).toArray();
    }

    /** Log-softmax shifted by the first score instead of the largest: e^(zⱼ − z₀) can overflow. */
    static double[] shiftedByFirst(double[] z) {
        double sum = 0;
        for (double v : z) sum += Math.exp(v - z[0]);
        double logSum = Math.log(sum);
        return Arrays.stream(z).map(v -> v - z[0] - logSum).toArray();
    }

    /** Two seeded score vectors of one length: the caller's first scores, and what it writes there next. */
    private static double[][] reusedArray(Random rnd) {
        int n = 2 + rnd.nextInt(10);
        return new double[][] {Reference.vector(rnd, n, 5), Reference.vector(rnd, n, 5)};
    }

    // ---- 4.18 Softmax ----

    @Graded(exercise = "4.18", points = 4)
    @DisplayName("softmax matches e^zᵢ / Σ e^zⱼ and sums to 1, for 200 seeded vectors of 1 to 50 scores")
    void softmaxValues() {
        Random rnd = new Random(6101);
        for (int t = 0; t < 200; t++) {
            int n = 1 + rnd.nextInt(50);
            double[] z = Reference.vector(rnd, n, Math.pow(10, -1 + 2.5 * rnd.nextDouble()));
            double[] expected = Reference.softmax(z);
            double[] got = Softmax.softmax(z.clone());
            double m = Arrays.stream(z).max().orElseThrow();
            double[] unnormalised = Arrays.stream(z).map(v -> Math.exp(v - m)).toArray();
            double[] raw = Arrays.stream(z).map(Math::exp).toArray();
            double zSum = Cases.sum(z);
            String call = "softmax(" + show(z) + ")";
            Expect.close(call, expected, got, 1e-12,
                    Hint.when(Cases.nearAll(got, unnormalised) || Cases.nearAll(got, raw),
                            "divide every e^(zᵢ − m) by their sum: the probabilities must add up to 1")
                        .ko("모든 e^(zᵢ − m)을 그 합으로 나누세요:"
                                + " 확률의 합은 1이어야 합니다"),
                    Hint.when(Cases.nearAll(got, Arrays.stream(z).map(v -> v / zSum).toArray()),
                            "softmax exponentiates first: e^zᵢ / Σ e^zⱼ, not zᵢ / Σ zⱼ")
                        .ko("소프트맥스는 먼저 지수를 취합니다:"
                                + " zᵢ / Σ zⱼ가 아니라 e^zᵢ / Σ e^zⱼ입니다"));
            Expect.close("the sum of " + call, 1.0, Cases.sum(got), 1e-12);
        }
    }

    @Graded(exercise = "4.18", points = 4)
    @DisplayName("softmax of large scores: [1000, 1000] is [0.5, 0.5],"
            + " [1000, −1000] is [1, 0], 100 seeded vectors in ±1000")
    void softmaxOfLargeScores() {
        double[][] cases = {
            {1000, 1000}, {1000, 1000, 1000}, {1000, -1000}, {-1000, -1000}, {800, 801, 802}, {-1000, -999},
            {710, 0}, {1e300, 1e300},
        };
        for (double[] z : cases) checkLarge(z);
        Random rnd = new Random(6102);
        for (int t = 0; t < 100; t++) checkLarge(Reference.vector(rnd, 2 + rnd.nextInt(19), 1000));
    }

    private static void checkLarge(double[] z) {
        double[] got = Softmax.softmax(z.clone());
        boolean allNaN = got != null && got.length > 0 && Arrays.stream(got).allMatch(Double::isNaN);
        Expect.close("softmax(" + show(z) + ")", Reference.softmax(z), got, 1e-12,
                Hint.when(allNaN && Arrays.stream(z).allMatch(v -> v < -745),
                        UNDERFLOW_ALL_HINT)
                    .ko(UNDERFLOW_ALL_HINT_KO),
                Hint.when(Cases.anyNonFinite(got),
                        OVERFLOW_HINT)
                    .ko(OVERFLOW_HINT_KO));
    }

    @Graded(exercise = "4.18", points = 3)
    @DisplayName("softmax is unchanged by adding a constant to every score, keeps the argmax, leaves z unchanged,"
            + " and gives the right answer when the caller reuses its array")
    void softmaxInvariants() {
        Random rnd = new Random(6103);
        for (int t = 0; t < 150; t++) {
            int n = 2 + rnd.nextInt(30);
            double[] z = new double[n];
            // exact binary fractions: z + c is exact
            for (int i = 0; i < n; i++) z[i] = (rnd.nextInt(40 * 1024) - 20 * 1024) / 1024.0;
            double c = (rnd.nextBoolean() ? 1 : -1) * (1 + rnd.nextInt(1_000_000));
            double[] shifted = new double[n];
            for (int i = 0; i < n; i++) shifted[i] = z[i] + c;
            double[] copy = z.clone();
            double[] p = Softmax.softmax(z);
            Expect.holds("softmax(" + show(copy) + ") leaves its argument unchanged", Arrays.equals(z, copy),
                    "z unchanged " + show(copy), "z changed to " + show(z),
                    Hint.always("return a new array: the caller still needs its scores,"
                            + " so softmax must not write into z")
                        .ko("새 배열을 반환하세요: 호출한 쪽에 아직 점수가"
                                + " 필요하므로 softmax는 z에 쓰면 안 됩니다"));
            double[] q = Softmax.softmax(shifted);
            Expect.close("softmax(z shifted by " + show(c) + ") versus softmax(z), z = " + show(z), p, q, 1e-12,
                    Hint.when(Cases.anyNonFinite(q),
                            OVERFLOW_HINT)
                        .ko(OVERFLOW_HINT_KO));
            double[][] zw = reusedArray(rnd);
            Cases.callerReusesItsArray("softmax", Softmax::softmax, Reference::softmax, zw[0], zw[1], 1e-12);
            Expect.equal("argmax of softmax(" + show(z) + ")", Prediction.argmax(z), Prediction.argmax(p),
                    Hint.always("e^x only grows with x, so the largest score gets the largest probability")
                        .ko("e^x는 x와 함께 커지기만 하므로 가장 큰"
                                + " 점수가 가장 큰 확률을 받습니다"));
            for (double v : p) {
                if (!(v >= 0 && v <= 1)) Expect.holds("every entry of softmax(" + show(z) + ") is in [0, 1]", false,
                        "in [0, 1]", show(v));
            }
        }
    }

    @Graded(exercise = "4.18", points = 1)
    @DisplayName("softmax rejects an empty vector, gives [1] for one score, and NaN everywhere when a score is NaN")
    void softmaxEdgeCases() {
        Expect.rejects("softmax(new double[0])", IllegalArgumentException.class,
                () -> Softmax.softmax(new double[0]), "empty");
        Expect.close("softmax([-3.5])", new double[] {1}, Softmax.softmax(new double[] {-3.5}), 0);
        Random rnd = new Random(6104);
        for (int t = 0; t < 10; t++) {
            double[] z = Reference.vector(rnd, 2 + rnd.nextInt(6), 5);
            z[rnd.nextInt(z.length)] = Double.NaN;
            double[] nan = new double[z.length];
            Arrays.fill(nan, Double.NaN);
            Expect.close("softmax(" + show(z) + ")", nan, Softmax.softmax(z), 0,
                    Hint.always("a NaN score makes the sum NaN, so every probability must be NaN:"
                            + " the input is broken, and the output should say so")
                        .ko("NaN 점수가 있으면 합이 NaN이 되므로 모든 확률이 NaN이어야 합니다:"
                                + " 입력이 잘못되었으니 출력도 그렇다고 알려야 합니다"));
        }
    }

    // ---- 4.19 Log-softmax ----

    @Graded(exercise = "4.19", points = 4)
    @DisplayName("logSoftmax equals log(softmax) for 200 seeded vectors of 1 to 50 moderate scores")
    void logSoftmaxValues() {
        Random rnd = new Random(6201);
        for (int t = 0; t < 200; t++) {
            int n = 1 + rnd.nextInt(50);
            double[] z = Reference.vector(rnd, n, Math.pow(10, -1 + 2 * rnd.nextDouble()));
            double[] p = Reference.softmax(z);
            double[] expected = Arrays.stream(p).map(Math::log).toArray();
            double[] got = Softmax.logSoftmax(z.clone());
            double m = Arrays.stream(z).max().orElseThrow();
            Expect.close("logSoftmax(" + show(z) + ")", expected, got, 1e-10,
                    Hint.when(n > 1 && Cases.nearAll(got, Arrays.stream(z).map(v -> v - m).toArray()),
                            "subtracting the max is not enough: also subtract log Σⱼ e^(zⱼ − m)")
                        .ko("최댓값을 빼는 것만으로는 부족합니다:"
                                + " log Σⱼ e^(zⱼ − m)도 빼세요"),
                    Hint.when(Cases.nearAll(got, p),
                            "that is softmax itself; log-softmax is its logarithm")
                        .ko("그것은 소프트맥스 자체입니다. 로그 소프트맥스는 그 로그입니다"),
                    Hint.when(Cases.nearAll(got, Arrays.stream(expected).map(v -> -v).toArray()),
                            "the sign is flipped: log-probabilities are ≤ 0")
                        .ko("부호가 뒤집혔습니다: 로그 확률은 ≤ 0입니다"));
        }
    }

    @Graded(exercise = "4.19", points = 4)
    @DisplayName("logSoftmax of extreme scores stays finite:"
            + " [1000, −1000] is [0, −2000], 100 seeded vectors in ±1000")
    void logSoftmaxOfExtremeScores() {
        double[][] cases = {
            {1000, -1000}, {1000, 1000, 1000}, {-1000, 0}, {0, -800, -1600}, {-1000, -1000}, {745, -745}, {1e300, 0},
        };
        for (double[] z : cases) checkExtreme(z);
        Random rnd = new Random(6202);
        for (int t = 0; t < 100; t++) checkExtreme(Reference.vector(rnd, 2 + rnd.nextInt(19), 1000));
    }

    private static void checkExtreme(double[] z) {
        double[] got = Softmax.logSoftmax(z.clone());
        boolean nanOrPlusInfinity = got != null && Arrays.stream(got).anyMatch(v -> Double.isNaN(v) || v == Double.POSITIVE_INFINITY);
        Expect.close("logSoftmax(" + show(z) + ")", Reference.logSoftmax(z), got, 1e-12,
                // recognised by its values: log(softmax) is −Infinity exactly where a probability underflows
                Hint.when(Cases.anyNegativeInfinity(got) && Cases.sameAll(logOfSoftmax(z), got),
                        LOG_UNDERFLOW_HINT)
                    .ko(LOG_UNDERFLOW_HINT_KO),
                Hint.when(Cases.sameAll(shiftedByFirst(z), got),
                        "shift by the largest score m = max z, not by the first one:"
                                + " e^(zⱼ − z₀) overflows when a later score is more than 709 above the first")
                    .ko("첫 번째 점수가 아니라 가장 큰 점수 m = max z만큼 옮기세요:"
                            + " 뒤의 점수가 첫 번째보다 709 넘게 크면 e^(zⱼ − z₀)가 오버플로합니다"),
                Hint.when(nanOrPlusInfinity,
                        OVERFLOW_HINT)
                    .ko(OVERFLOW_HINT_KO));
    }

    @Graded(exercise = "4.19", points = 2)
    @DisplayName("logSoftmax is shift-invariant, every entry ≤ 0,"
            + " e^logSoftmax sums to 1, z unchanged, the caller may reuse its array, empty rejected")
    void logSoftmaxInvariants() {
        Expect.rejects("logSoftmax(new double[0])", IllegalArgumentException.class,
                () -> Softmax.logSoftmax(new double[0]), "empty");
        Random rnd = new Random(6203);
        for (int t = 0; t < 150; t++) {
            int n = 1 + rnd.nextInt(30);
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = (rnd.nextInt(60 * 1024) - 30 * 1024) / 1024.0;
            double c = (rnd.nextBoolean() ? 1 : -1) * (1 + rnd.nextInt(1_000_000));
            double[] shifted = new double[n];
            for (int i = 0; i < n; i++) shifted[i] = z[i] + c;
            double[] copy = z.clone();
            double[] l = Softmax.logSoftmax(z);
            Expect.holds("logSoftmax(" + show(copy) + ") leaves its argument unchanged", Arrays.equals(z, copy),
                    "z unchanged " + show(copy), "z changed to " + show(z),
                    Hint.always("return a new array: logSoftmax must not write into z")
                        .ko("새 배열을 반환하세요: logSoftmax는 z에 쓰면 안 됩니다"));
            double[][] zw = reusedArray(rnd);
            Cases.callerReusesItsArray("logSoftmax", Softmax::logSoftmax, Reference::logSoftmax, zw[0], zw[1], 1e-12);
            Expect.close("logSoftmax(z shifted by " + show(c) + ") versus logSoftmax(z), z = " + show(z), l,
                    Softmax.logSoftmax(shifted), 1e-9);
            double total = 0;
            for (double v : l) {
                if (!(v <= 1e-15)) Expect.holds("every entry of logSoftmax(" + show(z) + ") is ≤ 0", false,
                        "≤ 0", show(v));
                total += Math.exp(v);
            }
            Expect.close("Σ e^logSoftmax(" + show(z) + ")", 1.0, total, 1e-12);
        }
    }
}
