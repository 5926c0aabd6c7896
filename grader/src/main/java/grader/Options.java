package grader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the grader's entry points ({@code --name=value}, and {@code --flag} for
 * a switch), parsed one way for all of them, with the one rule for a test's time limit.
 *
 * <p>Maven passes every option the pom lists, set or not, so an empty value means "not given". A
 * name the entry point does not know, or an argument that is not an option, is an error that
 * names it: a misspelt option should not be ignored in silence.
 */
final class Options {
    /** Each graded test's time limit when the run sets none ({@code -Dgrader.timeout}), in seconds. */
    static final int DEFAULT_TIMEOUT_SECONDS = 10;

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code args}, whose names must be among {@code known}; blank arguments are left out. */
    static Options parse(String[] args, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.isBlank()) continue;
            if (!arg.startsWith("--")) throw new IllegalArgumentException("unknown argument " + arg + " (expected --name=value)");
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + " (known: --" + String.join(", --", sorted(known)) + ")");
            }
            values.put(name, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        Options options = new Options(values);
        options.timeoutSeconds(); // a malformed time limit is refused before anything runs, on every entry point
        return options;
    }

    /** The value of {@code --name}, or {@code otherwise} when it was not given or is empty. */
    String get(String name, String otherwise) {
        String value = values.get(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The value of {@code --name}, which must be given. */
    String require(String name) {
        String value = get(name, null);
        if (value == null) throw new IllegalArgumentException("missing --" + name + "=...");
        return value;
    }

    /** True when the switch {@code --name} was given. */
    boolean flag(String name) {
        return "true".equals(values.get(name));
    }

    /** {@code --timeout}: each graded test's time limit, by {@link #timeoutSeconds(String)}. */
    int timeoutSeconds() {
        String value = values.get("timeout");
        return value == null || value.isBlank() ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds(value);
    }

    /** A test's time limit: whole seconds, at least 1, with a message that says so otherwise. */
    static int timeoutSeconds(String value) {
        try {
            int seconds = Integer.parseInt(value.strip());
            if (seconds >= 1) return seconds;
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("grader.timeout is each test's time limit in whole seconds (at least 1), not \""
                + value + "\"");
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
