package grader;

import java.util.List;
import java.util.Map;

/** The grade table a student reads at the end of {@code mvn test}. */
public final class GradeTable {
    private GradeTable() {}

    public static String render(Grade grade) {
        Syllabus s = grade.syllabus();
        int titleWidth = s.exercises().stream().mapToInt(e -> e.title().length()).max().orElse(10);
        int statusWidth = 11;
        int width = Math.max(72, 2 + 5 + titleWidth + 2 + 2 + statusWidth + 10);
        String rule = "─".repeat(width);
        String heading = "Chapter " + s.number() + " · " + s.title();

        StringBuilder out = new StringBuilder();
        out.append('\n').append(rule).append('\n');
        out.append("  ").append(heading).append(s.korean().isEmpty() ? "" : " (" + s.korean() + ")").append('\n');
        out.append(rule).append('\n');
        for (Grade.ExerciseGrade e : grade.exercises()) {
            out.append(String.format("  %-5s%-" + titleWidth + "s  %s %-" + statusWidth + "s%4d / %d%n",
                    e.info().id(), e.info().title(), e.status().mark(), e.status().words(), e.earned(), e.points()));
            if (e.reason() != null) {
                for (String line : e.reason().lines()) {
                    out.append("       ").append(line).append('\n');
                }
                long more = e.tests().stream().filter(t -> t.status() != Status.PASSED).count() - 1;
                if (more > 0 && e.status() != Status.NOT_STARTED && e.status() != Status.DID_NOT_RUN) {
                    out.append("       (and ").append(more).append(more == 1 ? " more check" : " more checks")
                            .append(" of this exercise not passed: see target/grade/grade.json)\n");
                }
            }
        }
        out.append(rule).append('\n');
        if (!grade.compileErrors().isEmpty()) {
            out.append("  The code does not compile, so no test could run. The compiler says:\n");
            for (String line : grade.compileErrors()) out.append("    ").append(line).append('\n');
            out.append(rule).append('\n');
        }
        String lesson = lessonTests(grade.otherTests());
        if (lesson != null) out.append("  ").append(lesson).append('\n');
        String next = next(grade);
        if (next != null) out.append("  ").append(next).append('\n');
        out.append("  ").append(heading).append(": ").append(grade.earned()).append(" / ").append(grade.total()).append('\n');
        return out.toString();
    }

    /** One line on the ordinary (ungraded) tests of the chapter's lesson code, when any did not pass. */
    private static String lessonTests(List<Map<String, Object>> others) {
        long passed = others.stream().filter(m -> "passed".equals(m.get("status"))).count();
        long waiting = others.stream().filter(m -> "not_started".equals(m.get("status"))).count();
        List<Map<String, Object>> broken = others.stream()
                .filter(m -> !"passed".equals(m.get("status")) && !"not_started".equals(m.get("status"))).toList();
        if (waiting == 0 && broken.isEmpty()) return null;
        StringBuilder line = new StringBuilder("Lesson checks (no points): ").append(passed).append(" passed");
        if (waiting > 0) line.append(", ").append(waiting).append(" wait on your exercises");
        if (!broken.isEmpty()) {
            Map<String, Object> first = broken.get(0);
            line.append(", ").append(broken.size()).append(" failed, first: ").append(first.get("name"))
                    .append(": ").append(Grade.oneLine(String.valueOf(first.get("message"))));
        }
        return line.toString();
    }

    private static String next(Grade grade) {
        if (!grade.compileErrors().isEmpty()) return "Next: fix the first compiler error above, then run mvn test again.";
        if (grade.earned() == grade.total()) return "All graded tests passed. Well done!";
        for (Grade.ExerciseGrade e : grade.exercises()) {
            if (e.status() != Status.PASSED) {
                return "Next: exercise " + e.info().id() + " · " + e.info().title() + ", in " + grade.chapterFolder()
                        + "src/exercise/java/" + e.info().file();
            }
        }
        return null;
    }
}
