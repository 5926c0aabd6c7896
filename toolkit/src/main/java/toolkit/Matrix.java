package toolkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * A small matrix of doubles, row-major, samples in rows: {@code a = x·W + b} with x (samples ×
 * inputs), W (inputs × outputs) and b a 1 × outputs row added to every row.
 *
 * <p>Operations return new matrices and check shapes first; an error names both shapes:
 * {@code cannot multiply (5×2) by (3×4): 2 ≠ 3}. The only methods that change a matrix in place
 * end in {@code InPlace} or are {@link #set}; training loops use them to avoid copying. NaN and
 * infinities propagate as IEEE 754 says ({@code 0 × NaN} is NaN), so a value that blew up shows in
 * everything computed from it; {@link #requireFinite} finds where.
 */
public final class Matrix {
    /**
     * The most entries a matrix can hold: its values are one Java array, whose length is an int
     * (and the JVM keeps a few of those for itself, hence the JDK's own safe limit, 2³¹ − 1 − 8).
     */
    public static final int MAX_ENTRIES = Integer.MAX_VALUE - 8;

    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A rows × cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[entries(rows, cols)]);
    }

    /**
     * rows·cols, once the shape is checked: at least 1 × 1, and few enough entries for one array.
     * Computed in a long: 65536·65536 is 0 as an int and 46341·46341 negative.
     */
    private static int entries(int rows, int cols) {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("a matrix needs at least 1 row and 1 column, not " + rows + "×" + cols);
        long entries = (long) rows * cols;
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " matrix would have " + entries + " entries, more than the "
                    + MAX_ENTRIES + " one matrix can hold: rows·cols must fit in an int array");
        }
        return (int) entries;
    }

    /** A matrix from rows of values (copied); every row must have the same length. */
    public static Matrix of(double[][] values) {
        Checks.notNull(values, "values");
        if (values.length == 0 || values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException("a matrix needs at least 1 row and 1 column");
        }
        int cols = values[0].length;
        double[] data = new double[entries(values.length, cols)];
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + (values[r] == null ? 0 : values[r].length)
                        + " values but row 0 has " + cols + ": a matrix is rectangular");
            }
            System.arraycopy(values[r], 0, data, r * cols, cols);
        }
        return new Matrix(values.length, cols, data);
    }

    /** A 1 × n matrix: a row vector, for example a bias (not {@link #row(int)}, which reads a row). */
    public static Matrix ofRow(double... values) {
        return of(new double[][] {Checks.notNull(values, "values")});
    }

    /** An n × 1 matrix: a column vector (not {@link #column(int)}, which reads a column). */
    public static Matrix ofColumn(double... values) {
        Matrix m = zeros(Checks.notNull(values, "values").length, 1);
        System.arraycopy(values, 0, m.data, 0, values.length);
        return m;
    }

    /** A rows × cols matrix of values drawn from a normal distribution with mean 0 and standard deviation {@code std}. */
    public static Matrix gaussian(int rows, int cols, double std, Rng rng) {
        Checks.notNull(rng, "rng");
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = std * rng.gaussian();
        return m;
    }

    /** A rows × cols matrix of values drawn uniformly from [lo, hi). */
    public static Matrix uniform(int rows, int cols, double lo, double hi, Rng rng) {
        Checks.notNull(rng, "rng");
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = rng.uniform(lo, hi);
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** "(5×2)" */
    public String shape() {
        return "(" + rows + "×" + cols + ")";
    }

    public double get(int r, int c) {
        checkIndex(r, c);
        return data[r * cols + c];
    }

    /** Changes one entry in place (for building a matrix or a numerical gradient). */
    public void set(int r, int c, double value) {
        checkIndex(r, c);
        data[r * cols + c] = value;
    }

    private void checkIndex(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IndexOutOfBoundsException("entry (" + r + ", " + c + ") is outside the " + shape() + " matrix");
        }
    }

    /** Row r as a new array. */
    public double[] row(int r) {
        checkIndex(r, 0);
        return Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
    }

    /** Column c as a new array. */
    public double[] column(int c) {
        checkIndex(0, c);
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) out[r] = data[r * cols + c];
        return out;
    }

    /** The rows listed in {@code indices}, in that order (for a mini-batch). */
    public Matrix rows(int[] indices) {
        Checks.notNull(indices, "indices");
        Matrix m = zeros(indices.length, cols);
        for (int i = 0; i < indices.length; i++) {
            checkIndex(indices[i], 0);
            System.arraycopy(data, indices[i] * cols, m.data, i * cols, cols);
        }
        return m;
    }

    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) out[r] = row(r);
        return out;
    }

    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /** The matrix product this · other: (n×k)·(k×m) = (n×m). */
    public Matrix times(Matrix other) {
        Checks.notNull(other, "other");
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape() + ": " + cols + " ≠ " + other.rows);
        }
        Matrix out = zeros(rows, other.cols);
        double[] a = data;
        double[] b = other.data;
        double[] c = out.data;
        int m = other.cols;
        // A zero entry of this adds nothing where it meets finite numbers, so skipping it saves time
        // (pixels and ReLU outputs are often 0); but 0 × NaN and 0 × ∞ are NaN, which must show.
        boolean[] finiteRow = other.finiteRows();
        for (int i = 0; i < rows; i++) {
            int ci = i * m;
            for (int k = 0; k < cols; k++) {
                double aik = a[i * cols + k];
                if (aik == 0 && finiteRow[k]) continue;
                int bk = k * m;
                for (int j = 0; j < m; j++) c[ci + j] += aik * b[bk + j];
            }
        }
        return out;
    }

    /** For each row, whether all its entries are finite (no NaN, no ±∞). */
    private boolean[] finiteRows() {
        boolean[] finite = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            finite[r] = true;
            for (int c = 0; c < cols && finite[r]; c++) finite[r] = Double.isFinite(data[r * cols + c]);
        }
        return finite;
    }

    /**
     * this + other: element by element when the shapes are equal; when other is a single row
     * (1 × cols), it is added to every row (a bias, broadcast over the samples).
     */
    public Matrix plus(Matrix other) {
        Matrix out = copy();
        out.addInPlace(other, 1.0);
        return out;
    }

    /** this − other, element by element (same shapes, or other a single row broadcast to every row). */
    public Matrix minus(Matrix other) {
        Matrix out = copy();
        out.addInPlace(other, -1.0);
        return out;
    }

    /** this += scale · other, in place; other has this shape or is one row broadcast to every row. Returns this. */
    public Matrix addInPlace(Matrix other, double scale) {
        Checks.notNull(other, "other");
        if (other.rows == rows && other.cols == cols) {
            for (int i = 0; i < data.length; i++) data[i] += scale * other.data[i];
        } else if (other.rows == 1 && other.cols == cols) {
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) data[base + c] += scale * other.data[c];
            }
        } else {
            throw new IllegalArgumentException("cannot add " + shape() + " and " + other.shape() + ": the shapes differ, and "
                    + other.shape() + " is not a single row of " + cols + " to add to every row");
        }
        return this;
    }

    /** The element-wise (Hadamard) product: both matrices must have the same shape. */
    public Matrix hadamard(Matrix other) {
        sameShape(other, "multiply element-wise");
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < data.length; i++) out.data[i] = data[i] * other.data[i];
        return out;
    }

    /** Every entry times s. */
    public Matrix scale(double s) {
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < data.length; i++) out.data[i] = s * data[i];
        return out;
    }

    public Matrix transpose() {
        Matrix out = zeros(cols, rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) out.data[c * rows + r] = data[r * cols + c];
        }
        return out;
    }

    /** f applied to every entry. */
    public Matrix map(DoubleUnaryOperator f) {
        Checks.notNull(f, "f");
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < data.length; i++) out.data[i] = f.applyAsDouble(data[i]);
        return out;
    }

    /** Sums down each column: a 1 × cols row (axis 0; for a bias gradient, db = column sums of dout). */
    public Matrix columnSums() {
        Matrix out = zeros(1, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) out.data[c] += data[r * cols + c];
        }
        return out;
    }

    /** Sums along each row: a rows × 1 column (axis 1). */
    public Matrix rowSums() {
        Matrix out = zeros(rows, 1);
        for (int r = 0; r < rows; r++) {
            double s = 0;
            for (int c = 0; c < cols; c++) s += data[r * cols + c];
            out.data[r] = s;
        }
        return out;
    }

    /** The sum of all entries. */
    public double sum() {
        double s = 0;
        for (double v : data) s += v;
        return s;
    }

    /** The column of the largest entry in row r (the first one on ties): a predicted class. */
    public int argmaxOfRow(int r) {
        checkIndex(r, 0);
        int best = 0;
        for (int c = 1; c < cols; c++) {
            if (data[r * cols + c] > data[r * cols + best]) best = c;
        }
        return best;
    }

    /** The largest |this − other| over all entries (same shapes). */
    public double maxAbsDifference(Matrix other) {
        sameShape(other, "compare");
        double max = 0;
        for (int i = 0; i < data.length; i++) max = Math.max(max, Math.abs(data[i] - other.data[i]));
        return max;
    }

    /** Throws with both shapes unless other has this shape. */
    public void sameShape(Matrix other, String what) {
        Checks.notNull(other, "other");
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("cannot " + what + " " + shape() + " and " + other.shape() + ": the shapes differ");
        }
    }

    /** Throws unless this matrix is rows × cols, naming {@code what} it is: "W1 must be (2×4), not (4×2)". */
    public Matrix requireShape(int rows, int cols, String what) {
        if (this.rows != rows || this.cols != cols) {
            throw new IllegalArgumentException(what + " must be (" + rows + "×" + cols + "), not " + shape());
        }
        return this;
    }

    /** Throws if any entry is NaN or infinite, naming {@code what} and where. */
    public Matrix requireFinite(String what) {
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(what + " has " + data[i] + " at (" + i / cols + ", " + i % cols + ")");
            }
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    /** The shape, then the rows (at most 8 rows and 8 columns shown), 4 decimals. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(shape());
        for (int r = 0; r < Math.min(rows, 8); r++) {
            s.append("\n  [");
            for (int c = 0; c < Math.min(cols, 8); c++) {
                if (c > 0) s.append(", ");
                s.append(String.format(Locale.ROOT, "%8.4f", data[r * cols + c]));
            }
            if (cols > 8) s.append(", …");
            s.append(']');
        }
        if (rows > 8) s.append("\n  …");
        return s.toString();
    }
}
