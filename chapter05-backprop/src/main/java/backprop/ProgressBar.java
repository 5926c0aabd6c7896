package backprop;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for training. In a terminal it is redrawn in place with a carriage return ('\r')
 * as batches finish; every epoch leaves one line:
 * <pre>
 *  epoch  7/30 [██████████████████████████████] 45/45  loss 0.0812  train 97.6%  test 96.9%
 * </pre>
 * When the output is not a terminal (a log file, a pipe) only those epoch lines are written.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final int REDRAWS_PER_EPOCH = 10;
    private final PrintStream out;
    private final int epochs;
    private final boolean live;

    /** A bar that redraws in place only when this program runs in a terminal. */
    public ProgressBar(PrintStream out, int epochs) {
        this(out, epochs, System.console() != null);
    }

    /** {@code live}: redraw while an epoch runs (true) or write only the epoch lines (false). */
    public ProgressBar(PrintStream out, int epochs, boolean live) {
        this.out = out;
        this.epochs = epochs;
        this.live = live;
    }

    /** Redraws the current epoch's line (no newline), about ten times an epoch. */
    public void batch(int epoch, int done, int total, double meanLoss) {
        int every = Math.max(1, total / REDRAWS_PER_EPOCH);
        if (!live || (done % every != 0 && done != total)) return;
        out.print("\r" + line(epoch, done, total) + String.format(Locale.ROOT, "  loss %.4f", meanLoss));
        out.flush();
    }

    /** Finishes the epoch's line with its numbers and a newline. */
    public void epochEnd(int epoch, int total, double trainLoss, double trainAccuracy, double testAccuracy) {
        out.print((live ? "\r" : "") + line(epoch, total, total) + String.format(Locale.ROOT, "  loss %.4f  train %5.1f%%  test %5.1f%%%n",
                trainLoss, 100 * trainAccuracy, 100 * testAccuracy));
        out.flush();
    }

    private String line(int epoch, int done, int total) {
        int filled = total == 0 ? WIDTH : (int) Math.round((double) WIDTH * done / total);
        String width = Integer.toString(Integer.toString(epochs).length());
        return String.format(Locale.ROOT, " epoch %" + width + "d/%d [%s%s] %" + Integer.toString(total).length() + "d/%d", epoch, epochs,
                "█".repeat(filled), "·".repeat(WIDTH - filled), done, total);
    }
}
