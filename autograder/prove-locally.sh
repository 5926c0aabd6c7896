#!/usr/bin/env bash
# Proves the Gradescope package end to end on this machine, as root: builds chapter 2's package from the
# committed files (with autograder/proof/hidden as its hidden tests), unzips it into a temporary
# AUTOGRADER_ROOT, runs its setup.sh (without apt: this machine's JDK and Maven are used to fetch
# Maven 3.9), and grades the submissions of autograder/proof/README.md with its run_autograder.
#
#   bash autograder/prove-locally.sh [--work=DIR] [name ...]      (default: every submission)
#
# Prints, per submission, the score (summed from results.json's tests) and the first line of its output.
# DIR (default: a new temporary folder) keeps each submission's results.json, test output and log.
# COURSE_M2 names the Maven repository to use (default ~/.m2/repository; it needs the course's plugins).
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
chapter=chapter02-logic-gates
work=
names=()
for arg in "$@"; do
  case $arg in
    --work=*) work=${arg#--work=} ;;
    *) names+=("$arg") ;;
  esac
done
[ ${#names[@]} -gt 0 ] || names=(full half broken misnamed hostile-search hostile-results hostile-journal)
if [ "$(id -u)" != 0 ]; then
  echo "prove-locally.sh: run it as root (setup.sh creates a user, run_autograder drops to it)" >&2
  exit 1
fi
[ -n "$work" ] || work=$(mktemp -d /tmp/gradescope-proof.XXXXXX)
mkdir -p "$work"
chmod 711 "$work" # the grader user must be able to pass through to the package's sandbox
ag=$work/ag
export COURSE_M2=${COURSE_M2:-$HOME/.m2/repository}
export COURSE_SETUP_APT=${COURSE_SETUP_APT:-no} # prove-on-bullseye.sh asks for the apt step

zip=$(bash "$repo/autograder/build.sh" "$chapter" "$repo/autograder/proof/hidden" | tail -n 1)
rm -rf "$ag"
mkdir -p "$ag/source"
unzip -q "$zip" -d "$ag/source"
echo "== setup.sh (log: $work/setup.log)"
start=$SECONDS
if ! AUTOGRADER_ROOT=$ag bash "$ag/source/setup.sh" > "$work/setup.log" 2>&1; then
  tail -n 30 "$work/setup.log"
  exit 1
fi
tail -n 2 "$work/setup.log"
echo "   setup.sh took $((SECONDS - start)) s"

solution=$repo/$chapter/src/solution/java/gates
# Writes submission $1 into the folder $2, from the reference solutions and autograder/proof.
compose() {
  local name=$1 dir=$2
  case $name in
    full) cp "$solution"/Gates.java "$solution"/Wiring.java "$solution"/Separability.java "$dir/" ;;
    half) cp "$solution/Gates.java" "$dir/" ;;
    broken)
      sed 's/Perceptron and() {/Perceptron and( {/' "$solution/Gates.java" > "$dir/Gates.java"
      cp "$solution/Wiring.java" "$dir/" ;;
    misnamed)
      cp "$solution/Gates.java" "$dir/Gates (1).java"
      mkdir -p "$dir/src"
      cp "$solution/Wiring.java" "$dir/src/wiring.java"
      cp "$solution/Separability.java" "$dir/src/" ;;
    hostile-*)
      cp "$solution/Gates.java" "$dir/"
      cp "$repo/autograder/proof/$name/Separability.java" "$dir/" ;;
    *) echo "prove-locally.sh: no submission $name (see autograder/proof/README.md)" >&2; exit 1 ;;
  esac
}

for name in "${names[@]}"; do
  start=$SECONDS
  rm -rf "$ag/submission"
  mkdir -p "$ag/submission"
  compose "$name" "$ag/submission"
  AUTOGRADER_ROOT=$ag bash "$ag/source/run_autograder" > "$work/$name.log" 2>&1 || echo "   (run_autograder exited $?)"
  cp "$ag/results/results.json" "$work/$name.results.json"
  cp "$ag/source/course/$chapter/target/grade/test-output.txt" "$work/$name.test-output.txt" 2>/dev/null || true
  python3 - "$name" "$work/$name.results.json" "$((SECONDS - start))" << 'PY'
import json, sys
name, path, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
r = json.load(open(path, encoding="utf-8"))
score = sum(t["score"] for t in r.get("tests", []))
top = sum(t["max_score"] for t in r.get("tests", []))
print(f"{name}: {score:g} / {top:g} · {r.get('output', '').splitlines()[0]}   ({seconds} s)")
PY
done
echo "results, test outputs and logs: $work"
