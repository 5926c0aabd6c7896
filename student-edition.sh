#!/usr/bin/env bash
# Writes the student edition: the course as a class receives it, without anything that gives an
# answer away.
#   bash student-edition.sh OUT
# OUT (new or empty) becomes a git repository with one commit: push it as a template repository
# (classroom50) or zip it. It is made from the committed files of HEAD, never the working tree, and
# the script refuses, naming them, while tracked files are modified: what students get is what
# the course check has proved.
#
# Left out: every chapter's src/solution (reference solutions), src/test/mistakes (known mistakes,
# which spell answers out as diffs) and src/test/alternatives (other correct answers, as edits of the
# solutions), and the instructor's tooling that needs them (the
# course check, the stub generator, the mutation and watch checks, the Gradescope and classroom50
# packages, this script and its check, the course's own CI). Hidden tests are never in the repository (they live
# in an instructor's own folder, see the README), so none can leak from here.
# Rewritten: Markdown and pom.xml passages between "<!-- instructor -->" and "<!-- /instructor -->"
# lines are dropped; passages between "<!-- student" and "-->" lines are uncommented (that is how
# the top README carries the student's Quick start). edition/ is copied over the edition's root
# (its grading workflow) and is not itself shipped.
set -euo pipefail
course=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: bash student-edition.sh OUT (a new or empty folder)}

cd "$course"
modified=$(git status --porcelain --untracked-files=no)
if [ -n "$modified" ]; then
  echo "student-edition.sh: tracked files are modified; commit or restore them first (the edition is made" >&2
  echo "from the committed files only):" >&2
  printf '%s\n' "$modified" | sed 's/^/  /' >&2
  exit 1
fi
if [ -e "$out" ] && [ -n "$(ls -A "$out")" ]; then
  echo "student-edition.sh: $out exists and is not empty" >&2
  exit 1
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
commit=$(git rev-parse --short HEAD)

git archive --format=tar HEAD | tar -x -C "$out"
cd "$out"

# Instructor-only: answers, and the tools that need them.
rm -rf chapter*/src/solution chapter*/src/test/mistakes chapter*/src/test/alternatives \
  .ci .github autograder course-check.sh generate-stubs.sh mutation-check.sh watch-check.sh \
  edition-check.sh student-edition.sh grade-tables.sh tools docs/chapter-pattern.md bench/watch-latency.sh
rmdir docs 2>/dev/null || true
if [ -d edition ]; then
  cp -r edition/. .
  rm -rf edition
fi

# Passages for one edition only (see the header).
filter() {
  awk -v file="$1" '
    { t = $0; gsub(/^[ \t]+|[ \t]+$/, "", t) }
    t == "<!-- instructor -->"  { if (drop || show) bad = NR; drop = 1; next }
    t == "<!-- /instructor -->" { if (!drop) bad = NR; drop = 0; next }
    t == "<!-- student"         { if (drop || show) bad = NR; show = 1; next }
    show && t == "-->"          { show = 0; next }
    !drop                       { print }
    END {
      if (drop || show) bad = NR
      if (bad) { printf "student-edition.sh: unbalanced edition markers in %s near line %d\n", file, bad > "/dev/stderr"; exit 1 }
    }' "$1" > "$1.edition"
  mv "$1.edition" "$1"
}
while IFS= read -r f; do filter "$f"; done < <(find . -path ./.git -prune -o -type f \( -name '*.md' -o -name pom.xml \) -print)
if grep -rlnE -e '<!-- (/?instructor -->|student$)' --include='*.md' --include=pom.xml . ; then
  echo "student-edition.sh: edition markers left in the files above" >&2
  exit 1
fi

git init -q -b main
git add -A
git -c user.name="student-edition.sh" -c user.email="course@localhost" commit -q \
  -m "Student edition of the course at $commit"
echo "$out: the student edition of $commit ($(git ls-files | wc -l) files)"
