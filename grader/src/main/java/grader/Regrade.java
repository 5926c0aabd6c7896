package grader;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * One regrade of watch mode, running on a thread of its own so that the watch keeps looking at
 * the files meanwhile: a newer save {@link #cancel cancels} it (its test JVM is killed) and a new
 * regrade takes its place. While it runs, {@link #statusLine} says what it is grading.
 */
final class Regrade {
    /** The work of a regrade: compile and grade, giving up with {@link CancellationException} when told to. */
    interface Work {
        Grade run(Regrade self) throws Exception;
    }

    final List<Path> files;
    final boolean everything;
    final long savedAtMillis;
    final Path journal;
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile Grade grade;
    private volatile Exception failure;

    private Regrade(List<Path> files, boolean everything, long savedAtMillis, Path journal, Work work) {
        this.files = files;
        this.everything = everything;
        this.savedAtMillis = savedAtMillis;
        this.journal = journal;
        this.thread = new Thread(() -> {
            try {
                grade = work.run(this);
            } catch (CancellationException e) {
                // a newer save took over
            } catch (Exception e) {
                failure = e;
            }
        }, "watch-regrade");
        thread.setDaemon(true);
    }

    /** Starts regrading {@code files} (or everything, after a file was deleted) on its own thread. */
    static Regrade start(List<Path> files, boolean everything, long savedAtMillis, Path journal, Work work) {
        Regrade r = new Regrade(files, everything, savedAtMillis, journal, work);
        r.thread.start();
        return r;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once this regrade has been cancelled. */
    void checkNotCancelled() {
        if (cancelled) throw new CancellationException("a newer save replaced this regrade");
    }

    /** Stops this regrade and waits until it has (its test JVM is killed within about 50 ms). */
    void cancel() throws InterruptedException {
        cancelled = true;
        thread.join();
    }

    boolean done() {
        return !thread.isAlive();
    }

    /** The grade, once done; null when cancelled or failed. */
    Grade grade() {
        return grade;
    }

    /** What went wrong, when the regrade failed (not when a test failed: that is in the grade). */
    Exception failure() {
        return failure;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** "grading Neuron.java · now 1.2 Weighted sum · 3 s": what is graded, and for how long. */
    String statusLine(Syllabus syllabus, Messages words) {
        String now = "";
        String running;
        try {
            running = new Journal(journal).running();
        } catch (RuntimeException e) {
            running = null; // the journal is being started anew
        }
        if (running != null) {
            for (Syllabus.GradedTest t : syllabus.tests()) {
                if (!t.key().equals(running)) continue;
                for (Syllabus.ExerciseInfo e : syllabus.exercises()) {
                    if (e.id().equals(t.exercise())) now = words.get("watch.grading.now", e.id(), e.title(words));
                }
            }
        }
        String what = everything || files.isEmpty() ? words.get("watch.grading.all") : names(files);
        String seconds = String.valueOf(elapsedMillis() / 1000);
        return savedAtMillis < 0 ? words.get("watch.grading.first", now, seconds) : words.get("watch.grading", what, now, seconds);
    }

    static String names(List<Path> files) {
        return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
    }
}
