#!/usr/bin/env bash
# Builds a classroom50 autograder bundle for one chapter:
#   bash autograder/classroom50/build.sh chapter01-perceptron [hidden-tests-folder]
# writes target/classroom50/chapter01-perceptron/: autograder.py, chapter.txt (the chapter it grades),
# course/ (the course's build, support modules and this chapter without its solutions or known
# mistakes: what the autograder puts in place of the student's copies, so that only their exercise
# files are graded; the stubs say which those are) and, if given, hidden/ (hidden graded tests).
# Copy that folder to CLASSROOM/autograders/ASSIGNMENT/ in the classroom50 repository (README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chapter=${1:?usage: build.sh <chapter folder> [hidden tests folder]}
hidden=${2:-}
[ -d "$root/$chapter/src/exercise/java" ] || { echo "build.sh: $chapter is not a chapter folder of $root" >&2; exit 1; }
[ -z "$hidden" ] || [ -d "$hidden" ] || { echo "build.sh: hidden tests folder $hidden does not exist" >&2; exit 1; }

out="$root/target/classroom50/$chapter"
rm -rf "$out"
mkdir -p "$out/course"
cp "$here/autograder.py" "$out/"
echo "$chapter" > "$out/chapter.txt"
# Nothing that gives an answer away: the bundle is served from the classroom's Pages site.
(cd "$root" && tar -cf - --exclude=target --exclude=src/solution --exclude=src/test/mistakes \
  pom.xml toolkit grader "$chapter") | tar -xf - -C "$out/course"
if [ -n "$hidden" ]; then
  mkdir -p "$out/hidden"
  cp -r "$hidden"/. "$out/hidden/"
fi
echo "$out"
