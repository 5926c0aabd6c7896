package backprop;

import static grader.api.Reference.uniform;

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
import org.junit.jupiter.api.DisplayName;

/** Exercise 5.8: backward visits a graph of Values in topological order and runs every chain rule in reverse. */
class ValueBackwardTest {

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
                boolean first = position.put(v, i) == null;
                Expect.holds(graph + ": value " + v + " appears", first, "once", "twice",
                        Hint.when(!first, "a value reached along two paths must be listed once:"
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
                    boolean later = position.get(c) != null && position.get(c) > position.get(v);
                    Expect.holds(graph + ": " + c + " before " + v + " (which was computed from it)",
                            position.get(c) != null && position.get(c) < position.get(v),
                            "child first", later ? "child later" : "child missing",
                            Hint.when(later, "add a value only after all of its children are in the order")
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
                    Hint.when(e instanceof StackOverflowError, "a method that calls itself once per value runs out of call stack:"
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

    /** A seeded random expression over a few leaves (its numbers kept moderate), to build as Values again and again. */
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
    }

    /**
     * The order the tests run the chain rules in: yours when it is a valid topological order of the
     * graph (so that backward is judged by itself, and the order by the tests above), else the tests' own.
     */
    private static List<Value> order(Value root) {
        List<Value> yours;
        try {
            yours = root.topologicalOrder();
        } catch (RuntimeException | StackOverflowError notDoneOrBroken) {
            yours = null;
        }
        return valid(yours, root) ? yours : ownOrder(root);
    }

    /** Children before parents, by the tests' own walk with an explicit stack. */
    private static List<Value> ownOrder(Value root) {
        List<Value> out = new ArrayList<>();
        Map<Value, Boolean> expanded = new IdentityHashMap<>();
        Map<Value, Boolean> placed = new IdentityHashMap<>();
        Deque<Value> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            Value v = stack.peek();
            if (expanded.put(v, true) == null) {
                for (Value c : v.children()) if (!expanded.containsKey(c)) stack.push(c);
            } else {
                stack.pop();
                if (placed.put(v, true) == null) out.add(v);
            }
        }
        return out;
    }

    private static boolean valid(List<Value> order, Value root) {
        if (order == null || order.isEmpty() || order.get(order.size() - 1) != root) return false;
        Map<Value, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) if (position.put(order.get(i), i) != null) return false;
        if (position.size() != reachable(root).size()) return false;
        for (Value v : order) {
            for (Value c : v.children()) {
                Integer at = position.get(c);
                if (at == null || at >= position.get(v)) return false;
            }
        }
        return true;
    }

    /**
     * The tests' own backward over YOUR operations' chain rules (exercise 5.7): the inner grads set to
     * 0 (unless {@code resetInner} is false), this value's to 1, then every chain rule in reverse order
     * (or in forward order, a known mistake). On right chain rules this is the true gradient; on wrong
     * ones it is what a right backward gives with them, so that 5.8 is not blamed for 5.7.
     */
    private static void backwardOnYourRules(Value root, boolean resetInner, boolean reverse) {
        List<Value> order = order(root);
        for (Value v : order) if (resetInner && !v.isLeaf()) v.setGrad(0);
        root.setGrad(1);
        for (int i = 0; i < order.size(); i++) order.get(reverse ? order.size() - 1 - i : i).applyChainRule();
    }

    /** The leaves' grads after {@code passes} runs of the tests' own backward on a fresh copy of the graph. */
    private static double[] onYourRules(Program program, double[] at, int passes, boolean resetInner, boolean reverse) {
        Value[] leaves = new Value[at.length];
        for (int i = 0; i < at.length; i++) leaves[i] = Value.of(at[i]);
        Value root = program.build(leaves);
        for (int p = 0; p < passes; p++) backwardOnYourRules(root, resetInner || p == 0, reverse);
        double[] grads = new double[at.length];
        for (int i = 0; i < at.length; i++) grads[i] = leaves[i].grad();
        return grads;
    }

    @Graded(exercise = "5.8", points = 4)
    @DisplayName("backward gives every leaf of 150 seeded random expressions (shared subexpressions included)"
            + " its gradient: the chain rules of your operations, run in reverse topological order")
    void t3BackwardRunsTheChainRulesInReverse() {
        Random rnd = new Random(5802);
        for (int k = 0; k < 150; k++) {
            int leafCount = 1 + rnd.nextInt(4);
            double[] at = new double[leafCount];
            for (int i = 0; i < leafCount; i++) at[i] = uniform(rnd, 1.5);
            Program program = Program.draw(rnd, at);
            Value[] leaves = new Value[leafCount];
            for (int i = 0; i < leafCount; i++) leaves[i] = Value.of(at[i], "x" + i);
            Value root = program.build(leaves);
            root.backward();
            double[] got = new double[leafCount];
            for (int i = 0; i < leafCount; i++) got[i] = leaves[i].grad();
            double[] expected = onYourRules(program, at, 1, true, true);
            double[] forwardOrder = onYourRules(program, at, 1, true, false);
            boolean allZero = true;
            for (double g : got) allZero &= g == 0;
            Expect.close("backward() of a random expression over leaves " + Expect.show(at) + ": the leaves' grads",
                    expected, got, 1e-9,
                    Hint.when(allZero && root.grad() != 1,
                            "set this value's grad to 1 first: ∂this/∂this = 1 starts the chain")
                        .ko("먼저 이 값의 grad를 1로 설정하세요:"
                                + " ∂this/∂this = 1이 연쇄의 시작입니다"),
                    Hint.when(allZero,
                            "no gradient reached the leaves: run every value's chain rule,"
                                    + " in REVERSE topological order")
                        .ko("잎 노드에 기울기가 닿지 않았습니다:"
                                + " 모든 값의 연쇄 법칙을 위상 정렬의 역순으로 실행하세요"),
                    Hint.when(Expect.near(got, forwardOrder, 1e-9) && !Expect.near(got, expected, 1e-9),
                            "those are the chain rules run in topological (forward) order: run them in REVERSE"
                                    + " topological order, so a value passes its gradient on only after every value"
                                    + " that uses it has added its share")
                        .ko("그것은 연쇄 법칙을 위상 정렬 순서(순방향)로 실행한 결과입니다:"
                                + " 위상 정렬의 역순으로 실행하세요. 어떤 값은 그 값을 쓰는 모든 값이 자기 몫을"
                                + " 더한 뒤에야 기울기를 넘길 수 있습니다"));
        }
    }

    @Graded(exercise = "5.8", points = 1)
    @DisplayName("backward called twice adds the same gradient to every leaf again (twice in all);"
            + " inner values start again from 0")
    void t4BackwardTwice() {
        Random rnd = new Random(5803);
        for (int k = 0; k < 40; k++) {
            double[] at = {uniform(rnd, 1.5), uniform(rnd, 1.5)};
            Program program = Program.draw(rnd, at);
            Value[] leaves = {Value.of(at[0]), Value.of(at[1])};
            Value root = program.build(leaves);
            root.backward();
            double[] once = {leaves[0].grad(), leaves[1].grad()};
            root.backward();
            double[] twice = {leaves[0].grad(), leaves[1].grad()};
            double[] expected = onYourRules(program, at, 2, true, true);
            double[] innerKept = onYourRules(program, at, 2, false, true);
            Expect.close("leaf grads after backward() twice (once gave " + Expect.show(once) + ")",
                    expected, twice, 1e-9,
                    Hint.when(Expect.near(twice, once, 1e-12) && !Expect.near(once, expected, 1e-12),
                            "backward reset the leaves: only the computed (non-leaf)"
                                    + " values start from 0; leaves keep adding up")
                        .ko("backward가 잎 노드를 초기화했습니다: 계산된 (잎이 아닌)"
                                + " 값만 0에서 시작하고, 잎 노드는 계속 누적됩니다"),
                    Hint.when(Expect.near(twice, innerKept, 1e-9) && !Expect.near(innerKept, expected, 1e-9),
                            "the inner values kept their gradients from the first call and passed them on again:"
                                    + " set their grad to 0 before propagating")
                        .ko("내부 값이 첫 호출의 기울기를 유지한 채 다시 넘겼습니다:"
                                + " 전파하기 전에 그 grad를 0으로 설정하세요"));
            Expect.close("the root's grad after backward() twice", 1, root.grad(), 0);
        }
    }
}
