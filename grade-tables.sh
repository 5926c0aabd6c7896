#!/usr/bin/env bash
# Every chapter's grade table as text, so that a change meant to leave grading alone can prove it.
#
#   bash grade-tables.sh [--mistakes] [COURSE]        tables of COURSE (default: this folder, as on disk)
#   bash grade-tables.sh [--mistakes] --compare REV   tables of git revision REV and of this working
#                                                     tree, diffed: exits 1 on any difference. REV may
#                                                     also be a "tables" folder an earlier run saved.
#
# The tables (each from the first ──── line to the chapter's total line) are made for three states:
#   stubs      the untouched stubs
#   solutions  the reference solutions (-Psolution)
#   half-done  in a scratch copy: the file of each chapter's first exercise taken from src/solution/java,
#              one other exercise file from the solution with ONE known mistake applied (the first, by
#              file name, of src/test/mistakes whose file is another one: its replace -> with), the rest
#              stubs; graded once in English and once with -Dgrader.lang=ko.
# Beside the tables, messages/ holds what the tables shorten: every test's result from the journal
# (display name, status, checked, expected, got, hint, hint in Korean). With --mistakes, the solutions
# are graded with -Dgrader.expect=full, which also runs every known mistake, and messages/mistakes.txt
# holds each mistake's results the same way. Measured on a shared 2-core machine: --compare REV takes
# about 7 minutes (3.5 per course); --mistakes adds about 4 to 7 minutes per course.
#
# Every build runs in a scratch copy under target/grade-tables/ (its logs stay there); the course
# itself is never built or changed. Extra Maven options go in MVN_ARGS (for example MVN_ARGS=-o).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work="$here/target/grade-tables"
mvn_cmd=(mvn -B -ntp -fae ${MVN_ARGS:-})
mistakes=false
# A chapter's total line, the last of its table: "  Chapter 1 · The step perceptron: 6 / 100"
# (in Korean "  제1장 · ...").
total_line='^  (Chapter [0-9]+|제[0-9]+장) · .*: [0-9]+ / [0-9]+$'

usage() {
  sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# The half-done change to one chapter, in Java so that the mistakes' .properties files are read exactly
# as the grader reads them (java.util.Properties: escapes and all).
half_done_java() {
  cat <<'EOF'
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

class HalfDone {
    public static void main(String[] args) throws Exception {
        Path chapter = Paths.get(args[0]);
        String first = args[1];
        solve(chapter, first);
        System.out.println(chapter.getFileName() + ": " + first + " from the solution");
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(chapter.resolve("src/test/mistakes"))) {
            list.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(files::add);
        }
        for (Path p : files) {
            Properties m = new Properties();
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                m.load(r);
            }
            String file = m.getProperty("file");
            if (file.equals(first)) continue;
            Path target = solve(chapter, file);
            String text = Files.readString(target, StandardCharsets.UTF_8);
            String replace = m.getProperty("replace");
            int at = text.indexOf(replace);
            if (at < 0 || text.indexOf(replace, at + 1) >= 0) {
                throw new IllegalStateException(p + ": its replace text must occur exactly once in " + file);
            }
            text = text.substring(0, at) + m.getProperty("with") + text.substring(at + replace.length());
            Files.writeString(target, text, StandardCharsets.UTF_8);
            System.out.println(chapter.getFileName() + ": " + file + " from the solution, with the mistake "
                    + p.getFileName());
            return;
        }
        throw new IllegalStateException(chapter + " has no known mistake outside " + first);
    }

    /** Copies the solution's file over the stub; returns the stub's path. */
    static Path solve(Path chapter, String file) throws Exception {
        Path stub = chapter.resolve("src/exercise/java").resolve(file);
        Files.copy(chapter.resolve("src/solution/java").resolve(file), stub, StandardCopyOption.REPLACE_EXISTING);
        return stub;
    }
}
EOF
}

# Each result line of a journal, without what varies from run to run (seconds, stack frames, Java version)
# and without the test's class (the display name and method say which test it is).
journal_digest_java() {
  cat <<'EOF'
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;

class JournalDigest {
    // Not the class: a test that moves to another class (a split file) is the same test.
    static final List<String> KEYS = List.of("method", "name", "status", "message", "checked",
            "expected", "actual", "hint", "hint_ko", "exception");

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path journal = Paths.get(a);
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (!line.contains("\"event\":\"result\"")) continue;
                StringBuilder out = new StringBuilder();
                for (String key : KEYS) {
                    Matcher m = Pattern.compile("\"" + key + "\":(\"(?:[^\"\\\\]|\\\\.)*\")").matcher(line);
                    if (m.find()) out.append("  ").append(key).append(": ").append(m.group(1)).append('\n');
                }
                lines.add(out.toString());
            }
            Collections.sort(lines); // the order tests ran in is the runner's business
            System.out.println("== " + a.replaceAll(".*/(chapter[^/]*)/.*", "$1") + " " + label(journal));
            lines.forEach(System.out::print);
        }
    }

    static String label(Path journal) {
        String s = journal.toString();
        int at = s.indexOf("/mistakes/");
        return at < 0 ? "" : s.substring(at + "/mistakes/".length(), s.indexOf('/', at + "/mistakes/".length()));
    }
}
EOF
}

chapters() { # the chapter folders of a course, in order
  (cd "$1" && ls -d chapter[0-9]*/ | tr -d /)
}

# Grades the copy in $1 in one reactor build (grader and toolkit built, their own tests skipped) and
# writes the tables to $2/$3.txt and the journals' results to $2/messages/$3.txt.
grade() {
  local course=$1 out=$2 state=$3; shift 3
  local log="${course%/course}/$state.log" modules
  modules="grader,toolkit,$(chapters "$course" | paste -sd, -)"
  local status=0
  (cd "$course" && "${mvn_cmd[@]}" test -pl "$modules" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@") \
    > "$log" 2>&1 || status=$?
  # A chapter's table: from the first rule line to its total line.
  awk -v total="$total_line" '/^────/ && !inside { inside = 1 }
       inside { print }
       inside && $0 ~ total { inside = 0; print "" }' "$log" > "$out/$state.txt"
  echo "mvn exit status: $status" >> "$out/$state.txt"
  local journals=()
  for c in $(chapters "$course"); do journals+=("$course/$c/target/grade/journal.jsonl"); done
  java "$course/../JournalDigest.java" "${journals[@]}" > "$out/messages/$state.txt"
  if [ "$state" = solutions ] && $mistakes; then
    local found=()
    mapfile -t found < <(ls "$course"/chapter*/target/grade/mistakes/*/grade/journal.jsonl 2>/dev/null | sort -V)
    java "$course/../JournalDigest.java" "${found[@]}" > "$out/messages/mistakes.txt"
  fi
  local tables
  tables=$(grep -cE "$total_line" "$out/$state.txt" || true)
  printf '   %-13s %s tables, mvn exit status %s (log: %s)\n' "$state" "$tables" "$status" "${log#"$here"/}"
}

# Makes the tables of the course copied into $1/course; they go to $1/tables.
tables_of() {
  local dir=$1 course=$1/course out=$1/tables
  rm -rf "$out"
  mkdir -p "$out/messages"
  half_done_java > "$dir/HalfDone.java"
  journal_digest_java > "$dir/JournalDigest.java"
  local full=()
  if $mistakes; then full=(-Dgrader.expect=full); fi
  grade "$course" "$out" stubs
  grade "$course" "$out" solutions -Psolution "${full[@]}"
  for c in $(chapters "$course"); do
    local first
    first=$(grep -ho 'file = "[^"]*"' "$course/$c"/src/test/java/*/Chapter*.java | head -n 1 | cut -d'"' -f2)
    java "$dir/HalfDone.java" "$course/$c" "$first"
  done > "$out/half-done.setup.txt"
  grade "$course" "$out" half-done
  grade "$course" "$out" half-done.ko -Dgrader.lang=ko
}

# A fresh copy of the course on disk (everything but build output and .git) in $2/course.
copy_tree() {
  rm -rf "$2/course"
  mkdir -p "$2/course"
  tar -C "$1" --exclude=./.git --exclude=target --exclude=.progress.json -cf - . | tar -C "$2/course" -xf -
}

# A fresh copy of git revision $1 of this repository in $2/course.
copy_revision() {
  rm -rf "$2/course"
  mkdir -p "$2/course"
  git -C "$here" archive --format=tar "$1" | tar -C "$2/course" -xf -
}

start=$SECONDS
if [ "${1:-}" = --mistakes ]; then mistakes=true; shift; fi
case "${1:-}" in
  --compare)
    [ $# -eq 2 ] || usage
    rev=$2
    if [ -d "$rev" ]; then
      before="$(cd "$rev" && pwd)"
      echo "== saved tables: $before"
    else
      sha=$(git -C "$here" rev-parse --short "$rev^{commit}")
      echo "== revision $rev ($sha)"
      copy_revision "$sha" "$work/rev-$sha"
      tables_of "$work/rev-$sha"
      before="$work/rev-$sha/tables"
    fi
    echo "== working tree: $here"
    copy_tree "$here" "$work/working-tree"
    tables_of "$work/working-tree"
    after="$work/working-tree/tables"
    excl=()
    if [ ! -f "$before/messages/mistakes.txt" ] || [ ! -f "$after/messages/mistakes.txt" ]; then
      excl=(-x mistakes.txt) # the mistakes are compared only when both sides have them
    fi
    echo
    if diff -ru "${excl[@]}" "$before" "$after"; then
      echo "Identical: $(cat "$after"/*.txt | grep -cE "$total_line") tables" \
        "($(cat "$after"/*.txt | wc -l) lines) and $(cat "$after"/messages/*.txt | grep -c '^  method: ') test results" \
        "in $((SECONDS - start)) s."
    else
      echo "The tables DIFFER (above: - is $rev, + is the working tree)."
      exit 1
    fi
    ;;
  -*) usage ;;
  *)
    course=$(cd "${1:-$here}" && pwd)
    echo "== $course"
    copy_tree "$course" "$work/tree"
    tables_of "$work/tree"
    echo "Tables in ${work#"$here"/}/tree/tables, in $((SECONDS - start)) s."
    ;;
esac
