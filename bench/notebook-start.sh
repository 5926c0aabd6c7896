#!/usr/bin/env bash
# Measures how long a one-cell notebook (the cell is `1 + 1`) takes end to end through
#   jupyter nbconvert --to notebook --execute --KernelManager.shutdown_wait_time=0.2
# with the course kernel: Python's start, the kernel's start, the cell, the kernel's shutdown and
# the written notebook. For comparison it also times nbconvert on the same notebook WITHOUT
# executing it (Python and nbconvert alone), alternating the two so that both see the same load.
#
# The kernel runs on the JDK given with --java (default: the java on PATH). Its kernelspec is made
# into a scratch folder, with the start-up archive that JDK supports (an AOT cache on JDK 25+, a CDS
# archive before), and installed into a private Jupyter data folder.
#
# Usage (after `mvn -q -Pnotebooks -pl notebooks package -DskipTests`):
#   bash bench/notebook-start.sh [--java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java] [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
java_cmd=$(readlink -f "$(command -v java)")
runs=5
for arg in "$@"; do
  case "$arg" in
    --java=*) java_cmd=${arg#--java=} ;;
    -*) echo "notebook-start.sh: unknown option $arg" >&2; exit 2 ;;
    *) runs=$arg ;;
  esac
done
JUPYTER=${JUPYTER:-$( [ -x /usr/bin/jupyter ] && echo /usr/bin/jupyter || echo jupyter )}
jar="$root/notebooks/target/notebooks-1.0-SNAPSHOT.jar"
[ -f "$jar" ] || { echo "notebook-start.sh: build the kernel first: mvn -q -Pnotebooks -pl notebooks package -DskipTests" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$jar" "$scratch/kernel.jar"
cp -r "$root/notebooks/target/kernel-lib" "$scratch/lib"
"$java_cmd" -cp "$scratch/kernel.jar:$scratch/lib/*" kernel.KernelSpec --out="$scratch/spec" --java="$java_cmd" \
  --jar="$scratch/kernel.jar" --lib="$scratch/lib" --cds="$scratch/cds/kernel.jsa"
"$JUPYTER" kernelspec install --prefix "$scratch/jupyter" --name java "$scratch/spec" >/dev/null 2>&1
export JUPYTER_PATH="$scratch/jupyter/share/jupyter" PYDEVD_DISABLE_FILE_VALIDATION=1
archive=$(grep -oE '"-XX:(AOTCache|SharedArchiveFile)=' "$scratch/spec/kernel.json" | tr -d '"=' || true)
echo "kernel JVM: $("$java_cmd" -version 2>&1 | head -n 1); start-up archive: ${archive:-none}"

cat > "$scratch/one.ipynb" <<'EOF'
{"cells": [{"cell_type": "code", "execution_count": null, "id": "one", "metadata": {}, "outputs": [], "source": ["1 + 1"]}],
 "metadata": {"kernelspec": {"display_name": "Java (course kernel)", "language": "java", "name": "java"}},
 "nbformat": 4, "nbformat_minor": 5}
EOF

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
with=(); without=()
cd "$scratch"
for _ in $(seq "$runs"); do
  without+=("$(ms "$JUPYTER" nbconvert --to notebook one.ipynb --output plain.ipynb)")
  with+=("$(ms "$JUPYTER" nbconvert --to notebook --execute --KernelManager.shutdown_wait_time=0.2 one.ipynb --output run.ipynb)")
  python3 -c 'import json,sys; o=json.load(open("run.ipynb"))["cells"][0]["outputs"]; sys.exit(0 if "".join(o[0]["data"]["text/plain"]) == "2" else 1)' \
    || { echo "notebook-start.sh: the cell did not show 2:"; cat run.ipynb; exit 1; }
done
echo "nbconvert --execute, one cell (ms): ${with[*]}   median $(median "${with[@]}")"
echo "nbconvert without executing (ms):   ${without[*]}   median $(median "${without[@]}")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
