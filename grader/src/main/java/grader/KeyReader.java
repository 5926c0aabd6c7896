package grader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The watch mode's keys. In a terminal that stty can switch to character mode, a key works as
 * soon as it is pressed (and the terminal is switched back on exit). Everywhere else, a Windows
 * console, an IDE's run window (no {@link System#console()}), or where stty fails, keys come a
 * line at a time: type the key, then Enter; the first letter of each line counts.
 */
final class KeyReader {
    private final BlockingQueue<Character> keys = new LinkedBlockingQueue<>();
    private final String saved;
    private final boolean lineMode;

    private KeyReader(String saved, boolean lineMode) {
        this.saved = saved;
        this.lineMode = lineMode;
    }

    /** Keys from standard input: single keys when the terminal allows, else lines. */
    static KeyReader start() {
        String saved = System.console() == null ? null : stty("-g");
        boolean singleKeys = saved != null && stty("-icanon", "-echo", "min", "1") != null;
        KeyReader r = new KeyReader(singleKeys ? saved : null, !singleKeys);
        if (singleKeys) Runtime.getRuntime().addShutdownHook(new Thread(r::restore));
        r.read(System.in);
        return r;
    }

    /** No keys at all (--no-keys). */
    static KeyReader none() {
        return new KeyReader(null, false);
    }

    /** Keys read from {@code in} in line mode, as where there is no terminal control. */
    static KeyReader lines(InputStream in) {
        KeyReader r = new KeyReader(null, true);
        r.read(in);
        return r;
    }

    /** True when keys need Enter: the keys line says so. */
    boolean lineMode() {
        return lineMode;
    }

    /** The next key pressed, or null when none is waiting. */
    Character poll() {
        return keys.poll();
    }

    /** Gives a key, as if it had been pressed (tests). */
    void press(char key) {
        keys.add(key);
    }

    void restore() {
        if (saved != null) stty(saved.strip());
    }

    private void read(InputStream in) {
        Thread t = new Thread(() -> {
            try {
                if (lineMode) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line; (line = r.readLine()) != null; ) {
                        Character key = keyOf(line);
                        if (key != null) keys.add(key);
                    }
                } else {
                    for (int c; (c = in.read()) >= 0; ) {
                        if (!Character.isWhitespace(c)) keys.add((char) c);
                    }
                }
            } catch (IOException e) {
                // no more keys
            }
        }, "watch-keys");
        t.setDaemon(true);
        t.start();
    }

    /** The key a typed line stands for: its first letter ("h", " next" and "N" are all one key), or null for a blank line. */
    static Character keyOf(String line) {
        String t = line.strip();
        return t.isEmpty() ? null : Character.toLowerCase(t.charAt(0));
    }

    /** Runs stty on the controlling terminal; its output, or null when there is no terminal or stty fails. */
    private static String stty(String... args) {
        if (!Files.exists(Paths.get("/dev/tty"))) return null;
        try {
            String[] command = new String[args.length + 1];
            command[0] = "stty";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
