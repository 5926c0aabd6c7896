package perceptron;

import java.util.Arrays;
import toolkit.Checks;

/**
 * What training produced.
 *
 * @param perceptron       the perceptron after the last epoch
 * @param converged        true when the last epoch made no mistakes
 * @param epochs           how many epochs ran, the error-free one included
 * @param mistakesPerEpoch how many samples each epoch got wrong (before correcting them); one entry per epoch
 */
public record TrainingResult(Perceptron perceptron, boolean converged, int epochs, int[] mistakesPerEpoch) {

    public TrainingResult {
        Checks.notNull(perceptron, "perceptron");
        Checks.notNull(mistakesPerEpoch, "mistakesPerEpoch");
        if (epochs != mistakesPerEpoch.length) {
            throw new IllegalArgumentException("epochs is " + epochs + " but mistakesPerEpoch has " + mistakesPerEpoch.length
                    + " entries: record the mistakes of every epoch that ran");
        }
        if (converged && (epochs == 0 || mistakesPerEpoch[epochs - 1] != 0)) {
            throw new IllegalArgumentException("converged is true but the last epoch made "
                    + (epochs == 0 ? "no run at all" : mistakesPerEpoch[epochs - 1] + " mistakes")
                    + ": training converges when an epoch makes no mistakes");
        }
        mistakesPerEpoch = mistakesPerEpoch.clone();
    }

    @Override
    public int[] mistakesPerEpoch() {
        return mistakesPerEpoch.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingResult r && perceptron.equals(r.perceptron) && converged == r.converged
                && epochs == r.epochs && Arrays.equals(mistakesPerEpoch, r.mistakesPerEpoch);
    }

    @Override
    public int hashCode() {
        return perceptron.hashCode() * 31 + Arrays.hashCode(mistakesPerEpoch);
    }

    @Override
    public String toString() {
        return "TrainingResult[" + perceptron + ", converged=" + converged + ", epochs=" + epochs
                + ", mistakes=" + Arrays.toString(mistakesPerEpoch) + "]";
    }
}
