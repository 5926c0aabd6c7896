#!/usr/bin/env bash
# Makes every chapter's exercise stubs (src/exercise/java) from its reference solutions
# (src/solution/java), where each exercise's body starts with a marker such as
#     // Exercise 1.1: return 1 when z > 0, else 0
# The stub gets, from the marker to the method's closing brace, the single line
#     throw Todo.exercise("1.1", "return 1 when z > 0, else 0");
#   bash generate-stubs.sh           rewrite the stubs (edit the solution, never the stub)
#   bash generate-stubs.sh --check   write nothing; fail naming each stub that differs, and its first differing line
# It runs grader.Stubs from grader/target/classes, compiling the grader first when those classes are
# missing or older than its sources. Extra Maven options can be passed in MVN_ARGS (for example MVN_ARGS=-o).
set -euo pipefail
cd "$(dirname "$0")"

classes=grader/target/classes
if [ ! -f "$classes/grader/Stubs.class" ] \
    || [ -n "$(find grader/src/main/java -name '*.java' -newer "$classes/grader/Stubs.class" | head -n 1)" ]; then
  echo "compiling the grader (mvn -q -pl grader -am compile)"
  mvn -B -ntp -q ${MVN_ARGS:-} -pl grader -am compile
fi

java_cmd=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
exec "$java_cmd" -cp "$classes" grader.Stubs "$@" .
