package toolkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
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
 *
 * <p>Speed without surprises. A matrix keeps one array per row, the layout in which the JIT
 * compiler vectorises the product ({@link Products}, which adds every sum in one fixed order, so
 * every run on every JVM gives the same bits). {@link #transpose} copies nothing: it reads the
 * rows as its columns, and {@link #times} reads it where it lies. A product is summed when first
 * read, so one nobody reads costs nothing. They all still behave as new matrices: a matrix that
 * another one reads copies its entries before it changes them in place (copy on write).
 */
public final class Matrix {
    /**
     * The most entries a matrix can hold: as many as one Java array (whose length is an int, less
     * the few the JVM keeps for itself: the JDK's own safe limit, 2³¹ − 1 − 8), so that any matrix
     * can be handed on as one array.
     */
    public static final int MAX_ENTRIES = Integer.MAX_VALUE - 8;

    private final int rows;
    private final int cols;
    private double[][] lines;   // the rows, one array each; or the columns, when byColumns; null while pending
    private boolean byColumns;  // lines[c][r] is entry (r, c): a transpose that copied nothing
    private boolean shared;     // a transpose or a choice of rows reads these lines too: copy them before writing
    private int readers;        // products not computed yet that will read these lines: copy before writing
    private Products.Pending pending; // this matrix is a product not computed yet: it is, when first read
    private double[][] rowsToRead;  // lines, when they are rows, computed: get's one check; else null
    private double[][] rowsToWrite; // lines, when they can also be written in place (see writable): set's one check; else null

    private Matrix(int rows, int cols, double[][] lines) {
        this.rows = rows;
        this.cols = cols;
        this.lines = lines;
        refresh();
    }

    /** After any change of lines, byColumns, shared, readers or pending: the two shortcuts again. */
    private void refresh() {
        rowsToRead = pending == null && !byColumns ? lines : null;
        rowsToWrite = rowsToRead != null && !shared && readers == 0 ? lines : null;
    }

    /** A rows × cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        Checks.entries(rows, cols);
        return new Matrix(rows, cols, Lines.zeros(rows, cols));
    }

    /** A matrix from rows of values (copied); every row must have the same length. */
    public static Matrix of(double[][] values) {
        double[][] lines = Lines.rectangularCopy(values);
        return new Matrix(lines.length, lines[0].length, lines);
    }

    /** A 1 × n matrix: a row vector, for example a bias (not {@link #row(int)}, which reads a row). */
    public static Matrix ofRow(double... values) {
        return of(new double[][] {Checks.notNull(values, "values")});
    }

    /** An n × 1 matrix: a column vector (not {@link #column(int)}, which reads a column). */
    public static Matrix ofColumn(double... values) {
        Matrix m = zeros(Checks.notNull(values, "values").length, 1);
        for (int r = 0; r < values.length; r++) m.lines[r][0] = values[r];
        return m;
    }

    /** A rows × cols matrix of values drawn from a normal distribution with mean 0 and standard deviation {@code std}. */
    public static Matrix gaussian(int rows, int cols, double std, Rng rng) {
        Checks.notNull(rng, "rng");
        return filled(rows, cols, () -> std * rng.gaussian());
    }

    /** A rows × cols matrix of values drawn uniformly from [lo, hi). */
    public static Matrix uniform(int rows, int cols, double lo, double hi, Rng rng) {
        Checks.notNull(rng, "rng");
        return filled(rows, cols, () -> rng.uniform(lo, hi));
    }

    /** A rows × cols matrix of values drawn one after another, row by row. */
    private static Matrix filled(int rows, int cols, DoubleSupplier next) {
        Matrix m = zeros(rows, cols);
        for (double[] row : m.lines) {
            for (int c = 0; c < cols; c++) row[c] = next.getAsDouble();
        }
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

    /** Entry (r, c). The arrays check the indices (rows arrays of cols each); a wrong one is reported in the matrix's terms. */
    public double get(int r, int c) {
        double[][] l = rowsToRead;
        try {
            if (l != null) return l[r][c];
        } catch (ArrayIndexOutOfBoundsException e) {
            throw outside(r, c);
        }
        checkIndex(r, c);
        l = lines(); // first: a product kept by columns sets byColumns when computed
        return byColumns ? l[c][r] : l[r][c];
    }

    /** Changes one entry in place (for building a matrix or a numerical gradient). */
    public void set(int r, int c, double value) {
        double[][] l = rowsToWrite;
        if (l == null) {
            checkIndex(r, c); // before writable(), which may copy
            l = writable();
        }
        try {
            l[r][c] = value;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw outside(r, c);
        }
    }

    private void checkIndex(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) throw outside(r, c);
    }

    private IndexOutOfBoundsException outside(int r, int c) {
        return new IndexOutOfBoundsException("entry (" + r + ", " + c + ") is outside the " + shape() + " matrix");
    }

    /** The lines, once a pending product has been computed. */
    private double[][] lines() {
        if (pending != null) {
            Products.Pending product = pending;
            pending = null;
            lines = product.compute();
            byColumns = product.byColumns();
            refresh();
            product.left().readDone(product.a());
            product.right().readDone(product.b());
        }
        return lines;
    }

    /** A pending product that read {@code read} has been computed: one reader fewer, if these are still its lines. */
    private void readDone(double[][] read) {
        if (lines == read && readers > 0) {
            readers--;
            refresh();
        }
    }

    /** The rows: the lines themselves, or new rows for a matrix kept by columns. Read only. */
    private double[][] byRows() {
        double[][] l = lines();
        return byColumns ? Lines.transpose(l, rows) : l;
    }

    /** The rows, this matrix's own, ready to be written: the copy of copy on write. */
    private double[][] writable() {
        lines();
        if (byColumns || shared || readers > 0) {
            lines = byColumns ? Lines.transpose(lines, rows) : Lines.copy(lines);
            byColumns = false;
            shared = false;
            readers = 0;
            refresh();
        }
        return lines;
    }

    /** Row r as a new array. */
    public double[] row(int r) {
        checkIndex(r, 0);
        lines();
        if (!byColumns) return lines[r].clone();
        double[] out = new double[cols];
        for (int c = 0; c < cols; c++) out[c] = lines[c][r];
        return out;
    }

    /** Column c as a new array. */
    public double[] column(int c) {
        checkIndex(0, c);
        lines();
        if (byColumns) return lines[c].clone();
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) out[r] = lines[r][c];
        return out;
    }

    /**
     * The rows listed in {@code indices}, in that order (for a mini-batch). It copies nothing: the
     * two matrices read the same rows until either changes in place, which first copies its own.
     */
    public Matrix rows(int[] indices) {
        Checks.notNull(indices, "indices");
        Checks.entries(indices.length, cols);
        double[][] from = byRows();
        double[][] picked = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            checkIndex(indices[i], 0);
            picked[i] = from[indices[i]];
        }
        Matrix out = new Matrix(indices.length, cols, picked);
        if (from == lines) { // this matrix's own rows, not new ones read from its columns
            out.shared = true;
            shared = true;
            out.refresh();
            refresh();
        }
        return out;
    }

    public double[][] toArray() {
        double[][] l = lines();
        return byColumns ? byRows() : Lines.copy(l);
    }

    public Matrix copy() {
        return new Matrix(rows, cols, toArray());
    }

    /**
     * The matrix product this · other: (n×k)·(k×m) = (n×m). Each entry is Σ over k of
     * this[i][k]·other[k][j], added in the order of k (see {@link Products}). The sums are done
     * when the product is first read, so a product nobody reads costs nothing (a layer's dx that
     * the first layer returns and backprop drops); both factors are kept as they are now, since
     * changing either in place first copies it.
     */
    public Matrix times(Matrix other) {
        Checks.notNull(other, "other");
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape() + ": " + cols + " ≠ " + other.rows);
        }
        Checks.entries(rows, other.cols);
        Matrix out = new Matrix(rows, other.cols, null);
        out.pending = new Products.Pending(this, lines(), byColumns, other, other.lines(), other.byColumns, rows, cols, other.cols);
        readers++; // until it is computed, the product reads both factors' lines as they are now
        other.readers++;
        out.refresh();
        refresh();
        other.refresh();
        return out;
    }

    /**
     * this + other: element by element when the shapes are equal; when other is a single row
     * (1 × cols), it is added to every row (a bias, broadcast over the samples).
     */
    public Matrix plus(Matrix other) {
        return combined(other, 1.0);
    }

    /** this − other, element by element (same shapes, or other a single row broadcast to every row). */
    public Matrix minus(Matrix other) {
        return combined(other, -1.0);
    }

    /** A new matrix, this + scale · other, in one pass (the same sums as copy().addInPlace(other, scale)). */
    private Matrix combined(Matrix other, double scale) {
        checkAddable(other);
        double[][] a = byRows();
        double[][] b = other.byRows();
        Matrix out = zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            double[] ar = a[r];
            double[] br = b[b.length == 1 ? 0 : r]; // one row of other for every row of this
            double[] cr = out.lines[r];
            for (int c = 0; c < cols; c++) cr[c] = ar[c] + scale * br[c];
        }
        return out;
    }

    /** this += scale · other, in place; other has this shape or is one row broadcast to every row. Returns this. */
    public Matrix addInPlace(Matrix other, double scale) {
        checkAddable(other);
        double[][] b = other.byRows(); // first: other may be a product of this matrix, or share its lines
        double[][] a = writable();
        for (int r = 0; r < rows; r++) {
            double[] ar = a[r];
            double[] br = b[b.length == 1 ? 0 : r];
            for (int c = 0; c < cols; c++) ar[c] += scale * br[c];
        }
        return this;
    }

    private void checkAddable(Matrix other) {
        Checks.notNull(other, "other");
        if (!(other.cols == cols && (other.rows == rows || other.rows == 1))) {
            throw new IllegalArgumentException("cannot add " + shape() + " and " + other.shape() + ": the shapes differ, and "
                    + other.shape() + " is not a single row of " + cols + " to add to every row");
        }
    }

    /** The element-wise (Hadamard) product: both matrices must have the same shape. */
    public Matrix hadamard(Matrix other) {
        sameShape(other, "multiply element-wise");
        double[][] a = byRows();
        double[][] b = other.byRows();
        Matrix out = zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) out.lines[r][c] = a[r][c] * b[r][c];
        }
        return out;
    }

    /** Every entry times s. */
    public Matrix scale(double s) {
        return copy().scaleInPlace(s);
    }

    /** Every entry times s, in place. Returns this. */
    public Matrix scaleInPlace(double s) {
        for (double[] row : writable()) {
            for (int c = 0; c < cols; c++) row[c] = s * row[c];
        }
        return this;
    }

    /**
     * The transpose (cols × rows). It copies nothing: it reads this matrix's rows as its columns.
     * Changing either of the two in place first gives that one its own copy, so they behave as
     * two matrices.
     */
    public Matrix transpose() {
        Matrix t = new Matrix(cols, rows, lines());
        t.byColumns = !byColumns;
        t.shared = true;
        shared = true;
        t.refresh();
        refresh();
        return t;
    }

    /** f applied to every entry, row by row. */
    public Matrix map(DoubleUnaryOperator f) {
        Checks.notNull(f, "f");
        double[][] a = byRows();
        Matrix out = zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) out.lines[r][c] = f.applyAsDouble(a[r][c]);
        }
        return out;
    }

    /** Sums down each column: a 1 × cols row (axis 0; for a bias gradient, db = column sums of dout). */
    public Matrix columnSums() {
        return new Matrix(1, cols, new double[][] {Lines.columnSums(byRows(), cols)});
    }

    /** Sums along each row: a rows × 1 column (axis 1). */
    public Matrix rowSums() {
        return new Matrix(rows, 1, Lines.rowSums(byRows()));
    }

    /** The sum of all entries, row by row. */
    public double sum() {
        return Lines.sum(byRows());
    }

    /** The column of the largest entry in row r (the first one on ties): a predicted class. */
    public int argmaxOfRow(int r) {
        checkIndex(r, 0);
        int best = 0;
        for (int c = 1; c < cols; c++) {
            if (get(r, c) > get(r, best)) best = c;
        }
        return best;
    }

    /** The largest |this − other| over all entries (same shapes). */
    public double maxAbsDifference(Matrix other) {
        sameShape(other, "compare");
        return Lines.maxAbsDifference(byRows(), other.byRows());
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

    /** Throws if any entry is NaN or infinite, naming {@code what} and where (the first, row by row). */
    public Matrix requireFinite(String what) {
        Lines.requireFinite(byRows(), what);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.deepEquals(byRows(), m.byRows());
    }

    /** The same number as Arrays.hashCode of the entries row by row, with the shape. */
    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Lines.hash(byRows());
    }

    /** The shape, then the rows (at most 8 rows and 8 columns shown), 4 decimals. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(shape());
        for (int r = 0; r < Math.min(rows, 8); r++) {
            s.append("\n  [");
            for (int c = 0; c < Math.min(cols, 8); c++) {
                if (c > 0) s.append(", ");
                s.append(String.format(Locale.ROOT, "%8.4f", get(r, c)));
            }
            if (cols > 8) s.append(", …");
            s.append(']');
        }
        if (rows > 8) s.append("\n  …");
        return s.toString();
    }
}
