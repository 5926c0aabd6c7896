#!/usr/bin/env bash
# Builds a Gradescope autograder package for one chapter:
#   bash autograder/build.sh chapter01-perceptron [hidden-tests-folder]
# writes target/autograder/chapter01-perceptron.zip. Upload it as the assignment's autograder
# ("Zip file upload", Ubuntu base image). Students submit their exercise files (for chapter 1:
# Neuron.java and LearningRule.java), loose or in folders; the package grades them with the same
# grader as `mvn test` and writes /autograder/results/results.json. An optional folder of hidden
# graded tests (see README, "Hidden tests") goes into the package and runs only there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chapter=${1:?usage: build.sh <chapter folder> [hidden tests folder]}
hidden=${2:-}
[ -d "$root/$chapter/src/exercise/java" ] || { echo "no chapter $chapter" >&2; exit 1; }
out="$root/target/autograder"
stage="$out/$chapter"
rm -rf "$stage" "$out/$chapter.zip"
mkdir -p "$stage/course"
cp "$root/autograder/setup.sh" "$root/autograder/run_autograder" "$stage/"
# The course, without build output: the parent pom, the support modules and this one chapter.
cp "$root/pom.xml" "$stage/course/"
for module in toolkit grader "$chapter"; do
  (cd "$root" && find "$module" -path '*/target' -prune -o -type f -print) | while read -r f; do
    mkdir -p "$stage/course/$(dirname "$f")"
    cp "$root/$f" "$stage/course/$f"
  done
done
echo "$chapter" > "$stage/chapter.txt"
if [ -n "$hidden" ]; then
  mkdir -p "$stage/hidden"
  cp -r "$hidden"/. "$stage/hidden/"
fi
(cd "$stage" && python3 -c "
import os, zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, files in os.walk('.'):
        for f in sorted(files):
            p = os.path.join(d, f)
            info = zipfile.ZipInfo.from_file(p, p[2:])
            with open(p, 'rb') as fh:
                z.writestr(info, fh.read())
" "$out/$chapter.zip")
echo "$out/$chapter.zip"
