#!/usr/bin/env bash
# The course check (see README): proves that every exercise is fair.
#   1. With the reference solutions (-Psolution) every chapter scores 100 / 100 and every ordinary test passes.
#   2. With the untouched stubs every graded test reports "not started" and every chapter scores 0 / 100.
#   Between them: every committed stub is exactly what generate-stubs.sh makes from its solution.
# Step 2 runs in the same checkout right after step 1, without `clean`: it also proves that no
# solution class survives into a student build.
# -Pnotebooks: the notebooks module's test runs every notebook's cells on the solutions and on the stubs.
# Extra Maven options can be passed in MVN_ARGS (for example MVN_ARGS=-o for offline).
set -euo pipefail
cd "$(dirname "$0")"

# Step 2 needs the untouched stubs: say so at once, not after the solutions' build (minutes).
# In a git checkout, git names the changed stubs in a second; elsewhere generate-stubs.sh --check does.
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  changed=$(git status --porcelain -- 'chapter*/src/exercise/*')
elif ! changed=$(bash generate-stubs.sh --check 2>&1); then
  :
else
  changed=
fi
if [ -n "$changed" ]; then
  echo "course-check.sh needs the untouched exercise stubs, and these differ from the committed ones:" >&2
  printf '%s\n' "$changed" | sed 's/^/  /' >&2
  echo "Run it in a clean clone of the course, or put your work aside first: git stash (git stash pop brings it back)." >&2
  exit 1
fi

log_dir=target/course-check
mkdir -p "$log_dir"
mvn_cmd=(mvn -B -ntp ${MVN_ARGS:-})

java -version 2>&1 | head -n 1

run() {
  local name=$1; shift
  echo
  echo "== $name"
  echo "   ${mvn_cmd[*]} $*"
  if ! "${mvn_cmd[@]}" "$@" > "$log_dir/$name.log" 2>&1; then
    echo "   FAILED. The end of $log_dir/$name.log:"
    grep -v '^\[INFO\] Download' "$log_dir/$name.log" | tail -n 60
    exit 1
  fi
  # Each chapter's total line, for the record.
  grep -E '^  Chapter [0-9]+ · .*: [0-9]+ / [0-9]+$' "$log_dir/$name.log" | sed 's/^  /   /' || true
}

run solutions install -Pnotebooks -Psolution -Dgrader.expect=full

# The stubs are generated from the solutions: a stub edited by hand, or a solution changed without
# regenerating, fails here. It runs grader.Stubs from the classes the step above compiled (about 1 s).
echo
echo "== generated-stubs"
echo "   bash generate-stubs.sh --check"
if ! bash generate-stubs.sh --check > "$log_dir/generated-stubs.log" 2>&1; then
  echo "   FAILED:"
  sed 's/^/   /' "$log_dir/generated-stubs.log"
  exit 1
fi
sed 's/^/   /' "$log_dir/generated-stubs.log"

run stubs test -Pnotebooks -Dgrader.expect=none

echo
echo "Course check passed: every chapter scores 100 / 100 with the solutions and 0 / 100 (all not started) with the stubs."
