package grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test JVM run as an unprivileged user, for a grader that itself runs as root (Gradescope runs
 * run_autograder as root). Asked for with {@code -Dgrader.user=NAME}, which {@link Supervisor} reads
 * where it starts the test JVM. Compiling and reporting stay root's; the test JVM, and so the
 * student's code, runs as NAME through util-linux's {@code setpriv}, with a cleared environment, and:
 *
 * <ul>
 *   <li>reads the JDK and a copy of its class path (classes and jars) in {@code <grade>/sandbox/classpath},
 *       so nothing else of the course needs to be readable by NAME;</li>
 *   <li>writes only {@code <grade>/sandbox/work}: its working folder, home, temporary folder and journal;</li>
 *   <li>cannot write the grade ({@code <grade>/*.json} belong to root) nor anything else root owns.</li>
 * </ul>
 *
 * Every folder above {@code <grade>} must be searchable by others (o+x); run_autograder makes them so
 * and everything else of the package private to root.
 */
final class Sandbox {
    /** The system property that names the user: {@code mvn test -Dgrader.user=course-grader}. */
    static final String USER_PROPERTY = "grader.user";

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> SEARCHABLE = PosixFilePermissions.fromString("rwx--x--x");
    private static final Set<PosixFilePermission> READABLE_DIR = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final String user;
    private final int uid;
    private final int gid;
    private final Path root;
    private final Map<Path, Path> copies = new LinkedHashMap<>();

    private Sandbox(String user, int uid, int gid, Path root) {
        this.user = user;
        this.uid = uid;
        this.gid = gid;
        this.root = root;
    }

    /**
     * Sets up {@code <gradeDir>/sandbox} for {@code user}, or fails with what is missing: root, setpriv,
     * the user, or a folder above the grade that the user cannot pass.
     */
    static Sandbox create(String user, Path gradeDir) throws IOException {
        String asked = "-D" + USER_PROPERTY + "=" + user + " runs the tests as the user " + user;
        if (processUid() != 0) {
            throw new IllegalStateException(asked + ", which only root can do (Gradescope runs run_autograder as root);"
                    + " this grader runs as " + System.getProperty("user.name")
                    + ". Leave the property out to run them as yourself.");
        }
        if (setpriv() == null) {
            throw new IllegalStateException(asked + " through setpriv, which is not installed (package util-linux)");
        }
        int uid = id(user, "-u", asked);
        int gid = id(user, "-g", asked);
        if (uid == 0) throw new IllegalStateException(asked + ", but " + user + " is root: name an unprivileged user");
        Path grade = gradeDir.toAbsolutePath().normalize();
        for (Path p = grade; p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException(asked + ", who cannot reach " + grade + ": " + p
                        + " is not searchable by others (chmod o+x " + p + ")");
            }
        }
        Path root = grade.resolve("sandbox");
        deleteTree(root);
        Files.createDirectories(root.resolve("classpath"));
        Files.setPosixFilePermissions(root, SEARCHABLE);
        Files.setPosixFilePermissions(root.resolve("classpath"), READABLE_DIR);
        Path work = Files.createDirectory(root.resolve("work"));
        Files.setAttribute(work, "unix:uid", uid);
        Files.setAttribute(work, "unix:gid", gid);
        Files.setPosixFilePermissions(work, PRIVATE);
        return new Sandbox(user, uid, gid, root);
    }

    /** The user's only writable folder: working folder, home and temporary folder of the test JVM. */
    Path work() {
        return root.resolve("work");
    }

    /** The class path for the test JVM: each entry copied where the user can read it (done once). */
    List<String> classpath(List<String> entries) throws IOException {
        List<String> out = new ArrayList<>();
        for (String entry : entries) {
            Path from = Paths.get(entry).toAbsolutePath().normalize();
            if (!Files.exists(from)) continue; // Maven lists output folders that a build did not make
            Path to = copies.get(from);
            if (to == null) {
                to = root.resolve("classpath").resolve(copies.size() + "-" + from.getFileName());
                copyReadable(from, to);
                copies.put(from, to);
            }
            out.add(to.toString());
        }
        return out;
    }

    /** Where a folder of the class path was copied to (a test root must be on the class path). */
    Path copyOf(Path entry) {
        Path to = copies.get(entry.toAbsolutePath().normalize());
        if (to == null) throw new IllegalArgumentException(entry + " is not on the test JVM's class path");
        return to;
    }

    /** Options for the test JVM: no attaching to it, no files outside the work folder. */
    List<String> jvmOptions() {
        return List.of("-XX:+DisableAttachMechanism", "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + work(), "-Duser.home=" + work());
    }

    /**
     * Runs {@code command} as the user, with no supplementary groups and no way back to more rights,
     * in the work folder, with an environment of its own: PATH, HOME, TMPDIR and the locale only (the
     * grader's environment names the package's folders).
     */
    ProcessBuilder processBuilder(List<String> command) {
        List<String> full = new ArrayList<>(List.of(setpriv(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups",
                "--no-new-privs", "--"));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(work().toFile());
        Map<String, String> env = pb.environment();
        Map<String, String> mine = new LinkedHashMap<>(env);
        env.clear();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", work().toString());
        env.put("TMPDIR", work().toString());
        for (String name : List.of("LANG", "LC_ALL", "LC_CTYPE", "TZ")) {
            if (mine.containsKey(name)) env.put(name, mine.get(name));
        }
        return pb;
    }

    /**
     * Ends every process of the user. A test JVM can start processes that outlive it (a double fork
     * escapes {@link ProcessHandle#descendants()}); the user exists for grading only, so none of its
     * processes has a reason to live on into the next test JVM.
     */
    void endLeftovers() {
        List<ProcessHandle> left;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            left = all.filter(p -> p.info().user().map(user::equals).orElse(false)).toList();
        }
        left.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : left) {
            try {
                p.onExit().get(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // SIGKILL was sent; whoever inherited it reaps it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void copyReadable(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                    Files.setPosixFilePermissions(dest, READABLE_DIR);
                } else {
                    Files.copy(p, dest);
                    Files.setPosixFilePermissions(dest, READABLE_FILE);
                }
            }
        }
    }

    /** Deletes a folder that the user may have filled with links: links are removed, never followed. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    /** This process's user id: the owner of /proc/self (Linux, where setpriv lives). */
    private static int processUid() throws IOException {
        return (Integer) Files.getAttribute(Paths.get("/proc/self"), "unix:uid");
    }

    private static String setpriv() {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            if (Files.isExecutable(Paths.get(dir, "setpriv"))) return dir + "/setpriv";
        }
        return null;
    }

    /** {@code id -u NAME} or {@code id -g NAME}: the user's id or primary group id. */
    private static int id(String user, String which, String asked) throws IOException {
        Process p = new ProcessBuilder("id", which, user).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (p.waitFor() == 0) return Integer.parseInt(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalStateException(asked + ", but there is no such user here (" + out + "):"
                + " autograder/setup.sh creates it with useradd --system --user-group " + user);
    }

    @Override
    public String toString() {
        return "sandbox of " + user + " (" + uid + ":" + gid + ") in " + root;
    }
}
