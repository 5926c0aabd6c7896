package activations;

import static toolkit.Checks.notNull;

/**
 * What a classifier does with its scores at inference time (추론): it only needs the class with the
 * largest score. Softmax keeps the order of the scores, so the argmax of the probabilities is the
 * argmax of the scores, and a one-hot vector is all that leaves the network.
 */
public final class Prediction {
    private Prediction() {}

    /** The index of the largest entry (the first one on ties). */
    public static int argmax(double[] scores) {
        if (notNull(scores, "scores").length == 0) throw new IllegalArgumentException("no scores: argmax needs at least one");
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) best = i;
        }
        return best;
    }

    /** 1 at the argmax, 0 elsewhere: {0.2, 0.7, 0.1} gives {0, 1, 0}. */
    public static double[] oneHot(double[] scores) {
        double[] out = new double[notNull(scores, "scores").length];
        out[argmax(scores)] = 1.0;
        return out;
    }
}
