#!/usr/bin/env python3
"""Proves that no file of a student edition contains a reference solution's exercise body.

    python3 tools/edition_leaks.py COURSE EDITION

The bodies come from the solution sources themselves, not from file names: a stub is its solution
with each exercise body replaced by one Todo line, so the lines where a chapter's
src/solution/java file differs from its src/exercise/java twin are exactly the bodies. Every file
of EDITION (any name, any type that reads as text) is searched for each body's lines, compared
with their indentation and blank lines ignored. A body of a single short line ("return -theta;")
is searched for too: the reference's one-liner is still the answer. Exits 1, naming each file and
the body it holds.

One kind of match is allowed and listed, not counted: a chapter's lesson code (src/main) holding
an EARLIER chapter's body. Chapters never depend on each other, so chapter 2 carries a complete
perceptron of its own (chapter 1's step function among it): a student who has reached chapter 2
has done chapter 1.
"""
import difflib
import pathlib
import re
import sys


def significant(lines):
    """Lines as compared: stripped, without blank lines and line comments (a body's marker)."""
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("//")]


def bodies(course):
    """(solution file, first line, body lines) for every exercise body of every chapter."""
    for solution in sorted(course.glob("chapter*/src/solution/java/**/*.java")):
        stub = pathlib.Path(str(solution).replace("/src/solution/java/", "/src/exercise/java/"))
        if not stub.exists():
            raise SystemExit(f"{solution} has no stub {stub}")
        a = stub.read_text(encoding="utf-8").splitlines()
        b = solution.read_text(encoding="utf-8").splitlines()
        for tag, _, _, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            body = significant(b[j1:j2])
            if tag in ("replace", "insert") and body and not all(s.startswith("import ") for s in body):
                yield solution.relative_to(course), j1 + 1, body


def contains(haystack, needle):
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def chapter_of(path):
    """The chapter number of a path inside a chapter folder ("chapter02-logic-gates/..." is 2), or None."""
    m = re.match(r"chapter(\d+)-", path.parts[0]) if path.parts else None
    return int(m.group(1)) if m else None


def allowed(found_in, source):
    """A later chapter's lesson code holding an earlier chapter's body (see the header)."""
    here, there = chapter_of(found_in), chapter_of(source)
    return here is not None and there is not None and here > there and found_in.parts[1:3] == ("src", "main")


def main(course, edition):
    found = list(bodies(course))
    if not found:
        raise SystemExit(f"no exercise bodies found under {course}: wrong folder?")
    leaks, later = [], []
    files = [p for p in sorted(edition.rglob("*")) if p.is_file() and ".git" not in p.relative_to(edition).parts]
    for path in files:
        try:
            text = significant(path.read_text(encoding="utf-8").splitlines())
        except (UnicodeDecodeError, ValueError):
            continue  # images, archives: no Java body reads as one
        for source, line, body in found:
            if contains(text, body):
                where = path.relative_to(edition)
                (later if allowed(where, source) else leaks).append(
                    f"{where} holds the body at {source}:{line} ({body[0]} ...)")
    for note in later:
        print("allowed, a later chapter's lesson code: " + note)
    for leak in leaks:
        print("LEAK: " + leak)
    print(f"{len(files)} files of the edition searched for {len(found)} solution bodies: {len(leaks)} found")
    return 1 if leaks else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python3 tools/edition_leaks.py COURSE EDITION")
    sys.exit(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
