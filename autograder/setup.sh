#!/usr/bin/env bash
# Gradescope runs this once when the autograder image is built (as root, with internet).
set -euo pipefail
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven
cd /autograder/source/course
chapter=$(cat /autograder/source/chapter.txt)
# Build the support modules and fetch everything the grading run needs, so it runs offline.
mvn -B -q -ntp install -pl toolkit,grader -am
mvn -B -q -ntp -f "$chapter/pom.xml" test -Psolution
mvn -B -q -ntp -f "$chapter/pom.xml" test
