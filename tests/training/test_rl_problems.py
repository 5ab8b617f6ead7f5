"""GRPO problems from train pairs: a function is kept only when it and its tests run standalone."""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import textwrap
from pathlib import Path

import pytest

from testdraft.evaluation.problems import load_dataset, load_humaneval
from testdraft.model.reinforce import rl_problem
from testdraft.training_data.pairs import TRAINING_DATA_DIR
from testdraft.training_data.rl_problems import (
    RL_MANIFEST,
    RL_PROBLEMS,
    TRAIN_PAIRS,
    build_rl_problems,
    without_import_of,
)

CORE = '''
"""Text helpers of a small package."""
from __future__ import annotations

import re
from collections import Counter as Tally

from tinypkg.helpers import shout_helper

SEPARATOR = "-"
REGISTRY = {}


def slug(text: str) -> str:
    """Lower-case words of the text joined by the separator."""
    return SEPARATOR.join(re.findall(r"[a-z0-9]+", text.lower()))


def top_word(text: str) -> str:
    """The most frequent word of the text."""
    return Tally(text.split()).most_common(1)[0][0]


def shout(text: str) -> str:
    """The text in capitals, the package's way."""
    return shout_helper(text)


def registered(name: str) -> bool:
    """Whether a name was registered, in the registry the package fills on import."""
    return name in REGISTRY


def halve(x: float) -> float:
    """Half of x."""
    return x / 2


def has_close_elements(numbers: list[float], threshold: float) -> bool:
    """Whether two numbers are closer than the threshold (a HumanEval name)."""
    return any(abs(a - b) < threshold for a in numbers for b in numbers if a is not b)


class Box:
    def size(self) -> int:
        """The number of things in the box."""
        return 0
'''
HELPERS = 'def shout_helper(text):\n    return text.upper()\n'
INIT = "from tinypkg.core import REGISTRY, slug, top_word\n\nREGISTRY['x'] = True\n"


def _segment(name: str) -> str:
    """The function's text in CORE (what a pair's `source` holds)."""
    lines = CORE.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"def {name}("))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() and not lines[i][0].isspace()),
               len(lines))
    return "".join(lines[start:end]).rstrip() + "\n"


def _pair(function: str, tests: str, module: str = "tinypkg.core") -> dict[str, object]:
    source = CORE[CORE.index("class Box:"):] if function == "Box.size" else _segment(function)
    return {"source": source, "tests": textwrap.dedent(tests), "function": function,
            "module": module, "package": "tinypkg", "wheel": "tinypkg-1.0-py3-none-any.whl"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, str]]]:
    root = tmp_path_factory.mktemp("rl-problems")
    for site in (root / "site", root / "unit-tests" / "site"):
        (site / "tinypkg").mkdir(parents=True)
        (site / "tinypkg" / "__init__.py").write_text(INIT)
        (site / "tinypkg" / "core.py").write_text(CORE)
        (site / "tinypkg" / "helpers.py").write_text(HELPERS)
    docstring_pairs = [
        _pair("slug", """
            def test_slug_examples():
                import re
                from tinypkg.core import slug
                assert slug('Hello, World') == 'hello-world' == re.sub('_', '-', 'hello_world')
            """),
        _pair("shout", "def test_shout_examples():\n    assert shout('hi') == 'HI'\n"),
        # Passes against the package (its import registers 'x'), not standalone.
        _pair("registered", "def test_registered_examples():\n    assert registered('x')\n"),
        # Standalone, but its only test needs another package.
        _pair("halve", "def test_halve():\n    import numpy\n    assert halve(numpy.float64(4)) == 2\n"),
        _pair("has_close_elements",
              "def test_close():\n    assert has_close_elements([1.0, 1.05], 0.1)\n"),
        _pair("Box.size", "def test_size():\n    assert Box().size() == 0\n"),
    ]
    unit_pairs = [  # named by the module the test imported from: the package re-exports them
        _pair("top_word", """
            def test_top_word_counts():
                assert top_word('a b a') == 'a'

            def test_top_word_wrong_on_purpose():
                assert top_word('a b a') == 'b'

            def test_top_word_of_the_package_itself():
                import tinypkg.core as package
                assert package.top_word('c c d') == 'c'
            """, module="tinypkg"),
        _pair("slug", "def test_slug_spaces():\n    assert slug('  a  b ') == 'a-b'\n", module="tinypkg.core"),
    ]
    for (name, _), pairs in zip(TRAIN_PAIRS, (docstring_pairs, unit_pairs), strict=True):
        text = "".join(json.dumps(pair) + "\n" for pair in pairs)
        (root / name).write_bytes(gzip.compress(text.encode()))
    result = build_rl_problems(root, root / RL_PROBLEMS.name, root / RL_MANIFEST.name, data_dir=root)
    rows = {row["fn_name"]: row for row in result.rows}
    return root, rows


def test_self_contained_functions_with_passing_tests_become_problems(
    built: tuple[Path, dict[str, dict[str, str]]],
) -> None:
    root, rows = built
    assert sorted(rows) == ["slug", "top_word"]
    # The stdlib imports and the literal constant it reads, not the package's own import.
    assert rows["slug"]["prompt_code"].startswith(
        "from __future__ import annotations\nimport re\nSEPARATOR = '-'\n\n\ndef slug(")
    assert "shout_helper" not in rows["slug"]["prompt_code"]
    assert rows["slug"]["origin"] == "docstring+unit-tests"  # one problem, both pairs' tests
    assert "test_slug_examples" in rows["slug"]["tests"] and "test_slug_spaces" in rows["slug"]["tests"]
    # The test's own import of the function (the package's copy) went, the rest stayed.
    assert "    import re\n    assert slug(" in rows["slug"]["tests"]
    # Found in tinypkg.core although the unit pair names tinypkg; the failing test and the
    # one that runs the package's copy, not the module under test's, are left.
    assert "from collections import Counter as Tally\n" in rows["top_word"]["prompt_code"]
    assert "test_top_word_counts" in rows["top_word"]["tests"]
    assert "wrong_on_purpose" not in rows["top_word"]["tests"]
    assert "of_the_package_itself" not in rows["top_word"]["tests"]

    manifest = json.loads((root / RL_MANIFEST.name).read_text())
    counts = manifest["counts"]["tinypkg"]
    assert counts["candidates"] == 6 and counts["self_contained"] == 4 and counts["verified"] == 2
    assert counts["tests"] == 3
    assert counts["dropped"] == {"method": 1, "package names": 1, "benchmark-like": 1,
                                 "no standalone test": 1, "no passing test": 1}


def test_a_tests_own_import_of_the_function_goes_and_the_rest_stays() -> None:
    test = ("def test_rewrite():\n"
            "    from sympy.combinatorics import FpGroup, rewrite, \\\n        free_group\n"
            "    from elsewhere import rewrite as other  # binds another name: stays\n"
            "    assert rewrite(FpGroup(free_group('x'))) == other()\n")
    assert without_import_of(test, "rewrite") == (
        "def test_rewrite():\n    from sympy.combinatorics import FpGroup, free_group\n"
        "    from elsewhere import rewrite as other  # binds another name: stays\n"
        "    assert rewrite(FpGroup(free_group('x'))) == other()\n")
    assert without_import_of("def test_r():\n    import rewrite\n", "rewrite") is None
    assert without_import_of("def test_r():\n    from m import rewrite; x = 1\n", "rewrite") is None


def test_the_csv_is_a_pytester_dataset_grpo_can_run(
    built: tuple[Path, dict[str, dict[str, str]]], tmp_path: Path,
) -> None:
    root, _ = built
    problems = {p.fn_name: p for p in load_dataset(str(root / RL_PROBLEMS.name))}
    assert problems["slug"].task_id == "tinypkg.core::slug"
    assert problems["slug"].reference_parses() and not problems["slug"].repairs
    problem = rl_problem(problems["slug"].reference_code, "slug", tmp_path / "slug")
    assert problem.spec.docstring.startswith("Lower-case words")  # the prompt shows no body
    assert (tmp_path / "slug" / "solution.py").read_text() == problems["slug"].reference_code


def test_the_committed_problems_match_their_manifest_and_no_benchmark() -> None:
    manifest = json.loads(RL_MANIFEST.read_text())
    assert manifest["problems"]["sha256"] == hashlib.sha256(RL_PROBLEMS.read_bytes()).hexdigest()
    with RL_PROBLEMS.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == manifest["totals"]["verified"] == manifest["problems"]["rows"] >= 50
    problems = load_dataset(str(RL_PROBLEMS))
    assert all(problem.reference_parses() for problem in problems)
    humaneval = {problem.fn_name.lower() for problem in load_humaneval()}
    assert not humaneval & {problem.fn_name.lower() for problem in problems}
    held_out = set(json.loads((TRAINING_DATA_DIR / "packages.json").read_text()).get("held_out", []))
    assert not held_out & {row["package"] for row in rows}


def test_the_committed_problems_own_tests_earn_a_high_reward_in_grpos_sandbox(tmp_path: Path) -> None:
    from testdraft.model.reinforce import REWARD_OPTIONS
    from testdraft.validate.engine import validate_suite
    from testdraft.validate.reward import TRAINING_WEIGHTS, seed_reward

    with RL_PROBLEMS.open(newline="", encoding="utf-8") as handle:
        rows = {row["task_id"]: row for row in csv.DictReader(handle)}
    for index, problem in enumerate(load_dataset(str(RL_PROBLEMS), limit=3)):
        rl = rl_problem(problem.reference_code, problem.fn_name, tmp_path / str(index))
        module = f"import pytest\n{rl.target.import_line}\n\n\n{rows[problem.task_id]['tests']}"
        report = validate_suite(module, rl.validation, REWARD_OPTIONS)
        assert report.tests and all(test.status == "passed" for test in report.tests), problem.task_id
        # parses (+2), holds (+2), and covers and kills mutants on top
        assert seed_reward(report, TRAINING_WEIGHTS) > 4.0, problem.task_id


def test_a_capped_choice_of_the_committed_problems_spans_their_packages() -> None:
    # The CSV is grouped by package and sympy has half of it: `--limit N` alone would train on
    # sympy only; `--max-per-package` keeps every package in the run.
    from testdraft.training_data.pairs import cap_per_group

    problems = load_dataset(str(RL_PROBLEMS))
    with RL_PROBLEMS.open(newline="", encoding="utf-8") as handle:
        packages = {row["package"] for row in csv.DictReader(handle)}
    capped = cap_per_group(problems, lambda problem: problem.package, 6, seed=0)
    counts: dict[str, int] = {}
    for problem in capped:
        counts[problem.package] = counts.get(problem.package, 0) + 1
    assert len(counts) == len(packages) and max(counts.values()) == 6
    assert sum(problem.package == "sympy" for problem in problems) > 6
    assert capped == cap_per_group(problems, lambda problem: problem.package, 6, seed=0)
