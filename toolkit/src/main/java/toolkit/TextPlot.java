package toolkit;

import java.util.function.ToIntFunction;

/**
 * A decision map in plain text, for the terminal: '#' where the classifier says 1, '·' where it
 * says 0, and the data points as their labels, '0' or '1' (a wrong side shows as 'X').
 */
public final class TextPlot {
    private TextPlot() {}

    /** The unit square with a quarter of margin on each side, {@code columns} × {@code rows} characters. */
    public static String decisionMap(LabeledData data, ToIntFunction<double[]> classify, int columns, int rows) {
        Checks.notNull(data, "data");
        Checks.notNull(classify, "classify");
        if (data.features() != 2) throw new IllegalArgumentException("a text decision map needs 2 features, not " + data.features());
        if (columns < 5 || rows < 5) throw new IllegalArgumentException("a text map needs at least 5 × 5 characters");
        double lo = -0.25;
        double hi = 1.25;
        char[][] grid = new char[rows][columns];
        for (int r = 0; r < rows; r++) {
            double y = hi - (hi - lo) * r / (rows - 1);
            for (int c = 0; c < columns; c++) {
                double x = lo + (hi - lo) * c / (columns - 1);
                grid[r][c] = classify.applyAsInt(new double[] {x, y}) == 1 ? '#' : '·';
            }
        }
        for (int i = 0; i < data.size(); i++) {
            double[] p = data.input(i);
            int c = (int) Math.round((p[0] - lo) / (hi - lo) * (columns - 1));
            int r = (int) Math.round((hi - p[1]) / (hi - lo) * (rows - 1));
            if (r < 0 || r >= rows || c < 0 || c >= columns) continue;
            boolean right = classify.applyAsInt(p) == data.label(i);
            grid[r][c] = right ? (char) ('0' + data.label(i)) : 'X';
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            double y = hi - (hi - lo) * r / (rows - 1);
            String axis = Math.abs(y - 1) < 1e-9 ? "  1 │" : Math.abs(y) < 1e-9 ? "  0 │" : "    │";
            out.append(r == 0 ? " x₂ │" : axis).append(grid[r]).append('\n');
        }
        out.append("    └").append("─".repeat(columns)).append('\n');
        int zero = (int) Math.round(-lo / (hi - lo) * (columns - 1));
        int one = (int) Math.round((1 - lo) / (hi - lo) * (columns - 1));
        StringBuilder labels = new StringBuilder(" ".repeat(columns + 5));
        labels.setCharAt(5 + zero, '0');
        labels.setCharAt(5 + one, '1');
        out.append(labels.toString().stripTrailing()).append("   x₁\n");
        return out.toString();
    }
}
