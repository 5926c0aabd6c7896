# Sourced by autograder/build.sh (Gradescope) and autograder/classroom50/build.sh: what both packages
# take from the course, from the COMMITTED files of HEAD only (never the working tree, so an edited
# stub or a .progress.json cannot ship), without a chapter's src/solution, src/test/mistakes
# and src/test/alternatives.
#
#   check_committed REPO CHAPTER EXTRA_PATH...   refuse (exit 1) while a shipped tracked file is modified
#   extract_course REPO CHAPTER DEST             the parent pom (its <modules> cut down to toolkit, grader
#                                                and the chapter), toolkit, grader and the chapter, in DEST

check_committed() {
  local repo=$1 chapter=$2; shift 2
  if ! git -C "$repo" cat-file -e "HEAD:$chapter/src/exercise/java" 2> /dev/null; then
    echo "build.sh: no committed chapter $chapter (no $chapter/src/exercise/java in HEAD)" >&2
    exit 1
  fi
  local shipped=(pom.xml toolkit grader "$chapter" "$@") modified untracked
  modified=$(git -C "$repo" diff --name-only HEAD -- "${shipped[@]}")
  if [ -n "$modified" ]; then
    echo "build.sh ships the committed files, but these differ from HEAD; commit or stash them first:" >&2
    sed 's/^/  /' <<< "$modified" >&2
    exit 1
  fi
  untracked=$(git -C "$repo" ls-files --others --exclude-standard -- "${shipped[@]}")
  if [ -n "$untracked" ]; then
    echo "build.sh: not committed, so not in the package:"
    sed 's/^/  /' <<< "$untracked"
  fi
}

extract_course() {
  local repo=$1 chapter=$2 dest=$3
  mkdir -p "$dest"
  git -C "$repo" archive --format=tar HEAD -- toolkit grader "$chapter" \
      ":(exclude)$chapter/src/solution" ":(exclude)$chapter/src/test/mistakes" \
      ":(exclude)$chapter/src/test/alternatives" | tar -x -C "$dest"
  # The parent pom lists every module; Maven refuses a reactor whose modules are missing.
  git -C "$repo" show HEAD:pom.xml | sed -E "/<module>/{/<module>(toolkit|grader|$chapter)<\/module>/!d}" > "$dest/pom.xml"
  if [ "$(grep -c '<module>' "$dest/pom.xml")" != 3 ]; then
    echo "build.sh: expected one <module> line each for toolkit, grader and $chapter in the parent pom" >&2
    exit 1
  fi
}
