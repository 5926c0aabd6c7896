#!/usr/bin/env bash
# Chapter 5's digits training, Java against NumPy: the same network (64-64-10, ReLU, softmax with
# cross-entropy), the same data and split, the same SGD (batch 32, η = 0.1, 30 epochs), each run
# RUNS times (default 5) in a fresh process; prints every run, the median training times and
# their ratio. Only the training loop is timed (not the JVM's or Python's start, not the loading).
# Java is timed twice per process: "cold", the first training in a fresh JVM (its JIT compiler
# still at work), and "warm", a second training in the same JVM; the ratio is given for both.
#   bash bench/digits-vs-numpy.sh [runs]
# NumPy runs with one BLAS thread (OPENBLAS_NUM_THREADS=1 and friends), as the Java code uses one
# thread; set BLAS_THREADS=default to leave NumPy's threading alone. Extra Maven options go in
# MVN_ARGS (default -o, offline; the one-time set-up in the top README must have run).
# See bench/README-digits.md.
set -euo pipefail
cores=$(getconf _NPROCESSORS_ONLN)
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
chapter="$root/chapter05-backprop"

# The reference solutions where they are (the instructor's copy), else the student's own chapter 5.
if [ -d "$chapter/src/solution/java" ]; then sources=solution; profile=-Psolution; else sources=exercise; profile=; fi
echo "building chapter05-backprop (mvn ${MVN_ARGS:--o} -q $profile compile) ..."
(cd "$chapter" && mvn ${MVN_ARGS:--o} -q $profile compile > /dev/null)
toolkit_jar="$HOME/.m2/repository/course/nn/toolkit/1.0-SNAPSHOT/toolkit-1.0-SNAPSHOT.jar"
cp="$chapter/target/$sources-classes:$root/toolkit/target/classes"
[ -f "$toolkit_jar" ] && cp="$cp:$toolkit_jar"

if [ "${BLAS_THREADS:-1}" != default ]; then
  export OPENBLAS_NUM_THREADS=${BLAS_THREADS:-1} OMP_NUM_THREADS=${BLAS_THREADS:-1} MKL_NUM_THREADS=${BLAS_THREADS:-1}
fi
python=${PYTHON:-python3}
"$python" -c 'import numpy' 2> /dev/null || { echo "NumPy is missing for $python (pip install numpy, or set PYTHON)" >&2; exit 1; }

seconds_of() { sed -n "s/^$1 .*train_seconds=\([0-9.]*\).*/\1/p"; }
cpu_of() { sed -n "s/^$1 .*cpu_seconds=\([0-9.]*\).*/\1/p"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

java_cold=()
java_warm=()
numpy_times=()
java_cold_cpu=()
java_warm_cpu=()
numpy_cpu=()
for i in $(seq "$runs"); do
  j=$(java -cp "$cp" backprop.DigitsBenchmark --warm)
  n=$("$python" "$root/bench/digits_numpy.py")
  echo "run $i:"
  echo "$j" | sed 's/^/  /'
  echo "  $n"
  java_cold+=("$(echo "$j" | seconds_of java)")
  java_warm+=("$(echo "$j" | seconds_of java_warm)")
  numpy_times+=("$(echo "$n" | seconds_of numpy)")
  java_cold_cpu+=("$(echo "$j" | cpu_of java)")
  java_warm_cpu+=("$(echo "$j" | cpu_of java_warm)")
  numpy_cpu+=("$(echo "$n" | cpu_of numpy)")
done
cold=$(printf '%s\n' "${java_cold[@]}" | median)
warm=$(printf '%s\n' "${java_warm[@]}" | median)
numpy=$(printf '%s\n' "${numpy_times[@]}" | median)
ratio() { awk -v j="$1" -v n="$2" 'BEGIN { if (j <= n) printf "Java %.2f× as fast as NumPy", n / j; else printf "NumPy %.2f× as fast as Java", j / n }'; }
echo
echo "$cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1); $("$python" -c 'import numpy, platform; print("Python", platform.python_version(), "NumPy", numpy.__version__)'); BLAS threads: ${OPENBLAS_NUM_THREADS:-default}"
cold_cpu=$(printf '%s\n' "${java_cold_cpu[@]}" | median)
warm_cpu=$(printf '%s\n' "${java_warm_cpu[@]}" | median)
numpy_cpu_median=$(printf '%s\n' "${numpy_cpu[@]}" | median)
echo "median training time of $runs runs, wall clock (and CPU time, which a busy machine disturbs less):"
echo "  Java, cold (first training in a fresh JVM)  $cold s  (CPU $cold_cpu s)   $(ratio "$cold" "$numpy")"
echo "  Java, warm (second training, same JVM)      $warm s  (CPU $warm_cpu s)   $(ratio "$warm" "$numpy")"
echo "  NumPy                                       $numpy s  (CPU $numpy_cpu_median s)"
