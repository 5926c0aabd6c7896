#!/usr/bin/env bash
# Prints every chapter's score from its target/grade/grade.json (each chapter's last mvn test).
# Needs the set-up build (grader/target/classes). Korean: bash gradebook.sh -Dgrader.lang=ko
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d grader/target/classes ] || [ ! -d toolkit/target/classes ]; then
  echo "Set the course up first, in this folder: mvn -q install" >&2
  exit 1
fi
exec java "$@" -cp grader/target/classes:toolkit/target/classes grader.Gradebook .
