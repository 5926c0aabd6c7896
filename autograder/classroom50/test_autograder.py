"""Runs autograder.py the way classroom50's runner does, against temporary copies of the course.

The runner executes the entrypoint as `python3 autograder.py` in the student's checkout, with the
submission's identity in the environment, CLASSROOM50_BUNDLE_DIR naming the bundle and a
$GITHUB_OUTPUT file, then reads result.json, release-body.md and status=/summary= back. So do
these tests, for chapter 1 untouched, solved, half done, broken, and unable to run.

    python3 -m unittest discover -s autograder/classroom50 -v

The course's modules must be in the local Maven repository first (from the root:
`mvn -o -q install -Psolution -DskipTests`): grading runs Maven offline (-o) unless
AUTOGRADER_TEST_MVN_ARGS says otherwise.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
COURSE = HERE.parents[1]
CHAPTER = "chapter01-perceptron"
EXERCISES = Path(CHAPTER, "src/exercise/java/perceptron")
SOLUTIONS = Path(CHAPTER, "src/solution/java/perceptron")
NEURON_EXERCISES = {"1.1", "1.2", "1.3", "1.4", "1.5"}  # Neuron.java; LearningRule.java has 1.6 and 1.7

RUNNER_ENV = {
    "CLASSROOM": "nn-fall-2026",
    "ASSIGNMENT": "chapter01",
    "ASSIGNMENT_TYPE": "individual",
    "USERNAME": "alice",
    "OWNER": "alice",
    "SUBMISSION_TAG": "submit/2026-09-01T10-00-00Z-abc1234",
    "COMMIT_URL": "https://github.com/nn/nn-fall-2026-chapter01-alice/commit/abc1234",
    "RELEASE_URL": "https://github.com/nn/nn-fall-2026-chapter01-alice/releases/tag/submit%2F2026",
    "REVIEW_URL": "https://github.com/nn/nn-fall-2026-chapter01-alice/compare/base...abc1234",
    "GITHUB_REPOSITORY": "nn/nn-fall-2026-chapter01-alice",
    "GITHUB_SHA": "abc1234",
}

# Where result.json carries each of them.
IDENTITY = {"CLASSROOM": "classroom", "ASSIGNMENT": "assignment", "ASSIGNMENT_TYPE": "assignment_type",
            "OWNER": "owner", "SUBMISSION_TAG": "submission", "COMMIT_URL": "commit", "RELEASE_URL": "release",
            "REVIEW_URL": "review"}


def course_copy(parent):
    """A student's checkout: the course's files without git or build output, except the support
    modules' classes (when built), which only spare Maven recompiling them (it still checks them)."""
    def ignored(folder, names):
        keep_target = Path(folder) in (COURSE / "toolkit", COURSE / "grader")
        return [n for n in names if n == ".git" or (n == "target" and not keep_target)]
    checkout = parent / "checkout"
    shutil.copytree(COURSE, checkout, ignore=ignored)
    return checkout


def solve(checkout, *names):
    for name in names:
        shutil.copy(checkout / SOLUTIONS / name, checkout / EXERCISES / name)


def run_autograder(parent, checkout, bundle=None, **env):
    """Runs autograder.py as the runner does; returns (process, result, body, outputs)."""
    if bundle is None:
        bundle = parent / "bundle"
        bundle.mkdir()
        shutil.copy(HERE / "autograder.py", bundle)
    github_output = parent / "github_output"
    github_output.write_text("")
    environment = {**os.environ, **RUNNER_ENV, "CLASSROOM50_BUNDLE_DIR": str(bundle),
                   "GITHUB_OUTPUT": str(github_output),
                   "MVN_ARGS": os.environ.get("AUTOGRADER_TEST_MVN_ARGS", "-o"), **env}
    environment.pop("COURSE_CHAPTER", None)
    process = subprocess.run([sys.executable, str(bundle / "autograder.py")], cwd=checkout, env=environment,
                             capture_output=True, text=True, timeout=900)
    result = json.loads((checkout / "result.json").read_text(encoding="ascii"))
    body = (checkout / "release-body.md").read_text(encoding="utf-8")
    outputs = dict(line.split("=", 1) for line in github_output.read_text(encoding="utf-8").splitlines())
    return process, result, body, outputs


class AutograderTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="classroom50-test-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        self.checkout = course_copy(self.tmp)

    def grade(self, bundle=None, **env):
        process, result, body, outputs = run_autograder(self.tmp, self.checkout, bundle, **env)
        self.assertEqual(process.returncode, 0, f"autograder exited {process.returncode}:\n{process.stdout[-3000:]}"
                                                f"\n{process.stderr[-3000:]}")
        self.assert_valid(result, {**RUNNER_ENV, **env})
        self.assertEqual(set(outputs), {"status", "summary"})
        self.assertIn(f"### classroom50 autograde: {result['score']}/{result['max-score']}", body)
        print(f"\n  {self.id().rsplit('.', 1)[-1]}: {outputs['summary']}", file=sys.stderr)
        return result, body, outputs

    def assert_valid(self, result, env):
        """The result.json rules the runner checks before it publishes a grade."""
        self.assertEqual(result["schema"], "classroom50/result/v1")
        for variable, key in IDENTITY.items():
            self.assertEqual(result[key], env[variable], key)
        self.assertRegex(result["datetime"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertTrue(result["tests"], "no tests in result.json")
        for row in result["tests"]:
            self.assertIsInstance(row["test-name"], str)
            self.assertTrue(row["test-name"])
            self.assertIsInstance(row["passed"], bool)
            for key in ("score", "max-score"):
                self.assertIs(type(row[key]), int, f"{key} of {row['test-name']}")
            self.assertTrue(0 <= row["score"] <= row["max-score"], row)
        self.assertEqual(len({row["test-name"] for row in result["tests"]}), len(result["tests"]), "duplicate names")
        self.assertEqual(result["score"], sum(row["score"] for row in result["tests"]))
        self.assertEqual(result["max-score"], sum(row["max-score"] for row in result["tests"]))
        self.assertEqual(result["max-score"], 100)

    def test_untouched_stubs_score_0_all_not_started(self):
        result, body, outputs = self.grade()
        self.assertEqual(result["score"], 0)
        self.assertEqual({row["status"] for row in result["tests"]}, {"not_started"})
        self.assertEqual(outputs["status"], "failure")
        self.assertIn("0/100", outputs["summary"])
        self.assertIn("```text\n────", body)
        self.assertIn("1.1  The step function           ○ not started    0 / 10", body)
        self.assertIn("  Chapter 1 · The step perceptron: 0 / 100\n```", body)

    def test_reference_solutions_score_100(self):
        solve(self.checkout, "Neuron.java", "LearningRule.java")
        result, body, outputs = self.grade()
        self.assertEqual(result["score"], 100)
        self.assertTrue(all(row["passed"] for row in result["tests"]))
        self.assertEqual(outputs["status"], "success")
        self.assertIn("100/100", outputs["summary"])
        self.assertIn("  Chapter 1 · The step perceptron: 100 / 100\n```", body)

    def assert_half_done(self, result, body, outputs):
        for row in result["tests"]:
            expected = "passed" if row["exercise"] in NEURON_EXERCISES else "not_started"
            self.assertEqual(row["status"], expected, row["test-name"])
        neuron_points = sum(row["max-score"] for row in result["tests"] if row["exercise"] in NEURON_EXERCISES)
        self.assertTrue(0 < neuron_points < 100)
        self.assertEqual(result["score"], neuron_points)
        self.assertEqual(outputs["status"], "failure")
        self.assertIn(f"{neuron_points}/100", outputs["summary"])
        self.assertIn(f"  Chapter 1 · The step perceptron: {neuron_points} / 100\n```", body)

    def test_a_chapter_that_does_not_compile_scores_0_and_says_why(self):
        neuron = self.checkout / EXERCISES / "Neuron.java"
        neuron.write_text(neuron.read_text(encoding="utf-8") + "\nthis line is not Java\n", encoding="utf-8")
        result, body, outputs = self.grade()
        self.assertEqual(result["score"], 0)
        self.assertEqual({row["status"] for row in result["tests"]}, {"did_not_run"})
        self.assertEqual(outputs["status"], "failure")
        self.assertIn("does not compile", outputs["summary"])
        self.assertIn("Neuron.java", body)

    def test_a_grader_that_cannot_run_still_writes_a_result(self):
        result, body, outputs = self.grade(MVN_ARGS="--no-such-maven-option")
        self.assertEqual((result["score"], len(result["tests"])), (0, 1))
        self.assertEqual(outputs["status"], "error")
        self.assertIn("did not build", outputs["summary"])
        self.assertIn("no-such-maven-option", body)

    def test_an_assignment_that_names_no_chapter_says_so(self):
        result, body, outputs = self.grade(ASSIGNMENT="hello")
        self.assertEqual(result["score"], 0)
        self.assertEqual(outputs["status"], "error")
        self.assertIn("no chapter is named", outputs["summary"])
        self.assertIn("chapter01-perceptron", body)  # the chapters it could have been

    def test_half_done_chapter_earns_part_of_the_points(self):
        """Graded as an instructor installs it: from a build.sh bundle, whose course/ undoes what a
        student changed besides their exercise files."""
        built = subprocess.run(["bash", str(HERE / "build.sh"), CHAPTER], capture_output=True, text=True, check=True)
        bundle = self.tmp / CHAPTER
        shutil.copytree(built.stdout.strip(), bundle)
        self.assertFalse(list(bundle.rglob("src/solution")) + list(bundle.rglob("mistakes")) + list(bundle.rglob("alternatives")), "answers in the bundle")
        solve(self.checkout, "Neuron.java")
        (self.checkout / EXERCISES / "LearningRule.java").unlink()  # graded as its stub
        (self.checkout / EXERCISES / "Cheat.java").write_text("would not compile, and is not graded")
        shutil.rmtree(self.checkout / CHAPTER / "src/test")  # no tests, nothing to fail...
        (self.checkout / ".mvn").mkdir()
        (self.checkout / ".mvn/maven.config").write_text("-DskipTests\n")  # ...and no grading step
        result, body, outputs = self.grade(bundle=bundle, ASSIGNMENT="perceptron")  # chapter.txt names it
        self.assert_half_done(result, body, outputs)

if __name__ == "__main__":
    unittest.main()
