package backprop;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;

class NodeTest {

    /** A value of either sign and of any size from 0.01 to 100: uniform in (−1, 1) times a power of ten. */
    private static double value(Random rnd) {
        return Reference.uniform(rnd, 1) * Math.pow(10, rnd.nextInt(5) - 2);
    }

    // ---- 5.1 The add node ----

    @Graded(exercise = "5.1", points = 2)
    @DisplayName("AddNode.forward is x + y for 200 seeded pairs, from 0.01 to 100 in size, both signs")
    void addForward() {
        Random rnd = new Random(5101);
        AddNode node = new AddNode();
        for (int i = 0; i < 200; i++) {
            double x = value(rnd);
            double y = value(rnd);
            double got = node.forward(x, y);
            Expect.close("AddNode.forward(" + x + ", " + y + ")", x + y, got, 1e-12,
                    Hint.when(Math.abs(got - x * y) < 1e-12 * Math.max(1, Math.abs(x * y)),
                            "that is x · y: the add node adds")
                        .ko("그것은 x · y입니다: 덧셈 노드는 더합니다"));
        }
    }

    @Graded(exercise = "5.1", points = 4)
    @DisplayName("AddNode.backward matches central differences of dout·(x + y)"
            + " for 200 seeded cases: dout passes on unchanged")
    void addBackward() {
        Random rnd = new Random(5102);
        for (int i = 0; i < 200; i++) {
            double x = value(rnd);
            double y = value(rnd);
            double dout = i == 0 ? 0 : value(rnd);
            AddNode node = new AddNode();
            node.forward(x, y);
            NodeGradients got = node.backward(dout);
            // L = dout · (x + y): its central differences are ∂L/∂x and ∂L/∂y
            double h = 1e-6;
            double dx = (dout * ((x + h) + y) - dout * ((x - h) + y)) / (2 * h);
            double dy = (dout * (x + (y + h)) - dout * (x + (y - h))) / (2 * h);
            String call = "after forward(" + x + ", " + y + "), AddNode.backward(" + dout + ")";
            Hint ones = Hint.when(got != null && got.dx() == 1 && got.dy() == 1 && dout != 1,
                    "the local gradient of + is 1, but the chain rule multiplies it by dout: return (dout, dout)")
                .ko("+의 국소 기울기는 1이지만,"
                        + " 연쇄 법칙은 여기에 dout을 곱합니다: (dout, dout)을 반환하세요");
            Hint halves = Hint.when(got != null && Math.abs(got.dx() - dout / 2) < 1e-12 && dout != 0,
                    "the gradient is not shared out between the inputs: each input gets all of dout")
                .ko("기울기는 입력끼리 나눠 갖지 않습니다: 각 입력이 dout 전체를 받습니다");
            Hint swapped = Hint.when(got != null && Math.abs(got.dx() - dout * y) < 1e-9
                            && Math.abs(dout * y - dout) > 1e-9,
                    "that is the multiply node's rule; for x + y both local gradients are 1")
                .ko("그것은 곱셈 노드의 규칙입니다."
                        + " x + y에서는 두 국소 기울기가 모두 1입니다");
            Expect.holds(call + " returned", got != null, "the two gradients", "null");
            Expect.close(call + ".dx", dx, got.dx(), 1e-6, ones, halves, swapped);
            Expect.close(call + ".dy", dy, got.dy(), 1e-6, ones, halves, swapped);
        }
    }

    // ---- 5.2 The multiply node ----

    @Graded(exercise = "5.2", points = 3)
    @DisplayName("MultiplyNode.forward is x · y for 200 seeded pairs, including 0 and exact integers")
    void multiplyForward() {
        Random rnd = new Random(5201);
        MultiplyNode node = new MultiplyNode();
        for (int i = 0; i < 200; i++) {
            double x = i % 20 == 0 ? 0 : value(rnd);
            double y = i % 7 == 0 ? rnd.nextInt(9) - 4 : value(rnd);
            double got = node.forward(x, y);
            Expect.close("MultiplyNode.forward(" + x + ", " + y + ")", x * y, got, 1e-12,
                    Hint.when(Math.abs(got - (x + y)) < 1e-12 && x * y != x + y,
                            "that is x + y: the multiply node multiplies")
                        .ko("그것은 x + y입니다: 곱셈 노드는 곱합니다"));
        }
    }

    @Graded(exercise = "5.2", points = 5)
    @DisplayName("MultiplyNode.backward matches central differences"
            + " of dout·x·y for 300 seeded cases (the inputs swap)")
    void multiplyBackward() {
        Random rnd = new Random(5202);
        for (int i = 0; i < 300; i++) {
            double x = value(rnd);
            double y = value(rnd);
            double dout = value(rnd);
            MultiplyNode node = new MultiplyNode();
            node.forward(x, y);
            NodeGradients got = node.backward(dout);
            double h = 1e-6 * Math.max(1, Math.abs(x));
            double k = 1e-6 * Math.max(1, Math.abs(y));
            double dx = (dout * (x + h) * y - dout * (x - h) * y) / (2 * h);
            double dy = (dout * x * (y + k) - dout * x * (y - k)) / (2 * k);
            String call = "after forward(" + x + ", " + y + "), MultiplyNode.backward(" + dout + ")";
            Expect.holds(call + " returned", got != null, "the two gradients", "null");
            Hint notSwapped = Hint.when(Math.abs(got.dx() - dout * x) < 1e-9 * Math.max(1, Math.abs(dout * x))
                            && Math.abs(x - y) > 1e-6,
                    "the inputs are not swapped: ∂(xy)/∂x = y,"
                            + " so dx = dout · y (the OTHER input) and dy = dout · x")
                .ko("입력을 서로 바꾸지 않았습니다:"
                        + " ∂(xy)/∂x = y이므로 dx = dout · y (다른 쪽 입력), dy = dout · x입니다");
            Hint noDout = Hint.when(Math.abs(got.dx() - y) < 1e-12 && dout != 1,
                    "dx = y is the local gradient only:"
                            + " the chain rule multiplies it by the upstream gradient, dx = dout · y")
                .ko("dx = y는 국소 기울기일 뿐입니다:"
                        + " 연쇄 법칙은 여기에 상류 기울기를 곱합니다, dx = dout · y");
            Hint add = Hint.when(got.dx() == dout && got.dy() == dout,
                    "that is the add node's rule; for x · y each input gets dout times the other")
                .ko("그것은 덧셈 노드의 규칙입니다."
                        + " x · y에서는 각 입력이 dout에 다른 쪽 입력을 곱한 값을 받습니다");
            Expect.close(call + ".dx", dx, got.dx(), 1e-6, notSwapped, noDout, add);
            Expect.close(call + ".dy", dy, got.dy(), 1e-6, notSwapped, noDout, add);
        }
    }

    @Graded(exercise = "5.2", points = 2)
    @DisplayName("a chain of 2 to 6 seeded multiply nodes, backward from the end,"
            + " gives each factor the product of all the others")
    void multiplyChain() {
        Random rnd = new Random(5203);
        for (int k = 0; k < 50; k++) {
            int n = 2 + rnd.nextInt(5);
            double[] factors = new double[n + 1];
            for (int i = 0; i <= n; i++) factors[i] = 0.5 + rnd.nextDouble() * 2;
            MultiplyNode[] nodes = new MultiplyNode[n];
            double running = factors[0];
            for (int i = 0; i < n; i++) {
                nodes[i] = new MultiplyNode();
                running = nodes[i].forward(running, factors[i + 1]);
            }
            double[] grads = new double[n + 1];
            double d = 1;
            for (int i = n - 1; i >= 0; i--) {
                NodeGradients g = nodes[i].backward(d);
                grads[i + 1] = g.dy();
                d = g.dx();
            }
            grads[0] = d;
            double[] shared = sharedInputs(factors);
            double[] unswapped = notSwapped(factors);
            for (int i = 0; i <= n; i++) {
                double others = 1;
                for (int j = 0; j <= n; j++) if (j != i) others *= factors[j];
                Expect.close("d(product of " + Expect.show(factors) + ") / d(factor " + i + ")", others, grads[i], 1e-9,
                        Hint.when(Expect.near(grads, shared, 1e-9),
                                "every node answered with the inputs of the LAST forward: each node must keep its own"
                                        + " x and y, in instance fields (not static ones, which all nodes share)")
                            .ko("모든 노드가 마지막 forward의 입력으로 답했습니다: 각 노드는 자신의 x와 y를"
                                    + " 인스턴스 필드에 저장해야 합니다 (모든 노드가 함께 쓰는 static 필드가 아니라)"),
                        Hint.when(Expect.near(grads, unswapped, 1e-9) && !Expect.near(grads, shared, 1e-9),
                                "the inputs are not swapped: dx = dout · y and dy = dout · x")
                            .ko("입력을 서로 바꾸지 않았습니다: dx = dout · y, dy = dout · x"));
            }
        }
    }

    /** The chain's gradients when every node holds the last forward's inputs (fields all nodes share). */
    private static double[] sharedInputs(double[] factors) {
        int n = factors.length - 1;
        double x = 1;
        for (int i = 0; i < n; i++) x *= factors[i];
        double y = factors[n];
        double[] grads = new double[n + 1];
        double d = 1;
        for (int i = n - 1; i >= 0; i--) {
            grads[i + 1] = d * x;
            d *= y;
        }
        grads[0] = d;
        return grads;
    }

    /** The chain's gradients when each node returns (dout · x, dout · y): the inputs not swapped. */
    private static double[] notSwapped(double[] factors) {
        int n = factors.length - 1;
        double[] running = new double[n + 1];
        running[0] = factors[0];
        for (int i = 1; i <= n; i++) running[i] = running[i - 1] * factors[i];
        double[] grads = new double[n + 1];
        double d = 1;
        for (int i = n - 1; i >= 0; i--) {
            double x = running[i];
            grads[i + 1] = d * factors[i + 1];
            d *= x;
        }
        grads[0] = d;
        return grads;
    }
}
