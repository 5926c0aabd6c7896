package kernel;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * Loads what the first figure needs (the PNG writer, fonts) once the kernel has been idle for
 * {@link #IDLE_MS} after a cell (or after JShell's start), once, on a thread of its own. Idle,
 * because it would slow down cells that run meanwhile, and font loading in native code would hold
 * up the JVM's exit at a shutdown.
 */
final class GraphicsWarmUp {
    /** How long the kernel must be idle before it loads what the first figure needs. */
    static final long IDLE_MS = 300;

    private final AtomicInteger cellsStarted = new AtomicInteger();
    private final AtomicBoolean done = new AtomicBoolean();

    /** A cell starts; returns its number (1 = the first) for {@link #whenIdleAfter}. */
    int cellStarts() {
        return cellsStarted.incrementAndGet();
    }

    /** Warms up unless another cell has started within {@link #IDLE_MS} after cell {@code cell} (0: the start). */
    void whenIdleAfter(int cell) {
        if (done.get()) return;
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(IDLE_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (cellsStarted.get() != cell || done.getAndSet(true)) return;
            drawAndEncode();
        }, "warm-up-graphics");
        t.setDaemon(true);
        t.start();
    }

    private static void drawAndEncode() {
        try {
            BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.drawString("x", 0, 8);
            g.dispose();
            ImageIO.write(img, "png", OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException | Error e) {
            // only a warm-up
        }
    }
}
