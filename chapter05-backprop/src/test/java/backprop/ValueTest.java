package backprop;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;

class ValueTest {

    private static double value(Random rnd, double scale) {
        return (rnd.nextDouble() * 2 - 1) * scale;
    }

    /** Runs one operation's chain rule with out.grad = g, on inputs that already hold gradients: it must ADD. */
    private static void checkUnary(String name, Random rnd, int cases, DoubleUnaryOperator f, UnaryOperator<Value> op,
                                   java.util.function.DoublePredicate usable, Hint... extra) {
        int done = 0;
        while (done < cases) {
            double x = value(rnd, 3);
            if (!usable.test(x)) continue;
            double before = value(rnd, 1);
            double g = value(rnd, 2);
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
            double h = 1e-6;
            double local = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
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
            double x = value(rnd, 5);
            double y = value(rnd, 5);
            double ga = value(rnd, 1);
            double gb = value(rnd, 1);
            double g = value(rnd, 2);
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
            double x = value(rnd, 5);
            double y = value(rnd, 5);
            double ga = value(rnd, 1);
            double gb = value(rnd, 1);
            double g = value(rnd, 2);
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
            double x = value(rnd, 4);
            double g = value(rnd, 2);
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

    // ---- 5.8 Backward in topological order ----

    /** A random graph of computed values (no operation's chain rule needed): leaves, then values over earlier ones. */
    private static Value randomGraph(Random rnd, int leaves, int inner, List<Value> all) {
        for (int i = 0; i < leaves; i++) all.add(Value.of(i).label("leaf" + i));
        for (int i = 0; i < inner; i++) {
            int arity = 1 + rnd.nextInt(3);
            Value[] children = new Value[arity];
            for (int c = 0; c < arity; c++) children[c] = all.get(rnd.nextInt(all.size()));
            all.add(new Value(0, "op", children));
        }
        Value root = new Value(0, "root", all.get(all.size() - 1), all.get(rnd.nextInt(all.size())));
        all.add(root);
        return root;
    }

    /** Everything reachable from root, by the test's own walk. */
    private static Map<Value, Boolean> reachable(Value root) {
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        Deque<Value> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            Value v = stack.pop();
            if (seen.put(v, true) == null) stack.addAll(v.children());
        }
        return seen;
    }

    @Graded(exercise = "5.8", points = 3)
    @DisplayName("topologicalOrder lists every value of 100 seeded random graphs once,"
            + " each after its children, this value last")
    void t1TopologicalOrderIsValid() {
        Random rnd = new Random(5801);
        for (int k = 0; k < 100; k++) {
            List<Value> all = new ArrayList<>();
            Value root = randomGraph(rnd, 1 + rnd.nextInt(5), rnd.nextInt(25), all);
            List<Value> order = root.topologicalOrder();
            Map<Value, Boolean> expected = reachable(root);
            String graph = "a random graph of " + expected.size() + " values";
            Expect.holds(graph + ": topologicalOrder() returned", order != null, "a list", "null");
            Map<Value, Integer> position = new IdentityHashMap<>();
            for (int i = 0; i < order.size(); i++) {
                Value v = order.get(i);
                Expect.holds(graph + ": value " + v + " appears", position.put(v, i) == null, "once", "twice",
                        Hint.always("a value reached along two paths must be listed once:"
                                + " remember which values you have already added")
                            .ko("두 경로로 도달한 값도 한 번만 나열해야 합니다:"
                                    + " 이미 추가한 값을 기억해 두세요"));
            }
            Expect.equal(graph + ": number of values listed", expected.size(), order.size(),
                    Hint.when(order.size() < expected.size(),
                            "some values are missing: visit the children of every value, not only of this one")
                        .ko("일부 값이 빠졌습니다:"
                                + " 이 값만이 아니라 모든 값의 자식을 방문하세요"));
            Expect.holds(graph + ": last value", order.get(order.size() - 1) == root, "this value (the root)",
                    String.valueOf(order.get(order.size() - 1)),
                    Hint.when(order.get(0) == root,
                            "the order is reversed: children come first, this value last")
                        .ko("순서가 거꾸로입니다: 자식이 먼저,"
                                + " 이 값이 마지막에 와야 합니다"));
            for (Value v : order) {
                for (Value c : v.children()) {
                    Expect.holds(graph + ": " + c + " before " + v + " (which was computed from it)",
                            position.get(c) != null && position.get(c) < position.get(v),
                            "child first", "child later",
                            Hint.always("add a value only after all of its children are in the order")
                                .ko("값은 그 자식이 모두 순서에 들어간 뒤에만 추가하세요"));
                }
            }
        }
    }

    @Graded(exercise = "5.8", points = 2)
    @DisplayName("topologicalOrder handles a chain of 200,000 values"
            + " without a StackOverflowError (explicit stack, no recursion)")
    void t2TopologicalOrderOfALongChain() {
        Value first = Value.of(1);
        Value v = first;
        for (int i = 0; i < 200_000; i++) v = new Value(0, "+", v);
        Value last = v;
        List<Value> order;
        try {
            order = last.topologicalOrder();
        } catch (StackOverflowError e) {
            Expect.holds("topologicalOrder of a chain of 200,001 values", false, "the order", "StackOverflowError",
                    Hint.always("a method that calls itself once per value runs out of call stack:"
                            + " walk the graph with an ArrayDeque as an explicit stack")
                        .ko("값마다 자기 자신을 한 번씩 호출하는"
                                + " 메서드는 호출 스택이 바닥납니다:"
                                + " ArrayDeque 같은 명시적 스택으로 그래프를 순회하세요"));
            return;
        }
        Expect.equal("topologicalOrder of a chain of 200,001 values: size", 200_001, order.size());
        Expect.holds("the chain's first value comes first", order.get(0) == first, "the leaf",
                String.valueOf(order.get(0)));
        Expect.holds("the chain's last value comes last", order.get(order.size() - 1) == last, "the root",
                String.valueOf(order.get(order.size() - 1)));
    }

    /** A seeded random expression over a few leaves, built both as Values and as plain doubles. */
    private record Program(int leaves, List<int[]> steps, List<Double> exponents) {
        static Program draw(Random rnd, double[] at) {
            List<int[]> steps = new ArrayList<>();
            List<Double> exponents = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (double x : at) values.add(x);
            int n = 4 + rnd.nextInt(14);
            while (steps.size() < n) {
                int op = rnd.nextInt(6);
                int a = rnd.nextInt(values.size());
                int b = rnd.nextInt(values.size());
                double x = values.get(a);
                double y = values.get(b);
                double p = rnd.nextBoolean() ? 2 : 3;
                double result = switch (op) {
                    case 0 -> x + y;
                    case 1 -> x * y;
                    case 2 -> Math.pow(x, p);
                    case 3 -> Math.exp(x);
                    case 4 -> Math.tanh(x);
                    default -> Math.max(0, x);
                };
                if (Math.abs(result) > 20 || op == 5 && Math.abs(x) < 0.05) {
                    op = 4; // keep the numbers moderate and off ReLU's kink
                    result = Math.tanh(x);
                }
                steps.add(new int[] {op, a, b});
                exponents.add(p);
                values.add(result);
            }
            return new Program(at.length, steps, exponents);
        }

        /** The root: the sum of the last three values, so the end of the graph is shared too. */
        Value build(Value[] leaves) {
            List<Value> v = new ArrayList<>(List.of(leaves));
            for (int i = 0; i < steps.size(); i++) {
                int[] s = steps.get(i);
                Value x = v.get(s[1]);
                v.add(switch (s[0]) {
                    case 0 -> x.plus(v.get(s[2]));
                    case 1 -> x.times(v.get(s[2]));
                    case 2 -> x.pow(exponents.get(i));
                    case 3 -> x.exp();
                    case 4 -> x.tanh();
                    default -> x.relu();
                });
            }
            int m = v.size();
            return v.get(m - 1).plus(v.get(m - 2)).plus(v.get(m - 3));
        }

        double eval(double[] leaves) {
            List<Double> v = new ArrayList<>();
            for (double x : leaves) v.add(x);
            for (int i = 0; i < steps.size(); i++) {
                int[] s = steps.get(i);
                double x = v.get(s[1]);
                double y = v.get(s[2]);
                v.add(switch (s[0]) {
                    case 0 -> x + y;
                    case 1 -> x * y;
                    case 2 -> Math.pow(x, exponents.get(i));
                    case 3 -> Math.exp(x);
                    case 4 -> Math.tanh(x);
                    default -> Math.max(0, x);
                });
            }
            int m = v.size();
            return v.get(m - 1) + v.get(m - 2) + v.get(m - 3);
        }
    }

    @Graded(exercise = "5.8", points = 4)
    @DisplayName("backward gives every leaf of 150 seeded random expressions (shared subexpressions included)"
            + " its central-difference gradient")
    void t3BackwardMatchesNumeric() {
        Random rnd = new Random(5802);
        for (int k = 0; k < 150; k++) {
            int leafCount = 1 + rnd.nextInt(4);
            double[] at = new double[leafCount];
            for (int i = 0; i < leafCount; i++) at[i] = value(rnd, 1.5);
            Program program = Program.draw(rnd, at);
            Value[] leaves = new Value[leafCount];
            for (int i = 0; i < leafCount; i++) leaves[i] = Value.of(at[i], "x" + i);
            Value root = program.build(leaves);
            root.backward();
            double[] got = new double[leafCount];
            for (int i = 0; i < leafCount; i++) got[i] = leaves[i].grad();
            double[] expected = new double[leafCount];
            for (int i = 0; i < leafCount; i++) {
                double h = 1e-6;
                double[] plus = at.clone();
                double[] minus = at.clone();
                plus[i] += h;
                minus[i] -= h;
                expected[i] = (program.eval(plus) - program.eval(minus)) / (2 * h);
            }
            boolean allZero = true;
            for (double g : got) allZero &= g == 0;
            Expect.close("backward() of a random expression over leaves " + Expect.show(at) + ": the leaves' grads",
                    expected, got, 1e-5,
                    Hint.when(allZero && root.grad() != 1,
                            "set this value's grad to 1 first: ∂this/∂this = 1 starts the chain")
                        .ko("먼저 이 값의 grad를 1로 설정하세요:"
                                + " ∂this/∂this = 1이 연쇄의 시작입니다"),
                    Hint.when(allZero,
                            "no gradient reached the leaves: run every value's chain rule,"
                                    + " in REVERSE topological order")
                        .ko("잎 노드에 기울기가 닿지 않았습니다:"
                                + " 모든 값의 연쇄 법칙을 위상 정렬의 역순으로 실행하세요"),
                    Hint.always("run the chain rules in REVERSE topological order: a value may pass its"
                            + " gradient on only after every value that uses it has added its share")
                        .ko("연쇄 법칙을 위상 정렬의 역순으로 실행하세요:"
                                + " 어떤 값은 그 값을 쓰는 모든 값이 자기 몫을"
                                + " 더한 뒤에야 기울기를 넘길 수 있습니다"));
        }
    }

    @Graded(exercise = "5.8", points = 1)
    @DisplayName("backward called twice adds the same gradient to every leaf again (twice in all);"
            + " inner values start again from 0")
    void t4BackwardTwice() {
        Random rnd = new Random(5803);
        for (int k = 0; k < 40; k++) {
            double[] at = {value(rnd, 1.5), value(rnd, 1.5)};
            Program program = Program.draw(rnd, at);
            Value[] leaves = {Value.of(at[0]), Value.of(at[1])};
            Value root = program.build(leaves);
            root.backward();
            double[] once = {leaves[0].grad(), leaves[1].grad()};
            root.backward();
            double[] twice = {leaves[0].grad(), leaves[1].grad()};
            Expect.close("leaf grads after backward() twice (once gave " + Expect.show(once) + ")",
                    new double[] {2 * once[0], 2 * once[1]}, twice, 1e-9,
                    Hint.when(Math.abs(twice[0] - once[0]) < 1e-12 && once[0] != 0,
                            "backward reset the leaves: only the computed (non-leaf)"
                                    + " values start from 0; leaves keep adding up")
                        .ko("backward가 잎 노드를 초기화했습니다: 계산된 (잎이 아닌)"
                                + " 값만 0에서 시작하고, 잎 노드는 계속 누적됩니다"),
                    Hint.always("the inner values kept their gradients from the first call and passed them on again:"
                            + " set their grad to 0 before propagating")
                        .ko("내부 값이 첫 호출의 기울기를 유지한 채 다시 넘겼습니다:"
                                + " 전파하기 전에 그 grad를 0으로 설정하세요"));
            Expect.close("the root's grad after backward() twice", 1, root.grad(), 0);
        }
    }
}
