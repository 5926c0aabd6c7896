#!/usr/bin/env python3
"""Parses every *.yml and *.yaml file under the given folders and fails, naming the file and line,
when one is not valid YAML (a workflow GitHub cannot read never runs, and says so only on its site).

    python3 .ci/check-yaml.py ROOT [ROOT ...]

Needs PyYAML (Debian: python3-yaml). Skips .git, target and node_modules folders.
"""

import sys
from pathlib import Path

import yaml

SKIPPED = {".git", "target", "node_modules"}


def yaml_files(root):
    for path in sorted(root.rglob("*")):
        if path.suffix in (".yml", ".yaml") and path.is_file() and not SKIPPED & set(path.relative_to(root).parts):
            yield path


def problem(path):
    """None if the file parses, else "FILE:LINE: what is wrong"."""
    try:
        with open(path, encoding="utf-8") as text:
            for _ in yaml.safe_load_all(text):
                pass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        what = " ".join(part for part in (e.context, e.problem) if part)
        return f"{path}{line}: {what}"
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as e:
        return f"{path}: {e}"
    return None


def main(roots):
    if not roots:
        print("usage: check-yaml.py ROOT [ROOT ...]", file=sys.stderr)
        return 2
    checked, bad = 0, []
    for root in map(Path, roots):
        if not root.is_dir():
            print(f"check-yaml: {root} is not a folder", file=sys.stderr)
            return 2
        for path in yaml_files(root):
            checked += 1
            found = problem(path)
            if found:
                bad.append(found)
    for found in bad:
        print(f"invalid YAML: {found}", file=sys.stderr)
    print(f"check-yaml: {checked} YAML files under {', '.join(roots)}, {len(bad)} invalid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
