"""The project root and where its tests live, the way pytest will look for them."""

from __future__ import annotations

import configparser
import doctest
import tomllib
from pathlib import Path

_ROOT_MARKERS = ("pyproject.toml", "setup.cfg", "setup.py", "pytest.ini", "tox.ini", ".git")
_MAX_SEARCHED_FILES = 5000


def project_root(path: Path) -> Path:
    """The nearest folder above `path` that looks like a project root, else its folder."""
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in _ROOT_MARKERS):
            return folder
    return start


def pytest_option(root: Path, key: str) -> str | list[object] | None:
    """A pytest ini option from pyproject.toml, pytest.ini, tox.ini or setup.cfg, in pytest's order."""
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
            data = {}
        value = data.get("tool", {}).get("pytest", {}).get("ini_options", {}).get(key)
        if isinstance(value, str | list):
            return value
    for name, section in (("pytest.ini", "pytest"), ("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
        config_path = root / name
        if not config_path.is_file():
            continue
        parser = configparser.ConfigParser()
        try:
            parser.read(config_path, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError):
            continue
        if parser.has_option(section, key):
            return parser.get(section, key)
    return None


def doctest_option_flags(root: Path) -> int:
    """The project's `doctest_optionflags` (`NORMALIZE_WHITESPACE ELLIPSIS`) as doctest's flags:
    how its own doctest runs compare outputs, so its examples mean that. 0 when unset."""
    value = pytest_option(root, "doctest_optionflags")
    names = value.split() if isinstance(value, str) else [str(name) for name in value or []]
    flags = 0
    for name in names:
        flags |= doctest.OPTIONFLAGS_BY_NAME.get(name.strip().upper(), 0)
    return flags


def configured_testpaths(root: Path) -> list[str]:
    """`testpaths` from the pytest configuration."""
    paths = pytest_option(root, "testpaths")
    if isinstance(paths, str):
        return paths.split()
    return [str(entry) for entry in paths or []]


def tests_folder(root: Path) -> Path:
    for entry in configured_testpaths(root):
        if "*" not in entry:
            return root / entry
    for name in ("tests", "test"):
        if (root / name).is_dir():
            return root / name
    return root / "tests"


def existing_test_file(tests_dir: Path, module_stem: str) -> Path | None:
    """A test module already written for `module_stem` (`test_x.py` or `x_test.py`)."""
    if not tests_dir.is_dir():
        return None
    wanted = {f"test_{module_stem}.py", f"{module_stem}_test.py"}
    for count, candidate in enumerate(sorted(tests_dir.rglob("*.py"))):
        if count > _MAX_SEARCHED_FILES:
            break
        if candidate.name in wanted:
            return candidate
    return None


def suggested_test_file(source_path: Path, root: Path | None = None) -> Path:
    """Where the tests for `source_path` go: an existing test file, else tests/test_<module>.py."""
    root = root or project_root(source_path)
    tests_dir = tests_folder(root)
    stem = source_path.stem
    return existing_test_file(tests_dir, stem) or tests_dir / f"test_{stem}.py"
