package backprop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import toolkit.LabeledData;
import toolkit.Matrix;
import toolkit.Rng;

/**
 * The 8×8 handwritten digits: 1,797 images of 64 pixels (0 … 16), labels 0 … 9, shipped with the
 * chapter (see src/main/resources/backprop/README.md for where they come from and their licence).
 */
public final class Digits {
    private Digits() {}

    /** The file inside the chapter's resources: one image per line, 64 pixels then the label. */
    public static final String RESOURCE = "/backprop/digits.csv.gz";
    public static final int SIDE = 8;
    public static final int PIXELS = SIDE * SIDE;
    public static final int CLASSES = 10;
    /** The largest pixel value: each pixel counts the ink in a 4×4 block of a 32×32 bitmap. */
    public static final double MAX_PIXEL = 16;

    /** All 1,797 digits, pixels scaled to 0 … 1. */
    public static LabeledData load() {
        try (InputStream raw = Digits.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException("the digits are missing from the classpath: " + RESOURCE);
            return parse(new GZIPInputStream(raw), "digits");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads "p0,p1,…,p63,label" lines; pixels are divided by 16. */
    static LabeledData parse(InputStream in, String name) throws IOException {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            String[] cells = line.split(",");
            if (cells.length != PIXELS + 1) {
                throw new IOException(name + " line " + number + " has " + cells.length + " values; expected " + (PIXELS + 1)
                        + " (64 pixels and a label)");
            }
            double[] x = new double[PIXELS];
            for (int j = 0; j < PIXELS; j++) x[j] = Double.parseDouble(cells[j]) / MAX_PIXEL;
            xs.add(x);
            ys.add((int) Double.parseDouble(cells[PIXELS]));
        }
        int[] labels = new int[ys.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = ys.get(i);
        return new LabeledData(name, xs.toArray(new double[0][]), labels);
    }

    /** A training set and a test set that share no sample. */
    public record Split(LabeledData train, LabeledData test) {}

    /**
     * Shuffles the samples with {@code rng} and puts the first ⌈fraction · n⌉ in the test set, the
     * rest in the training set: 1,797 digits at 0.2 give 360 test and 1,437 training images.
     */
    public static Split split(LabeledData data, double testFraction, Rng rng) {
        if (!(testFraction > 0 && testFraction < 1)) throw new IllegalArgumentException("testFraction is " + testFraction + ": it must be between 0 and 1");
        int n = data.size();
        int testSize = (int) Math.ceil(testFraction * n);
        if (testSize >= n) throw new IllegalArgumentException("a test fraction of " + testFraction + " leaves no training data out of " + n);
        int[] order = rng.permutation(n);
        double[][] x = data.inputs();
        int[] y = data.labels();
        double[][] testX = new double[testSize][];
        int[] testY = new int[testSize];
        double[][] trainX = new double[n - testSize][];
        int[] trainY = new int[n - testSize];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            if (i < testSize) {
                testX[i] = x[k];
                testY[i] = y[k];
            } else {
                trainX[i - testSize] = x[k];
                trainY[i - testSize] = y[k];
            }
        }
        return new Split(new LabeledData(data.name() + " (train)", trainX, trainY), new LabeledData(data.name() + " (test)", testX, testY));
    }

    /** The inputs as a (samples × features) matrix. */
    public static Matrix inputs(LabeledData data) {
        return Matrix.of(data.inputs());
    }
}
