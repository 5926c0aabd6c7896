package grader;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Single key presses from the terminal. It switches the terminal to character mode with stty
 * (so h works without Enter) and back on exit; without a terminal, keys still work followed by Enter.
 */
final class KeyReader {
    private final BlockingQueue<Character> keys = new LinkedBlockingQueue<>();
    private final String saved;

    private KeyReader(String saved) {
        this.saved = saved;
    }

    static KeyReader start() {
        String saved = stty("-g");
        if (saved != null) stty("-icanon", "-echo", "min", "1");
        KeyReader r = new KeyReader(saved);
        Runtime.getRuntime().addShutdownHook(new Thread(r::restore));
        Thread t = new Thread(() -> {
            try {
                for (int c; (c = System.in.read()) >= 0; ) {
                    if (!Character.isWhitespace(c)) r.keys.add((char) c);
                }
            } catch (IOException e) {
                // no more keys
            }
        }, "watch-keys");
        t.setDaemon(true);
        t.start();
        return r;
    }

    Character poll() {
        return keys.poll();
    }

    void restore() {
        if (saved != null) stty(saved.strip());
    }

    /** Runs stty on the controlling terminal; its output, or null when there is no terminal. */
    private static String stty(String... args) {
        if (!java.nio.file.Files.exists(java.nio.file.Paths.get("/dev/tty"))) return null;
        try {
            String[] command = new String[args.length + 1];
            command[0] = "stty";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).redirectInput(new java.io.File("/dev/tty")).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 ? out : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
