package perceptron;

import grader.api.Expect;
import java.util.Arrays;
import toolkit.LabeledData;

/**
 * The lesson's training algorithm (exercise 1.7), written out in the tests so that every number of
 * a student's run can be compared. It runs on a {@link Rule}: the course's own predict and update,
 * or the student's (1.3 and 1.6), so that a right train is recognised even when those are wrong.
 * Two wrong variants are kept beside it, to name those mistakes by the numbers they produce.
 */
final class Training {
    private Training() {}

    /** How one sample is predicted and learned. */
    interface Rule {
        int predict(Perceptron p, double[] x);

        Perceptron update(Perceptron p, double[] x, int label, double eta);

        /** w + η(y − ŷ)x and b + η(y − ŷ), for a given ŷ. */
        default Perceptron update(Perceptron p, double[] x, int label, double eta, int yHat) {
            int error = label - yHat;
            double[] w = p.weights();
            for (int j = 0; j < w.length; j++) w[j] += eta * error * x[j];
            return new Perceptron(w, p.bias() + eta * error);
        }
    }

    /** The course's own rule, written independently of the solutions. */
    static final Rule COURSE = new Rule() {
        @Override
        public int predict(Perceptron p, double[] x) {
            return Cases.predict(p, x);
        }

        @Override
        public Perceptron update(Perceptron p, double[] x, int label, double eta) {
            return update(p, x, label, eta, predict(p, x));
        }
    };

    /** The student's own predict (1.3) and update (1.6), each given a fresh copy of x. */
    static final Rule YOURS = new Rule() {
        @Override
        public int predict(Perceptron p, double[] x) {
            return Neuron.predict(p, x.clone());
        }

        @Override
        public Perceptron update(Perceptron p, double[] x, int label, double eta) {
            return LearningRule.update(p, x.clone(), label, eta);
        }
    };

    /** The lesson's algorithm: zero start, samples in order, count a mistake, then update. */
    static TrainingResult run(LabeledData data, double eta, int maxEpochs, Rule rule) {
        return run(data, eta, maxEpochs, rule, false, false);
    }

    /**
     * The algorithm, or one of two wrong variants: the samples visited last to first, or a
     * mistake counted after the update (with the perceptron that has already learned from it).
     */
    static TrainingResult run(LabeledData data, double eta, int maxEpochs, Rule rule, boolean reversed,
                              boolean countAfterUpdate) {
        Perceptron p = Perceptron.zeros(data.features());
        int[] mistakes = new int[maxEpochs];
        for (int epoch = 0; epoch < maxEpochs; epoch++) {
            for (int k = 0; k < data.size(); k++) {
                int i = reversed ? data.size() - 1 - k : k;
                double[] x = data.input(i);
                boolean wrong = rule.predict(p, x) != data.label(i);
                p = rule.update(p, x, data.label(i), eta);
                if (countAfterUpdate) wrong = rule.predict(p, x) != data.label(i);
                if (wrong) mistakes[epoch]++;
            }
            if (mistakes[epoch] == 0) return new TrainingResult(p, true, epoch + 1, Arrays.copyOf(mistakes, epoch + 1));
        }
        return new TrainingResult(p, false, maxEpochs, mistakes);
    }

    /**
     * Is {@code got} what the algorithm gives with the student's own predict and update, where
     * those differ from the course's? Then train is right by itself (false when they cannot run).
     */
    static boolean byYourRule(TrainingResult got, LabeledData data, double eta, int maxEpochs) {
        TrainingResult yours;
        try {
            yours = run(data, eta, maxEpochs, YOURS);
        } catch (RuntimeException notYetOrWrong) {
            return false;
        }
        return got != null && same(yours, got);
    }

    /** The same run: mistakes, epochs and convergence exactly, weights and bias to 1e-9 (relative). */
    static boolean same(TrainingResult a, TrainingResult b) {
        if (a.converged() != b.converged() || a.epochs() != b.epochs()
                || !Arrays.equals(a.mistakesPerEpoch(), b.mistakesPerEpoch())) {
            return false;
        }
        double[] wa = a.perceptron().weights();
        double[] wb = b.perceptron().weights();
        return wa.length == wb.length && Expect.near(a.perceptron().bias(), b.perceptron().bias(), 1e-9)
                && Expect.near(wa, wb, 1e-9);
    }
}
