#!/usr/bin/env bash
# Builds a classroom50 autograder bundle for one chapter:
#   bash autograder/classroom50/build.sh chapter01-perceptron [hidden-tests-folder]
# writes target/classroom50/chapter01-perceptron/, from the committed files (it refuses while shipped ones
# are modified): autograder.py, chapter.txt (the chapter it grades),
# course/ (the course's build, support modules and this chapter without its solutions or known
# mistakes: what the autograder puts in place of the student's copies, so that only their exercise
# files are graded; the stubs say which those are) and, if given, hidden/ (hidden graded tests).
# Copy that folder to CLASSROOM/autograders/ASSIGNMENT/ in the classroom50 repository (README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chapter=${1:?usage: build.sh <chapter folder> [hidden tests folder]}
hidden=${2:-}
[ -z "$hidden" ] || [ -d "$hidden" ] || { echo "build.sh: hidden tests folder $hidden does not exist" >&2; exit 1; }

. "$root/autograder/committed-course.sh"
check_committed "$root" "$chapter" autograder/classroom50/autograder.py autograder/committed-course.sh

out="$root/target/classroom50/$chapter"
rm -rf "$out"
mkdir -p "$out"
git -C "$root" show HEAD:autograder/classroom50/autograder.py > "$out/autograder.py"
echo "$chapter" > "$out/chapter.txt"
# Nothing that gives an answer away: the bundle is served from the classroom's Pages site.
extract_course "$root" "$chapter" "$out/course"
if [ -n "$hidden" ]; then
  mkdir -p "$out/hidden"
  cp -r "$hidden"/. "$out/hidden/"
fi
echo "$out"
