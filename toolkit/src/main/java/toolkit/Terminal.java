package toolkit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Terminal output that shows Korean terms and box-drawing characters whatever the platform's locale. */
public final class Terminal {
    private Terminal() {}

    /**
     * Standard output, encoded as UTF-8. It wraps whatever {@code System.out} is at the time of the
     * call, so output captured by a notebook kernel or a test stays captured.
     */
    public static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }
}
