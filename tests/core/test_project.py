"""Module names and test locations for the layouts people use; jedi confirms imports."""

from __future__ import annotations

from pathlib import Path

from testdraft.pipeline import spec_named, suggest_tests
from testdraft.project.imports import module_location
from testdraft.project.layout import project_root, suggested_test_file


def write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


FUNC = 'def double(x):\n    """\n    >>> double(2)\n    4\n    """\n    return 2 * x\n'


def test_src_layout_package(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml")
    write(tmp_path / "src/shop/__init__.py")
    source = write(tmp_path / "src/shop/money/convert.py", FUNC)
    write(tmp_path / "src/shop/money/__init__.py")
    assert module_location(source, tmp_path) == ("shop.money.convert", tmp_path / "src")
    assert suggested_test_file(source) == tmp_path / "tests" / "test_convert.py"


def test_flat_package_and_lone_script(tmp_path: Path) -> None:
    write(tmp_path / "setup.cfg")
    write(tmp_path / "app/__init__.py")
    source = write(tmp_path / "app/core.py", FUNC)
    assert module_location(source, tmp_path) == ("app.core", tmp_path)
    script = write(tmp_path / "tools" / "script.py", FUNC)  # namespace folder under the root
    assert module_location(script, tmp_path) == ("tools.script", tmp_path)
    lone = write(tmp_path / "elsewhere" / "solo.py", FUNC)
    assert project_root(lone) == tmp_path


def test_testpaths_and_existing_test_file_are_followed(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.pytest.ini_options]\ntestpaths = ["checks"]\n')
    source = write(tmp_path / "calc.py", FUNC)
    assert suggested_test_file(source) == tmp_path / "checks" / "test_calc.py"
    existing = write(tmp_path / "checks" / "unit" / "calc_test.py", "")
    assert suggested_test_file(source) == existing


def test_module_shadowed_by_stdlib_gets_a_note(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml")
    source = write(tmp_path / "json.py", FUNC)
    suggestion = suggest_tests(source, spec_named(source.read_bytes(), "double"))
    assert any("reaches another module" in note for note in suggestion.notes)


def test_suggestion_imports_resolve_with_jedi(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml")
    source = write(tmp_path / "src/pkg/mod.py", FUNC)
    write(tmp_path / "src/pkg/__init__.py")
    suggestion = suggest_tests(source, spec_named(source.read_bytes(), "double"))
    assert suggestion.target.import_line == "from pkg.mod import double"
    assert suggestion.notes == []


def test_concurrent_import_checks_do_not_hang(tmp_path: Path) -> None:
    """The eval and the server ask jedi from several threads; its helper process is shared."""
    import threading

    from testdraft.project.imports import resolves_to

    write(tmp_path / "pyproject.toml")
    sources = [write(tmp_path / f"mod_{index}.py", FUNC) for index in range(6)]
    names = ["json", "random", "collections", "decimal", "fractions", "statistics", "textwrap", "string"]
    answers: list[bool | None] = []

    start = threading.Barrier(8)

    def ask(worker: int) -> None:
        start.wait()  # all at once, as the eval's workers start: jedi's helper process starts then
        for step in range(12):
            source = sources[(worker + step) % len(sources)]
            answers.append(resolves_to(names[(worker * 3 + step) % len(names)], source, tmp_path, tmp_path / "t.py"))
            answers.append(resolves_to(source.stem, source, tmp_path, tmp_path / "t.py"))

    threads = [threading.Thread(target=ask, args=(worker,), daemon=True) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "jedi calls from several threads hung"
    assert len(answers) == 8 * 12 * 2
    assert answers.count(True) == 8 * 12  # each module's own import reaches it; stdlib ones do not


def test_warm_up_starts_jedis_helper_process() -> None:
    """The server calls `warm_up_jedi` after `initialized`: jedi's helper process (per process,
    most of a first request's time) exists before any code action asks for a context. A fresh
    interpreter, since this one's jedi may have started already."""
    import os
    import subprocess
    import sys

    check = (
        "import jedi\n"
        "from testdraft.project.imports import warm_up_jedi\n"
        "environment = jedi.api.environment.get_cached_default_environment()\n"
        "assert environment._subprocess is None, 'started before the warm-up'\n"
        "warm_up_jedi()\n"
        "assert environment._subprocess is not None and not environment._subprocess.is_crashed\n"
    )
    server_root = Path(__file__).resolve().parents[2] / "server"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(server_root)})
    assert done.returncode == 0, done.stderr
