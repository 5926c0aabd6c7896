package kernel;

import java.time.Duration;
import java.util.Optional;

/**
 * When a running cell must stop: once it has run longer than the time limit, or when Jupyter
 * interrupts it. The {@link Evaluator} asks; the {@link Session} looks between snippets, and
 * JShell's stop() ends the snippet that runs.
 */
final class Stop {
    enum Reason { TIME_LIMIT, INTERRUPT }

    private final Duration limit;
    private volatile Reason reason;
    private volatile long requestedAt;

    /** @param limit the longest a cell may run, or null (or zero) for no limit */
    Stop(Duration limit) {
        this.limit = limit == null || limit.isZero() || limit.isNegative() ? null : limit;
    }

    Optional<Duration> limit() {
        return Optional.ofNullable(limit);
    }

    /** When a cell that started at {@code start} (System.nanoTime) reaches the limit. */
    long deadline(long start) {
        return limit == null ? Long.MAX_VALUE : start + limit.toNanos();
    }

    /** A new cell starts: nothing asks it to stop yet. */
    void clear() {
        reason = null;
        requestedAt = 0;
    }

    /** Asks the running cell to stop; the first reason stays. */
    void request(Reason why) {
        if (reason == null) {
            requestedAt = System.nanoTime();
            reason = why;
        }
    }

    /** Why the running cell must stop, or null when it need not. */
    Reason reason() {
        return reason;
    }

    /** Whether the stop was asked for longer ago than {@code grace} (at System.nanoTime {@code now}). */
    boolean askedLongerAgoThan(Duration grace, long now) {
        return now - requestedAt > grace.toNanos();
    }
}
