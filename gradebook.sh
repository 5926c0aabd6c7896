#!/usr/bin/env bash
# Prints every chapter's score from its target/grade/grade.json (each chapter's last mvn test).
# Needs the set-up build (grader/target/classes, and Gson in grader/target/lib).
# Korean: bash gradebook.sh -Dgrader.lang=ko
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d grader/target/classes ] || [ ! -d grader/target/lib ] || [ ! -d toolkit/target/classes ]; then
  echo "Set the course up first, in this folder: mvn -q install" >&2
  exit 1
fi
exec java "$@" -cp "grader/target/classes:grader/target/lib/*:toolkit/target/classes" grader.Gradebook .
