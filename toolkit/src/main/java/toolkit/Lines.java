package toolkit;

/**
 * The plain loops over a matrix's lines (one {@code double[]} per row, or per column for a
 * transpose that copied nothing) that {@link Matrix} and {@link Products} share: making, copying
 * and transposing them, and the sums and comparisons, each in one fixed order so that every run
 * gives the same bits. Every method here reads its arguments and changes nothing it was given.
 */
final class Lines {
    private Lines() {}

    /**
     * count lines of len zeros. One array at a time: the JIT compiler allocates each in place,
     * where {@code new double[count][len]} would call into the JVM's runtime.
     */
    static double[][] zeros(int count, int len) {
        double[][] out = new double[count][];
        for (int l = 0; l < count; l++) out[l] = new double[len];
        return out;
    }

    /** A copy of rows of values, checked: at least 1 × 1, every row as long as the first. */
    static double[][] rectangularCopy(double[][] values) {
        Checks.notNull(values, "values");
        if (values.length == 0 || values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException("a matrix needs at least 1 row and 1 column");
        }
        int cols = values[0].length;
        Checks.entries(values.length, cols);
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + (values[r] == null ? 0 : values[r].length)
                        + " values but row 0 has " + cols + ": a matrix is rectangular");
            }
        }
        return copy(values);
    }

    /** A copy of every line. */
    static double[][] copy(double[][] lines) {
        double[][] out = new double[lines.length][];
        for (int l = 0; l < lines.length; l++) out[l] = lines[l].clone();
        return out;
    }

    /** The lines read the other way: count lines of length len become len lines of count. */
    static double[][] transpose(double[][] lines, int len) {
        double[][] out = zeros(len, lines.length);
        for (int l = 0; l < lines.length; l++) {
            double[] line = lines[l];
            for (int r = 0; r < len; r++) out[r][l] = line[r];
        }
        return out;
    }

    /** The sum down each column of rows, added row by row. */
    static double[] columnSums(double[][] rows, int cols) {
        double[] sums = new double[cols];
        for (double[] row : rows) {
            for (int c = 0; c < cols; c++) sums[c] += row[c];
        }
        return sums;
    }

    /** The sum along each row, as rows of one entry each. */
    static double[][] rowSums(double[][] rows) {
        double[][] out = zeros(rows.length, 1);
        for (int r = 0; r < rows.length; r++) out[r][0] = sum(rows[r]);
        return out;
    }

    /** The sum of all entries, row by row. */
    static double sum(double[][] rows) {
        double s = 0;
        for (double[] row : rows) {
            for (double v : row) s += v;
        }
        return s;
    }

    private static double sum(double[] row) {
        double s = 0;
        for (double v : row) s += v;
        return s;
    }

    /** The largest |a − b| over all entries of two equally shaped sets of rows. */
    static double maxAbsDifference(double[][] a, double[][] b) {
        double max = 0;
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[r].length; c++) max = Math.max(max, Math.abs(a[r][c] - b[r][c]));
        }
        return max;
    }

    /** The same number as Arrays.hashCode of all entries, row by row. */
    static int hash(double[][] rows) {
        int h = 1;
        for (double[] row : rows) {
            for (double v : row) h = 31 * h + Double.hashCode(v);
        }
        return h;
    }

    /** Throws if an entry is NaN or infinite, naming {@code what} and where (the first, row by row). */
    static void requireFinite(double[][] rows, String what) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (!Double.isFinite(rows[r][c])) throw new IllegalArgumentException(what + " has " + rows[r][c] + " at (" + r + ", " + c + ")");
            }
        }
    }
}
