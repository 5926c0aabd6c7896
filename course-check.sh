#!/usr/bin/env bash
# The course check (see README): proves that every exercise is fair.
#   1. With the reference solutions (-Psolution) every chapter scores 100 / 100 and every ordinary test passes.
#   2. With the untouched stubs every graded test reports "not started" and every chapter scores 0 / 100.
#   Between them: every committed stub is exactly what generate-stubs.sh makes from its solution.
# Step 2 runs in the same checkout right after step 1, without `clean`: it also proves that no
# solution class survives into a student build.
# Extra Maven options can be passed in MVN_ARGS (for example MVN_ARGS=-o for offline).
set -euo pipefail
cd "$(dirname "$0")"

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

run solutions install -Psolution -Dgrader.expect=full

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

run stubs test -Dgrader.expect=none

echo
echo "Course check passed: every chapter scores 100 / 100 with the solutions and 0 / 100 (all not started) with the stubs."
