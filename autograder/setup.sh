#!/usr/bin/env bash
# Gradescope runs this once, as root and with internet, when it builds the autograder's image (Ubuntu
# 22.04). It installs JDK 17, Apache Maven 3.9 and the course, creates the user the tests run as, and
# grades the untouched stubs twice: once with Maven online (which fetches all that grading needs, and
# must find every test "not started"), then through run_autograder, offline and sandboxed, as every
# submission will be graded.
#
#   AUTOGRADER_ROOT=DIR   where the package is (DIR/source); default /autograder, Gradescope's.
#   COURSE_SETUP_APT=no   do not apt-get: a JDK 17 or newer and some Maven (any version: it only
#                         fetches Maven 3.9) are already on PATH. For trying the package on a machine
#                         of your own (see autograder/prove-locally.sh).
#   COURSE_M2=DIR         the Maven local repository (default AUTOGRADER_ROOT/tools/m2); run_autograder
#                         must then be given the same.
set -euo pipefail
ag=${AUTOGRADER_ROOT:-/autograder}
src=$ag/source
chapter=$(cat "$src/chapter.txt")
tools=$ag/tools
m2=${COURSE_M2:-$tools/m2}
grader_user=course-grader # run_autograder runs the tests as this user
# Ubuntu 22.04's Maven is 3.6.3 and the course's enforcer asks for 3.8 or newer. Rather than lower the
# enforcer for one platform, the package grades with a pinned Maven from Maven Central (the same 3.9
# series the course is built with elsewhere), fetched by apt's Maven (strict checksums) and checked
# against this SHA-512 of the file.
maven_version=3.9.15
maven_sha512=33d81e0ec785f0207e3e5e3ffb61863e1dca5784c15ac3fb5ff105f69cffbea4
maven_sha512+=84eb8d473ea60467a63f7b0570eef8622f2fed8eee96acbe668aa313391cddb3

[ "$(id -u)" = 0 ] || { echo "setup.sh: run it as root (it creates the user $grader_user)" >&2; exit 1; }
if [ "${COURSE_SETUP_APT:-yes}" != no ]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      openjdk-17-jdk-headless maven ca-certificates util-linux passwd
fi
for tool in java mvn setpriv useradd sha512sum tar; do
  command -v "$tool" > /dev/null || { echo "setup.sh: $tool is not installed" >&2; exit 1; }
done

# The tests run as this user: it owns nothing, logs in nowhere, and is in no group but its own.
id -u "$grader_user" > /dev/null 2>&1 \
  || useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$grader_user"

mkdir -p "$tools" "$m2"
if [ ! -x "$tools/apache-maven-$maven_version/bin/mvn" ]; then
  fetched=$(mktemp -d)
  mvn -B -q -C -Dmaven.repo.local="$m2" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.apache.maven:apache-maven:$maven_version:tar.gz:bin" -DoutputDirectory="$fetched"
  echo "$maven_sha512  $fetched/apache-maven-$maven_version-bin.tar.gz" | sha512sum --check --quiet - \
    || { echo "setup.sh: apache-maven-$maven_version-bin.tar.gz does not have the expected SHA-512" >&2; exit 1; }
  tar -xzf "$fetched/apache-maven-$maven_version-bin.tar.gz" -C "$tools"
  rm -rf "$fetched"
fi
ln -sfn "apache-maven-$maven_version" "$tools/maven" # run_autograder uses tools/maven
mvn39=("$tools/maven/bin/mvn" -B -ntp -Dmaven.repo.local="$m2")

# The untouched stubs: run_autograder starts every grading from them.
rm -rf "$src/stubs"
cp -R "$src/course/$chapter/src/exercise/java" "$src/stubs"

hidden=()
[ -d "$src/hidden" ] && hidden=("-Dgrader.hidden=$src/hidden")
"${mvn39[@]}" -q -f "$src/course/pom.xml" install -DskipTests
stubs_log=$tools/setup-stubs.log
if ! "${mvn39[@]}" -q -f "$src/course/$chapter/pom.xml" test -Dgrader.expect=none "${hidden[@]}" > "$stubs_log" 2>&1; then
  tail -n 40 "$stubs_log"
  echo "setup.sh: grading the untouched stubs failed (each graded test must be \"not started\"): $stubs_log" >&2
  exit 1
fi
grep -E '^  Chapter [0-9]+ .*: [0-9]+ / [0-9]+$' "$stubs_log" || true

# The same grading as a submission gets: an empty one, offline, as the grader user.
made_submission=
[ -d "$ag/submission" ] || { mkdir -p "$ag/submission"; made_submission=yes; }
if ! bash "$src/run_autograder" > "$tools/setup-check.log" 2>&1; then
  tail -n 40 "$tools/setup-check.log"
  echo "setup.sh: run_autograder could not grade an empty submission: $tools/setup-check.log" >&2
  exit 1
fi
score=$(grep -m 1 -o 'Chapter [0-9]* · [^:]*: [0-9]* / [0-9]*' "$ag/results/results.json")
echo "run_autograder on an empty submission: $score"
rm -f "$ag/results/results.json"
[ -z "$made_submission" ] || rm -rf "$ag/submission"
