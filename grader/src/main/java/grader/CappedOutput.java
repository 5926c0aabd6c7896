package grader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the tests' printing goes (test-output.txt): at most {@link #CAP_BYTES} of it over a whole
 * grading run, so that a test printing millions of lines cannot fill the disk. What goes over is
 * counted, and {@link #close()} says how much was dropped. The last few kilobytes written are kept
 * in memory too, to explain a crash ("OutOfMemoryError" in them).
 */
final class CappedOutput extends OutputStream {
    /** At most this much of the tests' output is kept. */
    static final long CAP_BYTES = 1 << 20;
    private static final int TAIL_CHARS = 16384;

    private final OutputStream file;
    private final StringBuilder tail = new StringBuilder();
    private long kept;
    private long dropped;

    /** Appends to {@code file}. */
    CappedOutput(Path file) throws IOException {
        this.file = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int keep = (int) Math.max(0, Math.min(CAP_BYTES - kept, len));
        if (keep > 0) file.write(b, off, keep);
        kept += keep;
        dropped += len - keep;
        tail.append(new String(b, off, len, StandardCharsets.UTF_8));
        if (tail.length() > TAIL_CHARS) tail.delete(0, tail.length() - TAIL_CHARS);
    }

    @Override
    public synchronized void flush() throws IOException {
        file.flush();
    }

    /** The last few kilobytes written since the last call, kept or not: what one test JVM printed last. */
    synchronized String takeTail() {
        String last = tail.toString();
        tail.setLength(0);
        return last;
    }

    /** Ends the output, with a note of what was dropped, if anything was. */
    @Override
    public synchronized void close() throws IOException {
        if (dropped > 0) {
            file.write(("\n[grader: the tests printed more than " + (CAP_BYTES >> 20) + " MiB; the other " + dropped
                    + " bytes were dropped]\n").getBytes(StandardCharsets.UTF_8));
        }
        file.close();
    }
}
