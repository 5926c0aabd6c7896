package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The optional per-cell time limit stops a runaway cell through JShell's stop(); the notebook goes on. */
class TimeLimitTest {
    @TempDir
    static Path dir;
    static TestCells cells;

    @BeforeAll
    static void start() {
        cells = new TestCells(dir, Duration.ofMillis(1500));
    }

    @AfterAll
    static void close() {
        cells.close();
    }

    @Test
    @Timeout(30)
    @DisplayName("an endless loop in the cell is stopped after the limit; earlier variables survive and the next cell runs")
    void endlessLoop() {
        cells.value("int kept = 7;");
        long start = System.nanoTime();
        NotebookRunner.CellRun r = cells.run("System.out.println(\"looping\");\nwhile (true) { kept = kept; }");
        long ms = (System.nanoTime() - start) / 1_000_000;
        CellError e = r.error();
        assertThat(e.kind()).isEqualTo(CellError.Kind.TIME_LIMIT);
        assertThat(e.name()).isEqualTo("TimeLimit");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.traceback().get(0)).isEqualTo("TimeLimit: this cell ran longer than its limit of 1.5 s and was stopped (at line 2 of this cell).");
        assertThat(r.stdout()).isEqualTo("looping\n");
        assertThat(ms).isBetween(1400L, 1500L + Evaluator.STOP_GRACE.toMillis() + 3000L);
        assertThat(cells.value("kept")).isEqualTo("7");
    }

    @Test
    @Timeout(30)
    @DisplayName("a cell that sleeps past the limit is stopped too")
    void sleeping() {
        NotebookRunner.CellRun r = cells.run("Thread.sleep(60_000);");
        assertThat(r.error().kind()).isEqualTo(CellError.Kind.TIME_LIMIT);
        assertThat(cells.value("1 + 1")).isEqualTo("2");
    }

    @Test
    @Timeout(60)
    @DisplayName("a loop inside compiled code (a chapter's class) is stopped, or on JDK 21+ the session is replaced; the next cell runs")
    void loopInCompiledCode() throws Exception {
        Path classes = TestCells.compile(dir.resolve("spin"),
                "spin/Spin.java", "package spin; public class Spin { public static long forever() { long n = 0; while (true) { n++; } } }");
        try (TestCells own = new TestCells(dir, Duration.ofSeconds(1))) {
            own.value("%classpath " + classes);
            own.value("int before = 1;");
            long start = System.nanoTime();
            CellError e = own.run("spin.Spin.forever()").error();
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(e.kind()).isEqualTo(CellError.Kind.TIME_LIMIT);
            assertThat(ms).isLessThan(1000L + Evaluator.STOP_GRACE.toMillis() + 5000L);
            if (Runtime.version().feature() < 20) {
                assertThat(own.value("before")).isEqualTo("1"); // Thread.stop still works: the session lives on
            } else {
                assertThat(e.report()).contains("started a new Java session");
            }
            assertThat(own.value("spin.Spin.class.getSimpleName()")).isEqualTo("Spin"); // the class path is kept
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("interrupt() (Jupyter's interrupt button) stops the running cell")
    void interrupt() throws Exception {
        try (TestCells own = new TestCells(dir, null)) {
            own.value("int warm = 1;");
            CompletableFuture<NotebookRunner.CellRun> running = CompletableFuture.supplyAsync(() -> own.run("while (true) { warm++; }"));
            Thread.sleep(500);
            own.evaluator.interrupt();
            NotebookRunner.CellRun r = running.get(20, TimeUnit.SECONDS);
            assertThat(r.error().kind()).isEqualTo(CellError.Kind.INTERRUPTED);
            assertThat(r.error().traceback().get(0)).startsWith("Interrupted: the cell was stopped");
            assertThat(own.value("warm > 1")).isEqualTo("true");
        }
    }

    @Test
    @DisplayName("the limit comes from --time-limit=SECONDS or COURSE_KERNEL_TIME_LIMIT; 0 means none; nonsense is refused")
    void configuration() {
        assertThat(TimeLimit.parseSeconds("2.5", "x")).isEqualTo(Duration.ofMillis(2500));
        assertThat(TimeLimit.fromEnvironment(java.util.Map.of(TimeLimit.ENV, "30"))).isEqualTo(Duration.ofSeconds(30));
        assertThat(TimeLimit.fromEnvironment(java.util.Map.of())).isNull();
        try (Evaluator none = new Evaluator(dir, Duration.ZERO)) {
            assertThat(none.timeLimit()).isEmpty();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeLimit.parseSeconds("soon", "--time-limit"))
                .hasMessageContaining("--time-limit must be a number of seconds");
    }
}
