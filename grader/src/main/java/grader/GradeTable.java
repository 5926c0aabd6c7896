package grader;

import java.util.List;

/** The grade table a student reads at the end of {@code mvn test}, in English or Korean. */
final class GradeTable {
    private GradeTable() {}

    public static String render(Grade grade) {
        return render(grade, Messages.of("en"));
    }

    public static String render(Grade grade, Messages words) {
        Syllabus s = grade.syllabus();
        int titleWidth = s.exercises().stream().mapToInt(e -> Messages.width(e.title(words))).max().orElse(10);
        int statusWidth = 2 + java.util.Arrays.stream(Status.values()).mapToInt(st -> Messages.width(words.status(st))).max().orElse(11);
        int width = Math.max(72, 2 + 5 + titleWidth + 2 + statusWidth + 10);
        String rule = "─".repeat(width);
        String heading = words.get("heading", s.number(), s.title(words));

        StringBuilder out = new StringBuilder();
        out.append('\n').append(rule).append('\n');
        boolean bilingual = !words.korean() && !s.korean().isEmpty(); // English, with the Korean term beside it
        out.append("  ").append(heading).append(bilingual ? " (" + s.korean() + ")" : "").append('\n');
        out.append(rule).append('\n');
        for (Grade.ExerciseGrade e : grade.exercises()) {
            out.append("  ").append(Messages.pad(e.info().id(), 5)).append(Messages.pad(e.info().title(words), titleWidth)).append("  ")
                    .append(e.status().mark()).append(' ').append(Messages.pad(words.status(e.status()), statusWidth))
                    .append(String.format("%3d / %d%n", e.earned(), e.points()));
            if (e.note() != null) out.append("       ").append(e.note()).append('\n');
            if (e.reason() != null) {
                for (String line : e.reason().lines()) {
                    out.append("       ").append(line).append('\n');
                }
                long more = e.tests().stream().filter(t -> t.status() != Status.PASSED).count() - 1;
                if (more > 0 && e.status() != Status.NOT_STARTED && e.status() != Status.DID_NOT_RUN) {
                    out.append("       ").append(more == 1 ? words.get("more.one") : words.get("more", more)).append('\n');
                }
            }
        }
        out.append(rule).append('\n');
        if (!grade.compileErrors().isEmpty()) {
            out.append("  ").append(words.get("compile.header")).append('\n');
            for (String line : grade.compileErrors()) out.append("    ").append(line).append('\n');
            out.append(rule).append('\n');
        }
        String lesson = lessonTests(grade.otherTests(), words);
        if (lesson != null) out.append("  ").append(lesson).append('\n');
        if (s.pointsNotRun() > 0) out.append("  ").append(words.get("hidden", s.pointsNotRun())).append('\n');
        String next = next(grade, words);
        if (next != null) out.append("  ").append(next).append('\n');
        out.append("  ").append(heading).append(": ").append(grade.earned()).append(" / ").append(grade.total()).append('\n');
        return out.toString();
    }

    /** One line on the ordinary (ungraded) tests of the chapter's lesson code, when any did not pass. */
    private static String lessonTests(List<Journal.Result> others, Messages words) {
        long passed = others.stream().filter(r -> r.outcome().status() == Status.PASSED).count();
        long waiting = others.stream().filter(r -> r.outcome().status() == Status.NOT_STARTED).count();
        List<Journal.Result> broken = others.stream()
                .filter(r -> r.outcome().status() != Status.PASSED && r.outcome().status() != Status.NOT_STARTED).toList();
        if (waiting == 0 && broken.isEmpty()) return null;
        StringBuilder line = new StringBuilder(words.get("lesson", passed));
        if (waiting > 0) line.append(words.get("lesson.waiting", waiting));
        if (!broken.isEmpty()) {
            Journal.Result first = broken.get(0);
            line.append(words.get("lesson.failed", broken.size(), first.test().name(), Messages.oneLine(first.outcome().message())));
        }
        return line.toString();
    }

    private static String next(Grade grade, Messages words) {
        if (!grade.compileErrors().isEmpty()) return words.get("next.compile");
        if (grade.earned() == grade.total()) return words.get("all_passed");
        if (grade.tests().stream().allMatch(t -> t.status() == Status.PASSED)) return words.get("all_public_passed");
        for (Grade.ExerciseGrade e : grade.exercises()) {
            if (e.status() != Status.PASSED) {
                return words.get("next", e.info().id(), e.info().title(words), grade.syllabus().studentFile(e.info()));
            }
        }
        return null;
    }
}
