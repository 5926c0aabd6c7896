package backprop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import toolkit.Checks;
import toolkit.LabeledData;
import toolkit.Plots;

/**
 * The figures of the digits training, drawn the same way by the demo and by notebook 05. Each
 * checks its argument: in a notebook, a training stopped by an unfinished exercise leaves its
 * result null, and the message then names that exercise instead of a NullPointerException.
 */
public final class DigitsFigures {
    private DigitsFigures() {}

    /** Training and test loss (교차 엔트로피 손실) per epoch, on a log scale. */
    public static XYChart loss(Training.History history) {
        Checks.notNull(history, "history");
        Map<String, double[]> losses = new LinkedHashMap<>();
        losses.put("training loss (mean over the epoch's batches)", history.trainLoss());
        losses.put("test loss (after the epoch)", history.testLoss());
        return Plots.lines("Digits: cross-entropy loss per epoch", "epoch", "loss", losses, true);
    }

    /** Training and test accuracy (정확도) per epoch, in percent. */
    public static XYChart accuracy(Training.History history) {
        Checks.notNull(history, "history");
        Map<String, double[]> accuracies = new LinkedHashMap<>();
        accuracies.put("training accuracy", percent(history.trainAccuracy()));
        accuracies.put("test accuracy", percent(history.testAccuracy()));
        return Plots.lines("Digits: accuracy per epoch (%)", "epoch", "accuracy (%)", accuracies, false);
    }

    /** Up to {@code count} test digits the network got wrong, captioned "true 3 → 8". */
    public static List<Pictures.Digit> misclassified(LabeledData test, int[] predicted, int count) {
        Checks.notNull(test, "test");
        Checks.notNull(predicted, "predicted");
        if (predicted.length != test.size()) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + test.size() + " test digits");
        }
        List<Pictures.Digit> wrong = new ArrayList<>();
        for (int i = 0; i < test.size() && wrong.size() < count; i++) {
            if (predicted[i] != test.label(i)) {
                wrong.add(new Pictures.Digit(test.input(i), "true " + test.label(i) + " → " + predicted[i]));
            }
        }
        return wrong;
    }

    private static double[] percent(double[] fractions) {
        double[] out = new double[fractions.length];
        for (int i = 0; i < out.length; i++) out[i] = 100 * fractions[i];
        return out;
    }
}
