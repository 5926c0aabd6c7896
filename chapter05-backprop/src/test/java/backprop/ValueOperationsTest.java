package backprop;

import static grader.api.Reference.uniform;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;

/**
 * Exercise 5.7: each operation of Value computes its result and ADDS its share of the gradient to its inputs.
 * Every hint names its operation and fires only on that operation's own wrong rule, recognised by the
 * gradient that rule leaves.
 */
class ValueOperationsTest {

    /** A wrong local derivative of a one-input operation, as a function of x and out.data, and its hint. */
    private record WrongRule(Local local, String english, String korean) {
        interface Local {
            double at(double x, double out);
        }
    }

    /** Runs one operation's chain rule with out.grad = g, on inputs that already hold gradients: it must ADD. */
    private static void checkUnary(String name, Random rnd, int cases, DoubleUnaryOperator f, UnaryOperator<Value> op,
                                   DoublePredicate usable, WrongRule... wrong) {
        int done = 0;
        while (done < cases) {
            double x = uniform(rnd, 3);
            if (!usable.test(x)) continue;
            double before = uniform(rnd, 1);
            double g = uniform(rnd, 2);
            Value a = Value.of(x);
            a.setGrad(before);
            Value out = op.apply(a);
            String call = name + " of " + x;
            Expect.close(call + ": out.data", f.applyAsDouble(x), out.data(), 1e-12);
            Expect.holds(call + ": out's children",
                    out.children().size() == 1 && out.children().get(0) == a, "[the input]",
                    out.children().toString(),
                    Hint.when(!out.children().contains(a),
                            name + ": build out with its input as child: new Value(result, \"op\", this)")
                        .ko(name + ": 입력을 자식으로 하여 out을 만드세요: new Value(result, \"op\", this)"));
            out.setGrad(g);
            out.applyChainRule();
            double local = Reference.centralDifference(f, x, 1e-6);
            double got = a.grad();
            List<Hint> hints = new ArrayList<>(List.of(
                    Hint.when(close(got, local * g) && Math.abs(before) > 1e-3 && !close(before + local * g, local * g),
                            name + ": the input's grad was overwritten: the chain rule must ADD (+=),"
                                    + " so a value used in several places gets every share")
                        .ko(name + ": 입력의 grad를 덮어썼습니다: 연쇄 법칙은 더해야(+=)"
                                + " 하므로, 여러 곳에서 쓰인 값은 모든 몫을 받습니다"),
                    Hint.when(got == before && g != 0 && Math.abs(local) > 1e-6,
                            name + ": the chain rule changed nothing:"
                                    + " set out.chainRule and read out.grad inside it, when it runs")
                        .ko(name + ": 연쇄 법칙이 아무것도 바꾸지 않았습니다: out.chainRule을 설정하고,"
                                + " 그것이 실행될 때 그 안에서 out.grad를 읽으세요"),
                    Hint.when(close(got, before + local) && Math.abs(g - 1) > 1e-3 && Math.abs(local) > 1e-6,
                            name + ": out.grad is missing: the chain rule multiplies the local derivative by out.grad")
                        .ko(name + ": out.grad가 빠졌습니다:"
                                + " 연쇄 법칙은 국소 미분에 out.grad를 곱합니다")));
            for (WrongRule w : wrong) {
                double wrongLocal = w.local().at(x, f.applyAsDouble(x));
                hints.add(Hint.when(close(got, before + wrongLocal * g) && !close(wrongLocal * g, local * g),
                        w.english()).ko(w.korean()));
            }
            Expect.close(call + ", out.grad = " + g + ", input grad before = " + before
                            + ": input grad after the chain rule",
                    before + local * g, got, 1e-6, hints.toArray(new Hint[0]));
            done++;
        }
    }

    /** got equals want, up to rounding (relative above 1). */
    private static boolean close(double got, double want) {
        return Math.abs(got - want) < 1e-6 * Math.max(1, Math.abs(want));
    }

    // ---- 5.7 The operations ----

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("plus: data a + b, and its chain rule adds out.grad to both inputs' grads, on 200 seeded cases")
    void op1Plus() {
        Random rnd = new Random(5701);
        for (int k = 0; k < 200; k++) {
            double x = uniform(rnd, 5);
            double y = uniform(rnd, 5);
            double ga = uniform(rnd, 1);
            double gb = uniform(rnd, 1);
            double g = uniform(rnd, 2);
            Value a = Value.of(x);
            Value b = Value.of(y);
            a.setGrad(ga);
            b.setGrad(gb);
            Value out = a.plus(b);
            String call = "Value.of(" + x + ").plus(Value.of(" + y + "))";
            Expect.close(call + ".data", x + y, out.data(), 1e-12);
            Expect.holds(call + ": children", out.children().equals(List.of(a, b)), "[a, b]", out.children().toString(),
                    Hint.when(!out.children().contains(a) || !out.children().contains(b),
                            "plus: build out from both inputs: new Value(data + other.data, \"+\", this, other)")
                        .ko("plus: 두 입력으로 out을 만드세요: new Value(data + other.data, \"+\", this, other)"));
            out.setGrad(g);
            out.applyChainRule();
            Hint overwrote = Hint.when(a.grad() == g && b.grad() == g && Math.abs(ga) > 1e-6,
                    "plus: the grads were overwritten: use += so every share adds up")
                .ko("plus: grad를 덮어썼습니다: 모든 몫이 더해지도록 +=를 쓰세요");
            Hint nothing = Hint.when(a.grad() == ga && b.grad() == gb && g != 0,
                    "plus: the chain rule did nothing: set out.chainRule, and read out.grad inside it, when it runs")
                .ko("plus: 연쇄 법칙이 아무 일도 하지 않았습니다: out.chainRule을 설정하고,"
                        + " 그것이 실행될 때 그 안에서 out.grad를 읽으세요");
            Hint oneInput = Hint.when(g != 0 && (a.grad() == ga) != (b.grad() == gb),
                    "plus: both inputs get out.grad, the first and the other: this.grad += out.grad"
                            + " and other.grad += out.grad")
                .ko("plus: 두 입력 모두 out.grad를 받습니다: this.grad += out.grad,"
                        + " other.grad += out.grad");
            Expect.close(call + ": a.grad after the chain rule (a.grad was " + ga + ", out.grad " + g + ")", ga + g,
                    a.grad(), 1e-12, overwrote, nothing, oneInput);
            Expect.close(call + ": b.grad after the chain rule (b.grad was " + gb + ", out.grad " + g + ")", gb + g,
                    b.grad(), 1e-12, overwrote, nothing, oneInput);
        }
    }

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("times: data a · b,"
            + " and its chain rule gives each input out.grad times the OTHER input, on 200 seeded cases")
    void op2Times() {
        Random rnd = new Random(5702);
        for (int k = 0; k < 200; k++) {
            double x = uniform(rnd, 5);
            double y = uniform(rnd, 5);
            double ga = uniform(rnd, 1);
            double gb = uniform(rnd, 1);
            double g = uniform(rnd, 2);
            Value a = Value.of(x);
            Value b = Value.of(y);
            a.setGrad(ga);
            b.setGrad(gb);
            Value out = a.times(b);
            String call = "Value.of(" + x + ").times(Value.of(" + y + "))";
            Expect.close(call + ".data", x * y, out.data(), 1e-12);
            Expect.holds(call + ": children", out.children().equals(List.of(a, b)), "[a, b]",
                    out.children().toString());
            out.setGrad(g);
            out.applyChainRule();
            Hint notSwapped = Hint.when(close(a.grad(), ga + x * g) && close(b.grad(), gb + y * g)
                            && Math.abs(x - y) > 1e-6,
                    "times: the inputs are not swapped: a gets out.grad · b.data, and b gets out.grad · a.data")
                .ko("times: 입력을 서로 바꾸지 않았습니다: a는 out.grad · b.data를,"
                        + " b는 out.grad · a.data를 받습니다");
            Hint overwrote = Hint.when(close(a.grad(), y * g) && close(b.grad(), x * g) && Math.abs(ga) > 1e-6,
                    "times: the grads were overwritten: use += so every share adds up")
                .ko("times: grad를 덮어썼습니다: 모든 몫이 더해지도록 +=를 쓰세요");
            Hint noOutGrad = Hint.when(close(a.grad(), ga + y) && close(b.grad(), gb + x) && Math.abs(g - 1) > 1e-3,
                    "times: out.grad is missing: a.grad += b.data · out.grad, not b.data alone")
                .ko("times: out.grad가 빠졌습니다: b.data만이 아니라 a.grad += b.data · out.grad입니다");
            Expect.close(call + ": a.grad after the chain rule (a.grad was " + ga + ", out.grad " + g + ")", ga + y * g,
                    a.grad(), 1e-9, notSwapped, overwrote, noOutGrad);
            Expect.close(call + ": b.grad after the chain rule (b.grad was " + gb + ", out.grad " + g + ")", gb + x * g,
                    b.grad(), 1e-9, notSwapped, overwrote, noOutGrad);
        }
    }

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("pow: data xᵖ and chain rule p·xᵖ⁻¹·out.grad,"
            + " matched with central differences for p in {2, 3, −1, 0.5, 1.5}")
    void op3Pow() {
        Random rnd = new Random(5703);
        double[] exponents = {2, 3, -1, 0.5, 1.5};
        for (double p : exponents) {
            checkUnary("pow(" + p + ")", rnd, 40, x -> Math.pow(x, p), v -> v.pow(p),
                    x -> p == Math.rint(p) && p > 0 ? true : x > 0.2,
                    new WrongRule((x, out) -> p * Math.pow(x, p),
                            "pow: the exponent drops by one: d(xᵖ)/dx = p · xᵖ⁻¹, not p · xᵖ",
                            "pow: 지수가 하나 줄어듭니다: d(xᵖ)/dx는 p · xᵖ이 아니라 p · xᵖ⁻¹입니다"),
                    new WrongRule((x, out) -> Math.pow(x, p - 1),
                            "pow: the factor p is missing: d(xᵖ)/dx = p · xᵖ⁻¹",
                            "pow: 인수 p가 빠졌습니다: d(xᵖ)/dx = p · xᵖ⁻¹"));
        }
    }

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("exp and tanh: data and chain rules match central differences on 150 seeded inputs each")
    void op4ExpAndTanh() {
        Random rnd = new Random(5704);
        checkUnary("exp", rnd, 150, Math::exp, Value::exp, x -> true,
                new WrongRule((x, out) -> x,
                        "exp: (eˣ)' = eˣ, which is out.data, not x: this.grad += out.data * out.grad",
                        "exp: (eˣ)' = eˣ이고, 이는 x가 아니라 out.data입니다: this.grad += out.data * out.grad"));
        checkUnary("tanh", rnd, 150, Math::tanh, Value::tanh, x -> true,
                new WrongRule((x, out) -> 1 - x * x,
                        "tanh: tanh'(x) = 1 − tanh²(x) = 1 − out.data², from the OUTPUT, not 1 − x² from the input",
                        "tanh: tanh'(x) = 1 − tanh²(x) = 1 − out.data²입니다:"
                                + " 입력으로 구한 1 − x²가 아니라 출력으로 구합니다"),
                new WrongRule((x, out) -> 1 - out,
                        "tanh: square the output: tanh'(x) = 1 − out.data², not 1 − out.data",
                        "tanh: 출력을 제곱하세요: tanh'(x)는 1 − out.data가 아니라 1 − out.data²입니다"));
    }

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("relu: data max(0, x);"
            + " its chain rule passes out.grad where x > 0 and nothing where x ≤ 0 (x = 0 included)")
    void op5Relu() {
        Random rnd = new Random(5705);
        checkUnary("relu", rnd, 150, x -> Math.max(0, x), Value::relu, x -> Math.abs(x) > 1e-3,
                new WrongRule((x, out) -> x > 0 ? 0 : 1,
                        "relu: the gradient passes where x > 0, and is 0 where x ≤ 0: the condition is the wrong way round",
                        "relu: 기울기는 x > 0인 곳에서 통과하고 x ≤ 0인 곳에서는 0입니다: 조건이 거꾸로입니다"));
        for (double x : new double[] {0.0, -0.0}) {
            Value a = Value.of(x);
            a.setGrad(0.5);
            Value out = a.relu();
            out.setGrad(3);
            out.applyChainRule();
            Expect.close("relu of " + x + ": data", 0, out.data(), 0);
            Expect.close("relu of " + x + " with out.grad 3: input grad (was 0.5)", 0.5, a.grad(), 0,
                    Hint.when(a.grad() == 3.5,
                            "relu at x = 0: the lesson passes no gradient there: use data > 0, not data >= 0")
                        .ko("relu의 x = 0: 수업은 그곳에서 기울기를 넘기지 않습니다:"
                                + " data >= 0이 아니라 data > 0을 쓰세요"));
        }
    }

    /** What plus's chain rule does to two different inputs that hold gradients already: whether it overwrites. */
    private static boolean overwrites(boolean times) {
        Value a = Value.of(2);
        Value b = Value.of(3);
        a.setGrad(0.5);
        Value out = times ? a.times(b) : a.plus(b);
        out.setGrad(1);
        out.applyChainRule();
        return a.grad() == (times ? 3 : 1);
    }

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("a value used twice gets both shares: a.plus(a)"
            + " gives a.grad += 2·out.grad, a.times(a) gives += 2a·out.grad")
    void op6UsedTwice() {
        Random rnd = new Random(5706);
        for (int k = 0; k < 100; k++) {
            double x = uniform(rnd, 4);
            double g = uniform(rnd, 2);
            Value a = Value.of(x);
            Value sum = a.plus(a);
            sum.setGrad(g);
            sum.applyChainRule();
            Expect.close("a = " + x + ", a.plus(a) with out.grad " + g + ": a.grad", 2 * g, a.grad(), 1e-12,
                    Hint.when(Math.abs(a.grad() - g) < 1e-12 && g != 0 && overwrites(false),
                            "plus: a is both inputs, so both lines of the chain rule add to a.grad;"
                                    + " with = the second overwrites the first: use +=")
                        .ko("plus: a가 두 입력 모두이므로 연쇄 법칙의 두 줄이 모두 a.grad에 더합니다."
                                + " =를 쓰면 두 번째가 첫 번째를 덮어씁니다: +=를 쓰세요"));
            Value b = Value.of(x);
            Value square = b.times(b);
            square.setGrad(g);
            square.applyChainRule();
            Expect.close("b = " + x + ", b.times(b) with out.grad " + g + ": b.grad (d(b²)/db = 2b)",
                    2 * x * g, b.grad(), 1e-12,
                    Hint.when(Math.abs(b.grad() - x * g) < 1e-12 && x * g != 0 && overwrites(true),
                            "times: gradients overwrite instead of accumulate:"
                                    + " with += the two shares x·g and x·g add up to 2x·g")
                        .ko("times: 기울기가 누적되지 않고 덮어써집니다: +=를 쓰면"
                                + " 두 몫 x·g와 x·g가 더해져 2x·g가 됩니다"));
        }
    }
}
