package backprop;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;
import toolkit.Todo;

/**
 * Exercise 5.10, judged on YOUR layers: the tests run the same backward pass themselves, on a twin of the
 * net built from your Affine, sigmoid or ReLU, and softmax-with-loss layers (tanh is the lesson's). On right
 * layers that is the true gradient (LessonTest checks it against central differences); on a wrong layer it
 * is what a right backward pass gives with it, so 5.10 keeps its points and that layer's own tests say
 * what is wrong.
 */
class BackpropTest {

    /** A seeded two-layer net and a batch: {@code net()} builds it anew each time, the same numbers in fresh layers. */
    private record Case(List<Matrix> start, int activation, Matrix x, int[] t, String name) {
        static Case draw(Random rnd, int k) {
            int in = 1 + rnd.nextInt(5);
            int hidden = 1 + rnd.nextInt(6);
            int classes = 2 + rnd.nextInt(4);
            int n = 1 + rnd.nextInt(6);
            List<Matrix> start = List.of(Reference.matrix(rnd, in, hidden, 1), Reference.matrix(rnd, 1, hidden, 0.3),
                    Reference.matrix(rnd, hidden, classes, 1), Reference.matrix(rnd, 1, classes, 0.3));
            int activation = k % 3;
            return new Case(start, activation, Reference.matrix(rnd, n, in, 1.5), Cases.labels(rnd, n, classes),
                    in + "-" + hidden + "-" + classes + " net (" + activationName(activation) + "), batch of " + n);
        }

        TwoLayerNet net() {
            Layer a = switch (activation) {
                case 0 -> new TanhLayer();
                case 1 -> new SigmoidLayer();
                default -> new ReluLayer();
            };
            return new TwoLayerNet(new Affine(start.get(0).copy(), start.get(1).copy()), a,
                    new Affine(start.get(2).copy(), start.get(3).copy()), new SoftmaxWithLoss());
        }

        /** The tests' own forward and backward pass on a twin net: the loss, then dW1, db1, dW2, db2. */
        Pass onYourLayers() {
            TwoLayerNet twin = net();
            double loss = twin.loss(x.copy(), t.clone());
            Matrix d = twin.lossLayer().backward();
            d = twin.affine2().backward(d);
            d = twin.activation().backward(d);
            twin.affine1().backward(d);
            return new Pass(loss, gradients(twin));
        }
    }

    private static String activationName(int activation) {
        return new String[] {"tanh", "sigmoid, your 5.4", "ReLU, your 5.5"}[activation];
    }

    /** A loss and the gradients of W1, b1, W2, b2. */
    private record Pass(double loss, List<Matrix> gradients) {}

    private static final List<String> NAMES = List.of("W1", "b1", "W2", "b2");

    /** What the affine layers of net hold as gradients now (copies; null where there is none). */
    private static List<Matrix> gradients(TwoLayerNet net) {
        Matrix[] g = {net.affine1().dW(), net.affine1().db(), net.affine2().dW(), net.affine2().db()};
        List<Matrix> out = new ArrayList<>();
        for (Matrix m : g) out.add(m == null ? null : m.copy());
        return out;
    }

    private static List<Matrix> values(TwoLayerNet net) {
        List<Matrix> out = new ArrayList<>();
        for (Parameter p : net.parameters()) out.add(p.value().copy());
        return out;
    }

    @Graded(exercise = "5.10", points = 5)
    @DisplayName("lossAndGradients runs the forward pass, then every layer's backward in reverse order: its loss and"
            + " dW1, db1, dW2, db2 are those of that pass on your layers, for 60 seeded nets; x and labels stay unchanged")
    void lossAndGradients() {
        Random rnd = new Random(51001);
        for (int k = 0; k < 60; k++) {
            Case c = Case.draw(rnd, k);
            TwoLayerNet net = c.net();
            Matrix earlierX = Reference.matrix(rnd, c.x().rows() + 1, c.x().cols(), 1);
            int[] earlierT = Cases.labels(rnd, c.x().rows() + 1, c.start().get(3).cols());
            try {
                net.loss(earlierX, earlierT); // an earlier batch: the layers hold its caches, not this batch's
            } catch (Todo layerNotDone) {
                // the layers hold nothing yet; lossAndGradients below then says which one to finish
            }
            Matrix x = c.x().copy();
            int[] labels = c.t().clone();
            double got = Backprop.lossAndGradients(net, x, labels);
            List<Matrix> analytic = gradients(net);
            Pass expected = c.onYourLayers();
            String call = "lossAndGradients(" + c.name() + ")";
            Expect.close(call + " returned", expected.loss(), got, 1e-9,
                    Hint.when(Math.abs(got - expected.loss()) > 1e-9,
                            "return the loss that the forward pass, net.loss(x, labels), computed on this batch")
                        .ko("순전파 net.loss(x, labels)가 이 배치에서 계산한 손실을 반환하세요"));
            Expect.holds(call + ": x and labels afterwards", x.equals(c.x()) && Arrays.equals(labels, c.t()),
                    "unchanged", "x " + Expect.showEntries(x) + ", labels " + Expect.show(labels),
                    Hint.when(!x.equals(c.x()) || !Arrays.equals(labels, c.t()),
                            "lossAndGradients wrote into the batch it was given: leave x and labels as they are")
                        .ko("lossAndGradients가 받은 배치에 썼습니다: x와 labels는 그대로 두세요"));
            boolean secondLayerRight = Expect.near(analytic.get(2), expected.gradients().get(2), 1e-9)
                    && Expect.near(analytic.get(3), expected.gradients().get(3), 1e-9);
            for (int i = 0; i < NAMES.size(); i++) {
                String name = NAMES.get(i);
                Matrix a = analytic.get(i);
                Matrix want = expected.gradients().get(i);
                Expect.holds(call + ": " + name + "'s gradient", a != null, "a " + want.shape() + " gradient", "none",
                        Hint.when(a == null && name.endsWith("1") && analytic.get(2) != null,
                                "the backward pass stopped early: go all the way back to affine1.backward(...)")
                            .ko("역전파가 일찍 멈췄습니다:"
                                    + " affine1.backward(...)까지 끝까지 거슬러 가세요"),
                        Hint.when(a == null && analytic.get(2) == null,
                                "run the backward pass: lossLayer.backward(),"
                                        + " then each layer's backward in reverse order")
                            .ko("역전파를 실행하세요: lossLayer.backward()를 호출한"
                                    + " 뒤 각 층의 backward를 역순으로 호출하세요"));
                Expect.close(call + ": " + name + " (the backward pass on your layers gives it)", want, a, 1e-9,
                        Hint.when(name.endsWith("1") && secondLayerRight,
                                "the second layer is right but the first is not: hand each backward's result to"
                                        + " the layer before (activation.backward(d), then affine1.backward(...))")
                            .ko("두 번째 층은 맞지만 첫 번째 층은 틀렸습니다:"
                                    + " 각 backward의 결과를 바로 앞 층에"
                                    + " 넘기세요 (activation.backward(d), 그다음 affine1.backward(...))"),
                        Hint.when(name.endsWith("2") && !secondLayerRight,
                                "the second layer's gradient is wrong: start from d = lossLayer.backward(), after the"
                                        + " forward pass on this batch, and hand d to affine2.backward(d)")
                            .ko("두 번째 층의 기울기가 틀렸습니다: 이 배치로 순전파한 뒤 d = lossLayer.backward()에서"
                                    + " 시작해 d를 affine2.backward(d)에 넘기세요"));
            }
        }
    }

    /** The scale s with now ≈ before − s·g, fitted by least squares over every entry of every parameter. */
    private static double stepScale(List<Matrix> before, List<Matrix> now, List<Matrix> g) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < g.size(); i++) {
            num += before.get(i).minus(now.get(i)).hadamard(g.get(i)).sum();
            den += g.get(i).hadamard(g.get(i)).sum();
        }
        return den == 0 ? 0 : num / den;
    }

    @Graded(exercise = "5.10", points = 4)
    @DisplayName("sgdStep moves every parameter by −η·gradient (η from 0.01 to 2, the gradient of the backward"
            + " pass on your layers) and returns the loss before the step, on 60 seeded nets")
    void sgdStep() {
        Random rnd = new Random(51002);
        for (int k = 0; k < 60; k++) {
            Case c = Case.draw(rnd, k);
            double eta = 0.01 + rnd.nextDouble() * 2;
            TwoLayerNet net = c.net();
            List<Matrix> before = values(net);
            Pass pass = c.onYourLayers();
            List<Matrix> grads = pass.gradients();
            double got = Backprop.sgdStep(net, c.x().copy(), c.t().clone(), eta);
            List<Matrix> now = values(net);
            double lossAfter = net.loss(c.x().copy(), c.t().clone());
            double s = stepScale(before, now, grads);
            String call = "sgdStep(" + c.name() + ", η = " + eta + ")";
            for (int i = 0; i < NAMES.size(); i++) {
                String name = NAMES.get(i);
                Matrix expected = before.get(i).minus(grads.get(i).scale(eta));
                Expect.close(call + ": " + name + " after the step", expected, now.get(i), 1e-9,
                        Hint.when(now.get(i).equals(before.get(i)),
                                name + " did not move: update all four parameters, W1, b1, W2 and b2")
                            .ko(name + "의 값이 바뀌지 않았습니다:"
                                    + " 네 매개변수 W1, b1, W2, b2를 모두 갱신하세요"),
                        Hint.when(Expect.near(now.get(i), before.get(i).plus(grads.get(i).scale(eta)), 1e-9),
                                "the step goes uphill: W ← W − η·dW, with a minus")
                            .ko("오르막으로 가고 있습니다: W ← W − η·dW, 빼기입니다"),
                        Hint.when(s > 0 && Math.abs(s - eta) > 1e-6 * eta
                                        && Expect.near(now.get(i), before.get(i).minus(grads.get(i).scale(s)), 1e-9),
                                "the learning rate passed in is not used: this step is " + Expect.show(s)
                                        + "·dW, and η is " + Expect.show(eta) + ": W ← W − η·dW with the η of the call")
                            .ko("전달받은 학습률을 쓰지 않았습니다: 이 걸음은 " + Expect.show(s) + "·dW이고 η는 "
                                    + Expect.show(eta) + "입니다: 호출에 주어진 η로 W ← W − η·dW"));
            }
            Expect.close(call + " returned", pass.loss(), got, 1e-9,
                    Hint.when(Math.abs(got - lossAfter) < 1e-12,
                            "that is the loss after the step: return the loss of the forward pass, before the update")
                        .ko("그것은 갱신 뒤의 손실입니다:"
                                + " 갱신 전 순전파의 손실을 반환하세요"));
        }
    }

    @Graded(exercise = "5.10", points = 1)
    @DisplayName("sgdStep rejects a learning rate of 0, a negative one, NaN and infinity,"
            + " and a rejected call leaves W1, b1, W2 and b2 as they were")
    void sgdStepRejectsBadLearningRates() {
        Random rnd = new Random(51003);
        for (double eta : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Case c = Case.draw(rnd, 0);
            TwoLayerNet net = c.net();
            List<Matrix> before = values(net);
            IllegalArgumentException e = Expect.rejects("sgdStep with η = " + eta, IllegalArgumentException.class,
                    () -> Backprop.sgdStep(net, c.x(), c.t(), eta));
            String message = String.valueOf(e.getMessage());
            Expect.holds("sgdStep with η = " + eta + ": the message names the learning rate",
                    message.contains(String.valueOf(eta)) || message.toLowerCase(java.util.Locale.ROOT).contains("rate")
                            || message.contains("η") || message.toLowerCase(java.util.Locale.ROOT).contains("eta"),
                    "a message that mentions the learning rate (or " + eta + ")", "\"" + message + "\"",
                    Hint.when(!message.contains(String.valueOf(eta)),
                            "say what was wrong: the learning rate, and the value it had")
                        .ko("무엇이 틀렸는지 말하세요: 학습률과 그 값"));
            List<Matrix> after = values(net);
            Expect.holds("after the rejected sgdStep(" + c.name() + ", η = " + eta + "): W1, b1, W2, b2",
                    after.equals(before), "unchanged", "W1 " + Expect.show(after.get(0)) + ", b1 "
                            + Expect.show(after.get(1)) + ", W2 " + Expect.show(after.get(2)) + ", b2 "
                            + Expect.show(after.get(3)),
                    Hint.when(!after.equals(before),
                            "check the learning rate first, before the step: a rejected call must change nothing")
                        .ko("걸음을 옮기기 전에 먼저 학습률을 확인하세요: 거부된 호출은 아무것도 바꾸지 않아야 합니다"));
        }
    }
}
