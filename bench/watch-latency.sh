#!/usr/bin/env bash
# Measures watch mode against the warm Maven loop, on this machine:
#   (a) the median wall time of N warm runs of  mvn -o -q test -pl <chapter>  (bench/mvn-test-time.sh), and
#   (b) the median save-to-grade latency of watch mode over N saves: from the moment a student file
#       is written to the moment the new grade table has been printed;
# then prints their ratio. The watch runs on a scratch copy of the chapter whose exercise files hold
# the reference solutions (so every test really runs), and each "save" appends a comment line.
# Usage (after the set-up command): bash bench/watch-latency.sh [chapter01-perceptron] [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chapter=${1:-chapter01-perceptron}
runs=${2:-7}

scratch=$(mktemp -d)
watch_pid=
cleanup() { [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
cp "$root/pom.xml" "$scratch/"
cp -r "$root/$chapter" "$scratch/"
rm -rf "$scratch/$chapter/target" "$scratch/$chapter/.progress.json"
cp -r "$root/$chapter/src/solution/java/." "$scratch/$chapter/src/exercise/java/"
file=$(grep -ho 'file = "[^"]*"' "$scratch/$chapter"/src/test/java/*/Chapter*.java | head -n 1 | cut -d'"' -f2)
target="$scratch/$chapter/src/exercise/java/$file"
log="$scratch/$chapter/target/watch/latency.log"

(cd "$scratch/$chapter" && exec mvn -o -q exec:java@watch -Dgrader.watch=--no-keys < /dev/null > "$scratch/watch.out" 2>&1) &
watch_pid=$!
for _ in $(seq 600); do grep -q "graded in" "$scratch/watch.out" 2>/dev/null && break; sleep 0.1; done
grep -q "graded in" "$scratch/watch.out" || { echo "watch mode did not start:"; tail -n 20 "$scratch/watch.out"; exit 1; }

latencies=()
for i in $(seq 0 "$runs"); do   # save 0 warms the path up and is not counted
  sleep 1
  before=$( [ -f "$log" ] && wc -l < "$log" || echo 0)
  saved=$(date +%s%3N)
  echo "// save $i" >> "$target"
  for _ in $(seq 300); do [ -f "$log" ] && [ "$(wc -l < "$log")" -gt "$before" ] && break; sleep 0.02; done
  graded=$(tail -n 1 "$log" | cut -d' ' -f1)
  [ "$i" -gt 0 ] && latencies+=("$(( graded - saved ))")
done
kill "$watch_pid" 2>/dev/null || true
watch_pid=

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
watch_ms=$(median "${latencies[@]}")
maven_s=$(bash "$root/bench/mvn-test-time.sh" "$chapter" "$runs" | sed -n "s/.*-pl $chapter : \([0-9.]*\) s/\1/p")
echo "median of $runs on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "  warm mvn -o -q test -pl $chapter : ${maven_s} s"
echo "  watch mode, save to grade table  : $(awk -v m="$watch_ms" 'BEGIN {printf "%.2f", m / 1000}') s   (each: ${latencies[*]} ms)"
echo "  watch mode is $(awk -v a="$maven_s" -v m="$watch_ms" 'BEGIN {printf "%.1f", a * 1000 / m}')× faster"
