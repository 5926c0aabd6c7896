package grader;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The test JVM of a grading run: runs every test in a test-classes directory through the JUnit
 * Platform and records each result in the journal. Started by {@link GradeReport}, never by hand:
 * {@code java -cp ... grader.TestRunner <test-classes> <journal>}.
 */
public final class TestRunner {
    private TestRunner() {}

    public static void main(String[] args) {
        if (args.length != 2) throw new IllegalArgumentException("usage: TestRunner <test-classes directory> <journal file>");
        Path testClasses = Paths.get(args[0]);
        Path journal = Paths.get(args[1]);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses)))
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new JournalListener(journal));
        // A test stopped at its time limit may leave its thread looping: end the JVM regardless.
        System.out.flush();
        System.exit(0);
    }
}
