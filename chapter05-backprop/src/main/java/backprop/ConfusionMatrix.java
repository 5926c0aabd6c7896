package backprop;

import java.util.Locale;

/**
 * A confusion matrix (혼동 행렬): counts[t][p] is how many samples of true class t were predicted
 * as class p. The diagonal holds the right answers; everything else is a mistake, and where it
 * sits says which digit was taken for which.
 */
public record ConfusionMatrix(int[][] counts) {

    public ConfusionMatrix {
        counts = copy(counts);
    }

    public static ConfusionMatrix of(int[] truth, int[] predicted, int classes) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions");
        }
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < truth.length; i++) counts[truth[i]][predicted[i]]++;
        return new ConfusionMatrix(counts);
    }

    @Override
    public int[][] counts() {
        return copy(counts);
    }

    public int classes() {
        return counts.length;
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) for (int c : row) n += c;
        return n;
    }

    public int correct() {
        int n = 0;
        for (int i = 0; i < counts.length; i++) n += counts[i][i];
        return n;
    }

    /** The table as text: rows are the true digits, columns the predicted ones; 0 shows as '·'. */
    public String text() {
        StringBuilder out = new StringBuilder("true\\pred");
        for (int p = 0; p < classes(); p++) out.append(String.format(Locale.ROOT, "%4d", p));
        out.append("   right\n");
        for (int t = 0; t < classes(); t++) {
            out.append(String.format(Locale.ROOT, "%9d", t));
            int rowTotal = 0;
            for (int p = 0; p < classes(); p++) {
                rowTotal += counts[t][p];
                out.append(counts[t][p] == 0 ? "   ·" : String.format(Locale.ROOT, "%4d", counts[t][p]));
            }
            out.append(String.format(Locale.ROOT, "   %d/%d%n", counts[t][t], rowTotal));
        }
        return out.toString();
    }

    private static int[][] copy(int[][] m) {
        int[][] out = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != m.length) throw new IllegalArgumentException("a confusion matrix is square: row " + i + " has " + m[i].length + " counts, not " + m.length);
            out[i] = m[i].clone();
        }
        return out;
    }
}
