package backprop;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import toolkit.LabeledData;

/**
 * A reader for the IDX format, the one MNIST is distributed in, so an instructor with the MNIST
 * files can train this chapter's networks on them. Plain or gzip-compressed files are both read.
 *
 * <p>An IDX file is big-endian: a 4-byte magic number, then one 4-byte size per dimension, then
 * the data, one unsigned byte per value. Images: magic 0x00000803, then count, rows, columns, then
 * count·rows·columns pixels (0 … 255), row by row. Labels: magic 0x00000801, then count, then one
 * byte per label.
 */
public final class Idx {
    private Idx() {}

    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    /** Images and labels as a dataset, pixels scaled to 0 … 1 (divided by 255). */
    public static LabeledData read(String name, Path images, Path labels) throws IOException {
        double[][] x = readImages(images);
        int[] y = readLabels(labels);
        if (x.length != y.length) {
            throw new IOException(images.getFileName() + " has " + x.length + " images but " + labels.getFileName() + " has "
                    + y.length + " labels: they must come in pairs");
        }
        return new LabeledData(name, x, y);
    }

    /** Each image flattened row by row into rows·columns values in 0 … 1. */
    public static double[][] readImages(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            magic(in, file, IMAGES_MAGIC, "image");
            int count = size(in, file, "image count");
            int rows = size(in, file, "row count");
            int cols = size(in, file, "column count");
            long pixels = (long) rows * cols;
            if (pixels == 0 || pixels > 1 << 24) throw new IOException(file.getFileName() + ": images of " + rows + "×" + cols + " are not supported");
            double[][] out = new double[count][(int) pixels];
            byte[] buffer = new byte[(int) pixels];
            for (int i = 0; i < count; i++) {
                try {
                    in.readFully(buffer);
                } catch (EOFException e) {
                    throw new IOException(file.getFileName() + " is truncated: its header promises " + count + " images of " + rows
                            + "×" + cols + " pixels, but the data ends in image " + i, e);
                }
                for (int j = 0; j < buffer.length; j++) out[i][j] = (buffer[j] & 0xFF) / 255.0;
            }
            return out;
        }
    }

    /** The labels, each 0 … 255 (0 … 9 for MNIST). */
    public static int[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            magic(in, file, LABELS_MAGIC, "label");
            int count = size(in, file, "label count");
            byte[] buffer = new byte[count];
            try {
                in.readFully(buffer);
            } catch (EOFException e) {
                throw new IOException(file.getFileName() + " is truncated: its header promises " + count + " labels, but fewer follow", e);
            }
            int[] out = new int[count];
            for (int i = 0; i < count; i++) out[i] = buffer[i] & 0xFF;
            return out;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) in = new BufferedInputStream(new GZIPInputStream(in)); // gzip's own magic bytes
        return new DataInputStream(in);
    }

    private static void magic(DataInputStream in, Path file, int expected, String kind) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new IOException(file.getFileName() + " is truncated: it is too short to hold an IDX header", e);
        }
        if (magic != expected) {
            String other = magic == IMAGES_MAGIC ? " (that is an image file)" : magic == LABELS_MAGIC ? " (that is a label file)" : "";
            throw new IOException(file.getFileName() + " starts with the magic number " + hex(magic) + other + ", but an IDX " + kind
                    + " file starts with " + hex(expected));
        }
    }

    private static int size(DataInputStream in, Path file, String what) throws IOException {
        int n;
        try {
            n = in.readInt();
        } catch (EOFException e) {
            throw new IOException(file.getFileName() + " is truncated: the header ends before the " + what, e);
        }
        if (n < 0) throw new IOException(file.getFileName() + ": the " + what + " is " + n + " (read as a signed big-endian int)");
        return n;
    }

    static String hex(int x) {
        return String.format("0x%08X", x);
    }
}
