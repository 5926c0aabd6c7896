package grader;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The unprivileged user the sandboxed tests run as: the one autograder/setup.sh creates, made here
 * the same way when missing. Tests that need it are skipped, with the reason, when not run as root.
 */
final class GraderUser {
    static final String NAME = "course-grader";

    private GraderUser() {}

    /** Skips the calling test unless this JVM is root and setpriv is there; creates the user if needed. */
    static String require() throws IOException, InterruptedException {
        int uid = (Integer) Files.getAttribute(Paths.get("/proc/self"), "unix:uid");
        assumeTrue(uid == 0, "the sandbox runs the tests as " + NAME + ", which only root can do;"
                + " this test JVM runs as " + System.getProperty("user.name") + " (CI runs as root)");
        assumeTrue(Files.isExecutable(Paths.get("/usr/bin/setpriv")) || Files.isExecutable(Paths.get("/bin/setpriv")),
                "setpriv (util-linux) is not installed");
        if (new ProcessBuilder("id", "-u", NAME).start().waitFor() != 0) {
            Process add = new ProcessBuilder("useradd", "--system", "--user-group", "--no-create-home",
                    "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", NAME).inheritIO().start();
            if (add.waitFor() != 0) throw new IllegalStateException("useradd could not create the user " + NAME);
        }
        return NAME;
    }
}
