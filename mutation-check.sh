#!/usr/bin/env bash
# Mutation testing (PIT): are the graded tests strong enough to catch wrong answers?
# For each chapter, PIT mutates the reference solutions' exercise classes (mutation.targets in the
# chapter's pom) and runs only the graded tests (JUnit tag "graded"). A chapter must kill at least
# 90% of the mutants (mutation.threshold), or this fails. Reports: <chapter>/target/pit-reports/.
# Usage: bash mutation-check.sh [chapter ...]   (default: every chapter). Extra Maven options in MVN_ARGS.
set -euo pipefail
cd "$(dirname "$0")"
chapters=("$@")
if [ ${#chapters[@]} -eq 0 ]; then
  mapfile -t chapters < <(sed -n 's#.*<module>\(chapter[0-9][0-9]-[a-z-]*\)</module>.*#\1#p' pom.xml)
fi
mkdir -p target/course-check
for chapter in "${chapters[@]}"; do
  log=target/course-check/mutation-$chapter.log
  if ! mvn -B -ntp ${MVN_ARGS:-} -Psolution -pl "$chapter" test-compile org.pitest:pitest-maven:mutationCoverage > "$log" 2>&1; then
    echo "$chapter: mutation check FAILED (see $log)"
    grep -E "ERROR|SURVIVED" "$log" | head -n 20
    exit 1
  fi
  csv=$chapter/target/pit-reports/mutations.csv
  total=$(grep -c '' "$csv")
  killed=$(grep -c ',KILLED,\|,TIMED_OUT,\|,MEMORY_ERROR,' "$csv" || true)
  echo "$chapter: $killed of $total mutants killed ($(( 100 * killed / total ))%)"
  grep -v ',KILLED,\|,TIMED_OUT,\|,MEMORY_ERROR,' "$csv" | sed 's/^/    survived: /' || true
done
