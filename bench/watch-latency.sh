#!/usr/bin/env bash
# Measures watch mode on this machine, on a scratch copy of a chapter whose exercise files hold the
# reference solutions (so every test really runs):
#   (a) save to grade: over N saves (each appends a comment line to the first exercise file), the time
#       from the file's write to the moment the new grade table has been printed (watch mode's
#       target/watch/latency.log), each with the 1-minute load average beside it, and their median;
#   (b) a fix saved while an endless loop is being graded: a loop is saved into the first graded
#       method that has a parameter, and 2 s later (its test is still looping: the limit is 10 s)
#       the reference is saved back; the time from that save to the fixed code's table (100 points).
# With --maven it also times N warm runs of  mvn -o -q test -pl <chapter>  (bench/mvn-test-time.sh).
# Usage (after the set-up command): bash bench/watch-latency.sh [chapter01-perceptron] [saves] [--maven]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chapter=${1:-chapter01-perceptron}
runs=${2:-9}
mvn_cmd=(mvn -o -q ${MVN_ARGS:-})

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
reference="$root/$chapter/src/solution/java/$file"
log="$scratch/$chapter/target/watch/latency.log"
load() { cut -d' ' -f1 /proc/loadavg; }
lines() { [ -f "$log" ] && wc -l < "$log" || echo 0; }
now_ms() { date +%s%3N; }
wait_line() { # $1 = lines before; waits (up to 60 s) for a new line of latency.log
  for _ in $(seq 3000); do [ "$(lines)" -gt "$1" ] && return 0; sleep 0.02; done
  echo "no grade within 60 s"; tail -n 20 "$scratch/watch.out"; exit 1
}

(cd "$scratch/$chapter" && exec "${mvn_cmd[@]}" exec:java@watch -Dgrader.watch=--no-keys < /dev/null > "$scratch/watch.out" 2>&1) &
watch_pid=$!
for _ in $(seq 600); do grep -q "graded in" "$scratch/watch.out" 2>/dev/null && break; sleep 0.1; done
grep -q "graded in" "$scratch/watch.out" || { echo "watch mode did not start:"; tail -n 20 "$scratch/watch.out"; exit 1; }

echo "$chapter on $(nproc) cores, $(java -version 2>&1 | head -n 1); load average (1 min) beside each figure"
latencies=()
for i in $(seq 0 "$runs"); do   # save 0 warms the path up and is not counted
  sleep 1
  before=$(lines)
  l=$(load)
  saved=$(now_ms)
  echo "// save $i" >> "$target"
  wait_line "$before"
  graded=$(tail -n 1 "$log" | cut -d' ' -f1)
  if [ "$i" -gt 0 ]; then
    latencies+=("$(( graded - saved ))")
    echo "  save $i: $(( graded - saved )) ms   (load $l)"
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
watch_ms=$(median "${latencies[@]}")
echo "(a) save to grade table, median of $runs: $watch_ms ms   (load now $(load))"

# (b) An endless loop at the top of the first method that takes parameters, then the fix saved mid-grading.
sleep 1
awk 'done == 0 && /public static .*\(.+\) *\{/ { print; print "        while (System.nanoTime() > 0) { } // an endless loop"; done = 1; next } { print }' \
  "$reference" > "$scratch/looping.java"
before=$(lines)
cp "$scratch/looping.java" "$target"
sleep 2
grep -q "now " "$scratch/watch.out" || true
l=$(load)
before=$(lines)
fixed=$(now_ms)
cp "$reference" "$target"
while true; do
  wait_line "$before"
  before=$(lines)
  [ "$(tail -n 1 "$log" | cut -d' ' -f4)" = 100 ] && break
done
graded=$(tail -n 1 "$log" | cut -d' ' -f1)
echo "(b) fix saved while the loop was graded, to the fixed code's table: $(( graded - fixed )) ms   (load $l)"
kill "$watch_pid" 2>/dev/null || true
watch_pid=

if [ "${3:-}" = "--maven" ]; then
  maven_s=$(bash "$root/bench/mvn-test-time.sh" "$chapter" "$runs" | sed -n "s/.*-pl $chapter : \([0-9.]*\) s/\1/p")
  echo "warm mvn -o -q test -pl $chapter, median of $runs: ${maven_s} s   (load $(load))"
fi
