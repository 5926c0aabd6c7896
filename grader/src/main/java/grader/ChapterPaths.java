package grader;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a chapter keeps what the grader reads and writes, given its folder and which sources are
 * graded: "exercise" (the student's, src/exercise/java) or "solution" (the reference).
 */
record ChapterPaths(Path dir, String sources) {
    /** The lesson's code and the graded sources: what the chapter's tests compile against. */
    List<Path> mainRoots() {
        return List.of(dir.resolve("src/main/java"), sourceRoot());
    }

    /** The graded sources: src/exercise/java or src/solution/java. */
    Path sourceRoot() {
        return dir.resolve("src").resolve(sources).resolve("java");
    }

    Path testRoot() {
        return dir.resolve("src/test/java");
    }

    /** The known wrong answers the course check proves are caught (src/test/mistakes). */
    Path mistakes() {
        return dir.resolve("src/test/mistakes");
    }

    /** The reference solutions, which the known answers edit (absent from the student edition). */
    Path solutions() {
        return dir.resolve("src/solution/java");
    }

    /** Correct answers written differently from the reference, which must score 100 (src/test/alternatives). */
    Path alternatives() {
        return dir.resolve("src/test/alternatives");
    }

    /** Maven's build folder of the chapter. */
    Path target() {
        return dir.resolve("target");
    }

    /** Where {@code mvn test} writes the journal, the grade and results files. */
    Path gradeDir() {
        return target().resolve("grade");
    }

    /** Where watch mode compiles and grades. */
    Path watchDir() {
        return target().resolve("watch");
    }

    /** The course folder the chapter is in, against which compiler errors name their files. */
    Path course() {
        return dir.toAbsolutePath().getParent();
    }

    /** True when the student's own code is graded (not the reference solutions). */
    boolean studentCode() {
        return sources.equals("exercise");
    }
}
