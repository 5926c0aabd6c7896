#!/usr/bin/env bash
# Chapter 5's digits training, the lesson's own layers against NumPy: the same network
# (64-hidden-10, ReLU, softmax with cross-entropy), the same data and split, the same SGD (batch 32,
# η = 0.1, 30 epochs). Java runs backprop.DigitsBenchmark: TwoLayerNet with the chapter's Affine,
# ReluLayer and SoftmaxWithLoss, Backprop.lossAndGradients and Sgd, on toolkit.Matrix.
# For each hidden width (default 64 256 1024) and each of RUNS rounds (default 5), one fresh JVM
# and one fresh Python process, interleaved, so both see the same machine. Only the training loop
# is timed. Java is timed "cold" (the first training in the fresh JVM, its JIT compiler at work)
# and "warm" (the last of TRAININGS trainings in that JVM, default 5). Each figure is the median
# (min–max) over the rounds; each round line carries the load average.
#   bash bench/digits-vs-numpy.sh [runs] [widths...]
# NumPy runs with one BLAS thread (the Java code uses one thread) and its own kernel: this machine
# sets OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE), which makes today's OpenBLAS pick an older, slower
# kernel, so both are unset for the NumPy command alone; the kernel it runs is printed. Set
# BLAS_THREADS=default to leave NumPy's threading alone. Extra Maven options go in MVN_ARGS
# (default -o, offline; the one-time set-up in the top README must have run).
# See bench/README-digits.md.
set -euo pipefail
cores=$(getconf _NPROCESSORS_ONLN)
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
shift || true
widths=("${@:-64 256 1024}")
read -r -a widths <<< "${widths[*]}"
trainings=${TRAININGS:-5}
chapter="$root/chapter05-backprop"

# The reference solutions where they are (the instructor's copy), else the student's own chapter 5.
if [ -d "$chapter/src/solution/java" ]; then sources=solution; profile=-Psolution; else sources=exercise; profile=; fi
echo "building chapter05-backprop (mvn ${MVN_ARGS:--o} -q $profile compile) ..."
(cd "$chapter" && mvn ${MVN_ARGS:--o} -q $profile compile > /dev/null)
toolkit_jar="$HOME/.m2/repository/course/nn/toolkit/1.0-SNAPSHOT/toolkit-1.0-SNAPSHOT.jar"
cp="$chapter/target/$sources-classes:$root/toolkit/target/classes"
[ -f "$toolkit_jar" ] && cp="$cp:$toolkit_jar"

python=${PYTHON:-python3}
"$python" -c 'import numpy' 2> /dev/null || { echo "NumPy is missing for $python (pip install numpy, or set PYTHON)" >&2; exit 1; }
numpy() { # NumPy with its own kernel and, unless BLAS_THREADS=default, one BLAS thread
  if [ "${BLAS_THREADS:-1}" = default ]; then
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$@"
  else
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS="${BLAS_THREADS:-1}" \
        OMP_NUM_THREADS="${BLAS_THREADS:-1}" MKL_NUM_THREADS="${BLAS_THREADS:-1}" "$python" "$@"
  fi
}

field() { sed -n "s/^$1 .*$2=\([0-9.]*\).*/\1/p"; } # field java_warm train_seconds < lines
summary() { # "median (min–max)" of the numbers on stdin
  sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
                  printf "%.4f (%.4f–%.4f)", m, a[1], a[NR]}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ratio() { awk -v j="$1" -v n="$2" 'BEGIN { printf "%.2f×", j / n }'; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
for i in $(seq "$runs"); do
  for w in "${widths[@]}"; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    j=$(java -cp "$cp" backprop.DigitsBenchmark --trainings "$trainings" --hidden "$w")
    n=$(numpy "$root/bench/digits_numpy.py" --hidden "$w")
    echo "round $i, width $w, load average $load:"
    printf '%s\n%s\n' "$j" "$n" | sed 's/^/  /'
    printf '%s\n%s\n' "$j" "$n" >> "$log"
  done
done

echo
echo "$cores cores, load average now $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
echo "$(numpy -c 'import platform; print("Python", platform.python_version())'), $(numpy "$root/bench/digits_numpy.py" --kernel)"
echo "training time, median (min–max) of $runs fresh processes each; ratio = Java's median / NumPy's median"
echo "(cold: first training in a fresh JVM; warm: training $trainings of $trainings in that JVM):"
for w in "${widths[@]}"; do
  of() { grep " hidden=$w " "$log" | field "$1" "$2"; }
  numpy_median=$(of numpy train_seconds | median)
  cold_median=$(of java train_seconds | median)
  warm_median=$(of java_warm train_seconds | median)
  echo "  width $w:"
  echo "    NumPy        $(of numpy train_seconds | summary) s   CPU $(of numpy cpu_seconds | summary) s"
  echo "    Java, warm   $(of java_warm train_seconds | summary) s   CPU $(of java_warm cpu_seconds | summary) s   $(ratio "$warm_median" "$numpy_median") NumPy"
  echo "    Java, cold   $(of java train_seconds | summary) s   CPU $(of java cpu_seconds | summary) s   $(ratio "$cold_median" "$numpy_median") NumPy"
  echo "    test accuracy $(of java_warm test_accuracy | sort -u | tr '\n' ' ')(Java), $(of numpy test_accuracy | sort -u | tr '\n' ' ')(NumPy)"
done
