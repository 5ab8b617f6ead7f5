"""The engine end to end: real sandboxed runs of pytest-style modules and assert lists."""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest

from testdraft.cancellation import Cancelled, CancelToken
from testdraft.validate.cache import ValidationCache
from testdraft.validate.engine import (
    ValidationOptions,
    ValidationTarget,
    validate_asserts,
    validate_suite,
)
from testdraft.validate.report import ValidationReport
from testdraft.validate.stub_check import stubbed_source

from .support import overlay_target

NO_MUTATION = ValidationOptions(mutation=False)

PYTEST_SUITE = textwrap.dedent('''\
    import pytest
    from pkg.mod import clamp


    @pytest.fixture
    def low():
        yield 0


    @pytest.mark.parametrize("x, expected", [(5, 5), (-1, 0), pytest.param(11, 10, id="high")])
    def test_clamp(x, expected, low):
        assert clamp(x, low, 10) == expected


    def test_wrong_expectation():
        assert clamp(3, 0, 10) == 4


    def test_crashes():
        assert clamp(None, 0, 1) == 0


    def test_builtin_fixtures(capsys, tmp_path, monkeypatch):
        monkeypatch.setenv("TESTDRAFT_X", "1")
        print("hello")
        (tmp_path / "note.txt").write_text("x")
        assert capsys.readouterr().out == "hello\\n"


    class TestClass:
        def test_raises(self):
            with pytest.raises(TypeError):
                clamp("a", 0, 1)


    @pytest.mark.skip(reason="not today")
    def test_skipped():
        assert False
    ''')


def _by_id(report: ValidationReport) -> dict[str, object]:
    return {t.id: t for t in report.tests}


def test_pytest_module_outcomes_per_test_and_per_assert(project: Path) -> None:
    target = ValidationTarget("pkg.mod", "clamp", str(project))
    report = validate_suite(PYTEST_SUITE, target, NO_MUTATION)
    tests = {t.id: t for t in report.tests}
    assert list(tests) == ["test_clamp[5-5]", "test_clamp[-1-0]", "test_clamp[high]",
                           "test_wrong_expectation", "test_crashes", "test_builtin_fixtures",
                           "TestClass::test_raises", "test_skipped"]
    assert {tests[k].status for k in list(tests)[:3]} == {"passed"}
    wrong = tests["test_wrong_expectation"]
    assert wrong.status == "failed"
    assert wrong.message == "expected 4, the implementation returns 3"
    (check,) = wrong.asserts
    assert (check.line, check.status, check.expected, check.actual) == (16, "failed", "4", "3")
    crash = tests["test_crashes"]
    assert crash.status == "error" and crash.error_type == "TypeError"
    assert crash.error_line == 20 and crash.source_line == 3  # `if x < lo:` in pkg/mod.py
    assert crash.asserts[0].status == "error"
    assert tests["test_builtin_fixtures"].status == "passed"
    assert tests["TestClass::test_raises"].status == "passed"
    assert tests["test_skipped"].status == "skipped"
    assert not report.ok and report.count("passed") == 5


def test_mock_call_imported_by_a_test_module_is_no_fixture(project: Path) -> None:
    # `call` answers every attribute, `_pytestfixturefunction` too: it once passed for a fixture.
    suite = ("from unittest.mock import Mock, call, sentinel\nfrom pkg.mod import clamp\n\n"
             "def test_calls():\n    log = Mock()\n    log(clamp(5, 0, 3))\n    assert log.mock_calls == [call(3)]\n")
    report = validate_suite(suite, ValidationTarget("pkg.mod", "clamp", str(project)), NO_MUTATION)
    assert [(t.id, t.status) for t in report.tests] == [("test_calls", "passed")], report.tests


def test_coverage_of_the_function_with_absolute_lines(project: Path) -> None:
    suite = "from pkg.mod import clamp\n\ndef test_low():\n    assert clamp(-5, 0, 9) == 0\n"
    report = validate_suite(suite, ValidationTarget("pkg.mod", "clamp", str(project)),
                            NO_MUTATION)
    coverage = report.coverage
    assert coverage is not None
    assert coverage.covered_lines == (3, 4)
    assert coverage.uncovered_lines == (5, 6, 7)
    assert coverage.line_rate == pytest.approx(2 / 5)
    assert coverage.branches == 4 and coverage.branches_covered == 1
    # Line 5 never runs, so both of its branches are missing too.
    assert {(b.line, b.to) for b in coverage.missing_branches} == {(3, 5), (5, 6), (5, 7)}
    assert report.source_path == str(project / "pkg" / "mod.py")


def test_method_target_with_mutation(project: Path) -> None:
    suite = textwrap.dedent('''\
        import pytest
        from pkg.mod import Account

        def test_deposit():
            account = Account()
            assert account.deposit(5) == 5
            assert account.deposit(2) == 7

        def test_rejects_zero():
            with pytest.raises(ValueError):
                Account().deposit(0)
        ''')
    report = validate_suite(suite, ValidationTarget("pkg.mod", "Account.deposit", str(project)))
    assert report.ok and report.coverage is not None and report.coverage.line_rate == 1.0
    mutation = report.mutation
    assert mutation is not None and mutation.total >= 5
    # `amount <= 1` survives: no test deposits exactly 1.
    assert "constant `0` to `1` on line 15 survives" in {s.sentence for s in mutation.survivors}
    assert "`<=` to `<` on line 15 survives" not in {s.sentence for s in mutation.survivors}
    assert mutation.killed == mutation.total - len(mutation.survivors)


def test_syntax_error_is_reported_without_running(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, "def f(): return 1", "f")
    report = validate_suite("def test_x(:\n    pass\n", target)
    assert not report.syntax_ok and report.syntax_error is not None
    assert report.syntax_error.line == 1 and report.tests == ()


def test_collection_error_names_the_line(project: Path) -> None:
    suite = "from pkg.mod import clamp\nfrom pkg.mod import missing\n\ndef test_a():\n    pass\n"
    report = validate_suite(suite, ValidationTarget("pkg.mod", "clamp", str(project)))
    assert report.collection_error.startswith("ImportError")
    assert report.collection_error_line == 2 and not report.ok


def test_stub_function_makes_every_test_pending(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, 'def area(w, h):\n    """Area."""\n    ...\n', "area")
    suite = ("from subject import area\n\ndef test_area():\n"
             "    assert area(2, 3) == 6\n    assert area(0, 3) == 0\n")
    report = validate_suite(suite, target)
    assert not report.implemented and report.ok
    (test,) = report.tests
    assert test.status == "pending"
    assert [(a.line, a.status) for a in test.asserts] == [(4, "pending"), (5, "pending")]
    assert report.mutation is None and report.coverage is None


def test_implemented_false_forces_pending(project: Path) -> None:
    target = ValidationTarget("pkg.mod", "clamp", str(project), implemented=False)
    report = validate_suite(
        "from pkg.mod import clamp\n\ndef test_a():\n    assert clamp(1, 0, 2) == 99\n", target)
    assert [t.status for t in report.tests] == ["pending"]


def test_asserts_one_test_each_with_bad_syntax_isolated(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, "def add(a, b):\n    return a + b\n", "add")
    report = validate_asserts(
        ["assert add(1, 2) == 3", "assert add(2, 2) == 5", "assert add(1,",
         "assert add(0, 0) == 0"], target)
    assert [(t.id, t.line, t.status) for t in report.tests] == [
        ("assert_1", 1, "passed"), ("assert_2", 2, "failed"), ("assert_3", 3, "error"),
        ("assert_4", 4, "passed")]
    assert report.tests[1].asserts[0].message == "expected 5, the implementation returns 4"
    assert not report.syntax_ok and report.syntax_error is not None
    assert report.syntax_error.line == 3
    assert report.mutation is not None and report.mutation.total == 1  # `+` -> `-`
    assert report.mutation.killed == 1


def test_overlay_shadows_the_file_on_disk(project: Path) -> None:
    buffer = (project / "pkg" / "mod.py").read_text().replace("return x\n", "return x + 100\n")
    target = ValidationTarget("pkg.mod", "clamp", str(project), overlays={"pkg/mod.py": buffer})
    report = validate_asserts(["assert clamp(5, 0, 10) == 105"], target, NO_MUTATION)
    assert [t.status for t in report.tests] == ["passed"]


def test_flaky_test_detected_by_reruns(tmp_path: Path) -> None:
    suite = textwrap.dedent('''\
        from subject import f
        calls = []

        def test_alternates():
            calls.append(1)
            assert len(calls) % 2 == 1

        def test_stable():
            assert f() == 1
        ''')
    report = validate_suite(suite, overlay_target(tmp_path, "def f():\n    return 1\n", "f"),
                            ValidationOptions(mutation=False, flaky_reruns=2))
    assert [t.status for t in report.tests] == ["flaky", "passed"]
    assert "passed first, then failed" in report.tests[0].message


def test_results_are_cached_by_content(tmp_path: Path) -> None:
    cache = ValidationCache(str(tmp_path / "cache"))
    target = overlay_target(tmp_path, "def f():\n    return 1\n", "f")
    suite = "from subject import f\n\ndef test_f():\n    assert f() == 1\n"
    first = validate_suite(suite, target, cache=cache)
    second = validate_suite(suite, target, cache=cache)
    assert not first.from_cache and second.from_cache
    assert second.tests == first.tests and second.mutation == first.mutation
    # A fresh cache object reads the entry back from disk.
    assert validate_suite(suite, target, cache=ValidationCache(str(tmp_path / "cache"))).from_cache
    changed = overlay_target(tmp_path, "def f():\n    return 2\n", "f")
    assert not validate_suite(suite, changed, cache=cache).from_cache


def test_cancellation_stops_the_run(tmp_path: Path) -> None:
    cancel = CancelToken()
    suite = "import time\nfrom subject import f\n\ndef test_slow():\n    time.sleep(30)\n"
    timer = threading.Timer(0.5, cancel.cancel)
    timer.start()
    with pytest.raises(Cancelled):
        validate_suite(suite, overlay_target(tmp_path, "def f():\n    return 1\n", "f"),
                       ValidationOptions(test_timeout_s=60), cancel)


def test_fresh_interpreter_workers_give_the_same_report(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, "def f(a):\n    return a * 2\n", "f")
    asserts = ["assert f(2) == 4", "assert f(3) == 7"]
    forked = validate_asserts(asserts, target)
    fresh = validate_asserts(asserts, target, ValidationOptions(use_zygote=False))
    statuses = [t.status for t in fresh.tests]
    assert statuses == [t.status for t in forked.tests] == ["passed", "failed"]
    assert fresh.mutation == forked.mutation
    assert fresh.coverage == forked.coverage


def test_report_round_trips_through_json(project: Path) -> None:
    report = validate_suite(PYTEST_SUITE, ValidationTarget("pkg.mod", "clamp", str(project)))
    data = report.to_json()
    assert data["counts"]["passed"] == 5 and data["ok"] is False
    assert ValidationReport.from_json(data) == report


def test_module_level_asserts_become_one_test_each(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, "def add(a, b):\n    return a + b\n", "add")
    suite = "from subject import add\n\nassert add(1, 2) == 3\nassert add(\n    2, 2) == 5\n"
    report = validate_suite(suite, target, NO_MUTATION)
    assert [(t.id, t.line, t.status) for t in report.tests] == [
        ("test_line_3", 3, "passed"), ("test_line_4", 4, "failed")]
    assert report.tests[1].asserts[0].line == 4


def test_broken_target_module_is_reported(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, "def f(:\n    return 1\n", "f")
    report = validate_asserts(["assert f() == 1"], target)
    # The module does not parse, so the function counts as not implemented yet.
    assert [t.status for t in report.tests] == ["pending"]
    assert report.tests[0].message == (
        "pending: the module under test does not parse (line 1: invalid syntax)")
    target = overlay_target(tmp_path, "import not_a_module\n\ndef f():\n    return 1\n", "f")
    report = validate_asserts(["assert f() == 1"], target)
    assert report.target_error == "ModuleNotFoundError: No module named 'not_a_module'"
    assert report.collection_error.startswith("ModuleNotFoundError") and not report.ok


def test_target_for_a_drafted_spec(tmp_path: Path) -> None:
    from testdraft.generate.base import ImportTarget
    from testdraft.spec.model import FunctionSpec
    from testdraft.validate.target import target_for

    spec = FunctionSpec(
        name="area", qualname="area", params=(), return_annotation=None, docstring=None,
        summary="", examples=(), raises=(), is_async=False, decorators=(),
        is_implemented=False, source="", signature="def area(w, h):", start_line=0, end_line=1)
    imports = ImportTarget(module="geo.shapes", symbol="area",
                           import_line="from geo.shapes import area", access="area",
                           sys_path_root=str(tmp_path))
    target = target_for(imports, spec, {"geo/shapes.py": "def area(w, h):\n    ...\n"})
    assert (target.module, target.qualname, target.implemented) == ("geo.shapes", "area", False)
    report = validate_asserts(["assert area(2, 3) == 6"], target)
    assert [t.status for t in report.tests] == ["pending"]


def test_a_cached_property_is_measured_and_stubbed_like_a_property(tmp_path: Path) -> None:
    source = '''
        from functools import cached_property


        class Box:
            def __init__(self, width, height):
                self.width, self.height = width, height

            @cached_property
            def area(self):
                return self.width * self.height
        '''
    target = overlay_target(tmp_path, source, "Box.area")
    suite = "from subject import Box\n\n\ndef test_area():\n    assert Box(2, 3).area == 6\n"
    report = validate_suite(suite, target)
    assert report.target_error in ("", None), report.target_error
    assert report.coverage is not None and report.coverage.line_rate == 1.0
    assert report.mutation is not None and report.mutation.total > 0 and report.mutation.killed > 0
    stubbed = stubbed_source(textwrap.dedent(source), "Box.area")
    assert stubbed is not None
    scope: dict[str, object] = {}
    exec(stubbed, scope)  # the stub's code replaces the cached property's function
    box_class = scope["Box"]
    assert callable(box_class) and box_class(2, 3).area is None
