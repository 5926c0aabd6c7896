#!/usr/bin/env python3
"""Grades one chapter of the course as a classroom50 assignment.

classroom50's runner executes this file once per submission (Python 3, standard library only):

  working directory  the student's checkout: the student edition of the course, with their work
  environment        CLASSROOM, ASSIGNMENT, SUBMISSION_TAG, OWNER/USERNAME, COMMIT_URL, RELEASE_URL,
                     REVIEW_URL, CLASSROOM50_BUNDLE_DIR (this file's folder), GITHUB_OUTPUT, GITHUB_*
  writes             ./result.json (schema classroom50/result/v1, one row per graded test, so a
                     half-done chapter earns part of the points), ./release-body.md (the grade table
                     that `mvn test` prints) and status=/summary= lines in $GITHUB_OUTPUT
  exit code          0 whenever result.json was written; a grading problem (the chapter does not
                     compile, Maven fails) is reported in result.json with its reason, never by
                     exiting non-zero, because the runner would replace the reason with "exited 1".

Which chapter: the first of `autograder.py CHAPTER`, $COURSE_CHAPTER, a chapter.txt beside this file,
or the assignment's name when it names a chapter folder ("chapter01-perceptron", or "chapter01").

When the bundle holds a course/ folder (build.sh makes one), the course's own pom.xml, toolkit,
grader and the chapter's tests and lesson code replace the student's copies before grading, and of
src/exercise/java only the chapter's exercise files are kept: only those are graded. A hidden/
folder beside this file holds hidden tests.
$MVN_ARGS adds Maven options (for example -o for offline).
"""

import datetime
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

SCHEMA = "classroom50/result/v1"
RESULT_FILE = "result.json"
BODY_FILE = "release-body.md"
CHAPTER_FILE = "chapter.txt"
TRUSTED_COURSE = "course"
HIDDEN_TESTS = "hidden"
EXERCISES = "src/exercise/java"

# Every chapter totals exactly 100 points (the course check enforces it), so a chapter that could
# not be graded at all is still reported out of 100.
CHAPTER_POINTS = 100

# classroom50 gives the whole grade job 15 minutes; these leave time for checkout and publishing.
PREPARE_SECONDS = 300
GRADE_SECONDS = 420

# GitHub cuts a commit status description at 140 characters.
SUMMARY_LIMIT = 140
LOG_TAIL_LINES = 40

ANSI = re.compile(r"\x1b\[[0-9;]*m")


class GradingError(Exception):
    """Grading could not finish; the message tells the student (and the instructor) why."""


def main(argv):
    workspace = Path.cwd()
    bundle = Path(os.environ.get("CLASSROOM50_BUNDLE_DIR") or Path(__file__).resolve().parent)
    chapter = None
    log = ""
    try:
        chapter = find_chapter(argv, bundle, workspace)
        use_trusted_course(bundle, workspace, chapter)
        log = run_maven(workspace, chapter, bundle)
        outcome = graded(read_grade(workspace / chapter), log)
    except GradingError as why:
        print(f"::error::{why}")
        outcome = not_graded(chapter, str(why), log)
    except Exception as bug:  # noqa: BLE001 - a result.json that says why beats the runner's "exited 1"
        traceback.print_exc()
        outcome = not_graded(chapter, f"the autograder failed ({type(bug).__name__}: {bug})", log)
    write_outputs(workspace, outcome)
    print(f"autograder: {outcome['summary']}")
    return 0


# --- which chapter -------------------------------------------------------------------------------

def find_chapter(argv, bundle, workspace):
    """The chapter folder to grade, from the first place that names one."""
    named = [
        (argv[1] if len(argv) > 1 else "", "the command line"),
        (os.environ.get("COURSE_CHAPTER", ""), "$COURSE_CHAPTER"),
        (read_text(bundle / CHAPTER_FILE), f"{CHAPTER_FILE} beside autograder.py"),
    ]
    for name, source in named:
        if name.strip():
            return checked_chapter(name.strip(), source, workspace)
    assignment = os.environ.get("ASSIGNMENT", "").strip()
    matches = [c for c in chapters_in(workspace) if c == assignment or c.startswith(assignment + "-")]
    if assignment and len(matches) == 1:
        return matches[0]
    raise GradingError(
        "no chapter is named for this assignment"
        + (f" ({assignment!r} is not a chapter folder)" if assignment else "")
        + f": put the chapter's folder name in {CHAPTER_FILE} beside autograder.py, or name the assignment"
        + f" after it (chapters here: {', '.join(chapters_in(workspace)) or 'none'})")


def checked_chapter(name, source, workspace):
    if not (workspace / name / EXERCISES).is_dir():
        raise GradingError(
            f"chapter {name!r} (from {source}) is not a chapter of this repository: {name}/{EXERCISES}"
            f" is missing (chapters here: {', '.join(chapters_in(workspace)) or 'none'})")
    return name


def chapters_in(workspace):
    return sorted(d.name for d in workspace.glob("chapter*") if (d / EXERCISES).is_dir())


def read_text(path):
    return path.read_text(encoding="utf-8") if path.is_file() else ""


# --- the instructor's copy of everything but the exercises ---------------------------------------

def trusted_paths(chapter):
    """What a student must not be able to change: the build, the grader and the graded tests."""
    return ["pom.xml", "toolkit", "grader", f"{chapter}/pom.xml", f"{chapter}/src/main", f"{chapter}/src/test"]


def use_trusted_course(bundle, workspace, chapter):
    trusted = bundle / TRUSTED_COURSE
    if not trusted.is_dir():
        print("autograder: no course/ in the bundle: grading the student's own copy of the tests")
        return
    if not (trusted / chapter / EXERCISES).is_dir():
        raise GradingError(f"the bundle's {TRUSTED_COURSE}/ has no {chapter}: rebuild it with build.sh {chapter}")
    for rel in trusted_paths(chapter) + [".mvn"]:  # .mvn/maven.config could pass options to Maven
        remove(workspace / rel)
        if (trusted / rel).exists():
            copy(trusted / rel, workspace / rel)
    print(f"autograder: the course's own {', '.join(trusted_paths(chapter))} replace the student's copies")
    keep_exercise_files(trusted / chapter / EXERCISES, workspace / chapter / EXERCISES)


def keep_exercise_files(stubs, student):
    """Takes from the student only the chapter's exercise files, each in place of its stub. Any other
    file there is dropped: compiled first on the classpath, a grader/GradeReport.java would replace
    the grader's own. A missing exercise file is graded as its stub: "not started"."""
    wanted = sorted(path.relative_to(stubs) for path in stubs.rglob("*") if path.is_file())
    extra = sorted(path.relative_to(student) for path in student.rglob("*")
                   if path.is_file() and path.relative_to(student) not in wanted)
    missing = [rel for rel in wanted if not (student / rel).is_file()]
    for rel in extra:
        remove(student / rel)
    for rel in missing:
        copy(stubs / rel, student / rel)
    for what, files in (("not exercise files, ignored", extra), ("missing, graded as not started", missing)):
        if files:
            print(f"autograder: {what}: {', '.join(map(str, files))}")


def remove(path):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def copy(source, target):
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


# --- Maven ---------------------------------------------------------------------------------------

def run_maven(workspace, chapter, bundle):
    """Builds the support modules, then runs the chapter's `mvn test`; returns the chapter's log."""
    shutil.rmtree(workspace / chapter / "target/grade", ignore_errors=True)  # never report an old grade
    prepare = maven(workspace, "install", ["-q", "-DskipTests", "-pl", "toolkit,grader", "-am"], PREPARE_SECONDS)
    if prepare.returncode != 0:
        raise GradingError(f"the support modules (toolkit, grader) did not build: {last_error(prepare.stdout)}")
    hidden = bundle / HIDDEN_TESTS
    options = [f"-Dgrader.hidden={hidden.resolve()}"] if hidden.is_dir() else []
    test = maven(workspace, "test", ["-f", f"{chapter}/pom.xml"] + options, GRADE_SECONDS)
    if not (workspace / chapter / "target/grade/grade.json").is_file():
        raise GradingError(f"the grader did not run (mvn test exited {test.returncode}): {last_error(test.stdout)}")
    return test.stdout


def maven(workspace, goal, args, seconds):
    options = shlex.split(os.environ.get("MVN_ARGS", ""))
    command = ["mvn", "-B", "-ntp", "-Dstyle.color=never"] + options + [goal] + args
    print("autograder: " + " ".join(command), flush=True)
    try:
        done = subprocess.run(command, cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace",
                              timeout=seconds)
    except FileNotFoundError:
        raise GradingError("Maven (mvn) is not installed: give the assignment the runtime"
                           ' {"java": "17", "apt": ["maven"]}') from None
    except subprocess.TimeoutExpired:
        raise GradingError(f"mvn {goal} did not finish within {seconds} seconds") from None
    print(done.stdout, flush=True)  # the runner's log shows all of Maven's output
    return done


def last_error(log):
    """Maven's first [ERROR] line, or its last line: what a reader needs to see first."""
    lines = [ANSI.sub("", line).strip() for line in log.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("[ERROR]") and len(line) > len("[ERROR]")]
    return (errors or lines or ["no output"])[0][:300]


def read_grade(chapter_dir):
    path = chapter_dir / "target/grade/grade.json"
    try:
        grade = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GradingError(f"{path} cannot be read ({type(e).__name__}: {e})") from None
    missing = [key for key in ("chapter", "title", "earned", "total", "exercises") if key not in grade]
    if missing:
        raise GradingError(f"{path} has no {', '.join(missing)}: it is not the grader's grade.json")
    return grade


# --- what the student sees -----------------------------------------------------------------------

def graded(grade, log):
    """The outcome of a chapter the grader graded: one result row per graded test."""
    rows = [test_row(exercise, test) for exercise in grade["exercises"] for test in exercise["tests"]]
    earned, total = grade["earned"], grade["total"]
    passed = sum(row["passed"] for row in rows)
    heading = f"Chapter {grade['chapter']} · {grade['title']}"
    if grade.get("compile_errors"):
        detail = f"does not compile: {grade['compile_errors'][0]}"
    else:
        detail = f"{passed} of {len(rows)} graded tests passed"
    status = "success" if rows and passed == len(rows) else "failure"
    table = grade_table(log, earned, total)
    body = table_body(table) if table else log_body("The grade table was not found in Maven's output.", log)
    return outcome(rows, status, f"{earned}/{total}, {heading}: {detail}", body)


def test_row(exercise, test):
    return {
        "test-name": f"{exercise['id']} {exercise['title']}: {test['name']}",
        "passed": test["status"] == "passed",
        "score": test["earned"],
        "max-score": test["points"],
        # classroom50 keeps extra fields of a row as they are: for an instructor's own tools
        "exercise": exercise["id"],
        "status": test["status"],
    }


def not_graded(chapter, why, log):
    """The outcome when nothing could be graded: 0 points, and why."""
    row = {"test-name": f"{chapter or 'the chapter'}: the graded tests", "passed": False,
           "score": 0, "max-score": CHAPTER_POINTS, "status": "did_not_run"}
    return outcome([row], "error", f"0/{CHAPTER_POINTS}, {why}", log_body(why, log))


def outcome(rows, status, summary, body):
    score = sum(row["score"] for row in rows)
    total = sum(row["max-score"] for row in rows)
    summary = "classroom50 autograde: " + summary
    if len(summary) > SUMMARY_LIMIT:
        summary = summary[:SUMMARY_LIMIT - 1] + "…"
    body = f"### classroom50 autograde: {score}/{total}\n\n{body}"
    return {"tests": rows, "score": score, "max-score": total, "status": status, "summary": summary, "body": body}


def grade_table(log, earned, total):
    """The grade table as `mvn test` printed it: from its first rule line to its total line."""
    lines = [ANSI.sub("", line) for line in log.splitlines()]
    start = next((i for i, line in enumerate(lines) if len(line) >= 20 and set(line) == {"─"}), None)
    if start is None:
        return None
    ends = [i for i in range(start, len(lines)) if lines[i].endswith(f": {earned} / {total}")]
    return "\n".join(lines[start:ends[-1] + 1]) if ends else None


def table_body(table):
    return f"The grade table that `mvn test` prints:\n\n{fenced(table)}\n"


def log_body(why, log):
    tail = "\n".join(ANSI.sub("", log).splitlines()[-LOG_TAIL_LINES:])
    return f"**{why}**\n" + (f"\nThe end of Maven's output:\n\n{fenced(tail)}\n" if tail.strip() else "")


def fenced(text):
    """A code block that text cannot close early: its fence is longer than any run of backticks in it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


# --- the three outputs the runner reads ----------------------------------------------------------

def write_outputs(workspace, result):
    env = os.environ.get
    payload = {
        "schema": SCHEMA,
        "classroom": env("CLASSROOM", ""),
        "assignment": env("ASSIGNMENT", ""),
        "assignment_type": env("ASSIGNMENT_TYPE", "") or "individual",  # the runner stamps owner and type
        "owner": env("OWNER", "") or env("USERNAME", ""),
        "submission": env("SUBMISSION_TAG", ""),
        "commit": env("COMMIT_URL", ""),
        "release": env("RELEASE_URL", ""),
        "review": env("REVIEW_URL", "") or env("COMMIT_URL", ""),
        "datetime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "score": result["score"],
        "max-score": result["max-score"],
        "tests": result["tests"],
    }
    # ASCII-only JSON: the runner reads it back without naming an encoding.
    (workspace / RESULT_FILE).write_text(json.dumps(payload, indent=2) + "\n", encoding="ascii")
    (workspace / BODY_FILE).write_text(result["body"], encoding="utf-8")
    output = env("GITHUB_OUTPUT")
    if output:
        one_line = " ".join(result["summary"].splitlines())  # $GITHUB_OUTPUT is one key=value a line
        with open(output, "a", encoding="utf-8") as out:
            out.write(f"status={result['status']}\nsummary={one_line}\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
