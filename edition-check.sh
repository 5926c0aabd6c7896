#!/usr/bin/env bash
# Proves the student edition works where students use it (CI runs it; see README, "For instructors"):
#   1. bash student-edition.sh writes the edition, and a fresh clone of it is what is tested (and it
#      refuses, naming the file, in a checkout with a modified tracked file);
#   2. no file of the edition holds a reference solution's exercise body (tools/edition_leaks.py),
#      and its workflow files parse (.ci/check-yaml.py);
#   3. the clone's own set-up (mvn install, no -Psolution) works, and after it the clone builds offline;
#   4. offline, every chapter grades 0 / 100 with every graded test "not started";
#   5. every notebook runs with its "not done yet" notes (real Jupyter, when it is installed);
#   6. with the course's reference solution files copied over the stubs, every chapter grades
#      100 / 100 offline: the edition grades exactly like the course.
# Usage: bash edition-check.sh [--no-notebooks]. Extra Maven options for the set-up go in MVN_ARGS.
set -euo pipefail
course=$(cd "$(dirname "$0")" && pwd)
notebooks=yes
[ "${1:-}" = --no-notebooks ] && notebooks=no
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log_dir="$course/target/edition-check"
mkdir -p "$log_dir"
mvn_cmd=(mvn -B -ntp)

step() { # $1 = log name, $2... = command: run it in the clone, show the log's end if it fails
  local name=$1; shift
  echo "   $*"
  if ! (cd "$work/clone" && "$@") > "$log_dir/$name.log" 2>&1; then
    echo "   FAILED. The end of $log_dir/$name.log:"
    grep -v '^\[INFO\] Download' "$log_dir/$name.log" | tail -n 60
    exit 1
  fi
  grep -E '^  Chapter [0-9]+ · .*: [0-9]+ / [0-9]+$' "$log_dir/$name.log" | sed 's/^  /   /' || true
}

echo "== the edition, and a fresh clone of it"
bash "$course/student-edition.sh" "$work/edition" | sed 's/^/   /'
git clone -q "$work/edition" "$work/clone"
echo "   $(cd "$work/clone" && git ls-files | wc -l) files in the clone"

echo
echo "== it refuses, naming it, while a tracked file is modified"
git clone -q "$course" "$work/course"
echo "// an instructor's edit" >> "$work/course/chapter01-perceptron/src/exercise/java/perceptron/Neuron.java"
if bash "$work/course/student-edition.sh" "$work/refused" 2> "$work/refused.txt"; then
  echo "   FAILED: it wrote an edition from a modified checkout"; exit 1
fi
grep -q 'chapter01-perceptron/src/exercise/java/perceptron/Neuron.java' "$work/refused.txt" \
  || { echo "   FAILED: the refusal does not name the file:"; cat "$work/refused.txt"; exit 1; }
echo "   refused: $(grep -c '^   M ' "$work/refused.txt") modified file named ($(grep '^   M ' "$work/refused.txt" | sed 's/^ *M //'))"

echo
echo "== no solution in the edition"
python3 "$course/tools/edition_leaks.py" "$course" "$work/clone" | sed 's/^/   /'
for gone in src/solution src/test/mistakes src/test/alternatives; do
  if ls -d "$work"/clone/chapter*/"$gone" > /dev/null 2>&1; then echo "   FAILED: the edition has $gone"; exit 1; fi
done

echo
echo "== the edition's workflow files parse"
/usr/bin/python3 "$course/.ci/check-yaml.py" "$work/clone" | sed 's/^/   /'

echo
echo "== the student's set-up, then offline"
step setup "${mvn_cmd[@]}" ${MVN_ARGS:-} -q install
step stubs "${mvn_cmd[@]}" -o test -Dgrader.expect=none

if [ "$notebooks" = yes ]; then
  echo
  echo "== the notebooks, on the stubs"
  step notebooks env MVN_ARGS=-o bash notebooks/run-notebooks.sh --expect=none
  grep -E '^(== |   [0-9]+ code cells)' "$log_dir/notebooks.log" | paste - - | sed 's/^== /   /' || true
fi

echo
echo "== the course's reference solutions copied over the stubs, offline"
for solution in "$course"/chapter*/src/solution/java; do
  chapter=${solution#"$course"/}
  chapter=${chapter%%/*}
  cp -r "$solution/." "$work/clone/$chapter/src/exercise/java/"
done
step solutions "${mvn_cmd[@]}" -o test -Dgrader.expect=full

echo
echo "Edition check passed: the edition holds no solution, builds offline after its set-up, grades 0 / 100"
echo "(all not started) as handed out and 100 / 100 with the reference solutions."
