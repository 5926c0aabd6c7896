#!/usr/bin/env bash
# Executes every lecture notebook (notebooks/*.ipynb) with Jupyter and the course kernel, as a
# lecturer's "Restart & Run All" would, then checks and renders them:
#   - installs the course kernel (kernelspec "java") into a private Jupyter data folder,
#   - runs `jupyter nbconvert --execute` on each notebook into notebooks/target/executed,
#   - fails on any error output, and (by default) on any "not done yet" note: the chapters must
#     have been built with their solutions (mvn install -Psolution),
#   - checks that each executed notebook shows at least one image/png,
#   - renders each executed notebook to HTML under notebooks/target/html.
#
# Usage: bash notebooks/run-notebooks.sh [--expect=full|none] [NOTEBOOK.ipynb ...]
#   --expect=full (default)  the solutions: no errors, no unfinished exercises, a figure in each.
#   --expect=none            the untouched stubs: no errors, and each notebook reaches an unfinished exercise.
# Environment: JUPYTER (default /usr/bin/jupyter if present, else jupyter), PYTHON (the python3 that
# has Jupyter; default /usr/bin/python3), COURSE_KERNEL_TIME_LIMIT (seconds per cell, default 300),
# MVN_ARGS (extra Maven options if the kernel must be built first, for example -o).
set -euo pipefail
cd "$(dirname "$0")"

expect=full
notebooks=()
for arg in "$@"; do
  case "$arg" in
    --expect=full|--expect=none) expect=${arg#--expect=} ;;
    --expect=*) echo "run-notebooks.sh: --expect must be full or none, not ${arg#--expect=}" >&2; exit 2 ;;
    -*) echo "run-notebooks.sh: unknown option $arg" >&2; exit 2 ;;
    *) notebooks+=("$(basename "$arg")") ;;
  esac
done
if [ ${#notebooks[@]} -eq 0 ]; then
  for nb in *.ipynb; do [ -e "$nb" ] && notebooks+=("$nb"); done
fi
if [ ${#notebooks[@]} -eq 0 ]; then
  echo "run-notebooks.sh: no notebooks in $PWD" >&2
  exit 1
fi

if [ -z "${JUPYTER:-}" ]; then
  if [ -x /usr/bin/jupyter ]; then JUPYTER=/usr/bin/jupyter; else JUPYTER=jupyter; fi
fi
if [ -z "${PYTHON:-}" ]; then
  if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
if ! "$JUPYTER" nbconvert --version >/dev/null 2>&1; then
  echo "run-notebooks.sh: Jupyter's nbconvert is missing. On Debian or Ubuntu:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y jupyter-nbconvert jupyter-client python3-ipykernel libjs-mathjax" >&2
  exit 1
fi
export PYDEVD_DISABLE_FILE_VALIDATION=1
export COURSE_KERNEL_TIME_LIMIT=${COURSE_KERNEL_TIME_LIMIT:-300}

# The kernel: built by `mvn package` in this module (the course's set-up does it).
if [ ! -f target/kernelspec/kernel.json ]; then
  echo "== building the course kernel (mvn package -DskipTests)"
  mvn -q -B ${MVN_ARGS:-} package -DskipTests
fi

# A private Jupyter data folder, first on JUPYTER_PATH: the kernelspec "java" found there is the
# course kernel, whatever else (IJava, JJava) the machine has installed under that name.
jupyter_dir=$(mktemp -d)
trap 'rm -rf "$jupyter_dir"' EXIT
"$JUPYTER" kernelspec install --prefix "$jupyter_dir" --name java target/kernelspec >/dev/null 2>&1
export JUPYTER_PATH="$jupyter_dir/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"

mkdir -p target/executed target/html
failed=0
for nb in "${notebooks[@]}"; do
  echo "== $nb"
  rm -f "target/executed/$nb"
  start=$(date +%s.%N)
  # --allow-errors: run every cell, so the check below can name the first error with its cell.
  if ! "$JUPYTER" nbconvert --to notebook --execute --allow-errors \
      --KernelManager.shutdown_wait_time=0.2 \
      --ExecutePreprocessor.timeout=-1 --ExecutePreprocessor.startup_timeout=120 \
      --output-dir target/executed "$nb" > "target/executed/${nb%.ipynb}.log" 2>&1; then
    echo "   FAILED: nbconvert could not execute it. The end of target/executed/${nb%.ipynb}.log:"
    tail -n 30 "target/executed/${nb%.ipynb}.log" | sed 's/^/   /'
    failed=1
    continue
  fi
  end=$(date +%s.%N)
  seconds=$("$PYTHON" -c "print(f'{$end - $start:.1f}')")
  if ! "$PYTHON" - "target/executed/$nb" "$expect" "$seconds" <<'PY'
import json, sys
path, expect, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
nb = json.load(open(path, encoding="utf-8"))
code = [(i + 1, c) for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"]
figures, notes, problems = 0, [], []
for n, (index, cell) in enumerate(code, 1):
    where = f"cell {index} (code cell {n})"
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "error":
            problems.append(f"{where}: {out.get('ename')}: {out.get('evalue')}\n" + "\n".join(out.get("traceback", [])))
        elif kind == "stream" and out.get("name") == "stderr":
            text = "".join(out.get("text", []))
            for line in text.splitlines():
                if " is not done yet" in line or line.startswith("Skipped line"):
                    notes.append(f"{where}: {line}")
        elif kind in ("display_data", "execute_result") and "image/png" in out.get("data", {}):
            figures += 1
if expect == "full":
    problems += [f"unfinished exercise reached (the solutions must be built: mvn install -Psolution): {n}" for n in notes]
    if figures == 0:
        problems.append("no image/png output: every lecture notebook shows at least one figure")
elif expect == "none" and not notes:
    problems.append("no cell reached an unfinished exercise, but the stubs are expected")
print(f"   {len(code)} code cells, {figures} figures, {len(notes)} unfinished-exercise notes, {seconds} s")
if problems:
    print("   FAILED: " + problems[0].replace("\n", "\n   "))
    if len(problems) > 1:
        print(f"   ({len(problems) - 1} more problem(s))")
    sys.exit(1)
PY
  then
    failed=1
  fi
  "$JUPYTER" nbconvert --to html --output-dir target/html "target/executed/$nb" >/dev/null 2>&1 \
    || { echo "   FAILED: could not render target/executed/$nb as HTML"; failed=1; }
done

if [ "$failed" -ne 0 ]; then
  echo "Notebooks FAILED (executed copies in notebooks/target/executed, HTML in notebooks/target/html)."
  exit 1
fi
echo "Notebooks passed: ${#notebooks[@]} executed with the course kernel; HTML in notebooks/target/html."
if [ ! -f /usr/share/javascript/mathjax/MathJax.js ]; then
  echo "Note: without Debian's libjs-mathjax the HTML shows formulas as TeX source when offline."
fi
