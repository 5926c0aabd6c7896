package grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes or checks every chapter's exercise stubs: each file in {@code src/exercise/java} is made from
 * its reference solution in {@code src/solution/java} ({@link StubMaker} says how a solution marks
 * its exercises), so the solution is the only hand-written copy.
 *
 * <pre>
 * java -cp grader/target/classes grader.Stubs [--check] [course root, default .]
 * </pre>
 *
 * Writing regenerates every stub (one that is already right is left untouched). Checking writes
 * nothing and exits 1 naming each stub that differs with its first differing line, expected and
 * found, each stub without a solution and solution without a stub, and each marker problem.
 * {@code generate-stubs.sh} runs it; the course check runs {@code generate-stubs.sh --check}.
 */
public final class Stubs {
    private static final Pattern CHAPTER_NUMBER = Pattern.compile("chapter0*([0-9]+)-.*");

    private final Path root;
    private final boolean write;
    private final List<String> problems = new ArrayList<>();
    private int stubs;
    private int markers;
    private int written;

    private Stubs(Path root, boolean write) {
        this.root = root;
        this.write = write;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** 0 when every stub is (or now is) what its solution makes, 1 when not, 2 for a usage error. */
    static int run(String[] args, PrintStream out) {
        boolean check = false;
        Path root = null;
        for (String arg : args) {
            if (arg.equals("--check")) {
                check = true;
            } else if (arg.startsWith("-") || root != null) {
                out.println("usage: grader.Stubs [--check] [course root]: unexpected argument \"" + arg + "\"");
                return 2;
            } else {
                root = Path.of(arg);
            }
        }
        root = (root == null ? Path.of(".") : root).toAbsolutePath().normalize();
        List<Path> chapters = chapters(root);
        if (chapters.isEmpty()) {
            out.println("no chapter under " + root + ": a chapter is a chapterNN-topic folder with src/solution/java");
            return 2;
        }
        Stubs run = new Stubs(root, !check);
        for (Path chapter : chapters) run.chapter(chapter);
        return run.report(out, chapters.size());
    }

    /** The course's chapter folders, in order: those with solutions or stubs. */
    static List<Path> chapters(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> p.getFileName().toString().startsWith("chapter"))
                    .filter(p -> Files.isDirectory(p.resolve("src/solution/java"))
                            || Files.isDirectory(p.resolve("src/exercise/java")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the course root " + root + ": " + e.getMessage(), e);
        }
    }

    private void chapter(Path chapter) {
        Path solutions = chapter.resolve("src/solution/java");
        Path exercises = chapter.resolve("src/exercise/java");
        TreeSet<Path> solutionFiles = relativeJavaFiles(solutions);
        for (Path file : relativeJavaFiles(exercises)) {
            if (!solutionFiles.contains(file)) {
                problems.add(shown(exercises.resolve(file)) + ": a stub with no solution: write "
                        + shown(solutions.resolve(file)) + " (with its markers) or delete the stub");
            }
        }
        for (Path file : solutionFiles) stub(chapter, solutions.resolve(file), exercises.resolve(file));
    }

    /** Makes one stub, then writes it or compares it with the committed one. */
    private void stub(Path chapter, Path solution, Path stub) {
        String name = shown(solution);
        StubMaker.Result made;
        String found;
        try {
            made = StubMaker.make(name, Files.readString(solution, StandardCharsets.UTF_8));
            found = Files.exists(stub) ? Files.readString(stub, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            problems.add(name + ": cannot read it or its stub (is it UTF-8?): " + e);
            return;
        }
        List<String> wrong = new ArrayList<>(made.problems());
        wrong.addAll(wrongChapter(chapter, name, made.markers()));
        problems.addAll(wrong);
        if (!wrong.isEmpty()) return;
        if (made.markers().isEmpty()) {
            problems.add(name + ": no exercise marker, so its stub would be the solution itself: mark each"
                    + " exercise with \"// Exercise N.k: what to write\" as its body's first line, or move the file"
                    + " to src/main/java");
            return;
        }
        stubs++;
        markers += made.markers().size();
        if (made.stub().equals(found)) return;
        if (write) {
            writeStub(stub, made.stub());
        } else if (found == null) {
            problems.add(shown(stub) + ": missing: the solution " + name + " has no stub");
        } else {
            problems.add(firstDifference(shown(stub), made.stub(), found));
        }
    }

    private void writeStub(Path stub, String text) {
        try {
            Files.createDirectories(stub.getParent());
            Files.writeString(stub, text, StandardCharsets.UTF_8);
            written++;
        } catch (IOException e) {
            problems.add(shown(stub) + ": cannot write it: " + e);
        }
    }

    /** Marker ids must start with the chapter's number: exercise 2.1 does not belong in chapter 1. */
    private static List<String> wrongChapter(Path chapter, String file, List<StubMaker.Marker> marked) {
        Matcher number = CHAPTER_NUMBER.matcher(chapter.getFileName().toString());
        if (!number.matches()) return List.of();
        List<String> out = new ArrayList<>();
        for (StubMaker.Marker m : marked) {
            if (!m.id().startsWith(number.group(1) + ".")) {
                out.add(file + ":" + m.line() + ": exercise " + m.id() + " is marked in " + chapter.getFileName()
                        + ", whose exercise ids start with " + number.group(1) + ".");
            }
        }
        return out;
    }

    /** "Neuron.java:19 differs from what its solution makes", with the expected and the found line. */
    static String firstDifference(String file, String expected, String found) {
        String[] want = expected.split("\n", -1);
        String[] got = found.split("\n", -1);
        int i = 0;
        while (i < want.length && i < got.length && want[i].equals(got[i])) i++;
        return file + ":" + (i + 1) + " differs from what its solution makes (edit the solution, then run"
                + " generate-stubs.sh):\n    expected: " + line(want, i) + "\n    found:    " + line(got, i);
    }

    private static String line(String[] lines, int i) {
        if (i >= lines.length) return "(end of file)";
        if (i == lines.length - 1 && lines[i].isEmpty()) return "(end of file, after a line break)";
        return lines[i].replace("\r", "\\r");
    }

    private int report(PrintStream out, int chapters) {
        for (String p : problems) out.println(p);
        if (!problems.isEmpty()) {
            out.println(count(problems.size(), "problem") + " with the stubs of " + count(chapters, "chapter")
                    + ": fix the solutions' markers"
                    + (write ? "" : ", or regenerate the stubs with: bash generate-stubs.sh"));
            return 1;
        }
        String counted = count(stubs, "stub") + " (" + count(markers, "exercise marker") + ") in "
                + count(chapters, "chapter");
        out.println(write ? counted + ": wrote " + written + ", the others were up to date"
                : counted + ": each is exactly what its solution makes");
        return 0;
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private TreeSet<Path> relativeJavaFiles(Path dir) {
        TreeSet<Path> out = new TreeSet<>();
        for (Path p : CompileCheck.javaFiles(dir)) out.add(dir.relativize(p));
        return out;
    }

    private String shown(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
