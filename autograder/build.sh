#!/usr/bin/env bash
# Builds a Gradescope autograder package for one chapter, from the COMMITTED files (never the working tree):
#   bash autograder/build.sh chapter01-perceptron [hidden-tests-folder]
# writes target/autograder/chapter01-perceptron.zip. Upload it as the assignment's autograder
# ("Zip file upload", Ubuntu 22.04 base image). Students submit their exercise files (for chapter 1:
# Neuron.java and LearningRule.java), loose or in folders; the package grades them with the same grader
# as `mvn test` and writes /autograder/results/results.json. An optional folder of hidden graded tests
# (see README, "Hidden tests") goes into the package and runs only there.
#
# The package holds: the parent pom (its <modules> cut down to toolkit, grader and the chapter), toolkit,
# grader, the chapter without src/solution and src/test/mistakes, setup.sh, run_autograder, chapter.txt
# and the hidden tests. It refuses to build while a tracked file of those paths has uncommitted changes.
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
chapter=${1:?usage: build.sh <chapter folder> [hidden tests folder]}
chapter=${chapter%/}
hidden=${2:-}
cd "$repo"
[ -z "$hidden" ] || [ -d "$hidden" ] || { echo "build.sh: the hidden tests folder $hidden does not exist" >&2; exit 1; }
. "$repo/autograder/committed-course.sh"
check_committed "$repo" "$chapter" autograder/setup.sh autograder/run_autograder autograder/committed-course.sh

out="$repo/target/autograder"
stage="$out/$chapter"
rm -rf "$stage" "$out/$chapter.zip"
extract_course "$repo" "$chapter" "$stage/course"
for script in setup.sh run_autograder; do
  git show "HEAD:autograder/$script" > "$stage/$script"
  chmod 755 "$stage/$script"
done
echo "$chapter" > "$stage/chapter.txt"
if [ -n "$hidden" ]; then
  mkdir -p "$stage/hidden"
  cp -R "$hidden"/. "$stage/hidden/"
fi
# A zip that keeps the scripts' executable bits, with fixed times: the same commit gives the same bytes.
(cd "$stage" && python3 -c "
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, files in sorted(os.walk('.')):
        for f in sorted(files):
            p = os.path.join(d, f)
            info = zipfile.ZipInfo(p[2:], (1980, 1, 1, 0, 0, 0))
            info.external_attr = (os.stat(p).st_mode & 0o777 | 0o100000) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(p, 'rb') as fh:
                z.writestr(info, fh.read())
" "$out/$chapter.zip")
echo "$out/$chapter.zip"
