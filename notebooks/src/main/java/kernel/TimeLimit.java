package kernel;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The optional per-cell time limit: the kernel's {@code --time-limit=SECONDS} option, else
 * {@code COURSE_KERNEL_TIME_LIMIT} in the environment; 0 means no limit, as no setting does.
 */
final class TimeLimit {
    /** The environment variable, for when the kernel's option does not give a limit. */
    static final String ENV = "COURSE_KERNEL_TIME_LIMIT";
    /** The kernel's option, as in kernel.json's argv: {@code --time-limit=SECONDS}. */
    static final String OPTION = "--time-limit";

    private TimeLimit() {}

    /** The limit the environment sets, or null. */
    static Duration fromEnvironment(Map<String, String> env) {
        String value = env.get(ENV);
        return value == null || value.isBlank() ? null : parseSeconds(value.strip(), ENV);
    }

    /** "2.5" → 2.5 s; {@code what} names the setting in the error for anything that is not a number of seconds. */
    static Duration parseSeconds(String value, String what) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0) || Double.isInfinite(seconds)) throw new NumberFormatException();
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number of seconds (0 for no limit), not \""
                    + value + "\"");
        }
    }

    /** "30 s", "1.5 s"; "?" for none. */
    static String seconds(Duration d) {
        if (d == null) return "?";
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
