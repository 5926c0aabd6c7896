package backprop;

import grader.api.Expect;
import grader.api.Graded;
import grader.api.Hint;
import grader.api.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import toolkit.Matrix;
import toolkit.Rng;

class BackpropTest {

    /**
     * A seeded two-layer net (tanh, which is lesson code, so only your affine and softmax layers are used)
     * and a batch.
     */
    private record Case(TwoLayerNet net, Matrix x, int[] t, String name) {
        static Case draw(Random rnd, int k) {
            int in = 1 + rnd.nextInt(5);
            int hidden = 1 + rnd.nextInt(6);
            int classes = 2 + rnd.nextInt(4);
            int n = 1 + rnd.nextInt(6);
            TwoLayerNet net = TwoLayerNet.create(in, hidden, classes, new TanhLayer(),
                    new SoftmaxWithLoss(), new Rng(5000 + k));
            for (Parameter p : net.parameters()) { // biases too
                p.value().addInPlace(Reference.matrix(rnd, p.value().rows(), p.value().cols(), 0.3), 1);
            }
            return new Case(net, Reference.matrix(rnd, n, in, 1.5), Cases.labels(rnd, n, classes),
                    in + "-" + hidden + "-" + classes
                    + " net (tanh), batch of " + n);
        }

        /** The scores of the net's own forward pass: affine, activation, affine. */
        Matrix scores() {
            return net.affine2().forward(net.activation().forward(net.affine1().forward(x)));
        }

        List<Matrix> numericGradients() {
            List<Matrix> out = new ArrayList<>();
            for (Parameter p : net.parameters()) out.add(Cases.numeric(m -> net.loss(x, t), p.value()));
            return out;
        }

        List<Matrix> values() {
            List<Matrix> out = new ArrayList<>();
            for (Parameter p : net.parameters()) out.add(p.value().copy());
            return out;
        }
    }

    @Graded(exercise = "5.10", points = 5)
    @DisplayName("lossAndGradients returns the loss and leaves dW1, db1,"
            + " dW2, db2 that match central differences, on 60 seeded nets")
    void lossAndGradients() {
        Random rnd = new Random(51001);
        for (int k = 0; k < 60; k++) {
            Case c = Case.draw(rnd, k);
            double got = Backprop.lossAndGradients(c.net(), c.x(), c.t());
            List<Matrix> analytic = new ArrayList<>();
            for (Parameter p : c.net().parameters()) analytic.add(gradOrNull(p));
            double expectedLoss = Reference.crossEntropy(c.scores(), c.t());
            Expect.close("lossAndGradients(" + c.name() + ") returned", expectedLoss, got, 1e-9,
                    Hint.always("return the loss that the forward pass (net.loss) computed")
                        .ko("순전파(net.loss)가 계산한 손실을 반환하세요"));
            List<Matrix> numeric = c.numericGradients();
            List<Parameter> params = c.net().parameters();
            for (int i = 0; i < params.size(); i++) {
                String name = params.get(i).name();
                Matrix a = analytic.get(i);
                Expect.holds("lossAndGradients(" + c.name() + "): " + name + "'s gradient", a != null,
                        "a " + numeric.get(i).shape() + " gradient",
                        "none",
                        Hint.when(name.endsWith("1"),
                                "the backward pass stopped early: go all the way back to affine1.backward(...)")
                            .ko("역전파가 일찍 멈췄습니다:"
                                    + " affine1.backward(...)까지 끝까지 거슬러 가세요"),
                        Hint.always("run the backward pass: lossLayer.backward(),"
                                + " then each layer's backward in reverse order")
                            .ko("역전파를 실행하세요: lossLayer.backward()를 호출한"
                                    + " 뒤 각 층의 backward를 역순으로 호출하세요"));
                boolean secondLayerRight = Expect.near(analytic.get(2), numeric.get(2), 1e-5);
                Expect.close("lossAndGradients(" + c.name() + "): " + name, numeric.get(i), a, 1e-5,
                        Hint.when(name.endsWith("1") && secondLayerRight,
                                "the second layer is right but the first is not: hand each backward's result to"
                                        + " the layer before (activation.backward(d), then affine1.backward(...))")
                            .ko("두 번째 층은 맞지만 첫 번째 층은 틀렸습니다:"
                                    + " 각 backward의 결과를 바로 앞 층에"
                                    + " 넘기세요 (activation.backward(d), 그다음 affine1.backward(...))"),
                        Hint.always("each layer's backward takes the gradient returned by the layer after it,"
                                + " starting from lossLayer.backward()")
                            .ko("각 층의 backward는 lossLayer.backward()에서 시작해"
                                    + " 바로 뒤 층이 반환한 기울기를 받습니다"));
            }
        }
    }

    private static Matrix gradOrNull(Parameter p) {
        try {
            return p.grad().copy();
        } catch (IllegalStateException | NullPointerException e) {
            return null;
        }
    }

    @Graded(exercise = "5.10", points = 4)
    @DisplayName("sgdStep moves every parameter by −η·gradient (η from 0.01 to 2)"
            + " and returns the loss before the step, on 60 seeded nets")
    void sgdStep() {
        Random rnd = new Random(51002);
        for (int k = 0; k < 60; k++) {
            Case c = Case.draw(rnd, k);
            double eta = 0.01 + rnd.nextDouble() * 2;
            List<Matrix> before = c.values();
            double lossBefore = Reference.crossEntropy(c.scores(), c.t());
            List<Matrix> grads = c.numericGradients();
            double got = Backprop.sgdStep(c.net(), c.x(), c.t(), eta);
            List<Parameter> params = c.net().parameters();
            double lossAfter = c.net().loss(c.x(), c.t());
            String call = "sgdStep(" + c.name() + ", η = " + eta + ")";
            for (int i = 0; i < params.size(); i++) {
                Matrix now = params.get(i).value();
                Matrix expected = before.get(i).minus(grads.get(i).scale(eta));
                Expect.close(call + ": " + params.get(i).name() + " after the step", expected, now, 1e-6,
                        Hint.when(now.equals(before.get(i)),
                                params.get(i).name() + " did not move: update all four parameters, W1, b1, W2 and b2")
                            .ko(params.get(i).name() + "의 값이 바뀌지 않았습니다:"
                                    + " 네 매개변수 W1, b1, W2, b2를 모두 갱신하세요"),
                        Hint.when(Expect.near(now, before.get(i).plus(grads.get(i).scale(eta)), 1e-6),
                                "the step goes uphill: W ← W − η·dW, with a minus")
                            .ko("오르막으로 가고 있습니다: W ← W − η·dW, 빼기입니다"),
                        Hint.when(Expect.near(now, before.get(i).minus(grads.get(i)), 1e-6) && Math.abs(eta - 1) > 1e-3,
                                "the learning rate is missing: W ← W − η·dW")
                            .ko("학습률이 빠졌습니다: W ← W − η·dW"));
            }
            Expect.close(call + " returned", lossBefore, got, 1e-9,
                    Hint.when(Math.abs(got - lossAfter) < 1e-12,
                            "that is the loss after the step: return the loss of the forward pass, before the update")
                        .ko("그것은 갱신 뒤의 손실입니다:"
                                + " 갱신 전 순전파의 손실을 반환하세요"));
        }
    }

    @Graded(exercise = "5.10", points = 1)
    @DisplayName("sgdStep rejects a learning rate of 0, a negative one, NaN and infinity")
    void sgdStepRejectsBadLearningRates() {
        Random rnd = new Random(51003);
        Case c = Case.draw(rnd, 0);
        for (double eta : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Expect.rejects("sgdStep with η = " + eta, IllegalArgumentException.class,
                    () -> Backprop.sgdStep(c.net(), c.x(), c.t(), eta),
                    "learningRate");
        }
    }
}
