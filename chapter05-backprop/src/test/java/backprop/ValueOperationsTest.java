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

/** Exercise 5.7: each operation of Value computes its result and ADDS its share of the gradient to its inputs. */
class ValueOperationsTest {

    /** Runs one operation's chain rule with out.grad = g, on inputs that already hold gradients: it must ADD. */
    private static void checkUnary(String name, Random rnd, int cases, DoubleUnaryOperator f, UnaryOperator<Value> op,
                                   DoublePredicate usable, Hint... extra) {
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
                    Hint.always("build out with its input as child: new Value(result, \"op\", this)")
                        .ko("입력을 자식으로 하여 out을 만드세요: new Value(result, \"op\", this)"));
            out.setGrad(g);
            out.applyChainRule();
            double local = Reference.centralDifference(f, x, 1e-6);
            double expected = before + local * g;
            List<Hint> hints = new ArrayList<>(List.of(
                    Hint.when(Math.abs(a.grad() - local * g) < 1e-6 * Math.max(1, Math.abs(local * g))
                                    && Math.abs(before) > 1e-3,
                            "the input's grad was overwritten: the chain rule must ADD (+=),"
                                    + " so a value used in several places gets every share")
                        .ko("입력의 grad를 덮어썼습니다: 연쇄 법칙은 더해야(+=)"
                                + " 하므로, 여러 곳에서 쓰인 값은 모든 몫을 받습니다"),
                    Hint.when(a.grad() == before && g != 0,
                            "the chain rule changed nothing:"
                                    + " set out.chainRule and read out.grad inside it, when it runs")
                        .ko("연쇄 법칙이 아무것도 바꾸지 않았습니다: out.chainRule을 설정하고,"
                                + " 그것이 실행될 때 그 안에서 out.grad를 읽으세요"),
                    Hint.when(Math.abs(a.grad() - (before + local)) < 1e-6 && Math.abs(g - 1) > 1e-3,
                            "out.grad is missing: the chain rule multiplies the local derivative by out.grad")
                        .ko("out.grad가 빠졌습니다:"
                                + " 연쇄 법칙은 국소 미분에 out.grad를 곱합니다")));
            hints.addAll(List.of(extra));
            Expect.close(call + ", out.grad = " + g + ", input grad before = " + before
                            + ": input grad after the chain rule",
                    expected, a.grad(), 1e-6, hints.toArray(new Hint[0]));
            done++;
        }
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
                    Hint.always("build out from both inputs: new Value(data + other.data, \"+\", this, other)")
                        .ko("두 입력으로 out을 만드세요: new Value(data + other.data, \"+\", this, other)"));
            out.setGrad(g);
            out.applyChainRule();
            Hint overwrote = Hint.when(Math.abs(a.grad() - g) < 1e-12 && Math.abs(ga) > 1e-6,
                    "the grad was overwritten: use += so every share adds up")
                .ko("grad를 덮어썼습니다: 모든 몫이 더해지도록 +=를 쓰세요");
            Hint nothing = Hint.when(a.grad() == ga,
                    "the chain rule did nothing: set out.chainRule, and read out.grad inside it, when it runs")
                .ko("연쇄 법칙이 아무 일도 하지 않았습니다: out.chainRule을 설정하고,"
                        + " 그것이 실행될 때 그 안에서 out.grad를 읽으세요");
            Expect.close(call + ": a.grad after the chain rule (a.grad was " + ga + ", out.grad " + g + ")", ga + g,
                    a.grad(), 1e-12, overwrote, nothing);
            Expect.close(call + ": b.grad after the chain rule (b.grad was " + gb + ", out.grad " + g + ")", gb + g,
                    b.grad(), 1e-12, overwrote, nothing);
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
            Hint notSwapped = Hint.when(Math.abs(a.grad() - (ga + x * g)) < 1e-9 && Math.abs(x - y) > 1e-6,
                    "the inputs are not swapped: a gets out.grad · b.data, and b gets out.grad · a.data")
                .ko("입력을 서로 바꾸지 않았습니다: a는 out.grad · b.data를,"
                        + " b는 out.grad · a.data를 받습니다");
            Hint overwrote = Hint.when(Math.abs(a.grad() - y * g) < 1e-9 && Math.abs(ga) > 1e-6,
                    "the grad was overwritten: use += so every share adds up")
                .ko("grad를 덮어썼습니다: 모든 몫이 더해지도록 +=를 쓰세요");
            Expect.close(call + ": a.grad after the chain rule (a.grad was " + ga + ", out.grad " + g + ")", ga + y * g,
                    a.grad(), 1e-9, notSwapped, overwrote);
            Expect.close(call + ": b.grad after the chain rule (b.grad was " + gb + ", out.grad " + g + ")", gb + x * g,
                    b.grad(), 1e-9, notSwapped, overwrote);
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
                    Hint.always("d(xᵖ)/dx = p · xᵖ⁻¹: this.grad += p * Math.pow(data, p - 1) * out.grad")
                        .ko("d(xᵖ)/dx = p · xᵖ⁻¹입니다: this.grad += p * Math.pow(data, p - 1) * out.grad"));
        }
    }

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("exp and tanh: data and chain rules match central differences on 150 seeded inputs each")
    void op4ExpAndTanh() {
        Random rnd = new Random(5704);
        checkUnary("exp", rnd, 150, Math::exp, Value::exp, x -> true,
                Hint.always("(eˣ)' = eˣ, which is out.data: this.grad += out.data * out.grad")
                    .ko("(eˣ)' = eˣ이고, 이는 out.data입니다: this.grad += out.data * out.grad"));
        checkUnary("tanh", rnd, 150, Math::tanh, Value::tanh, x -> true,
                Hint.always("tanh'(x) = 1 − tanh²(x) = 1 − out.data²,"
                        + " from the OUTPUT, not 1 − x² from the input")
                    .ko("tanh'(x) = 1 − tanh²(x) = 1 − out.data²입니다:"
                            + " 입력으로 구한 1 − x²가 아니라 출력으로 구합니다"));
    }

    @Graded(exercise = "5.7", points = 2)
    @DisplayName("relu: data max(0, x);"
            + " its chain rule passes out.grad where x > 0 and nothing where x ≤ 0 (x = 0 included)")
    void op5Relu() {
        Random rnd = new Random(5705);
        checkUnary("relu", rnd, 150, x -> Math.max(0, x), Value::relu, x -> Math.abs(x) > 1e-3);
        for (double x : new double[] {0.0, -0.0}) {
            Value a = Value.of(x);
            a.setGrad(0.5);
            Value out = a.relu();
            out.setGrad(3);
            out.applyChainRule();
            Expect.close("relu of " + x + ": data", 0, out.data(), 0);
            Expect.close("relu of " + x + " with out.grad 3: input grad (was 0.5)", 0.5, a.grad(), 0,
                    Hint.always("at x = 0 the lesson passes no gradient: use data > 0, not data >= 0")
                        .ko("x = 0에서 수업은 기울기를 넘기지 않습니다:"
                                + " data >= 0이 아니라 data > 0을 쓰세요"));
        }
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
                    Hint.when(Math.abs(a.grad() - g) < 1e-12 && g != 0,
                            "a is both inputs, so both lines of the chain rule add to a.grad;"
                                    + " with = the second overwrites the first: use +=")
                        .ko("a가 두 입력 모두이므로 연쇄 법칙의 두 줄이 모두 a.grad에 더합니다."
                                + " =를 쓰면 두 번째가 첫 번째를 덮어씁니다: +=를 쓰세요"));
            Value b = Value.of(x);
            Value square = b.times(b);
            square.setGrad(g);
            square.applyChainRule();
            Expect.close("b = " + x + ", b.times(b) with out.grad " + g + ": b.grad (d(b²)/db = 2b)",
                    2 * x * g, b.grad(), 1e-12,
                    Hint.when(Math.abs(b.grad() - x * g) < 1e-12 && x * g != 0,
                            "gradients overwrite instead of accumulate:"
                                    + " with += the two shares x·g and x·g add up to 2x·g")
                        .ko("기울기가 누적되지 않고 덮어써집니다: +=를 쓰면"
                                + " 두 몫 x·g와 x·g가 더해져 2x·g가 됩니다"));
        }
    }
}
