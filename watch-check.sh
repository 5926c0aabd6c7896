#!/usr/bin/env bash
# Proves that watch mode grades exactly like `mvn test`: for a chapter (default chapter 1), on the
# untouched stubs, on the reference solutions and on a half-done copy (the first exercise file
# solved, the others still stubs), it grades once each way and compares every test's status and
# points (grader.Gradebook --compare). Then, with watch mode running, it saves as editors and students
# do: an emptied file and a cut-off one (never graded on the old classes), and the fix of an endless
# loop saved while the loop is graded (that grading is cancelled). CI (.ci/run) runs it.
set -euo pipefail
cd "$(dirname "$0")"
chapter=${1:-chapter01-perceptron}
mvn_cmd=(mvn -B -ntp -q ${MVN_ARGS:-})
cp_grader="grader/target/classes:grader/target/lib/*:toolkit/target/classes" # lib: Gson (grader/pom.xml)

compare() { # $1 = folder holding the chapter, $2 = label, $3... = maven options
  local dir=$1 label=$2; shift 2
  local log=target/course-check/watch-$chapter.log
  mkdir -p target/course-check
  "${mvn_cmd[@]}" -f "$dir/$chapter/pom.xml" test "$@" > "$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
  "${mvn_cmd[@]}" -f "$dir/$chapter/pom.xml" exec:java@watch -Dgrader.watch=--once "$@" >> "$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
  if java -cp "$cp_grader" grader.Gradebook --compare "$dir/$chapter/target/grade/grade.json" "$dir/$chapter/target/watch/grade.json"; then
    echo "   $label: watch mode and mvn test agree ($(grep -m1 '"earned"' "$dir/$chapter/target/grade/grade.json" | tr -dc '0-9') / 100)"
  else
    echo "   $label: watch mode and mvn test DISAGREE (above)"
    exit 1
  fi
}

compare . "stubs"
compare . "solutions" -Psolution

# A half-done chapter in a scratch copy: the file of the first exercise from the solutions, the rest stubs.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp pom.xml "$scratch/"
cp -r "$chapter" "$scratch/"
rm -rf "$scratch/$chapter/target"
first=$(grep -ho 'file = "[^"]*"' "$chapter"/src/test/java/*/Chapter*.java | head -n 1 | cut -d'"' -f2)
cp "$chapter/src/solution/java/$first" "$scratch/$chapter/src/exercise/java/$first"
compare "$scratch" "half done ($(basename "$first") solved)"

# Saves as editors and students make them, on a scratch copy holding the reference solutions, with
# watch mode running (2 s per test, so that an endless loop costs little here).
live=$scratch/live
mkdir -p "$live"
cp pom.xml "$live/"
cp -r "$chapter" "$live/"
rm -rf "$live/$chapter/target" "$live/$chapter/.progress.json"
cp -r "$chapter/src/solution/java/." "$live/$chapter/src/exercise/java/"
file="$live/$chapter/src/exercise/java/$first"
reference="$chapter/src/solution/java/$first"
log="$live/$chapter/target/watch/latency.log"
out="$live/watch.out"
(cd "$live/$chapter" && exec "${mvn_cmd[@]}" exec:java@watch -Dgrader.timeout=2 -Dgrader.watch=--no-keys < /dev/null > "$out" 2>&1) &
watch_pid=$!
trap 'kill "$watch_pid" 2>/dev/null; rm -rf "$scratch"' EXIT
lines() { [ -f "$log" ] && wc -l < "$log" || echo 0; }
points() { sed -n "$1p" "$log" | cut -d' ' -f4; } # the points of the n-th grade shown after a save
wait_grade() { # $1 = grades shown before; waits up to $2 (default 60) s for the next
  for _ in $(seq $(( ${2:-60} * 10 ))); do [ "$(lines)" -gt "$1" ] && return 0; sleep 0.1; done
  echo "   no grade within ${2:-60} s:"; tail -n 20 "$out"; exit 1
}
fail() { echo "   $1"; tail -n 30 "$out"; exit 1; }
for _ in $(seq 600); do grep -q "graded in" "$out" 2>/dev/null && break; sleep 0.1; done
grep -q "graded in" "$out" || fail "watch mode did not start"

# A truncated save (": > file", as some editors do mid-save) is not graded, nor the old classes in its place.
n=$(lines); : > "$file"; sleep 2
[ "$(lines)" = "$n" ] || fail "an emptied $first was graded ($(points "$(lines)") points)"
grep -q "is empty: not graded" "$out" || fail "no word on screen that the empty $first is not graded"
# A file cut off mid-way gets its compile error only after it has stood for 1 s, and never the old grade.
n=$(lines); t0=$(date +%s%3N); head -c 400 "$reference" > "$file"; wait_grade "$n"
[ "$(points $((n + 1)))" = 0 ] || fail "a truncated $first got $(points $((n + 1))) points, not 0 (the compile error)"
[ $(( $(tail -n 1 "$log" | cut -d' ' -f1) - t0 )) -ge 1000 ] || fail "a truncated $first was graded before it stood for 1 s"
grep -q "saving again is enough\|recompiles on every save" "$out" || fail "no word that saving again is enough"
n=$(lines); cp "$reference" "$file"; wait_grade "$n"
[ "$(points $((n + 1)))" = 100 ] || fail "the whole $first again got $(points $((n + 1))) points, not 100"
echo "   truncated saves: an empty file is not graded, a cut-off one shows its compile error after 1 s, the whole one 100 / 100"

# An endless loop in the first method with parameters; the fix saved while the loop is graded cancels that grading.
looping=$scratch/looping.java
awk 'done == 0 && /public static .*\(.+\) *\{/ { print; print "        while (System.nanoTime() > 0) { } // an endless loop"; done = 1; next } { print }' \
  "$reference" > "$looping"
n=$(lines); cp "$looping" "$file"; sleep 1
t0=$(date +%s%3N); cp "$reference" "$file"; wait_grade "$n"
[ "$(points $((n + 1)))" = 100 ] || fail "the grade shown after saving the fix has $(points $((n + 1))) points, not 100 (the loop's grade was shown?)"
echo "   save during grading: the loop's grading was cancelled, the fix graded 100 / 100 in $(( $(tail -n 1 "$log" | cut -d' ' -f1) - t0 )) ms"
# Left to time out, one test of the looping exercise costs its 2 s and its other tests are not waited for
# (the tests of other exercises and the lesson tests that call the looping method still cost 2 s each).
n=$(lines); cp "$looping" "$file"; wait_grade "$n" 300
grep -q "so watch mode did not wait for this one" "$live/$chapter/target/watch/grade/journal.jsonl" || fail "the looping exercise's other tests were waited for"
echo "   endless loop: $(points $((n + 1))) points, the looping exercise's other tests reported not run"
