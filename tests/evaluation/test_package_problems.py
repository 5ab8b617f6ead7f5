"""`--dataset heldout` / a training pairs file: functions in real packages, end to end.

A tiny package unpacked into a fake training-data cache (`site/` beside `data/`), a
hand-made pairs file, the docstring generator through the one pipeline, and the real
sandbox scoring the suggestion against the real module. The pairs here keep their
docstring examples (the real held-out pairs have them removed) so that the docstring
generator, which needs no model, writes tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from testdraft.evaluation.__main__ import main
from testdraft.evaluation.cache import JsonCache
from testdraft.evaluation.package_problems import mixed_order
from testdraft.evaluation.problems import load_dataset
from testdraft.evaluation.session import EvalRequest, run_request
from testdraft.evaluation.settings import Setting
from testdraft.spec.locate import why_not_implemented

WHEEL = "tinypkg-1.0-py3-none-any.whl"

LIMITS = '"""Shared limits."""\nLOW = 0\n'

MODULE = '''\
"""Small helpers."""
from tinypkg.limits import LOW


def clamp(x: int, low: int = LOW, high: int = 10) -> int:
    """Clamp x into [low, high].

    >>> clamp(5, 0, 3)
    3
    >>> clamp(-1, 0, 3)
    0
    """
    if x < low:
        return low
    if x > high:
        return high
    return x


def off_by_one(x: int) -> int:
    """Twice x, says the docstring.

    >>> off_by_one(2)
    4
    """
    return 2 * x + 1


class Tally:
    def bump(self, by: int = 1) -> int:
        """Add `by` to the count and return the new count.

        >>> tally = Tally()
        >>> tally.bump(2)
        2
        """
        self.count = getattr(self, "count", 0) + by
        return self.count


class Shape:
    def area(self) -> int:
        """The area of the shape, a whole number of units.

        >>> Square(2).area()
        4
        """
        raise NotImplementedError


class Square(Shape):
    def __init__(self, side: int) -> None:
        self.side = side

    def area(self) -> int:
        return self.side * self.side
'''


def _source(qualname: str) -> str:
    """The pair's `source`: the function as the module has it (a method inside its class)."""
    import ast
    import textwrap

    tree = ast.parse(MODULE)
    *owner, name = qualname.split(".")
    body = next(n for n in tree.body if getattr(n, "name", "") == owner[0]).body if owner else tree.body  # type: ignore[attr-defined]
    node = next(n for n in body if getattr(n, "name", "") == name)
    text = textwrap.dedent("".join(MODULE.splitlines(keepends=True)[node.lineno - 1 : node.end_lineno]))
    return f"class {owner[0]}:\n" + textwrap.indent(text, "    ") if owner else text


def _pair(qualname: str, tests: str, package: str = "tinypkg") -> dict[str, str]:
    return {"source": _source(qualname), "tests": tests, "function": qualname,
            "module": "tinypkg.helpers", "package": package, "wheel": WHEEL}


@pytest.fixture
def pairs(tmp_path: Path) -> Path:
    """`<cache>/data/pairs.jsonl` with the package unpacked in `<cache>/site`."""
    site = tmp_path / "cache" / "site"
    (site / "tinypkg").mkdir(parents=True)
    (site / "tinypkg" / "__init__.py").write_text("", encoding="utf-8")
    (site / "tinypkg" / "limits.py").write_text(LIMITS, encoding="utf-8")
    (site / "tinypkg" / "helpers.py").write_text(MODULE, encoding="utf-8")
    (site / f".{WHEEL}.unpacked").touch()
    path = tmp_path / "cache" / "data" / "pairs.jsonl"
    path.parent.mkdir()
    rows = [
        _pair("clamp", "def test_clamp_examples():\n    assert clamp(5, 0, 3) == 3\n"),
        _pair("off_by_one", "def test_off_by_one_examples():\n    assert off_by_one(2) == 5\n"),
        # Verified, as the real pairs are, under `import pytest` the test does not repeat.
        _pair("Tally.bump", "def test_bump():\n    tally = Tally()\n    assert tally.bump(2) == 2\n"
                            "    with pytest.raises(TypeError):\n        tally.bump('two')\n"),
        _pair("Shape.area", "def test_area():\n    assert Square(2).area() == 4\n"),
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_tdd_module_is_the_real_module_without_that_one_body(pairs: Path) -> None:
    problems = {p.task_id: p for p in load_dataset(str(pairs))}
    # Shape.area only raises in the package (a subclass implements it): nothing to cover.
    assert sorted(problems) == ["tinypkg.helpers::Tally.bump", "tinypkg.helpers::clamp",
                                "tinypkg.helpers::off_by_one"]
    clamp = problems["tinypkg.helpers::clamp"]
    assert why_not_implemented(clamp.prompt_code, "clamp") is not None
    assert "return high" not in clamp.prompt_code and "return 2 * x + 1" in clamp.prompt_code
    assert "from tinypkg.limits import LOW" in clamp.prompt_code
    assert why_not_implemented(clamp.reference_code, "clamp") is None
    bump = problems["tinypkg.helpers::Tally.bump"]
    assert (bump.fn_name, bump.qualname) == ("bump", "Tally.bump")
    assert why_not_implemented(bump.prompt_code, "Tally.bump") is not None


def test_docstring_generator_scored_against_the_real_package(pairs: Path) -> None:
    request = EvalRequest(dataset=str(pairs), generators=("docstring",), modes=("tdd", "validated"),
                          settings="raw", jobs=1, show_progress=False, reference_tests=True)
    outcome = run_request(request, JsonCache(None))
    reference, system, validated = outcome.evaluation.systems
    # The pairs' own verified tests, scored by units: Tally.bump's keeps its setup line, and
    # off_by_one's (right about the real body) holds too.
    held = {r.task_id: r.outcome.error for r in reference.results[Setting.RAW]}
    assert held == {"tinypkg.helpers::clamp": None, "tinypkg.helpers::off_by_one": None,
                    "tinypkg.helpers::Tally.bump": None}
    bump = next(r.outcome for r in reference.results[Setting.RAW] if r.task_id.endswith("bump"))
    assert bump.assert_results == (True, True)  # the raises block gets its `tally` too
    results = {r.task_id: r.outcome for r in system.results[Setting.RAW]}
    clamp = results["tinypkg.helpers::clamp"]
    # Generated from the stub, run on the real body: a stub would have returned None.
    assert clamp.passed and clamp.assert_results == (True, True)
    # Both examples miss `return x` only: 4 of the body's 5 statements; the function's own
    # coverage, not the whole module's.
    assert clamp.coverage == pytest.approx(80.0) == clamp.solution_coverage
    assert clamp.mutants > 0 and 0 < clamp.mutation <= 100
    wrong = results["tinypkg.helpers::off_by_one"]
    assert not wrong.passed and wrong.error == "AssertionError" and wrong.coverage == 0
    # The example's `tally = Tally()` stays with the assert on it.
    assert results["tinypkg.helpers::Tally.bump"].passed
    # Validated mode: the same module with the body in place, in the package copy.
    checked = {r.task_id: r.outcome for r in validated.results[Setting.RAW]}
    assert checked["tinypkg.helpers::clamp"] == clamp
    summary = system.summaries[Setting.RAW]
    assert summary.problems == 3 and summary.passing == pytest.approx(200 / 3)
    assert "real installed module" in outcome.markdown and "scored by units" in outcome.markdown


BUMP = "tinypkg.helpers::Tally.bump"
# Units that need their test's setup (and fixtures) to hold, and one that names no `bump`.
RIGHT = """\
import pytest
from tinypkg.helpers import Tally


def test_bump_adds_to_the_count():
    tally = Tally()
    tally.bump(1)
    assert tally.bump(2) == 3


def test_bump_refuses_text():
    tally = Tally()
    with pytest.raises(TypeError):
        tally.bump("two")


def test_bump_prints(capsys):
    print(Tally().bump(4))
    assert capsys.readouterr().out == "4\\n"


def test_tally_exists():
    assert Tally() is not None
"""
# The same with one wrong expectation after the setup: a unit runs the setup before its
# check, not the checks before it, so the count is 1, not 2.
WRONG = RIGHT.replace("assert tally.bump(2) == 3", "assert tally.bump(2) == 3\n    assert tally.bump(0) == 2")


def test_tests_with_setup_scored_by_units(pairs: Path, tmp_path: Path) -> None:
    files = []
    for name, code in (("right", RIGHT), ("wrong", WRONG)):
        files.append(tmp_path / f"{name}.jsonl")
        files[-1].write_text(json.dumps({"task_id": BUMP, "candidates": [code]}) + "\n", encoding="utf-8")
    request = EvalRequest(dataset=str(pairs), predictions=tuple(files), settings="raw,3-test,filtered",
                          jobs=1, show_progress=False)
    right, wrong = run_request(request, JsonCache(None)).evaluation.systems
    held = {r.setting: r.outcome for r in right.results[Setting.RAW] if r.task_id == BUMP}
    # Raw: the three units that name `bump` (the count check, the raises block, the capsys
    # test; not `test_tally_exists`), each with the setup before it.
    raw = held[Setting.RAW]
    assert raw.passed and raw.assert_results == (True, True, True)
    assert raw.coverage == 100.0 and raw.mutation > 0
    [failed] = [r.outcome for r in wrong.results[Setting.RAW] if r.task_id == BUMP]
    assert not failed.passed and failed.error == "AssertionError"
    assert failed.assert_results == (True, False, True, True)
    [cut] = [r.outcome for r in wrong.results[Setting.FIRST_3] if r.task_id == BUMP]
    assert cut.assert_results == (True, False, True)  # the first three units
    assert failed.coverage == 0 and failed.mutation == 0
    [syntax] = [r.syntax_ok for r in wrong.results[Setting.RAW] if r.task_id == BUMP]
    assert syntax


def test_a_block_that_does_not_parse(pairs: Path, tmp_path: Path) -> None:
    """Raw fails it as a SyntaxError; Filtered keeps the tests that parse."""
    broken = RIGHT + "\ndef test_bump_broken(:\n    assert Tally().bump(1) == 1\n"
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps({"task_id": BUMP, "candidates": [broken]}) + "\n", encoding="utf-8")
    request = EvalRequest(dataset=str(pairs), predictions=(path,), settings="raw,filtered",
                          jobs=1, show_progress=False)
    [system] = run_request(request, JsonCache(None)).evaluation.systems
    raw = next(r for r in system.results[Setting.RAW] if r.task_id == BUMP)
    filtered = next(r for r in system.results[Setting.FILTERED] if r.task_id == BUMP)
    assert not raw.syntax_ok and raw.outcome.error == "SyntaxError"
    assert filtered.outcome.passed and filtered.outcome.assert_results == (True,) * 3


def test_missing_site_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TESTDRAFT_CACHE", str(tmp_path / "nowhere"))
    path = tmp_path / "no" / "data" / "pairs.jsonl"  # no `site/` beside `data/` either
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(_pair("clamp", "")) + "\n", encoding="utf-8")
    code = main(["--dataset", str(path), "--generator", "docstring", "--no-cache", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "python -m testdraft.training_data" in err and "Traceback" not in err


def test_limit_takes_a_prefix_that_mixes_packages() -> None:
    pairs = [{"package": "big", "function": f"b{i}"} for i in range(6)]
    pairs += [{"package": "small", "function": f"s{i}"} for i in range(2)]
    order = mixed_order(pairs)
    assert order == mixed_order(list(reversed(pairs)))  # fixed, whatever the file's order
    assert sorted(p["function"] for p in order) == sorted(p["function"] for p in pairs)
    assert [p["package"] for p in order[:4]].count("small") == 1
    assert [p["package"] for p in order[:8]].count("small") == 2


def test_reference_tests_from_the_command_line(pairs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--dataset", str(pairs), "--reference-tests", "--settings", "raw", "--jobs", "1",
                 "--format", "json", "--no-cache", "--no-progress"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["problems"] == 3
    [system] = report["systems"]
    assert system["name"] == "dataset's reference tests"
    assert system["settings"]["raw"]["passing"] == pytest.approx(100.0)


def test_rl_refuses_a_pairs_dataset(tmp_path: Path) -> None:
    """Package problems are eval-only: the held-out split must never reach training."""
    result = subprocess.run(
        [sys.executable, "-m", "testdraft", "train", "--method", "rl", "--dataset", "heldout",
         "--output", str(tmp_path / "rl")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1
    assert "takes humaneval or a PyTester CSV, not heldout" in result.stderr
    assert not (tmp_path / "rl").exists()
