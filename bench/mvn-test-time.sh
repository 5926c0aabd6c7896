#!/usr/bin/env bash
# Measures the student's edit-and-test loop: the median wall time of N warm runs (default 5) of
#   mvn -o -q test -pl <chapter>            (from the top folder, grading on the stubs)
# beside the same for bench/baseline-module, an empty module with one trivial JUnit test.
# Run it after the set-up command (mvn -q install -Psolution), from anywhere:
#   bash bench/mvn-test-time.sh [chapter01-perceptron] [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chapter=${1:-chapter01-perceptron}
runs=${2:-5}

median_seconds() { # runs "$@" once to warm up, then $runs times; prints the median in seconds
  "$@" > /dev/null 2>&1 || { echo "command failed: $*" >&2; exit 1; }
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1
    t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.2f\n", m / 1000}'
}

cd "$root"
course=$(median_seconds mvn -o -q test -pl "$chapter")
cd "$root/bench/baseline-module"
baseline=$(median_seconds mvn -o -q test)
echo "median of $runs warm runs on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "  mvn -o -q test -pl $chapter : ${course} s"
echo "  empty module, one trivial test : ${baseline} s"
