"""Characterization mode: proposed inputs, values from running the implementation (real sandbox)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import run_suggest

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, ImportTarget
from testdraft.generate.characterize import LABEL, CharacterizationGenerator, proposers_for
from testdraft.pipeline import spec_named, suggest_tests
from testdraft.spec.model import FunctionSpec

SOURCE = '''
class BadInput(ValueError):
    """Input the parser refuses."""


def parse_qty(text: str, limit: int = 10) -> int:
    """The quantity in `text`, at most `limit`. Raises BadInput when it is not a number."""
    if not text.strip().isdigit():
        raise BadInput(text)
    return min(int(text), limit)


def later(text: str) -> int:
    """Not written yet."""
    raise NotImplementedError
'''


class WrongGuesses:
    """Proposes inputs with wrong expected values, as a model might."""

    name = "model"

    def generate(self, spec: FunctionSpec, target: ImportTarget,
                 cancel: CancelToken = NEVER_CANCELLED) -> Iterator[CandidateTest]:
        code = ("def test_parse_guess():\n    assert parse_qty('7') == 999\n    assert parse_qty('50', 20) == 0\n"
                "    assert parse_qty('x') == 1\n")
        yield CandidateTest("test_parse_guess", code, (target.import_line,), origin="model", asserts=3)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "p"\n', encoding="utf-8")
    (tmp_path / "qty.py").write_text(SOURCE, encoding="utf-8")
    return tmp_path


def test_values_come_from_the_implementation(project: Path) -> None:
    path = project / "qty.py"
    spec = spec_named(path.read_bytes(), "parse_qty")
    generator = CharacterizationGenerator([WrongGuesses()])
    suggestion = suggest_tests(path, spec, [generator])
    code = suggestion.code
    assert LABEL.format(name="parse_qty") in code
    pinned = next(test.code for test in suggestion.candidates if test.origin == "characterize")
    assert "assert parse_qty('7') == 7" in pinned and "assert parse_qty('50', 20) == 20" in pinned
    assert "assert parse_qty('7') == 7" in code  # ranking keeps the units that add coverage
    assert "with pytest.raises(BadInput):\n        parse_qty('x')" in code  # the module's own error
    assert "from qty import BadInput" in code and "999" not in code
    suggestion.test_file.parent.mkdir(parents=True, exist_ok=True)
    suggestion.test_file.write_text(code, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=project, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_boundary_inputs_without_a_model(project: Path) -> None:
    path = project / "qty.py"
    spec = spec_named(path.read_bytes(), "parse_qty")
    suggestion = suggest_tests(path, spec, [CharacterizationGenerator(proposers_for([]))])
    chosen = [test for test in suggestion.chosen if test.origin == "characterize"]
    assert chosen and all(LABEL.format(name="parse_qty") in test.code for test in chosen)
    assert any("pytest.raises(BadInput)" in test.code for test in chosen)  # "text" is not a number


def test_nothing_comes_from_execution_in_tdd_mode(project: Path) -> None:
    path = project / "qty.py"
    spec = spec_named(path.read_bytes(), "later")
    generator = CharacterizationGenerator([WrongGuesses()])
    suggestion = suggest_tests(path, spec, [generator])
    assert all(test.is_placeholder for test in suggestion.chosen)
    assert generator.notes == ["later has no body: nothing to characterize (TDD mode)"]


def test_cli_mode_characterize(project: Path) -> None:
    def suggest(*args: str) -> subprocess.CompletedProcess[str]:
        return run_suggest(project, *args)

    written = suggest("qty.py::parse_qty", "--mode", "characterize", "--write")
    assert written.returncode == 0, written.stderr
    code = (project / "tests" / "test_qty.py").read_text(encoding="utf-8")
    assert "Characterization test" in code
    refused = suggest("qty.py::later", "--mode", "characterize")
    assert refused.returncode == 2 and "nothing to characterize" in refused.stderr
