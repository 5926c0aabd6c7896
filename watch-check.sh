#!/usr/bin/env bash
# Proves that watch mode grades exactly like `mvn test`: for a chapter (default chapter 1), on the
# untouched stubs, on the reference solutions and on a half-done copy (the first exercise file
# solved, the others still stubs), it grades once each way and compares every test's status and
# points (grader.Gradebook --compare). CI (.ci/run) runs it.
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
