#!/usr/bin/env bash
# Installs the course kernel (built here by `mvn package`) as a Jupyter kernelspec for the current user.
#
# The notebooks name their kernelspec "java", the name IJava and JJava install under too. An existing
# "java" kernelspec that is not the course kernel is never replaced: the course kernel then goes in
# as "java-course" ("Java (course kernel)" in Jupyter's menus) and this script says how to choose.
#
# Usage: bash notebooks/install-kernel.sh [--name=NAME] [--replace]
#   --name=NAME  install under NAME (default: java, or java-course when another kernel has "java")
#   --replace    make the course kernel the "java" kernelspec even though another kernel has that name
# Environment: JUPYTER (default /usr/bin/jupyter if present, else jupyter), PYTHON (the python3 that
# has Jupyter; default /usr/bin/python3), MVN_ARGS (extra Maven options if the kernel must be built).
set -euo pipefail
cd "$(dirname "$0")"

name=
replace=0
for arg in "$@"; do
  case "$arg" in
    --name=?*) name=${arg#--name=} ;;
    --replace) replace=1 ;;
    *) echo "install-kernel.sh: unknown argument $arg (options: --name=NAME, --replace)" >&2; exit 2 ;;
  esac
done
if [ -z "${JUPYTER:-}" ]; then
  if [ -x /usr/bin/jupyter ]; then JUPYTER=/usr/bin/jupyter; else JUPYTER=jupyter; fi
fi
if [ -z "${PYTHON:-}" ]; then
  if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
if ! "$JUPYTER" kernelspec list >/dev/null 2>&1; then
  echo "install-kernel.sh: Jupyter is missing. On Debian or Ubuntu: sudo apt-get install jupyter-notebook" >&2
  exit 1
fi
export PYDEVD_DISABLE_FILE_VALIDATION=1

if [ ! -f target/kernelspec/kernel.json ]; then
  echo "== building the course kernel (mvn package -DskipTests)"
  mvn -q -B ${MVN_ARGS:-} package -DskipTests
fi

# Who has the name "java" now: nobody, the course kernel (argv runs kernel.Main), or another kernel.
java_owner=$("$JUPYTER" kernelspec list --json 2>/dev/null | "$PYTHON" -c '
import json, os, sys
spec = json.load(sys.stdin).get("kernelspecs", {}).get("java")
if spec is None:
    print("none")
else:
    s = spec.get("spec", {})
    course = "kernel.Main" in s.get("argv", [])
    print(("course" if course else "other") + "\t" + s.get("display_name", "?") + "\t" + spec.get("resource_dir", "?"))
')
owner=${java_owner%%$'\t'*}

if [ -z "$name" ]; then
  if [ "$owner" = other ] && [ "$replace" -eq 0 ]; then name=java-course; else name=java; fi
fi
if [ "$name" = java ] && [ "$owner" = other ] && [ "$replace" -eq 0 ]; then
  echo "install-kernel.sh: another kernel has the name java; --replace installs over it, --name=NAME beside it" >&2
  exit 1
fi

"$JUPYTER" kernelspec install --user --name "$name" target/kernelspec >/dev/null
echo "Installed the course kernel as the kernelspec \"$name\" (\"Java (course kernel)\" in Jupyter)."

if [ "$owner" = other ]; then
  IFS=$'\t' read -r _ other_name other_dir <<< "$java_owner"
  if [ "$name" = java ]; then
    echo "It replaces the \"java\" kernelspec \"$other_name\" (was $other_dir): reinstall that kernel to get it back."
  else
    cat <<EOF

A kernelspec "java" is already installed: "$other_name", in $other_dir. It is kept.
The notebooks ask for the kernelspec "java", so Jupyter opens them in "$other_name". To choose:
  - in Jupyter: Kernel > Change kernel > "Java (course kernel)" (saving the notebook then records
    "$name" in it; in the browser's Kernel menu you can switch back at any time);
  - without a browser: jupyter nbconvert --execute --ExecutePreprocessor.kernel_name=$name ...;
  - to make the course kernel the "java" one: bash notebooks/install-kernel.sh --replace.
The notebooks also run in "$other_name": see "Other kernels" in notebooks/README.md for what you see there.
EOF
  fi
fi
